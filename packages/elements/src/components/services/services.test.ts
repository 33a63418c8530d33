import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './services.js';
import '../association/association.js';
import type { LoketServicesComponent } from './services.component.js';
import { axeViolations, captureConsole, provideSession, resetConfig, until, whatMoves } from '../../../test/helpers.js';
import { BackendSession, realToken, type Who } from '../../../test/backend-session.js';

// Personas of the mock backend (packages/mock-backend/src/data/fixtures.ts).
const ANNA: Who = { persona: 'p01' }; // citizen of Gemeente Voorbeeld
const WIELER: Who = { persona: 'p08', cap: 'VER', code: 'V0001004' }; // Wielertoeristen Scheldeburg vzw: SPRT (Sport)
const BAKKERIJ: Who = { persona: 'p04', cap: 'EA', code: '0765123429' }; // Bakkerij De Smet BV

const root = (el: LoketServicesComponent) => el.shadowRoot!;
const rows = (el: LoketServicesComponent) => [...root(el).querySelectorAll<HTMLLIElement>('.product')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: LoketServicesComponent) => rows(el).map((r) => text(r.querySelector('h3')));
const liveRegion = (el: LoketServicesComponent) => text(root(el).querySelector('[role="status"]'));
const loaded = (el: LoketServicesComponent) =>
  until(() => rows(el).length > 0 && !root(el).querySelector('[aria-busy="true"]'), 'products', 8000);
/** The catalogue requests the page really made (Resource Timing, no fetch spy), newest last. */
const requests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.pathname.endsWith('/api/services'));
const lastRequest = () => requests().at(-1)!;

/** A signed-out session that knows the real backend's API base (as `auth.apiBase` would give it). */
async function signedOut(): Promise<BackendSession> {
  const session = new BackendSession();
  session.apiBase = (await realToken(ANNA)).apiBase;
  return session;
}

/** What the real backend answers this identity, to compare the element's rows with. */
async function backendTitles(session: BackendSession, query: string): Promise<string[]> {
  const res = await fetch(`${session.apiBase}/services?${query}`, { headers: { authorization: `Bearer ${session.token}` } });
  return ((await res.json()) as { items: { titel: string }[] }).items.map((i) => i.titel);
}

async function widget(
  session: BackendSession,
  attrs: {
    municipality?: string;
    pageSize?: number;
    audience?: string;
    theme?: string;
    compact?: boolean;
    apiBase?: string;
  } = {},
): Promise<LoketServicesComponent> {
  provideSession(session);
  const el = document.createElement('loket-services');
  el.setAttribute('page-size', String(attrs.pageSize ?? 5));
  if (attrs.audience) el.setAttribute('audience', attrs.audience);
  if (attrs.theme) el.setAttribute('theme', attrs.theme);
  if (attrs.compact) el.setAttribute('compact', '');
  if (attrs.apiBase) el.setAttribute('api-base', attrs.apiBase);
  if (attrs.municipality) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ municipality: { id: attrs.municipality } });
    el.append(script);
  }
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  return el;
}

describe('loket-services', function () {
  this.timeout(30000);

  beforeEach(() => {
    resetConfig();
    performance.clearResourceTimings();
  });

  it('signed out: the public catalogue for the audience the user picks with a radio group (Burger by default)', async () => {
    const el = await widget(await signedOut());
    await loaded(el);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('fieldset.audience input[type="radio"]')];
    expect(radios.map((r) => text(r.parentElement))).to.deep.equal(['Burger', 'Vereniging', 'Onderneming']);
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false, false]);
    expect(text(root(el).querySelector('fieldset.audience legend'))).to.equal('Ik zoek als');
    expect(lastRequest().searchParams.get('audience')).to.equal('Burger');
    expect(lastRequest().searchParams.has('municipality')).to.equal(false);
    // Public: no reasons, nothing marked as the municipality's own without a municipality.
    expect(root(el).querySelector('[part="reason"], [part="own"]')).to.equal(null);
    expect(liveRegion(el)).to.match(/^\d+ producten en diensten gevonden\. 5 van \d+ producten en diensten$/);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Keyboard: arrow keys move the choice within the group.
    const before = titles(el);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => lastRequest().searchParams.get('audience') === 'Onderneming', 'request for companies');
    await loaded(el);
    expect(radios.map((r) => r.checked)).to.deep.equal([false, false, true]);
    expect(titles(el)).not.to.deep.equal(before);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('signed out with audience="Vereniging": that audience is preset', async () => {
    const el = await widget(await signedOut(), { audience: 'Vereniging' });
    await loaded(el);
    const checked = root(el).querySelector<HTMLInputElement>('fieldset.audience input:checked')!;
    expect(checked.value).to.equal('Vereniging');
    expect(lastRequest().searchParams.get('audience')).to.equal('Vereniging');
  });

  it('loading: a placeholder of fixed height, and the loaded body never shrinks below it', async () => {
    const el = await widget(await signedOut(), { compact: true });
    await el.updateComplete;
    const placeholder = root(el).querySelector<HTMLElement>('.placeholder');
    expect(placeholder, 'placeholder while the first page is on its way').to.be.instanceOf(HTMLElement);
    const reserved = placeholder!.getBoundingClientRect().height;
    expect(reserved).to.be.greaterThan(100);
    expect(await axeViolations(el)).to.deep.equal([]);
    await loaded(el);
    expect(root(el).querySelector<HTMLElement>('.body')!.getBoundingClientRect().height).to.be.at.least(reserved);
    // Compact: no search or filters.
    expect(root(el).querySelector('form[role="search"], select')).to.equal(null);
  });

  it('keeps its space in every state: what follows is out of view while loading and stays put for rows, empty, error and signed out', async () => {
    /** Where a paragraph after the widget is, from the top of its own fixture, once `settled`. */
    const after = async (
      session: BackendSession,
      settled: (el: LoketServicesComponent) => boolean,
      apiBase?: string,
      act?: (el: LoketServicesComponent) => void,
    ) => {
      const el = await widget(session, { pageSize: 10, apiBase });
      const box = el.parentElement!;
      box.insertAdjacentHTML('beforeend', '<p id="after">after</p>');
      await el.updateComplete;
      act?.(el);
      await until(() => settled(el), 'settled', 8000);
      // Measured within the fixture: where the viewport is (a test may leave the page scrolled) does not count.
      const below = box.querySelector('#after')!.getBoundingClientRect().top - box.getBoundingClientRect().top;
      const top = root(el).querySelector('.body')!.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.remove();
      return { below, top };
    };
    // A backend that never answers keeps the loading state for as long as the test looks at it.
    const NEVER = `${location.origin}/__test/fault/never/api`;
    const placeholder = (el: LoketServicesComponent) => !!root(el).querySelector('[part="placeholder"]');
    const search = (q: string) => (el: LoketServicesComponent) => {
      const input = root(el).querySelector<HTMLInputElement>('#q')!;
      input.value = q;
      root(el).querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
    };

    const out = await signedOut();
    const outLoading = await after(out, placeholder, NEVER);
    expect(outLoading.below, 'signed out, loading: what follows is out of view').to.be.at.least(innerHeight);
    const outRows = await after(out, (el) => rows(el).length === 10);
    expect(outRows.below, 'signed out, ten products').to.be.at.least(innerHeight);
    expect(outRows.top, 'signed out: the list starts where the placeholder was').to.equal(outLoading.top);

    const wieler = await BackendSession.as(WIELER);
    const loading = await after(wieler, placeholder, NEVER);
    expect(loading.below, 'association, loading').to.be.at.least(innerHeight);
    const ranked = await after(wieler, (el) => rows(el).length === 10);
    expect(ranked.below, 'association, ten ranked products').to.be.at.least(innerHeight);
    expect(ranked.top, 'association: the list starts where the placeholder was').to.equal(loading.top);
    const empty = await after(
      wieler,
      (el) => !!root(el).querySelector('.message:not(.error)'),
      undefined,
      search('zzzgeenproduct'),
    );
    expect(empty.below, 'empty: nothing moved').to.equal(loading.below);
    expect(empty.top).to.equal(loading.top);

    // A new tab finds out its session by asking the other tabs: until they answer it is unknown,
    // and then either signed out (the audience choice) or signed in (the "Voor …" line) — whatever
    // was drawn before stays where it is, and what follows stays out of view.
    for (const then of [(s: BackendSession) => s.set({ status: 'signed-out' }), (s: BackendSession) => s.become(WIELER)]) {
      const session = new BackendSession();
      session.apiBase = out.apiBase;
      session.set({ status: 'unknown' });
      const el = await widget(session, { pageSize: 10 });
      const box = el.parentElement!;
      box.insertAdjacentHTML('beforeend', '<p id="after">after</p>');
      await el.updateComplete;
      const at = (e: Element) => e.getBoundingClientRect().top - box.getBoundingClientRect().top;
      const moved = whatMoves(el, box);
      expect(at(box.querySelector('#after')!), 'unknown: what follows is out of view').to.be.at.least(innerHeight);
      expect(await axeViolations(el)).to.deep.equal([]);
      await then(session);
      await until(() => rows(el).length === 10, 'products');
      expect(moved(), 'moved once the session was known').to.deep.equal([]);
      expect(at(box.querySelector('#after')!)).to.be.at.least(innerHeight);
      box.remove();
    }

    const log = captureConsole();
    const error = await after(
      wieler,
      (el) => !!root(el).querySelector('.message.error'),
      `${location.origin}/__test/fault/500/api`,
    );
    log.restore();
    expect(error.below, 'error: nothing moved').to.equal(loading.below);
    expect(error.top).to.equal(loading.top);
  });

  it("citizen: the citizen's products, the municipality's own first and marked; title, type, description, authority and level, costs, conditions, links", async () => {
    const session = await BackendSession.as(ANNA);
    const el = await widget(session, { municipality: 'gemeente-voorbeeld' });
    await loaded(el);
    expect(text(root(el).querySelector('.for'))).to.equal('Voor Anna (Burger)');
    expect(root(el).querySelector('fieldset.audience'), 'no audience choice when signed in').to.equal(null);
    const request = lastRequest();
    expect(request.searchParams.get('municipality')).to.equal('gemeente-voorbeeld');
    expect(request.searchParams.has('audience'), 'the backend takes the audience from the token').to.equal(false);
    expect(titles(el)).to.deep.equal(await backendTitles(session, 'municipality=gemeente-voorbeeld&pageSize=5'));
    for (const row of rows(el)) {
      expect(text(row.querySelector('[part="own"]'))).to.equal('Van uw gemeente');
      expect(row.classList.contains('own')).to.equal(true);
      expect(text(row.querySelector('[part="type"]'))).to.match(
        /^Soort: (Financiële verplichting|Toelating|Bewijs|Voorwerp|Advies en begeleiding|Infrastructuur en materiaal|Financieel voordeel)$/,
      );
      expect(text(row.querySelector('.description'))).not.to.equal('');
      expect(text(row.querySelector('.meta'))).to.match(
        /Bevoegde overheid: .+ \((Europese overheid|federale overheid|Vlaamse overheid|provincie|lokaal bestuur)\)/,
      );
    }
    const withCosts = rows(el).find((r) => /Kosten: /.test(text(r.querySelector('.meta'))));
    expect(withCosts, 'a product with costs').to.be.instanceOf(HTMLLIElement);
    expect(rows(el).some((r) => /Voorwaarden: /.test(text(r.querySelector('.meta'))))).to.equal(true);
    const info = root(el).querySelector<HTMLAnchorElement>('[part="info-link"]')!;
    expect(info.href).to.match(/^https:\/\//);
    expect(info.rel).to.equal('external');
    expect(text(info)).to.equal('Meer info↗ (externe website)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('"Online aanvragen" is the primary, external link and fires loket-service-open; details open with conditions, procedure, costs and contact', async () => {
    const session = await BackendSession.as(ANNA);
    const el = await widget(session, { municipality: 'gemeente-voorbeeld', pageSize: 20 });
    await loaded(el);
    const row = rows(el).find((r) => r.querySelector('[part="apply-link"]'))!;
    expect(row, 'a product with "Online aanvragen"').to.be.instanceOf(HTMLLIElement);
    const apply = row.querySelector<HTMLAnchorElement>('[part="apply-link"]')!;
    expect(text(apply)).to.equal('Online aanvragen↗ (externe website)');
    expect(apply.rel).to.equal('external');
    expect(getComputedStyle(apply).backgroundColor, 'styled as the primary action').not.to.equal(
      getComputedStyle(row).backgroundColor,
    );
    // The host page hears of it; the test stops the navigation.
    el.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => apply.click());
    const applied = await oneEvent(el, 'loket-service-open');
    expect(applied.detail).to.deep.include({ action: 'apply', url: apply.href });
    expect(applied.detail.id).to.match(/^P-\d+$/);

    const toggle = row.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const opened = await oneEvent(el, 'loket-service-open');
    expect(opened.detail).to.deep.equal({
      id: applied.detail.id,
      productId: applied.detail.productId,
      action: 'details',
      url: null,
    });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(details.hidden).to.equal(false);
    const headings = [...details.querySelectorAll('h4')].map((h) => text(h));
    expect(headings).to.include.members(['Voorwaarden', 'Procedure', 'Kosten', 'Contact']);
    expect(details.querySelector('address a[href^="mailto:"]')).to.be.instanceOf(HTMLAnchorElement);
    expect(text(details)).to.match(/Aanvragen bij: .+ \(/);
    expect(await axeViolations(el)).to.deep.equal([]);
    toggle.click();
    await el.updateComplete;
    expect(details.hidden).to.equal(true);
  });

  it('association: the products that fit its main activities first, each with the reason', async () => {
    const session = await BackendSession.as(WIELER);
    const el = await widget(session, { municipality: 'stad-scheldeburg', pageSize: 20 });
    await loaded(el);
    expect(text(root(el).querySelector('.for'))).to.equal('Voor Wielertoeristen Scheldeburg vzw (Vereniging)');
    // The register's current activities (another test may have changed them): the reason names them.
    const record = (await (
      await fetch(`${session.apiBase}/associations/V0001004`, { headers: { authorization: `Bearer ${session.token}` } })
    ).json()) as { vereniging: { hoofdactiviteitenVerenigingsloket: { naam: string }[] } };
    const activities = record.vereniging.hoofdactiviteitenVerenigingsloket.map((a) => a.naam);
    expect(activities, 'the fixture: Sport').to.have.length.greaterThan(0);
    const reasons = rows(el).map((r) => text(r.querySelector('[part="reason"]')));
    if (activities.length === 1) expect(reasons[0]).to.equal(`Omdat uw vereniging actief is in ${activities[0]}`);
    else expect(reasons[0]).to.match(new RegExp(`^Omdat uw vereniging actief is in (${activities.join('|')})`));
    const firstOther = reasons.findIndex((r) => r === '');
    expect(firstOther, 'ranked products, then the others').to.be.greaterThan(0);
    expect(
      reasons.slice(firstOther).every((r) => r === ''),
      'no ranked product after an unranked one',
    ).to.equal(true);
    expect(titles(el)).to.deep.equal(await backendTitles(session, 'municipality=stad-scheldeburg&pageSize=20'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('company: the products for companies, ranked for the company, when the user switches from signed out', async () => {
    const session = await signedOut();
    const el = await widget(session);
    await loaded(el);
    await session.become(BAKKERIJ);
    await until(() => text(root(el).querySelector('.for')) === 'Voor Bakkerij De Smet BV (Onderneming)', 'the company');
    await until(() => !!lastRequest() && !lastRequest().searchParams.has('audience'), 'a request for the company');
    await loaded(el);
    expect(titles(el)).to.deep.equal(await backendTitles(session, 'pageSize=5'));
    expect(await backendTitles(session, 'pageSize=5')).not.to.deep.equal(
      await backendTitles(session, 'audience=Burger&pageSize=5'),
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it("ranks again when the association's main activities are changed on the same page, keeping its rows meanwhile", async () => {
    // The engines run at once against one backend: each changes an association of its own.
    const ua = navigator.userAgent;
    const who: Who = /Firefox\//.test(ua)
      ? { persona: 'p05', cap: 'VER', code: 'V0001006' } // Repair Café Heidebeek: KLDU, BWWC
      : /Chrome\//.test(ua)
        ? { persona: 'p04', cap: 'VER', code: 'V0001005' } // Buurtcomité Molenwijk: BWWC
        : { persona: 'p06', cap: 'VER', code: 'V0001008' }; // Chiro Heidebeek: JGDW
    const session = await BackendSession.as(who);
    const el = await widget(session);
    const association = document.createElement('loket-association');
    el.before(association);
    await loaded(el);
    const reason = () => text(rows(el)[0]!.querySelector('[part="reason"]'));
    expect(reason()).to.match(/^Omdat uw vereniging actief is in /);
    expect(reason()).not.to.contain('Sport');
    const shown = requests().length;

    // The user changes the main activities to Sport in <loket-association>.
    const record = association.shadowRoot!;
    await until(() => !!record.querySelector('.section'), 'the register record', 10_000);
    record.querySelector<HTMLButtonElement>('[aria-labelledby="basisgegevens-heading"] [part="edit-button"]')!.click();
    await until(() => !!record.querySelector('form'), 'the basics form');
    for (const box of record.querySelectorAll<HTMLInputElement>('input[name="hoofdactiviteitenVerenigingsloket"]'))
      if (box.checked !== (box.value === 'SPRT')) box.click();
    let fewest = rows(el).length;
    const watch = new MutationObserver(() => (fewest = Math.min(fewest, rows(el).length)));
    watch.observe(root(el), { childList: true, subtree: true });
    const changed = oneEvent(association, 'loket-association-change');
    record.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    expect((await changed).detail.section).to.equal('basisgegevens');

    await until(() => reason() === 'Omdat uw vereniging actief is in Sport', 'ranked for Sport', 8000);
    watch.disconnect();
    expect(requests().length, 'one request for the new ranking').to.equal(shown + 1);
    expect(fewest, 'the rows stayed while it ranked again').to.equal(5);
    expect(await axeViolations(el)).to.deep.equal([]);
    association.remove();
  });

  it('search: title, description and "ook bekend als" keywords; debounced while typing, at once on submit; an empty result says so', async () => {
    const el = await widget(await signedOut());
    await loaded(el);
    const count = requests().length;
    root(el).querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'paspoort' });
    // "paspoort" is only a keyword of "Reispas aanvragen".
    await until(() => rows(el).length > 0 && titles(el).every((t) => t === 'Reispas aanvragen'), 'search results');
    expect(requests().length - count, 'one request for the word, not one per key').to.be.at.most(2);
    expect(lastRequest().searchParams.get('q')).to.equal('paspoort');
    expect(liveRegion(el)).to.match(/^\d+ producten en diensten gevonden|^1 product of dienst gevonden/);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'zzzgeenmatch' });
    // The submit button, by keyboard.
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Zoeken');
    await sendKeys({ press: 'Enter' });
    await until(() => text(root(el).querySelector('.message')).includes('zzzgeenmatch'), 'empty search');
    expect(text(root(el).querySelector('.message'))).to.equal('Geen producten of diensten gevonden voor “zzzgeenmatch”.');
    expect(liveRegion(el)).to.equal('0 producten en diensten gevonden');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('filters by theme and type with the keyboard; the theme attribute presets the theme', async () => {
    const el = await widget(await signedOut(), { theme: 'CultuurSportVrijeTijd' });
    await loaded(el);
    const theme = root(el).querySelector<HTMLSelectElement>('#theme')!;
    expect(theme.value).to.equal('CultuurSportVrijeTijd');
    expect(lastRequest().searchParams.get('theme')).to.equal('CultuurSportVrijeTijd');
    const type = root(el).querySelector<HTMLSelectElement>('#type')!;
    type.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => lastRequest().searchParams.get('type') === 'FinancieleVerplichting', 'type filter');
    // Firefox and WebKit change a focused select with arrow keys without firing change until it closes; make sure.
    await until(() => type.value === 'FinancieleVerplichting', 'select value');
    await until(() => !root(el).querySelector('[aria-busy="true"]') && !root(el).querySelector('.placeholder'), 'settled');
    for (const row of rows(el)) expect(text(row.querySelector('[part="type"]'))).to.equal('Soort: Financiële verplichting');
    expect(lastRequest().searchParams.get('theme')).to.equal('CultuurSportVrijeTijd');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('"Meer laden" fetches the next page from the server, focus continues at the first new product, the count is announced', async () => {
    const el = await widget(await signedOut(), { audience: 'Burger' });
    await loaded(el);
    const total = Number(/^(\d+)/.exec(liveRegion(el))![1]);
    expect(liveRegion(el)).to.equal(`${total} producten en diensten gevonden. 5 van ${total} producten en diensten`);
    const first = titles(el);
    const more = root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === 10, 'second page');
    expect(lastRequest().searchParams.get('page')).to.equal('2');
    const ids = rows(el).map((r) => r.querySelector('[part="toggle"]')!.getAttribute('aria-controls'));
    expect(titles(el).slice(0, 5)).to.deep.equal(first);
    expect(new Set(ids).size).to.equal(10);
    // Compared as a boolean: chai's message for two unequal elements took minutes to build.
    expect(root(el).activeElement === rows(el)[5]!.querySelector('h3'), 'focus on the first new product').to.equal(true);
    expect(liveRegion(el)).to.equal(`${total} producten en diensten gevonden. 10 van ${total} producten en diensten`);
    // Tab continues inside the new product, not at the top of the list.
    await sendKeys({ press: 'Tab' });
    expect(rows(el)[5]!.contains(root(el).activeElement)).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('error: a backend that fails says so with a retry that asks again; pointing at a working one shows products', async () => {
    const log = captureConsole();
    try {
      const session = await signedOut();
      const base = `${location.origin}/__test/fault/500/api`;
      const el = await widget(session, { apiBase: base });
      await until(() => !!root(el).querySelector('.message.error'), 'the error state');
      expect(text(root(el).querySelector('.message.error'))).to.equal(
        'De producten en diensten konden niet geladen worden. Opnieuw proberen',
      );
      expect(log.warnings.join('\n')).to.match(/\[loket\] could not load services: .*HTTP 500/);
      expect(await axeViolations(el)).to.deep.equal([]);
      const failures = () => log.warnings.filter((w) => /could not load services/.test(w)).length;
      expect(failures()).to.equal(1);
      const retry = root(el).querySelector<HTMLButtonElement>('.message.error button')!;
      expect(text(retry)).to.equal('Opnieuw proberen');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      // It asks again (the backend still failing: a second report, a new error message).
      await until(() => failures() === 2, 'a second request');
      await until(() => !!root(el).querySelector('.message.error'), 'the error state again');
      el.setAttribute('api-base', session.apiBase!);
      await loaded(el);
      expect(rows(el)).to.have.length(5);
    } finally {
      log.restore();
    }
  });
});
