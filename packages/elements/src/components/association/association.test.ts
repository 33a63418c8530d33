import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './association.js';
import type { LoketAssociationComponent } from './association.component.js';
import { changeAssociation, getAssociation, type AssociationRecord } from '../../api/associations.js';
import { BackendSession, realToken } from '../../../test/backend-session.js';
import { axeViolations, provideSession, resetConfig, until } from '../../../test/helpers.js';

// Personas of the mock backend (packages/mock-backend/src/data/fixtures.ts, README "Personas").
// Els represents Toneelkring De Schelde (FV: changes everything here) and Wielertoeristen
// Scheldeburg vzw (VZW: in the KBO). Other test files do not read these two records, and every
// value written here is unique per run, so the three engines can share one backend.
const TONEELKRING = { persona: 'p03', cap: 'VER', code: 'V0001003' } as const;
const WIELERTOERISTEN = { persona: 'p03', cap: 'VER', code: 'V0001004' } as const;
const JAN_CITIZEN = { persona: 'p02' } as const; // represents Speelpleinwerking Hoeve vzw
const ANNA = { persona: 'p01' } as const; // citizen only: represents no association

type El = LoketAssociationComponent;
const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const section = (el: El, name: string) => $(el, `[aria-labelledby="${name}-heading"]`)!;
const active = (el: El) => root(el).activeElement as HTMLElement | null;
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function mount(session: BackendSession): Promise<El> {
  provideSession(session);
  return fixture<El>(html`<loket-association></loket-association>`);
}

const loaded = (el: El) => until(() => !!$(el, '.section'), 'the register record', 10_000);

/** The record as the register holds it now, read with the session's own token. */
async function register(session: BackendSession, vCode: string): Promise<{ record: AssociationRecord; etag: string | null }> {
  const result = await getAssociation(session.apiBase!, vCode, { accessToken: session.token });
  if (!result.ok) throw result.error;
  return { record: result.data.data, etag: result.data.etag };
}

/** Presses Tab until `match` has focus inside the element (keyboard only); fails after `max` presses. */
async function tabTo(el: El, match: (e: HTMLElement) => boolean, what: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    const a = active(el);
    if (a && match(a)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (at ${active(el)?.outerHTML.slice(0, 80)})`);
}

async function selectAllAndType(value: string): Promise<void> {
  // Firefox and Chromium on Linux select all with Control+A, like WebKitGTK.
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: value });
}

/** The item of a section whose text contains `contains`. */
const item = (el: El, name: string, contains: string) =>
  [...section(el, name).querySelectorAll<HTMLElement>('.item')].find((li) => text(li).includes(contains));

describe('loket-association', function () {
  this.timeout(30_000);
  let els: BackendSession;
  let elsKbo: BackendSession;

  before(async () => {
    els = await BackendSession.as(TONEELKRING);
    elsKbo = await BackendSession.as(WIELERTOERISTEN);
  });
  beforeEach(() => resetConfig());
  afterEach(() => {
    resetConfig();
    document.documentElement.lang = 'nl';
  });

  it('signed out: invites to sign in; the button (keyboard) asks the session, unless the host vetoes', async () => {
    const out = new BackendSession();
    const el = await mount(out);
    expect(text($(el, '.message'))).to.contain('Meld u aan als vertegenwoordiger van uw vereniging');
    expect($$(el, '[part="edit-button"]')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '.message button')!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const request = await oneEvent(el, 'loket-login-request');
    expect(request.cancelable).to.equal(true);
    expect(out.signInCalls).to.equal(1);
    el.addEventListener('loket-login-request', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, '.message button')!.click();
    expect(out.signInCalls).to.equal(1);
  });

  it('loading: a placeholder keeps the height, and the record never takes less', async () => {
    const el = await mount(els);
    const placeholder = $(el, '.placeholder');
    expect(placeholder, 'placeholder while the record is on its way').to.be.instanceOf(HTMLElement);
    const reserved = $(el, '.body')!.getBoundingClientRect().height;
    expect(reserved).to.be.at.least(window.innerHeight - 1);
    expect(await axeViolations(el)).to.deep.equal([]);
    await loaded(el);
    expect($(el, '.body')!.getBoundingClientRect().height).to.be.at.least(reserved);
  });

  it('a citizen who represents associations: an invitation to switch, with the switcher inline; no edit controls', async () => {
    const jan = await BackendSession.as(JAN_CITIZEN);
    const el = await mount(jan);
    await until(() => !!$(el, 'loket-capacity-switcher'), 'the invitation');
    expect(text($(el, '.message p'))).to.match(/^U bent aangemeld als .+\. Kies hieronder de vereniging/);
    const switcher = $(el, 'loket-capacity-switcher')!;
    await until(() => (switcher.shadowRoot?.querySelectorAll('[part="option"]').length ?? 0) > 1, 'the identities');
    expect(switcher.shadowRoot!.textContent).to.contain('Speelpleinwerking Hoeve vzw');
    expect($$(el, '[part="edit-button"], form')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a citizen who represents none: a plain statement, no switcher, no edit controls', async () => {
    const anna = await BackendSession.as(ANNA);
    const el = await mount(anna);
    await until(() => text($(el, '.message')).includes('geen vereniging'), 'the statement');
    expect(text($(el, '.message'))).to.match(/U vertegenwoordigt geen vereniging in het Verenigingsregister\.$/);
    expect($(el, 'loket-capacity-switcher')).to.equal(null);
    expect($$(el, '[part="edit-button"], form')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a token that does not act for the association: the register refuses (403), the element says so, no edit controls', async () => {
    const grant = await realToken(ANNA);
    const impostor = new BackendSession();
    impostor.apiBase = grant.apiBase;
    impostor.token = grant.accessToken;
    impostor.set({
      status: 'signed-in',
      firstName: 'Anna',
      capacity: { type: 'VER', code: 'V0001003', name: 'Toneelkring De Schelde' },
    });
    const el = await mount(impostor);
    await until(() => !!$(el, '.message.error'), 'the refusal');
    expect(text($(el, '.message.error'))).to.contain('u treedt niet op als haar vertegenwoordiger');
    expect($$(el, '[part="edit-button"], form, .section')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('FV: shows every part of the record (never a national register number), with an edit control per section and item', async () => {
    const el = await mount(els);
    await loaded(el);
    const { record } = await register(els, 'V0001003');
    const v = record.vereniging;
    const basics = text(section(el, 'basisgegevens'));
    expect(basics).to.contain(`Naam ${v.naam}`);
    expect(basics).to.contain('vCode V0001003');
    expect(basics).to.contain('Soort vereniging Feitelijke vereniging');
    expect(basics).to.contain('Status Actief');
    expect(basics).to.contain('Kunsten, Erfgoed & Cultuur');
    expect(basics).to.contain('Doelgroep vanaf 16 jaar');
    expect(basics).not.to.contain('Ondernemingsnummer');
    expect(basics).not.to.contain('Wijzigen via de KBO');
    for (const l of v.locaties) expect(text(section(el, 'locaties'))).to.contain(l.adresvoorstelling);
    for (const c of v.contactgegevens) expect(text(section(el, 'contactgegevens'))).to.contain(c.waarde);
    for (const r of v.vertegenwoordigers)
      expect(text(section(el, 'vertegenwoordigers'))).to.contain(`${r.voornaam} ${r.achternaam}`);
    expect(text(section(el, 'vertegenwoordigers'))).to.contain('Primair');
    // Edit controls exactly where wijzigbaar allows them: all of it for an FV.
    expect(section(el, 'basisgegevens').querySelector('[part="edit-button"]')).not.to.equal(null);
    expect(text(section(el, 'locaties'))).to.contain('Locatie toevoegen');
    expect(text(section(el, 'contactgegevens'))).to.contain('Contactgegeven toevoegen');
    expect(text(section(el, 'vertegenwoordigers'))).to.contain('Vertegenwoordiger toevoegen');
    // No 11-digit number anywhere: not in the text, not in an attribute.
    expect(
      root(el)
        .innerHTML.replace(/<!--[^]*?-->/g, '')
        .replace(/href="tel:[^"]*"/g, ''),
    ).not.to.match(/\b\d{11}\b/);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keyboard only: a representative changes the association’s e-mail address; focus goes into the form and back', async () => {
    const el = await mount(els);
    await loaded(el);
    const email = item(el, 'contactgegevens', 'E-mail')!;
    const opener = email.querySelector<HTMLElement>('[part="edit-button"]')!.dataset['opener']!;
    $(el, '#contactgegevens-heading')!.focus();
    await tabTo(el, (a) => a.dataset['opener'] === opener, 'the e-mail’s Wijzigen button');
    expect(text(active(el))).to.match(/^Wijzigen: E-mail /);
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, 'form'), 'the form');
    expect(active(el)?.closest('form'), 'focus moved into the form').to.equal($(el, 'form'));
    expect(await axeViolations(el)).to.deep.equal([]);
    await tabTo(el, (a) => a.id === 'f-waarde', 'the e-mail field', 5);
    const address = `info-${unique()}@toneelkring.example`;
    await selectAllAndType(address);
    const changed = oneEvent(el, 'loket-association-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ vCode: 'V0001003', section: 'contactgegevens', action: 'gewijzigd' });
    await until(() => !$(el, 'form'), 'the form closed');
    expect(text($(el, '[role="status"]'))).to.equal('Het contactgegeven is opgeslagen.');
    await until(() => active(el)?.dataset['opener'] === opener, 'focus back on its button');
    expect(text(section(el, 'contactgegevens'))).to.contain(address);
    const { record } = await register(els, 'V0001003');
    expect(record.vereniging.contactgegevens.map((c) => c.waarde)).to.include(address);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keyboard only: a representative changes another representative’s role; Escape-free cancel returns focus', async () => {
    const el = await mount(els);
    await loaded(el);
    const other = [...section(el, 'vertegenwoordigers').querySelectorAll<HTMLElement>('.item')].find(
      (li) => !li.querySelector('.badge'),
    )!;
    const opener = other.querySelector<HTMLElement>('[part="edit-button"]')!.dataset['opener']!;
    $(el, '#vertegenwoordigers-heading')!.focus();
    await tabTo(el, (a) => a.dataset['opener'] === opener, 'the representative’s Wijzigen button');
    // Cancel first: focus returns to the button that opened the form.
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, 'form'), 'the form');
    expect(active(el)?.id).to.equal('f-roepnaam');
    await tabTo(el, (a) => text(a) === 'Annuleren', 'Annuleren', 12);
    await sendKeys({ press: 'Enter' });
    await until(() => !$(el, 'form'), 'the form closed');
    expect(active(el)?.dataset['opener']).to.equal(opener);
    // Now the change.
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, 'form'), 'the form again');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-rol');
    const rol = `Secretaris ${unique()}`;
    await selectAllAndType(rol);
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await until(() => text($(el, '[role="status"]')) === 'De vertegenwoordiger is opgeslagen.', 'saved');
    expect(active(el)?.dataset['opener']).to.equal(opener);
    expect(text(section(el, 'vertegenwoordigers'))).to.contain(rol);
    const { record } = await register(els, 'V0001003');
    expect(record.vereniging.vertegenwoordigers.map((r) => r.rol)).to.include(rol);
  });

  it('adds a representative by national register number, which is never shown, and removes them again', async () => {
    const INSZ = '20070199951';
    // A run that stopped half-way may have left them: start from a register without them.
    const before = await register(els, 'V0001003');
    const left = before.record.vereniging.vertegenwoordigers.find((r) => r.voornaam === 'Toets');
    if (left)
      await changeAssociation(
        els.apiBase!,
        'V0001003',
        { section: 'vertegenwoordigers', action: 'remove', id: left.vertegenwoordigerId },
        before.etag,
        {
          accessToken: els.token,
        },
      );
    const el = await mount(els);
    await loaded(el);
    const add = [...section(el, 'vertegenwoordigers').querySelectorAll<HTMLButtonElement>('[part="edit-button"]')].find(
      (b) => text(b) === 'Vertegenwoordiger toevoegen',
    )!;
    add.click();
    await until(() => !!$(el, 'form'), 'the form');
    expect(active(el)?.id).to.equal('f-insz');
    await sendKeys({ type: INSZ });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Toets' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Persoon' });
    await sendKeys({ press: 'Enter' });
    await until(() => text($(el, '[role="status"]')) === 'De vertegenwoordiger is toegevoegd.', 'added');
    expect(text(section(el, 'vertegenwoordigers'))).to.contain('Toets Persoon');
    expect(root(el).innerHTML, 'the national register number is nowhere in the element').not.to.contain(INSZ);
    const row = item(el, 'vertegenwoordigers', 'Toets Persoon')!;
    const remove = [...row.querySelectorAll<HTMLButtonElement>('[part="edit-button"]')].find((b) =>
      text(b).startsWith('Verwijderen'),
    )!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, '.question'), 'the confirmation');
    expect(text($(el, '.question'))).to.equal('Wilt u “Toets Persoon” verwijderen?');
    expect(await axeViolations(el)).to.deep.equal([]);
    await tabTo(el, (a) => text(a) === 'Ja, verwijderen', 'Ja, verwijderen', 5);
    await sendKeys({ press: 'Enter' });
    await until(() => text($(el, '[role="status"]')) === 'De vertegenwoordiger is verwijderd.', 'removed');
    expect(active(el)?.id).to.equal('vertegenwoordigers-heading');
    expect(text(section(el, 'vertegenwoordigers'))).not.to.contain('Toets Persoon');
  });

  it('in the KBO (VZW): what the KBO holds is not editable and says where it is changed, with the KBO’s page', async () => {
    const el = await mount(elsKbo);
    await loaded(el);
    const { record } = await register(elsKbo, 'V0001004');
    const kbo = record.vereniging.kboNummer!;
    expect(kbo).to.match(/^\d{10}$/);
    const basics = section(el, 'basisgegevens');
    expect(text(basics)).to.contain(`Ondernemingsnummer (KBO) ${kbo}`);
    const links = [...basics.querySelectorAll<HTMLAnchorElement>('a.kbo-note')];
    expect(links.map((a) => text(a))).to.deep.equal([
      'Wijzigen via de KBO: Naam (externe website)',
      'Wijzigen via de KBO: Korte naam (externe website)',
      'Wijzigen via de KBO: Startdatum (externe website)',
    ]);
    for (const a of links)
      expect(a.href).to.equal(`https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=${kbo}`);
    // Locations and new contact data come from the KBO: no add or remove, a note instead.
    expect(text(section(el, 'locaties'))).to.contain('Uw vereniging staat in de KBO: locaties worden daar gewijzigd.');
    expect(section(el, 'locaties').querySelector('[part="edit-button"]')).to.equal(null);
    expect(text(section(el, 'contactgegevens'))).not.to.contain('toevoegen');
    expect(text(section(el, 'contactgegevens'))).not.to.contain('Verwijderen');
    expect(await axeViolations(el)).to.deep.equal([]);
    // A contact detail: only its description and "primary" are fields; the value says where it changes.
    section(el, 'contactgegevens').querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await until(() => !!$(el, 'form'), 'the contact form');
    expect($(el, '#f-waarde')).to.equal(null);
    expect($(el, '#f-contactgegeventype-E-mail')).to.equal(null);
    expect($(el, '#f-beschrijving')).to.be.instanceOf(HTMLInputElement);
    expect($(el, '#f-isPrimair')).to.be.instanceOf(HTMLInputElement);
    expect(text($(el, 'form .read-only'))).to.contain('Wijzigen via de KBO');
    expect(await axeViolations(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, 'form .button.secondary')!.click();
    await until(() => !$(el, 'form'), 'closed');
    // The basics: only what the KBO does not hold.
    basics.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await until(() => !!$(el, 'form'), 'the basics form');
    expect($(el, '#f-naam')).to.equal(null);
    expect($(el, '#f-korteNaam')).to.equal(null);
    expect($(el, '#f-startdatum')).to.equal(null);
    for (const id of [
      'f-roepnaam',
      'f-korteBeschrijving',
      'f-doelgroep-minimumleeftijd',
      'f-hoofdactiviteitenVerenigingsloket-SPRT',
      'f-werkingsgebieden-BE21',
    ])
      expect($(el, `#${id}`), id).to.be.instanceOf(HTMLElement);
    expect(text($(el, 'form .kbo'))).to.equal(
      'Naam, Korte naam, Startdatum: Wijzigen via de KBO: Basisgegevens (externe website)',
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('refused fields (400): a GOV.UK error summary that takes focus and links to each field, and field errors', async () => {
    const el = await mount(els);
    await loaded(el);
    const { record } = await register(els, 'V0001003');
    section(el, 'basisgegevens').querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await until(() => !!$(el, 'form'), 'the form');
    const set = (id: string, value: string) => {
      const input = $<HTMLInputElement>(el, `#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('f-korteNaam', 'x'.repeat(81));
    set('f-doelgroep-minimumleeftijd', '60');
    set('f-doelgroep-maximumleeftijd', '10');
    $<HTMLButtonElement>(el, 'form [type="submit"]')!.click();
    await until(() => !!$(el, '.error-summary'), 'the error summary');
    const summary = $(el, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    await until(() => active(el) === summary, 'focus on the summary');
    expect(text(summary.querySelector('h4'))).to.equal('Er is een probleem');
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
      ['#f-korteNaam', 'Korte naam is te lang.'],
      [
        '#f-doelgroep-minimumleeftijd',
        'Minimumleeftijd ligt buiten wat kan (de minimumleeftijd mag niet hoger zijn dan de maximumleeftijd).',
      ],
    ]);
    const input = $<HTMLInputElement>(el, '#f-korteNaam')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#f-korteNaam-error'))).to.equal('Fout: Korte naam is te lang.');
    expect(input.getAttribute('aria-describedby')).to.contain('f-korteNaam-error');
    expect(input.value, 'what was typed stays').to.equal('x'.repeat(81));
    expect(await axeViolations(el)).to.deep.equal([]);
    // The link moves focus to its field (keyboard: Enter on the focused link).
    links[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(active(el)?.id).to.equal('f-doelgroep-minimumleeftijd');
    // Nothing was changed in the register.
    const after = await register(els, 'V0001003');
    expect(after.record.vereniging.korteNaam).to.equal(record.vereniging.korteNaam);
  });

  it('an invalid e-mail address (400 code email) is worded for the user, not with the backend’s sentence', async () => {
    const el = await mount(els);
    await loaded(el);
    item(el, 'contactgegevens', 'E-mail')!.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await until(() => !!$(el, '#f-waarde'), 'the form');
    const input = $<HTMLInputElement>(el, '#f-waarde')!;
    input.value = 'geen-e-mailadres';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form [type="submit"]')!.click();
    await until(() => !!$(el, '.error-summary a'), 'the error');
    expect(text($(el, '.error-summary a'))).to.equal('Vul bij E-mail een geldig e-mailadres in, zoals naam@voorbeeld.be.');
    expect($(el, '.error-summary a')!.getAttribute('href')).to.equal('#f-waarde');
  });

  it('someone else changed the record meanwhile (412): a conflict message, what was typed kept, current values shown, re-applied', async () => {
    const el = await mount(els);
    await loaded(el);
    const row = item(el, 'contactgegevens', 'E-mail')!;
    row.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await until(() => !!$(el, '#f-waarde'), 'the form');
    const id = Number(row.querySelector<HTMLElement>('[part="edit-button"]')!.dataset['opener']!.split(':')[2]);
    // Another representative (another tab) changes the description of the same contact detail.
    const theirs = `Secretariaat ${unique()}`;
    const now = await register(els, 'V0001003');
    const other = await changeAssociation(
      els.apiBase!,
      'V0001003',
      { section: 'contactgegevens', action: 'change', id, body: { beschrijving: theirs } },
      now.etag,
      { accessToken: els.token },
    );
    expect(other.ok, 'the other change').to.equal(true);
    // Meanwhile this user types a new address and saves on the version they saw.
    const mine = `nieuw-${unique()}@toneelkring.example`;
    $(el, '#f-waarde')!.focus();
    await selectAllAndType(mine);
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, '.conflict'), 'the conflict message');
    const conflict = $(el, '.conflict')!;
    expect(conflict.getAttribute('role')).to.equal('alert');
    await until(() => active(el) === conflict, 'focus on the conflict message');
    expect(text(conflict)).to.contain('Iemand anders heeft dit intussen gewijzigd');
    expect($<HTMLInputElement>(el, '#f-waarde')!.value, 'nothing typed is lost').to.equal(mine);
    expect($<HTMLInputElement>(el, '#f-beschrijving')!.value, 'the current value of the other field').to.equal(theirs);
    expect(text($(el, '#f-beschrijving-current'))).to.equal(`Nu in het register: ${theirs}`);
    expect(text($(el, 'form [type="submit"]'))).to.equal('Opnieuw opslaan');
    expect(await axeViolations(el)).to.deep.equal([]);
    $(el, 'form [type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text($(el, '[role="status"]')) === 'Het contactgegeven is opgeslagen.', 'saved again');
    const { record } = await register(els, 'V0001003');
    const saved = record.vereniging.contactgegevens.find((c) => c.contactgegevenId === id)!;
    expect(saved.waarde, 'mine').to.equal(mine);
    expect(saved.beschrijving, 'theirs, not overwritten').to.equal(theirs);
  });

  it('markup in every text field of the record is shown as text, never run, and links only where safe', async () => {
    const session = await BackendSession.as(TONEELKRING);
    session.apiBase = `${location.origin}/__test/register/ok/api`;
    const el = await mount(session);
    await loaded(el);
    expect(text(section(el, 'basisgegevens'))).to.contain('Vereniging <img src=x onerror="window.__pwned=1"><script>');
    expect(text(section(el, 'vertegenwoordigers'))).to.contain('<script>window.__pwned=1</script>');
    expect($$(el, 'img, script')).to.have.length(0);
    expect($$(el, 'a').filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.have.length(0);
    expect(text(section(el, 'contactgegevens'))).to.contain('javascript:window.__pwned=1');
    section(el, 'basisgegevens').querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await until(() => !!$(el, '#f-naam'), 'the form');
    expect($<HTMLInputElement>(el, '#f-naam')!.value).to.contain('<img src=x');
    expect($$(el, 'img, script')).to.have.length(0);
    expect((window as Window & { __pwned?: number }).__pwned).to.equal(undefined);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('the register cannot be read (500): a clear message with a retry that works', async () => {
    const session = await BackendSession.as(TONEELKRING);
    const real = session.apiBase!;
    session.apiBase = `${location.origin}/__test/fault/500/api`;
    const el = await mount(session);
    await until(() => !!$(el, '.message.error'), 'the error');
    expect(text($(el, '.message.error'))).to.equal('De gegevens van uw vereniging konden niet geladen worden. Opnieuw proberen');
    expect(await axeViolations(el)).to.deep.equal([]);
    session.apiBase = real;
    provideSession(session);
    $<HTMLButtonElement>(el, '.message.error button')!.click();
    await loaded(el);
  });

  it('follows the page language, downloading only its strings (Dutch come with the element, French or German on demand)', async () => {
    /** The languages of the element's own strings the page downloaded (Resource Timing). */
    const downloaded = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => /association\.strings\.(\w\w)\./.exec(new URL(e.name).pathname)?.[1])
        .filter(Boolean)
        .sort();
    performance.clearResourceTimings();
    const dutch = await mount(els);
    await loaded(dutch);
    expect(text($(dutch, 'h2'))).to.equal('Wat de overheid over uw vereniging weet');
    expect(downloaded(), 'a Dutch page').to.deep.equal([]);
    dutch.remove();
    document.documentElement.lang = 'fr';
    const el = await mount(els);
    await loaded(el);
    expect(text($(el, 'h2'))).to.equal('Ce que les pouvoirs publics savent de votre association');
    expect(text(section(el, 'basisgegevens'))).to.contain('Association de fait');
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(downloaded(), 'a French page').to.deep.equal(['fr']);
    document.documentElement.lang = 'de';
    await until(() => text($(el, 'h2')) === 'Was die Behörden über Ihren Verein wissen', 'German');
    expect(downloaded(), 'then German').to.deep.equal(['de', 'fr']);
  });
});
