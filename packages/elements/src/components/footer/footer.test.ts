import { expect, fixture, html } from '@open-wc/testing';
import './footer.js';
import '../header/header.js';
import type { LoketFooterComponent } from './footer.component.js';
import { FIXTURES, axeViolations, resetConfig, until } from '../../../test/helpers.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const contentinfo = () =>
  [...document.querySelectorAll('*')]
    .flatMap((n) => [n, ...(n.shadowRoot ? n.shadowRoot.querySelectorAll('*') : [])])
    .filter(
      (n) =>
        (n.localName === 'footer' && !n.closest('article, aside, main, nav, section')) ||
        n.getAttribute('role') === 'contentinfo',
    );

describe('<loket-footer>', () => {
  beforeEach(() => {
    resetConfig();
    document.documentElement.lang = 'nl';
  });

  it("uses the page's configuration (the header's config URL) when it has none of its own", async () => {
    const wrapper = await fixture(
      html`<div>
        <loket-header config="${FIXTURES}/voorbeeld.config.json"></loket-header>
        <loket-footer></loket-footer>
      </div>`,
    );
    const footer = wrapper.querySelector('loket-footer')!;
    await until(() => !!$(footer, '[part="contact"]'), 'the contact block');
    expect($(footer, '[part="contact"] h2')!.textContent).to.equal('Gemeente Voorbeeld');
    expect($(footer, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:050123456');
    expect($(footer, 'a[href^="mailto:"]')!.textContent).to.equal('info@voorbeeld.be');
    expect([...footer.shadowRoot!.querySelectorAll('[part="legal"] a')].map((a) => a.textContent)).to.deep.equal([
      'Privacy',
      'Toegankelijkheid',
    ]);
    expect($(footer, '[part="official-line"]')!.textContent).to.equal('Dit is een officiële website van Gemeente Voorbeeld.');
    expect(await axeViolations(wrapper)).to.deep.equal([]);
  });

  it('renders link groups from plain light-DOM links, which work before the upgrade', async () => {
    const el = await fixture<LoketFooterComponent>(
      html`<loket-footer municipality-name="Heidebeek">
        <a data-group="Diensten" href="/afval">Afval</a>
        <a data-group="Diensten" href="/parkeren">Parkeren</a>
        <a data-group="Bestuur" href="/raad">Gemeenteraad</a>
        <a data-legal href="/privacy">Privacy</a>
        <a data-social="facebook" href="https://facebook.com/heidebeek">Facebook</a>
      </loket-footer>`,
    );
    await until(() => el.shadowRoot!.querySelectorAll('[part="group"]').length === 2, 'the groups');
    const groups = [...el.shadowRoot!.querySelectorAll('[part="group"]')];
    expect(groups.map((g) => g.querySelector('h2')!.textContent)).to.deep.equal(['Diensten', 'Bestuur']);
    expect(groups[0]!.querySelectorAll('a')).to.have.length(2);
    expect($(el, '[part="legal"] a')!.getAttribute('href')).to.equal('/privacy');
    expect(el.shadowRoot!.textContent).to.contain('Sociale media');
    expect($(el, 'a[href^="https://facebook"]')!.textContent).to.contain('(externe website)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('is exactly one contentinfo landmark, with or without a host <footer>', async () => {
    const alone = await fixture(html`<loket-footer municipality-name="A"></loket-footer>`);
    await until(() => contentinfo().length > 0, 'render');
    expect(contentinfo()).to.have.length(1);
    expect(contentinfo()[0]!.localName).to.equal('footer');
    alone.remove();

    const wrapped = await fixture(html`<footer><loket-footer municipality-name="B"></loket-footer></footer>`);
    const el = wrapped.querySelector('loket-footer')!;
    await until(() => !!$(el, '.footer'), 'render');
    expect($(el, 'footer')).to.equal(null);
    expect(contentinfo()).to.deep.equal([wrapped]);
  });

  it('speaks the page language and lists the other languages', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LoketFooterComponent>(
      html`<loket-footer municipality-name="Scheldeburg">
        <script type="application/json">
          { "languages": { "nl": "/nl", "fr": "/fr", "en": "/en" } }
        </script>
      </loket-footer>`,
    );
    await until(() => $(el, '[part="official-line"]')?.textContent === 'This is an official website of Scheldeburg.', 'English');
    const langs = [...el.shadowRoot!.querySelectorAll('a[hreflang]')].map((a) => a.getAttribute('hreflang'));
    expect(langs).to.deep.equal(['nl', 'fr']);
    document.documentElement.lang = 'nl';
  });

  it('renders markup in configuration as text', async () => {
    const el = await fixture<LoketFooterComponent>(
      html`<loket-footer>
        <script type="application/json">
          {
            "municipality": { "name": "<img src=x onerror=window.__pwned=1>" },
            "footer": { "officialLine": "\\u003cscript>window.__pwned=1\\u003c/script>" }
          }
        </script>
      </loket-footer>`,
    );
    await until(() => !!$(el, '[part="official-line"]'), 'render');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect($(el, '[part="official-line"]')!.textContent).to.equal('<script>window.__pwned=1</script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
