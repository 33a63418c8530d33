import { expect, fixture, html } from '@open-wc/testing';
import { FIXTURES, captureConsole, resetConfig, until } from '../test/helpers.js';

const errors: unknown[] = [];
window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(e.reason));

/** Adds a module script the way a webmaster's snippet does, and waits until it has run. */
function addScript(src: string, data: Record<string, string> = {}): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    Object.assign(script.dataset, data);
    script.onload = () => resolve(script);
    script.onerror = reject;
    document.body.append(script);
  });
}

describe('embed (loket.js)', () => {
  beforeEach(() => resetConfig());

  it('can be included twice on a page without throwing', async () => {
    await addScript('/packages/elements/src/embed.ts?copy=1');
    await addScript('/packages/elements/src/embed.ts?copy=2');
    expect(errors).to.deep.equal([]);
    expect(customElements.get('loket-header')).to.be.a('function');
    expect(window.loket?.version).to.equal('dev');
  });

  it('auto-mounts a header where the script stands, with the configuration it names', async () => {
    const host = await fixture(html`<div id="spot"></div>`);
    const src = '/packages/elements/src/embed.ts?copy=automount';
    const real = await new Promise<HTMLScriptElement>((resolve) => {
      const s = document.createElement('script');
      s.type = 'module';
      s.src = src;
      s.dataset.mount = 'header';
      s.dataset.config = `${FIXTURES}/voorbeeld.config.json`;
      s.onload = () => resolve(s);
      host.append(s);
    });
    const header = real.previousElementSibling!;
    expect(header.localName).to.equal('loket-header');
    await until(() => header.shadowRoot?.querySelector('.name')?.textContent === 'Gemeente Voorbeeld', 'the configured header');
  });

  it('reports an unknown data-mount value clearly', async () => {
    const console = captureConsole();
    try {
      await addScript('/packages/elements/src/embed.ts?copy=badmount', { mount: 'sidebar' });
      expect(console.errors.join('\n')).to.contain('data-mount="sidebar" is not known');
    } finally {
      console.restore();
    }
  });

  it('window.loket.mount() renders header and footer once, unmount() removes them', async () => {
    await addScript('/packages/elements/src/embed.ts?copy=1');
    const made = window.loket!.mount(undefined, undefined, { config: `${FIXTURES}/voorbeeld.config.json` });
    expect(made.map((e) => e.localName)).to.deep.equal(['loket-header', 'loket-footer']);
    expect(document.body.firstElementChild!.localName).to.equal('loket-header');
    expect(window.loket!.mount()).to.deep.equal([]); // already there: nothing twice
    const footer = document.querySelector('loket-footer')!;
    await until(() => !!footer.shadowRoot?.querySelector('[part="contact"]'), 'the footer');
    window.loket!.unmount();
    expect(document.querySelector('loket-header, loket-footer')).to.equal(null);
  });

  it('window.loket.configure() rejects a non-object with a message and keeps the configuration', async () => {
    await addScript('/packages/elements/src/embed.ts?copy=1');
    const console = captureConsole();
    try {
      window.loket!.configure('nope');
      expect(console.errors[0]).to.contain('loket.configure() expects an object');
    } finally {
      console.restore();
    }
  });

  it('setNavigationEnabled(false) disables navigation on every header', async () => {
    await addScript('/packages/elements/src/embed.ts?copy=1');
    const el = await fixture(html`<div><loket-header login-url="/in"></loket-header><loket-header></loket-header></div>`);
    window.loket!.setNavigationEnabled(false);
    const headers = [...el.querySelectorAll('loket-header')];
    await Promise.all(headers.map((h) => h.updateComplete));
    expect(headers.every((h) => h.hasAttribute('navigation-disabled'))).to.equal(true);
    window.loket!.setNavigationEnabled(true);
    await Promise.all(headers.map((h) => h.updateComplete));
    expect(headers.some((h) => h.hasAttribute('navigation-disabled'))).to.equal(false);
  });

  after(() => expect(errors).to.deep.equal([]));
});
