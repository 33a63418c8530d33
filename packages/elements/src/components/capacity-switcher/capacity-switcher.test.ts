import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './capacity-switcher.js';
import type { LoketCapacitySwitcherComponent } from './capacity-switcher.component.js';
import type { LoketCapacity } from '../../core/events.js';
import { BackendSession, type Who } from '../../../test/backend-session.js';
import { axeViolations, provideSession, resetConfig, until } from '../../../test/helpers.js';

// Personas of the mock backend (packages/mock-backend/src/data/fixtures.ts).
const JAN: Who = { persona: 'p02' };
const ANNA: Who = { persona: 'p01' };
const KOEN: Who = { persona: 'p12' };
const HOEVE = 'Speelpleinwerking Hoeve vzw';

/** The page's session, backed by tokens the real identity provider issued; records switches. */
class TestSession extends BackendSession {
  switches: LoketCapacity[] = [];
  override switchCapacity(capacity: LoketCapacity): Promise<void> {
    this.switches.push(capacity);
    return Promise.resolve();
  }
}

async function signedInAs(who: Who): Promise<TestSession> {
  const session = new TestSession();
  await session.become(who);
  provideSession(session);
  return session;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function switcher(): Promise<LoketCapacitySwitcherComponent> {
  return fixture<LoketCapacitySwitcherComponent>(html`<loket-capacity-switcher></loket-capacity-switcher>`);
}

async function listed(el: LoketCapacitySwitcherComponent): Promise<HTMLElement[]> {
  await until(() => $$(el, '[part="option"]').length > 0, 'the identities', 6000);
  return $$(el, '[part="option"]');
}

describe('<loket-capacity-switcher>', () => {
  beforeEach(() => {
    resetConfig();
    document.documentElement.lang = 'nl';
  });

  it('signed out: asks to sign in, no list', async () => {
    provideSession(new BackendSession()); // signed out
    const el = await switcher();
    await el.updateComplete;
    expect(text($(el, '.note'))).to.equal('Meld u aan om te kiezen namens wie u handelt.');
    expect($$(el, '[part="option"]')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a loading state, then lists yourself and each association from the API, marking the active one', async () => {
    await signedInAs(JAN);
    const el = await switcher();
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.equal('Uw hoedanigheden worden geladen…');
    const options = await listed(el);
    expect(options.map((o) => text(o.querySelector('.name')))).to.deep.equal(['Jan Janssens', HOEVE]);
    expect(options[0]!.getAttribute('aria-current')).to.equal('true');
    expect(text(options[0]!)).to.contain('actief');
    expect(options[1]!.getAttribute('aria-current')).to.equal('false');
    expect(text(options[1]!.querySelector('.meta'))).to.equal('Vereniging · V0001234 · Voorzitter');
    expect($(el, '.empty')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('empty: someone who represents nobody gets a link to the register', async () => {
    await signedInAs(ANNA);
    const el = await switcher();
    const options = await listed(el);
    expect(options).to.have.length(1);
    expect(text($(el, '.empty'))).to.contain('U vertegenwoordigt geen vereniging of onderneming.');
    expect($(el, '.empty a')!.getAttribute('href')).to.match(/^https:\/\//);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('error: a refused token shows an error with a retry that works', async () => {
    const session = await signedInAs(JAN);
    const token = session.token;
    session.spoilToken();
    const el = await switcher();
    await until(() => !!$(el, '.error'), 'the error state', 6000);
    expect(text($(el, '.error p'))).to.equal('Uw hoedanigheden konden niet geladen worden.');
    expect(await axeViolations(el)).to.deep.equal([]);
    session.token = token;
    $(el, '.retry')!.click();
    expect(await listed(el)).to.have.length(2);
  });

  it('filters a long list by name or number, and says when nothing matches', async () => {
    await signedInAs(KOEN);
    const el = await switcher();
    expect(await listed(el)).to.have.length(6);
    const input = $<HTMLInputElement>(el, '[part="filter"]')!;
    input.focus();
    await sendKeys({ type: 'V0001002' });
    await el.updateComplete;
    expect($$(el, '[part="option"]')).to.have.length(1);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect($$(el, '[part="option"]')).to.have.length(0);
    expect(text($(el, '.status'))).to.equal('Niets gevonden voor "V0001002zzz".');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('switches by keyboard: the host may veto with loket-capacity-request; otherwise the session switches', async () => {
    const session = await signedInAs(JAN);
    const el = await switcher();
    const options = await listed(el);
    let veto = true;
    const requests: LoketCapacity[] = [];
    el.addEventListener('loket-capacity-request', (e) => {
      requests.push(e.detail.capacity);
      if (veto) e.preventDefault();
    });
    options[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(requests).to.deep.equal([{ type: 'VER', code: 'V0001234', name: HOEVE }]);
    expect(session.switches).to.deep.equal([]);
    veto = false;
    await sendKeys({ press: 'Enter' });
    // The session module loads on demand; a vetoed switch that wrongly went through would show here too.
    await until(() => session.switches.length > 0, 'the switch');
    expect(session.switches).to.deep.equal([{ type: 'VER', code: 'V0001234', name: HOEVE }]);
    await el.updateComplete;
    expect(text($(el, '.status'))).to.equal(`Bezig met wisselen naar ${HOEVE}…`);
    // The active one is not a switch.
    options[0]!.click();
    expect(requests).to.have.length(2);
  });

  it('follows a capacity change (from any tab) and fires loket-capacity-change when no header reports it', async () => {
    const session = await signedInAs(JAN);
    const el = await switcher();
    await listed(el);
    const changes: LoketCapacity[] = [];
    el.addEventListener('loket-capacity-change', (e) => changes.push(e.detail.capacity));
    await session.become({ ...JAN, cap: 'VER', code: 'V0001234' });
    await until(() => $(el, '[aria-current="true"] .name')?.textContent === HOEVE, 'the new active identity', 6000);
    expect(changes).to.deep.equal([{ type: 'VER', code: 'V0001234', name: HOEVE }]);
  });
});
