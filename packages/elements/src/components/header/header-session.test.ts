import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './header.js';
import type { LoketHeaderComponent } from './header.component.js';
import type { LoketSessionDetail } from '../../core/events.js';
import type { Session, SessionState } from '../../session/types.js';
import { axeViolations, configure, provideSession, resetConfig, until } from '../../../test/helpers.js';

const AUTH = { authority: 'http://localhost:1', clientId: 'loket-demo', apiBase: 'http://localhost:1/api' };
const HOEVE = { type: 'VER' as const, code: 'V0001234', name: 'Speelpleinwerking Hoeve vzw' };
const JAN = { type: 'BUR' as const, code: null, name: 'Jan Janssens' };

/** Records what the header asks of the session. */
class RecordingSession implements Session {
  calls: string[] = [];
  state: SessionState = { status: 'unknown', firstName: null, capacity: null, error: null };
  private readonly listeners = new Set<(state: SessionState) => void>();
  set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l(this.state));
  }
  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  signIn(): Promise<void> {
    this.calls.push('signIn');
    return Promise.resolve();
  }
  signOut(): Promise<void> {
    this.calls.push('signOut');
    this.set({ status: 'signed-out', firstName: null, capacity: null });
    return Promise.resolve();
  }
  switchCapacity(): Promise<void> {
    return Promise.resolve();
  }
  getAccessToken(): Promise<string | null> {
    return Promise.resolve(null);
  }
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function header(state: Partial<SessionState>): Promise<{ el: LoketHeaderComponent; session: RecordingSession }> {
  const session = new RecordingSession();
  session.set(state);
  provideSession(session); // the header never loads the sign-in code
  configure({ municipality: { name: 'Testgemeente' }, auth: AUTH });
  const el = await fixture<LoketHeaderComponent>(html`<loket-header></loket-header>`);
  await until(() => !!$(el, '.access'), 'the access area');
  await el.updateComplete;
  return { el, session };
}

describe('<loket-header> sign-in', () => {
  beforeEach(() => {
    resetConfig();
    document.documentElement.lang = 'nl';
  });

  it('signed out: "Aanmelden" asks the session to sign in unless the host vetoes', async () => {
    const { el, session } = await header({ status: 'signed-out' });
    let veto = true;
    el.addEventListener('loket-login-request', (e) => veto && e.preventDefault());
    $(el, '[part="login-button"]')!.click();
    expect(session.calls).to.deep.equal([]);
    veto = false;
    $(el, '[part="login-button"]')!.click();
    // The session module loads on demand: the call arrives a moment later (polled every 20 ms, so a
    // vetoed call that wrongly went through would be in the list too).
    await until(() => session.calls.length > 0, 'the session call');
    expect(session.calls).to.deep.equal(['signIn']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('signed in as a citizen: first name, account menu with capacity, switch and sign-out; axe 0', async () => {
    const { el } = await header({ status: 'signed-in', firstName: 'Jan', capacity: JAN });
    const button = $(el, '[part="account-button"]')!;
    expect(text(button)).to.equal('Jan');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const panel = $(el, '[part="account-panel"]')!;
    expect(panel.hidden).to.equal(false);
    expect(text(panel.querySelector('.capacity'))).to.equal('Aangemeld als Jan Janssens');
    expect(text(panel.querySelector('.switch'))).to.equal('Wissel van hoedanigheid');
    expect(text(panel.querySelector('.logout'))).to.equal('Afmelden');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('acting for an association: "Jan — namens …"', async () => {
    const { el } = await header({ status: 'signed-in', firstName: 'Jan', capacity: HOEVE });
    expect(text($(el, '[part="account-button"]'))).to.equal('Jan — namens Speelpleinwerking Hoeve vzw');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  const ACME = { type: 'EA' as const, code: '0403170701', name: 'Bakkerij De Smet BV' };
  const mainLinks = async (el: LoketHeaderComponent) => {
    $(el, '[part="account-button"]')!.click();
    await el.updateComplete;
    return [...$(el, '[part="account-panel"]')!.querySelectorAll('.main-links a')].map((a) => [text(a), a.getAttribute('href')]);
  };

  for (const [who, capacity, expected] of [
    ['a citizen', JAN, ['Mijn Burgerprofiel↗ (externe website)', 'https://www.burgerprofiel.be']],
    ['an association', HOEVE, ['Verenigingsloket↗ (externe website)', 'https://www.verenigingsloket.be']],
    ['a company', ACME, ['e-loket voor ondernemers↗ (externe website)', 'https://www.vlaanderen.be/e-loket-ondernemers']],
  ] as const) {
    it(`access menu for ${who}: the e-desk that fits the capacity, and nothing else by default`, async () => {
      const { el } = await header({ status: 'signed-in', firstName: 'Jan', capacity });
      expect(await mainLinks(el)).to.deep.equal([expected]);
      expect($(el, '.app-links')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('access menu as configured: application name, main links by capacity, application links with icon, in keyboard order', async () => {
    const { el } = await header({ status: 'signed-in', firstName: 'Jan', capacity: HOEVE });
    configure({
      municipality: { name: 'Testgemeente' },
      auth: AUTH,
      accessMenu: {
        applicationName: 'e-loket Testgemeente',
        mainLinks: [
          { label: 'Mijn dossiers', href: '/mijn-dossiers' },
          { label: 'Alleen voor burgers', href: '/burger', capacity: 'BUR' },
          { label: 'Voor verenigingen', href: '/verenigingen', capacity: 'VER' },
        ],
        applicationLinks: [
          { label: 'Zaalverhuur', href: '/zalen', icon: 'e-desk' },
          { label: '<b>Subsidies</b>', href: '/subsidies' },
        ],
      },
    });
    await el.updateComplete;
    expect(await mainLinks(el)).to.deep.equal([
      ['Mijn dossiers', '/mijn-dossiers'],
      ['Voor verenigingen', '/verenigingen'],
    ]);
    const panel = $(el, '[part="account-panel"]')!;
    expect(text(panel.querySelector('.app-name'))).to.equal('e-loket Testgemeente');
    const apps = panel.querySelector('.app-links')!;
    expect(apps.getAttribute('aria-label')).to.equal('Toepassingen van e-loket Testgemeente');
    expect([...apps.querySelectorAll('li')].map((li) => [text(li), !!li.querySelector('svg[aria-hidden="true"]')])).to.deep.equal(
      [
        ['Zaalverhuur', true],
        ['<b>Subsidies</b>', false], // markup in configuration is text
      ],
    );
    // Keyboard order: switch capacity, the e-desks, the applications, sign out last.
    const order = [...panel.querySelectorAll('a, button')].map((e) => text(e));
    expect(order).to.deep.equal([
      'Wissel van hoedanigheid',
      'Mijn dossiers',
      'Voor verenigingen',
      'Zaalverhuur',
      '<b>Subsidies</b>',
      'Afmelden',
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keyboard: Enter opens the account menu, Escape closes it and returns focus', async () => {
    const { el } = await header({ status: 'signed-in', firstName: 'Jan', capacity: JAN });
    $(el, '[part="account-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="account-panel"]')!.hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('switch')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="account-panel"]')!.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('account-button');
  });

  it('"Afmelden" fires a cancelable loket-logout-request, then signs out and reports it', async () => {
    const { el, session } = await header({ status: 'signed-in', firstName: 'Jan', capacity: JAN });
    const changes: LoketSessionDetail[] = [];
    el.addEventListener('loket-session-change', (e) => changes.push(e.detail));
    let veto = true;
    el.addEventListener('loket-logout-request', (e) => veto && e.preventDefault());
    $(el, '[part="account-button"]')!.click();
    await el.updateComplete;
    $(el, '.logout')!.click();
    expect(session.calls).to.deep.equal([]);
    veto = false;
    $(el, '.logout')!.click();
    await el.updateComplete;
    await until(() => session.calls.length > 0, 'the session call');
    await el.updateComplete;
    expect(session.calls).to.deep.equal(['signOut']);
    expect(changes).to.deep.equal([{ signedIn: false, firstName: null, capacity: null }]);
    expect(text($(el, '[part="login-button"]'))).to.equal('Aanmelden');
  });

  it('fires loket-capacity-change and loket-session-change when the capacity changes', async () => {
    const { el, session } = await header({ status: 'signed-in', firstName: 'Jan', capacity: JAN });
    const events: string[] = [];
    el.addEventListener('loket-capacity-change', (e) => events.push(`capacity:${e.detail.capacity.code}`));
    el.addEventListener('loket-session-change', (e) => events.push(`session:${e.detail.capacity?.code}`));
    session.set({ capacity: HOEVE });
    await el.updateComplete;
    expect(events).to.deep.equal(['session:V0001234', 'capacity:V0001234']);
  });

  it('identity provider unavailable: says so and offers a retry; axe 0', async () => {
    const { el, session } = await header({ status: 'unavailable', error: 'unreachable' });
    expect(text($(el, '.session-note'))).to.equal('Aanmelden is nu niet mogelijk');
    const retry = $(el, '.retry')!;
    expect(text(retry)).to.equal('Opnieuw proberen');
    retry.click();
    await until(() => session.calls.length > 0, 'the session call');
    expect(session.calls).to.deep.equal(['signIn']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('signed out because the session expired: says so next to "Aanmelden"; axe 0', async () => {
    const { el, session } = await header({ status: 'signed-out', error: 'expired' });
    expect(text($(el, '.session-note'))).to.equal('Uw sessie is verlopen. Meld opnieuw aan.');
    $(el, '.login')!.click();
    await until(() => session.calls.length > 0, 'the session call');
    expect(session.calls).to.deep.equal(['signIn']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('on a non-secure origin: says sign-in needs https, without a retry that cannot help; axe 0', async () => {
    const { el } = await header({ status: 'unavailable', error: 'insecure' });
    expect(text($(el, '.session-note'))).to.equal('Aanmelden kan alleen op een beveiligde (https) website.');
    expect($(el, '.retry')).to.equal(null);
    expect($(el, '.login')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
