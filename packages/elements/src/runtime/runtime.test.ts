import { expect, fixture, html } from '@open-wc/testing';
import './scope.js';
import '../components/header/header.js';
import '../components/footer/footer.js';
import '../components/capacity-switcher/capacity-switcher.js';
import '../components/dossiers/dossiers.js';
import type { LoketHeaderComponent } from '../components/header/header.component.js';
import { pageRuntime } from './page.js';
import { fixedSession } from './scope.js';
import { pageSession } from '../session/facade.js';
import { captureConsole, configure, provideSession, resetConfig, until } from '../../test/helpers.js';

const JAN = { type: 'BUR' as const, code: null, name: 'Jan Janssens' };
const HOEVE = { type: 'VER' as const, code: 'V0001234', name: 'Speelpleinwerking Hoeve vzw' };
const AUTH = { authority: 'http://localhost:1', clientId: 'loket-demo', apiBase: 'http://localhost:1/api' };

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every loket event that reaches the document, by name. */
function recordPageEvents(): { names: string[]; stop(): void } {
  const names: string[] = [];
  const record = (e: Event) => names.push(e.type);
  const types = ['loket-session-change', 'loket-capacity-change'] as const;
  types.forEach((t) => document.addEventListener(t, record));
  return { names, stop: () => types.forEach((t) => document.removeEventListener(t, record)) };
}

describe('page runtime', () => {
  beforeEach(() => resetConfig());
  afterEach(() => {
    pageRuntime().setNavigationEnabled(true);
    resetConfig();
  });

  it('a header mounted after loket.setNavigationEnabled(false) is disabled too', async () => {
    pageRuntime().setNavigationEnabled(false);
    const el = await fixture<LoketHeaderComponent>(
      html`<loket-header login-url="/in" municipality-name="Testgemeente"></loket-header>`,
    );
    await el.updateComplete;
    expect(el.hasAttribute('navigation-disabled')).to.equal(true);
    expect(shadow(el).querySelector('[part="login-button"]')).to.equal(null);
    pageRuntime().setNavigationEnabled(true);
    await el.updateComplete;
    expect(el.hasAttribute('navigation-disabled')).to.equal(false);
    expect(text(shadow(el).querySelector('[part="login-button"]'))).to.equal('Aanmelden');
  });

  for (const [what, markup] of [
    [
      'header, switcher and dossier widget',
      '<loket-header></loket-header><loket-capacity-switcher></loket-capacity-switcher><loket-dossiers></loket-dossiers>',
    ],
    [
      'switcher and dossier widget, no header',
      '<loket-capacity-switcher></loket-capacity-switcher><loket-dossiers></loket-dossiers>',
    ],
  ] as const) {
    it(`page events come once per change, whichever elements are on the page (${what})`, async () => {
      const session = fixedSession({ status: 'signed-in', firstName: 'Jan', capacity: JAN }, { apiBase: null });
      provideSession(session);
      configure({ municipality: { name: 'Testgemeente' }, auth: AUTH });
      const host = await fixture(html`<div></div>`);
      host.innerHTML = markup;
      await Promise.all([...host.children].map((c) => (c as LoketHeaderComponent).updateComplete));
      const events = recordPageEvents();
      try {
        session.set({ capacity: HOEVE });
        await new Promise((r) => setTimeout(r, 50));
        expect(events.names).to.deep.equal(['loket-session-change', 'loket-capacity-change']);
      } finally {
        events.stop();
      }
    });
  }

  it('a later loket.configure() with other `auth` restarts the session with it', async () => {
    configure({ municipality: { name: 'Testgemeente' }, auth: AUTH });
    const el = await fixture<LoketHeaderComponent>(html`<loket-header></loket-header>`);
    await el.updateComplete;
    await until(() => pageSession.auth?.clientId === 'loket-demo', 'the session started with the first auth');
    configure({ municipality: { name: 'Testgemeente' }, auth: { ...AUTH, clientId: 'andere-client' } });
    await until(() => pageSession.auth?.clientId === 'andere-client', 'the session restarted with the new auth');
  });

  it('applies the configuration’s theme to every element, also a dossier widget alone on the page', async () => {
    provideSession(fixedSession({ status: 'signed-out' }));
    configure({ theme: { preset: 'voorbeeld', tokens: { '--loket-color-link': '#1d4f91' } } });
    const el = await fixture(html`<loket-dossiers></loket-dossiers>`);
    await until(() => el.classList.contains('loket-theme-voorbeeld'), 'the preset class on the widget');
    expect((el as HTMLElement).style.getPropertyValue('--loket-color-link')).to.equal('#1d4f91');
  });

  it('reports a configuration problem once per page, however many elements have it', async () => {
    const console = captureConsole();
    try {
      configure({ sticky: 'ja' });
      const host = await fixture(html`<div><loket-header></loket-header><loket-footer></loket-footer></div>`);
      await Promise.all([...host.children].map((c) => (c as LoketHeaderComponent).updateComplete));
      await new Promise((r) => setTimeout(r, 50));
      expect(console.errors.filter((e) => e.includes('sticky'))).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('<loket-scope>: elements in two scopes show two sessions on one page', async () => {
    const host = await fixture(
      html`<div>
        <loket-scope id="a"><loket-header></loket-header></loket-scope>
        <loket-scope id="b"><loket-header></loket-header></loket-scope>
      </div>`,
    );
    const [a, b] = [...host.querySelectorAll('loket-scope')];
    for (const scope of [a!, b!]) scope.runtime.configure({ municipality: { name: 'Testgemeente' }, auth: AUTH });
    a!.runtime.provideSession(fixedSession({ status: 'signed-in', firstName: 'Jan', capacity: JAN }));
    b!.runtime.provideSession(fixedSession({ status: 'signed-out' }));
    const [ha, hb] = [a!, b!].map((s) => s.querySelector('loket-header')!);
    await until(() => !!shadow(ha!).querySelector('[part="account-button"]'), 'scope a signed in');
    await until(() => !!shadow(hb!).querySelector('[part="login-button"]'), 'scope b signed out');
    expect(text(shadow(ha!).querySelector('[part="account-button"]'))).to.contain('Jan');
  });
});
