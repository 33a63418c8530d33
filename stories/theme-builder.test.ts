import { expect, fixture, html } from '@open-wc/testing';
import { parse, formatHex } from 'culori';
import '../packages/elements/src/components/header/header.js';
import type { LoketHeaderComponent } from '../packages/elements/src/components/header/header.component.js';
import { resetConfig, axeViolations } from '../packages/elements/test/helpers.js';
import { checkTheme } from '../packages/elements/src/theme/contrast.js';
import { importTokens, nearestPassing, resolve, toConfig, toDtcg } from './theme-builder-lib.js';
import { headerConfig } from './examples.js';
import { waitFor } from './story-kit.js';
import './theme-builder.js';
import type { LoketThemeBuilder } from './theme-builder.js';

const rgbToHex = (rgb: string) => formatHex(parse(rgb)!);

async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('theme builder', function () {
  this.timeout(20000);
  beforeEach(() => resetConfig());

  it('the preview header’s skip link is hidden until focused, then shows inside the header', async () => {
    const builder = await fixture<LoketThemeBuilder>(html`<main><loket-theme-builder></loket-theme-builder></main>`).then((m) =>
      m.querySelector('loket-theme-builder')!,
    );
    await builder.updateComplete;
    const header = builder.querySelector<LoketHeaderComponent>('.tb-desktop loket-header')!;
    await waitFor(() => !!header.shadowRoot?.querySelector('.skip'), 'the preview header');
    const skip = header.shadowRoot!.querySelector<HTMLAnchorElement>('.skip')!;
    const hidden = skip.getBoundingClientRect();
    expect(hidden.width * hidden.height, 'no visible box without focus').to.be.at.most(1);
    skip.focus();
    const shown = skip.getBoundingClientRect();
    const title = builder.querySelector('#tb-preview-desktop')!.getBoundingClientRect(); // after focus scrolled
    expect(shown.width, 'visible when focused').to.be.greaterThan(40);
    expect(shown.top, 'inside the header, not over the preview’s title').to.be.at.least(title.bottom);
  });

  it('flags a failing brand colour, fixes it with one click, and its CSS export restyles a page header', async () => {
    const builder = await fixture<LoketThemeBuilder>(html`<main><loket-theme-builder></loket-theme-builder></main>`).then((m) =>
      m.querySelector('loket-theme-builder')!,
    );
    await builder.updateComplete;
    const summary = () => builder.querySelector('.tb-summary')!.textContent!.trim();
    expect(summary()).to.match(/^All \d+ pairs pass\.$/);

    await typeInto(builder.querySelector<HTMLInputElement>('#tb-brand')!, '#8fb8e0');
    await builder.updateComplete;
    expect(summary()).to.match(/^\d+ of \d+ pairs fail\.$/);
    const item = builder.querySelector('[data-pair="--loket-color-brand-contrast on --loket-color-brand"]');
    expect(item, 'the header bar pair is listed as failing').not.to.equal(null);
    expect(item!.textContent!.replace(/\s+/g, ' ')).to.contain('needs 4.5:1');

    const fix = item!.querySelector<HTMLButtonElement>('.tb-fix')!;
    expect(fix.textContent).to.contain('--loket-color-brand');
    fix.click();
    await builder.updateComplete;
    const brand = builder.overrides['--loket-color-brand']!;
    expect(brand).to.match(/^#[0-9a-f]{6}$/);
    expect(brand).not.to.equal('#8fb8e0');
    expect(builder.querySelector('[data-pair="--loket-color-brand-contrast on --loket-color-brand"]')).to.equal(null);
    expect(checkTheme(builder.tokens).filter((r) => !r.pass)).to.deep.equal([]);
    expect(summary()).to.match(/^All \d+ pairs pass\.$/);

    // The live preview already shows it.
    const previewHeader = builder.querySelector('loket-header')!;
    await waitFor(() => !!previewHeader.shadowRoot?.querySelector('[part="bar"]'), 'the preview header');
    expect(rgbToHex(getComputedStyle(previewHeader.shadowRoot!.querySelector('[part="bar"]')!).backgroundColor)).to.equal(brand);

    const css = builder.querySelector<HTMLTextAreaElement>('#tb-export-css')!.value;
    expect(css).to.contain(`--loket-color-brand: ${brand};`);
    builder.remove();

    // A site's page: a header, then the exported CSS pasted into a stylesheet.
    resetConfig();
    const header = await fixture<LoketHeaderComponent>(
      html`<loket-header>
        <script type="application/json">
          ${JSON.stringify(headerConfig)}
        </script>
      </loket-header>`,
    );
    await waitFor(() => !!header.shadowRoot?.querySelector('[part="bar"]'), 'the header bar');
    const bar = header.shadowRoot!.querySelector('[part="bar"]')!;
    const before = rgbToHex(getComputedStyle(bar).backgroundColor);
    expect(before).not.to.equal(brand);
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    try {
      expect(rgbToHex(getComputedStyle(bar).backgroundColor)).to.equal(brand);
      expect(await axeViolations(header)).to.deep.equal([]);
    } finally {
      style.remove();
    }
  });

  it('exports a configuration theme that the configuration schema accepts, and reports one it rejects', () => {
    expect(toConfig('voorbeeld', { '--loket-color-brand': '#123456' }).valid).to.equal(true);
    const bad = toConfig('default', { '--loket-color-brand': 'red; } body { display: none' });
    expect(bad.valid).to.equal(false);
    expect(bad.issues.join()).to.contain('must not contain');
  });

  it('exports DTCG tokens in the layout of the token files', () => {
    const dtcg = JSON.parse(toDtcg(resolve('default', { '--loket-color-brand': '#123456' }), 'x')) as {
      loket: { color: { brand: unknown; 'brand-contrast': unknown }; font: { family: { $value: string[] } }; radius: unknown };
    };
    expect(dtcg.loket.color.brand).to.deep.equal({ $type: 'color', $value: '#123456' });
    expect(dtcg.loket.color['brand-contrast']).to.deep.equal({ $type: 'color', $value: '#ffffff' });
    expect(dtcg.loket.font.family.$value).to.include('system-ui');
    expect(dtcg.loket.radius).to.deep.equal({ $type: 'dimension', $value: { value: 4, unit: 'px' } });
  });

  it('imports an NL Design System-style token file, mapping what it can and reporting the rest', async () => {
    const nlds = {
      voorbeeld: {
        color: { primary: { value: '#004b87' }, 'primary-inverse': { value: '#ffffff' } },
        link: { color: { value: 'rgb(0, 90, 160)' } },
        'focus-outline-color': { value: '#ff9900' },
        document: { 'font-family': { value: 'Fira Sans, sans-serif' } },
        'border-radius': { value: '6px' },
        'heading-1': { 'font-size': { value: '2rem' } },
      },
    };
    const flat = { '--loket-color-link': '#113355', '--utrecht-button-padding': '1rem' };
    const a = importTokens(JSON.stringify(nlds));
    expect(a.tokens).to.deep.equal({
      '--loket-color-brand': '#004b87',
      '--loket-color-brand-contrast': '#ffffff',
      '--loket-color-link': '#005aa0',
      '--loket-focus-color': '#ff9900',
      '--loket-font-family': 'Fira Sans, sans-serif',
      '--loket-radius': '6px',
    });
    expect(a.skipped.join()).to.contain('heading-1-font-size');
    const b = importTokens(JSON.stringify(flat));
    expect(b.tokens).to.deep.equal({ '--loket-color-link': '#113355' });
    expect(b.skipped).to.have.length(1);

    // Through the UI: the report lists both.
    const builder = await fixture<LoketThemeBuilder>(html`<loket-theme-builder></loket-theme-builder>`);
    builder.querySelector<HTMLTextAreaElement>('#tb-import-text')!.value = JSON.stringify(nlds);
    builder.querySelector<HTMLButtonElement>('.tb-import')!.click();
    await builder.updateComplete;
    expect(builder.tokens['--loket-color-brand']).to.equal('#004b87');
    expect(builder.querySelector('.tb-skipped')!.textContent).to.contain('heading-1-font-size');
  });

  it('the nearest passing shade keeps the hue and is as close as the contrast allows', () => {
    const tokens = resolve('default', { '--loket-color-link': '#6aa0e0' });
    const failing = checkTheme(tokens).find((r) => r.fg === '--loket-color-link' && !r.pass)!;
    const fixed = nearestPassing(tokens, '--loket-color-link', failing)!;
    const after = checkTheme({ ...tokens, '--loket-color-link': fixed }).filter(
      (r) => r.fg === '--loket-color-link' || r.bg === '--loket-color-link',
    );
    expect(after.every((r) => r.pass)).to.equal(true);
    // One step lighter would fail some pair: it is the nearest.
    expect(fixed).not.to.equal('#6aa0e0');
  });
});
