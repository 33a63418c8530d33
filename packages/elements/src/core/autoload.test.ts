import { expect, fixture, html } from '@open-wc/testing';
import { autoload } from './autoload.js';
import { until } from '../../test/helpers.js';

describe('autoload', () => {
  it('loads a chunk for a tag already on the page, once', async () => {
    // Tags nobody defines: written as markup, not Lit templates (they are not in HTMLElementTagNameMap).
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<x-autoload-present></x-autoload-present><x-autoload-present></x-autoload-present>';
    let calls = 0;
    const stop = autoload({ 'x-autoload-present': () => Promise.resolve(calls++) });
    await until(() => calls === 1, 'load');
    document.body.append(document.createElement('x-autoload-present'));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).to.equal(1);
    stop();
  });

  it('loads a chunk when its tag is added later, nested anywhere; others stay unloaded', async () => {
    const loaded: string[] = [];
    const stop = autoload({
      'x-autoload-later': () => Promise.resolve(loaded.push('later')),
      'x-autoload-never': () => Promise.resolve(loaded.push('never')),
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(loaded).to.deep.equal([]);
    const host = await fixture(html`<section><p></p></section>`);
    host.querySelector('p')!.innerHTML = '<span><x-autoload-later></x-autoload-later></span>';
    await until(() => loaded.length === 1, 'load on insertion');
    expect(loaded).to.deep.equal(['later']);
    stop();
  });

  it('defines <loket-dossiers> from its own chunk when one appears', async () => {
    const stop = autoload({ 'loket-dossiers': () => import('../components/dossiers/dossiers.js') });
    await fixture(html`<div><loket-dossiers></loket-dossiers></div>`);
    await until(() => !!customElements.get('loket-dossiers'), 'definition');
    stop();
  });

  it('reports a chunk that fails to load and tries again on the next appearance', async () => {
    let attempts = 0;
    const errors: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const stop = autoload({ 'x-autoload-broken': () => Promise.reject(new Error(`offline ${++attempts}`)) });
      const host = await fixture(html`<div></div>`);
      host.innerHTML = '<x-autoload-broken></x-autoload-broken>';
      await until(() => errors.length === 1, 'error');
      expect(errors[0]).to.contain('could not load <x-autoload-broken>');
      host.append(document.createElement('x-autoload-broken'));
      await until(() => attempts === 2, 'retry');
      stop();
    } finally {
      console.error = error;
    }
  });

  it('defers a tag below the fold: not with the first render, but when it nears the viewport (or the browser is idle)', async () => {
    const host = await fixture(html`<div></div>`);
    // Far below the fold: only scrolling (or idle time) brings it in.
    host.innerHTML = '<div style="height: 300vh"></div><x-autoload-deferred></x-autoload-deferred>';
    let calls = 0;
    const stop = autoload({ 'x-autoload-deferred': () => Promise.resolve(calls++) }, document, {
      deferred: ['x-autoload-deferred'],
    });
    // Not in the same task as the scan, so it never competes with what renders first.
    expect(calls).to.equal(0);
    host.querySelector('x-autoload-deferred')!.scrollIntoView();
    await until(() => calls === 1, 'load near the viewport (or when idle)', 6000);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).to.equal(1); // once, though both the viewport and idle time came
    stop();
  });
});
