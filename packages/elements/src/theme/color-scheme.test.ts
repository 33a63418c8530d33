import { expect, fixture, html } from '@open-wc/testing';
import { formatHex, parse } from 'culori';
import '../components/header/header.js';
import '../components/footer/footer.js';
import type { LoketHeaderComponent } from '../components/header/header.component.js';
import { darkPresets, presets } from './generated/presets.js';
import { axeViolations, resetConfig, until } from '../../test/helpers.js';

/** What the page loads: loket.css (base + theme classes with their dark variants). */
async function loadLoketCss(): Promise<void> {
  if (document.querySelector('link[data-loket-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/elements/src/theme/generated/themes.css';
  link.dataset.loketCss = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

const config = { municipality: { name: 'Gemeente Voorbeeld' }, navigation: [{ label: 'Wonen', href: '/wonen' }] };
const hex = (css: string) => formatHex(parse(css)!);

async function headerIn(wrapperClass: string): Promise<{ bar: Element; header: LoketHeaderComponent }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div class=${wrapperClass}>
      <loket-header>
        <script type="application/json">
          ${JSON.stringify(config)}
        </script>
      </loket-header>
    </div>`,
  );
  const header = wrapper.querySelector('loket-header')!;
  await until(() => !!header.shadowRoot?.querySelector('[part="bar"]'), 'the header bar');
  return { bar: header.shadowRoot!.querySelector('[part="bar"]')!, header };
}

describe('colour scheme classes (loket.css)', function () {
  this.timeout(15000);
  before(loadLoketCss);
  beforeEach(resetConfig);

  it('.loket-scheme-dark turns the default theme dark, and axe finds nothing', async () => {
    const { bar, header } = await headerIn('loket-scheme-dark');
    expect(hex(getComputedStyle(bar).backgroundColor)).to.equal(darkPresets.default['--loket-color-brand']);
    const nav = header.shadowRoot!.querySelector('nav, [part~="nav"]')!;
    expect(hex(getComputedStyle(nav).backgroundColor)).to.equal(darkPresets.default['--loket-color-background']);
    expect(await axeViolations(header)).to.deep.equal([]);
  });

  it('a preset class takes its own dark variant, whichever element carries the scheme class', async () => {
    for (const wrapper of ['loket-theme-heidebeek loket-scheme-dark', 'loket-scheme-dark']) {
      resetConfig();
      const outer = await fixture<HTMLElement>(
        html`<div class=${wrapper}>
          <div class="loket-theme-heidebeek">
            <loket-header
              ><script type="application/json">
                ${JSON.stringify(config)}
              </script></loket-header
            >
          </div>
        </div>`,
      );
      const header = outer.querySelector('loket-header')!;
      await until(() => !!header.shadowRoot?.querySelector('[part="bar"]'), 'the header bar');
      expect(getComputedStyle(header).getPropertyValue('--loket-color-link').trim(), wrapper).to.equal(
        darkPresets.heidebeek['--loket-color-link'],
      );
      expect(await axeViolations(header)).to.deep.equal([]);
      outer.remove();
    }
  });

  it('.loket-scheme-light inside a dark page keeps loket light (a light-only site opts out)', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div class="loket-scheme-dark">
        <div class="loket-scheme-light">
          <loket-header
            ><script type="application/json">
              ${JSON.stringify(config)}
            </script></loket-header
          >
        </div>
      </div>`,
    );
    const header = outer.querySelector('loket-header')!;
    await until(() => !!header.shadowRoot?.querySelector('[part="bar"]'), 'the header bar');
    const bar = header.shadowRoot!.querySelector('[part="bar"]')!;
    expect(hex(getComputedStyle(bar).backgroundColor)).to.equal(presets.default['--loket-color-brand']);
  });
});

describe('theme from configuration', () => {
  beforeEach(resetConfig);

  it('is already applied at the first render: no flash of the default theme', async () => {
    const el = document.createElement('loket-header');
    el.innerHTML = `<script type="application/json">${JSON.stringify({
      ...config,
      theme: { preset: 'scheldeburg', tokens: { '--loket-color-brand': '#123456' } },
    })}</script>`;
    document.body.append(el);
    const firstPaint: string[] = [];
    // Mutation observers run before the browser paints: what they see is what the first frame shows.
    const observer = new MutationObserver(() => {
      const bar = el.shadowRoot!.querySelector('[part="bar"]');
      if (bar && !firstPaint.length) firstPaint.push(hex(getComputedStyle(bar).backgroundColor));
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await until(() => firstPaint.length > 0, 'the first render');
      expect(firstPaint).to.deep.equal(['#123456']);
      expect(el.classList.contains('loket-theme-scheldeburg')).to.equal(true);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
