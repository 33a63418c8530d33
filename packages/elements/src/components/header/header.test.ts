import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './header.js';
import type { LoketHeaderComponent } from './header.component.js';
import { FIXTURES, axeViolations, captureConsole, configure, resetConfig, until } from '../../../test/helpers.js';

const shadow = (el: LoketHeaderComponent) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: LoketHeaderComponent, sel: string) => shadow(el).querySelector<T>(sel);

async function configured(el: LoketHeaderComponent): Promise<LoketHeaderComponent> {
  await until(() => !!$(el, '.name')?.textContent?.trim() && !!$(el, '.help-button'), 'the remote configuration to render');
  await el.updateComplete;
  return el;
}

async function withConfig(): Promise<LoketHeaderComponent> {
  return configured(
    await fixture<LoketHeaderComponent>(html`<loket-header config="${FIXTURES}/voorbeeld.config.json"></loket-header>`),
  );
}

describe('<loket-header>', () => {
  beforeEach(() => {
    resetConfig();
    sessionStorage.clear();
    document.documentElement.lang = 'nl';
  });

  it('shows the municipality name and logo linking home, and the umbrella link', async () => {
    const el = await withConfig();
    const home = $(el, 'a.home') as HTMLAnchorElement;
    expect(home.getAttribute('href')).to.equal('/');
    expect(home.getAttribute('aria-label')).to.equal('Startpagina van Gemeente Voorbeeld');
    expect($(el, 'img.logo')!.getAttribute('src')).to.equal(`${FIXTURES}/logo.svg`);
    expect($(el, 'a.umbrella')!.textContent).to.equal('Vlaanderen');
  });

  it('renders light-DOM links as the navigation, marking the current page and external links', async () => {
    const el = await fixture<LoketHeaderComponent>(
      html`<loket-header municipality-name="Heidebeek">
        <a href="${location.pathname}">Deze pagina</a>
        <a href="https://example.org/" rel="external">Elders</a>
        <a href="javascript:alert(1)">Kwaad</a>
      </loket-header>`,
    );
    await until(() => shadow(el).querySelectorAll('nav a').length === 2, 'the navigation');
    const links = [...shadow(el).querySelectorAll('nav a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([location.pathname, 'https://example.org/']);
    expect(links[0]!.getAttribute('aria-current')).to.equal('page');
    expect(links[1]!.getAttribute('aria-current')).to.equal(null);
    expect(links[1]!.textContent).to.contain('(externe website)');
  });

  it('has a skip link that moves focus to the main content', async () => {
    const main = document.createElement('main');
    main.id = 'inhoud';
    document.body.append(main);
    const el = await fixture<LoketHeaderComponent>(html`<loket-header skip-target="#inhoud"></loket-header>`);
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    const skip = $(el, '.skip') as HTMLAnchorElement;
    expect(shadow(el).activeElement).to.equal(skip);
    expect(skip.textContent).to.equal('Naar de hoofdinhoud');
    expect(getComputedStyle(skip).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    main.remove();
  });

  describe('menu on a narrow screen', () => {
    it('opens and closes with the keyboard, Escape returns focus to the button', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px">
          <loket-header config="${FIXTURES}/voorbeeld.config.json"></loket-header>
        </div>`,
      );
      const el = await configured(wrapper.querySelector('loket-header')!);
      const button = $(el, '.menu-button') as HTMLButtonElement;
      const nav = $(el, 'nav')!;
      expect(getComputedStyle(button).display).not.to.equal('none');
      expect(getComputedStyle(nav).display).to.equal('none');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(nav).display).not.to.equal('none');
      expect(await axeViolations(el)).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('shows the navigation without a menu button on a wide screen', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 1100px">
          <loket-header config="${FIXTURES}/voorbeeld.config.json"></loket-header>
        </div>`,
      );
      const el = await configured(wrapper.querySelector('loket-header')!);
      expect(getComputedStyle($(el, '.menu-button')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'nav')!).display).not.to.equal('none');
    });
  });

  it('closes a help panel the page opened (contact.open()) on Escape from the page, and leaves the focus on the page', async () => {
    const el = await withConfig();
    const own = document.createElement('button');
    own.textContent = 'Contact';
    document.body.append(own);
    try {
      own.focus();
      expect(await el.toggleHelp(true)).to.equal(true);
      expect($(el, '#help')!.hidden).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '#help')!.hidden, 'closed').to.equal(true);
      expect(document.activeElement, 'focus stays on the page').to.equal(own);
    } finally {
      own.remove();
    }
  });

  it('opens the help panel with contact details, and closes it with Escape or the close button', async () => {
    const el = await withConfig();
    const button = $(el, '.help-button') as HTMLButtonElement;
    const panel = $(el, '#help')!;
    expect(panel.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(false);
    expect(panel.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:050123456');
    expect(panel.querySelector('a[href^="mailto:"]')!.textContent).to.equal('info@voorbeeld.be');
    expect(panel.textContent).to.contain('Marktplein 1');
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(shadow(el).activeElement).to.equal(button);
    button.click();
    await el.updateComplete;
    ($(el, '#help .close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
  });

  it('opens one popup at a time, closes it on a click elsewhere, and leaves the mobile menu open', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px">
        <loket-header config="${FIXTURES}/voorbeeld.config.json"></loket-header>
      </div>`,
    );
    const el = await configured(wrapper.querySelector('loket-header')!);
    const help: boolean[] = [];
    el.addEventListener('loket-help-toggle', (e) => help.push(e.detail.open));
    for (const button of ['.menu-button', '.help-button', '.language-button']) ($(el, button) as HTMLButtonElement).click();
    await el.updateComplete;
    expect([$(el, '#help')!.hidden, $(el, '#languages')!.hidden]).to.deep.equal([true, false]);
    document.body.click();
    await el.updateComplete;
    expect($(el, '#languages')!.hidden).to.equal(true);
    expect($(el, '.menu-button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(help).to.deep.equal([true, false]);
  });

  it('emits a cancelable loket-login-request when "Aanmelden" is pressed', async () => {
    const el = await withConfig();
    let detail: unknown;
    el.addEventListener('loket-login-request', (e) => {
      detail = e.detail;
      e.preventDefault(); // the host vetoes: the page must not navigate
    });
    ($(el, '.login') as HTMLButtonElement).click();
    expect(detail).to.deep.equal({ loginUrl: '/aanmelden' });
    expect($(el, '.login')!.textContent!.trim()).to.equal('Aanmelden');
  });

  describe('alert bar', () => {
    const alertHeader = (type = 'warning') =>
      html`<loket-header>
        <script type="application/json">
          ${JSON.stringify({ alert: { id: `storing-${type}`, type, message: 'Storing <b>e-loket</b>', link: { label: 'Meer info', href: '/storing' } } })}
        </script>
      </loket-header>`;

    for (const type of ['info', 'success', 'warning', 'error']) {
      it(`shows a ${type} alert as text with its type in words, without violations`, async () => {
        const el = await fixture<LoketHeaderComponent>(alertHeader(type));
        await until(() => !!$(el, '.alert'), 'the alert');
        const alert = $(el, '.alert')!;
        expect(alert.classList.contains(type)).to.equal(true);
        expect(alert.querySelector('b')).to.equal(null);
        expect(alert.textContent).to.contain('Storing <b>e-loket</b>');
        expect(alert.querySelector('strong')!.textContent).to.match(/^(Informatie|Gelukt|Waarschuwing|Fout):$/);
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }

    it('stays dismissed for the browser session', async () => {
      const el = await fixture<LoketHeaderComponent>(alertHeader());
      await until(() => !!$(el, '.alert'), 'the alert');
      let dismissed = '';
      el.addEventListener('loket-alert-dismiss', (e) => (dismissed = e.detail.id));
      ($(el, '.alert button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '.alert')).to.equal(null);
      expect(dismissed).to.equal('storing-warning');
      const again = await fixture<LoketHeaderComponent>(alertHeader());
      await until(() => !!$(again, '.skip'), 'render');
      await new Promise((r) => setTimeout(r, 50));
      expect($(again, '.alert')).to.equal(null);
    });
  });

  describe('languages', () => {
    it('follows <html lang>, also when it changes later', async () => {
      const el = await withConfig();
      expect($(el, '.skip')!.textContent).to.equal('Naar de hoofdinhoud');
      document.documentElement.lang = 'fr-BE';
      await until(() => $(el, '.skip')!.textContent === 'Aller au contenu principal', 'French');
      expect($(el, '.help-button .label')!.textContent).to.equal("Besoin d'aide ?");
      document.documentElement.lang = 'de';
      await until(() => $(el, '.skip')!.textContent === 'Zum Hauptinhalt springen', 'German');
      document.documentElement.lang = 'en';
      await until(() => $(el, '.login')!.textContent!.trim() === 'Sign in', 'English');
      document.documentElement.lang = 'xx';
      await until(() => $(el, '.login')!.textContent!.trim() === 'Aanmelden', 'Dutch for an unknown language');
    });

    it('emits loket-language-change and navigates only to a configured URL', async () => {
      const el = await fixture<LoketHeaderComponent>(
        html`<loket-header>
          <script type="application/json">
            { "languages": { "fr": "#fr" } }
          </script>
        </loket-header>`,
      );
      await until(() => !!$(el, 'a[hreflang="fr"]'), 'the French link');
      const events: unknown[] = [];
      el.addEventListener('loket-language-change', (e) => events.push(e.detail));
      ($(el, '.language-button') as HTMLButtonElement).click();
      await el.updateComplete;
      ($(el, 'button[lang="en"]') as HTMLButtonElement).click();
      ($(el, 'a[hreflang="fr"]') as HTMLAnchorElement).click();
      expect(events).to.deep.equal([
        { language: 'en', href: null },
        { language: 'fr', href: '#fr' },
      ]);
      // Firefox follows the link a task later than Chromium and WebKit: wait for it, as a reader would.
      await until(() => location.hash === '#fr', 'the navigation to #fr');
      history.replaceState(null, '', location.pathname);
    });

    it('takes per-instance string overrides', async () => {
      const el = await fixture<LoketHeaderComponent>(
        html`<loket-header login-url="/in">
          <script type="application/json">
            { "strings": { "nl": { "login": "Inloggen bij Heidebeek" } } }
          </script>
        </loket-header>`,
      );
      await until(() => $(el, '.login')?.textContent?.trim() === 'Inloggen bij Heidebeek', 'the override');
    });
  });

  it('navigation-disabled hides every link and control except the skip link', async () => {
    const el = await withConfig();
    el.navigationDisabled = true;
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('a, button')].map((n) => n.className)).to.deep.equal(['skip']);
    expect($(el, '.name')!.textContent).to.equal('Gemeente Voorbeeld');
    expect(await axeViolations(el)).to.deep.equal([]);
    window.loket?.setNavigationEnabled(true);
  });

  it('renders no second banner landmark inside a host <header>', async () => {
    const wrapper = await fixture(html`<header><loket-header municipality-name="X"></loket-header></header>`);
    const el = wrapper.querySelector('loket-header')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('header')).to.equal(null);
    expect(shadow(el).querySelector('.bar')).not.to.equal(null);
  });

  describe('configuration precedence and bad configuration', () => {
    it('attributes < remote config < inline JSON < window.loket.configure()', async () => {
      const el = await fixture<LoketHeaderComponent>(
        html`<loket-header municipality-name="Uit attribuut" login-url="/attribuut" config="${FIXTURES}/voorbeeld.config.json">
          <script type="application/json">
            { "help": { "phone": "09 999 99 99" } }
          </script>
        </loket-header>`,
      );
      await until(() => $(el, '.name')?.textContent === 'Gemeente Voorbeeld', 'remote overriding the attribute');
      expect(($(el, '#help a[href^="tel:"]') as HTMLElement).textContent).to.equal('09 999 99 99');
      expect($(el, '#help')!.textContent).to.contain('info@voorbeeld.be'); // merged, not replaced
      configure({ municipality: { name: 'Uit de JS API' } });
      await until(() => $(el, '.name')?.textContent === 'Uit de JS API', 'the JS API winning');
    });

    const bad: [string, unknown, RegExp][] = [
      ['a wrong type', { sticky: 'ja' }, /sticky/],
      [
        'a javascript: URL',
        { navigation: [{ label: 'x', href: 'javascript:alert(1)' }] },
        /navigation\.0\.href: must be an http/,
      ],
      ['a huge string', { municipality: { name: 'x'.repeat(100000) } }, /municipality\.name: must be at most 120/],
      ['an unknown alert type', { alert: { id: 'a', type: 'panic', message: 'm' } }, /alert\.type: must be one of/],
      ['not an object', ['nope'], /must be a JSON object/],
      [
        'a theme token that escapes its declaration',
        { theme: { tokens: { '--loket-color-brand': 'red;} body{display:none' } } },
        /theme\.tokens/,
      ],
    ];
    for (const [name, config, message] of bad) {
      it(`reports ${name} once, names the field, and still renders`, async () => {
        const console = captureConsole();
        try {
          const el = await fixture<LoketHeaderComponent>(
            html`<loket-header municipality-name="Heidebeek" login-url="/in">
              <script type="application/json">
                ${JSON.stringify(config)}
              </script>
            </loket-header>`,
          );
          await until(() => console.errors.length > 0, 'the console error');
          await el.updateComplete;
          expect(console.errors).to.have.length(1);
          expect(console.errors[0]).to.match(/^\[loket\] <loket-header>: invalid configuration/);
          expect(console.errors[0]).to.match(message);
          expect($(el, '.name')!.textContent).to.equal('Heidebeek');
          expect($(el, '.login')).not.to.equal(null);
          expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
        } finally {
          console.restore();
        }
      });
    }

    it('reports unknown keys as a warning and keeps the rest', async () => {
      const console = captureConsole();
      try {
        const el = await fixture<LoketHeaderComponent>(
          html`<loket-header>
            <script type="application/json">
              { "municipality": { "name": "Scheldeburg", "mayor": "?" }, "colour": "red" }
            </script>
          </loket-header>`,
        );
        await until(() => console.warnings.length > 0, 'the warning');
        await until(() => $(el, '.name')?.textContent === 'Scheldeburg', 'the rest');
        expect(console.errors).to.deep.equal([]);
        expect(console.warnings[0]).to.contain('municipality.mayor: is not a known setting');
        expect(console.warnings[0]).to.contain('colour: is not a known setting');
      } finally {
        console.restore();
      }
    });

    it('reports a config URL that answers garbage and renders with what it has', async () => {
      const console = captureConsole();
      try {
        const el = await fixture<LoketHeaderComponent>(
          html`<loket-header municipality-name="Heidebeek" config="${FIXTURES}/garbage.json"></loket-header>`,
        );
        await until(() => console.errors.length > 0, 'the console error');
        expect(console.errors[0]).to.match(
          /configuration could not be loaded: .*garbage\.json answered (malformed JSON|application\/json)/,
        );
        expect($(el, '.name')!.textContent).to.equal('Heidebeek');
      } finally {
        console.restore();
      }
    });

    it('reports a config URL that does not exist', async () => {
      const console = captureConsole();
      try {
        const el = await fixture<LoketHeaderComponent>(
          html`<loket-header municipality-name="H" config="${FIXTURES}/missing.json"></loket-header>`,
        );
        await until(() => console.errors.length > 0, 'the console error');
        expect(console.errors[0]).to.match(/missing\.json answered HTTP 404/);
        expect($(el, '.name')!.textContent).to.equal('H');
      } finally {
        console.restore();
      }
    });
  });

  it('applies a preset and tokens from configuration to its host', async () => {
    const el = await fixture<LoketHeaderComponent>(
      html`<loket-header>
        <script type="application/json">
          { "theme": { "preset": "scheldeburg", "tokens": { "--loket-radius": "2px" } } }
        </script>
      </loket-header>`,
    );
    await until(() => el.classList.contains('loket-theme-scheldeburg'), 'the preset class');
    expect(el.style.getPropertyValue('--loket-radius')).to.equal('2px');
  });
});
