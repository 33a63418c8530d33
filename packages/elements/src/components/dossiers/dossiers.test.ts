import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './dossiers.js';
import { LoketDossiersComponent, type DossierFilter } from './dossiers.component.js';
import { axeViolations, captureConsole, until, whatMoves } from '../../../test/helpers.js';
import { BackendSession } from '../../../test/backend-session.js';

// Personas of the mock backend (packages/mock-backend/src/data/fixtures.ts).
const PIETER = { persona: 'p04' } as const; // citizen: 4 dossiers, none needing action
const SPEELPLEIN = { persona: 'p02', cap: 'VER', code: 'V0001234' } as const; // 100 dossiers
const KOEPEL = { persona: 'p12', cap: 'VER', code: 'V0001002' } as const; // 100,000 dossiers

const root = (el: LoketDossiersComponent) => el.shadowRoot!;
const rows = (el: LoketDossiersComponent) => [...root(el).querySelectorAll<HTMLLIElement>('.dossier')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const filterButton = (el: LoketDossiersComponent, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.filter')].find((b) => text(b).startsWith(label))!;
const liveRegion = (el: LoketDossiersComponent) => text(root(el).querySelector('[role="status"]'));
const loaded = (el: LoketDossiersComponent) =>
  until(() => rows(el).length > 0 && !root(el).querySelector('[aria-busy="true"]'), 'dossiers');
/** Requests the page really made to the backend's dossier API (Resource Timing, no fetch spy). */
const apiRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/api\/dossiers\?|\/api\/dossiers$/.test(e.name)).length;

async function widget(
  session: BackendSession,
  template = html``,
  attrs: { pageSize?: number; filter?: DossierFilter; compact?: boolean; overviewUrl?: string } = {},
) {
  const el = await fixture<LoketDossiersComponent>(
    html`<loket-dossiers
      .session=${session}
      api-base=${session.apiBase ?? ''}
      page-size=${attrs.pageSize ?? 5}
      filter=${attrs.filter ?? 'all'}
      ?compact=${attrs.compact ?? false}
      overview-url=${attrs.overviewUrl ?? ''}
      >${template}</loket-dossiers
    >`,
  );
  return el;
}

describe('loket-dossiers', function () {
  this.timeout(20000);
  let session: BackendSession;

  before(async () => {
    session = await BackendSession.as(SPEELPLEIN);
  });
  afterEach(() => {
    LoketDossiersComponent.refreshAfterMs = 30_000;
  });

  it('signed out: invites to sign in, and the button asks the session (unless the host vetoes)', async () => {
    const out = new BackendSession();
    const el = await widget(out);
    expect(text(root(el).querySelector('.message'))).to.contain('Meld u aan om de stand van uw dossiers te zien');
    expect(rows(el)).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
    const button = root(el).querySelector<HTMLButtonElement>('.message button')!;
    button.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const request = await oneEvent(el, 'loket-login-request');
    expect(request.cancelable).to.equal(true);
    expect(out.signInCalls).to.equal(1);
    el.addEventListener('loket-login-request', (e) => e.preventDefault(), { once: true });
    button.click();
    expect(out.signInCalls).to.equal(1);
  });

  it('loading: a placeholder of fixed height, and the loaded (even empty) body never shrinks below it', async () => {
    const el = await widget(session, html``, { filter: 'action' });
    const placeholder = root(el).querySelector<HTMLElement>('.placeholder');
    expect(placeholder, 'placeholder while the first page is on its way').to.be.instanceOf(HTMLElement);
    const reserved = placeholder!.getBoundingClientRect().height;
    expect(reserved).to.be.greaterThan(100);
    expect(await axeViolations(el)).to.deep.equal([]);
    await loaded(el);
    expect(root(el).querySelector<HTMLElement>('.body')!.getBoundingClientRect().height).to.be.at.least(reserved);
  });

  it("shows the association's dossiers: title linking to the source, reference, entity and level, status badge, dates, action", async () => {
    const el = await widget(session, html``, { filter: 'action' });
    await loaded(el);
    const list = rows(el);
    expect(list).to.have.length(5);
    for (const row of list) {
      const link = row.querySelector<HTMLAnchorElement>('h3 a')!;
      expect(link.href).to.match(/^https:\/\/dossiers\.[\w-]+\.example\/dossier\/D[0-9A-F]{32}$/);
      expect(text(row.querySelector('.reference'))).to.match(/Referentie: [A-Z]+-[A-Z-]*\d{4}-\d+/);
      expect(text(row.querySelector('.entity'))).to.match(
        /Behandeld door: .+ \((lokaal bestuur|provincie|Vlaamse overheid|federale overheid)\)/,
      );
      // The status is a word, not only a colour.
      expect(text(row.querySelector('[part="status"]'))).to.contain('Aanvulling gevraagd');
      const changed = row.querySelector('.meta time')!;
      expect(changed.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
      expect(text(changed)).to.match(/geleden|gisteren|vandaag|vorige/);
      expect(text(changed.nextElementSibling)).to.match(/\(\d{1,2} [a-z]+ \d{4}/);
      const todo = row.querySelector('[part="action"]')!;
      expect(text(todo)).to.match(/^Actie nodig: .+ Uiterlijk \d{1,2} [a-z]+ \d{4}$/);
    }
    expect(text(root(el).querySelector('.count'))).to.equal('5 van 7 dossiers');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('filters by keyboard with counts for the whole identity; each filter returns what the backend holds', async () => {
    const el = await widget(session);
    await loaded(el);
    expect(text(filterButton(el, 'Alle'))).to.equal('Alle (100)');
    expect(text(filterButton(el, 'Lopend'))).to.equal('Lopend (42)');
    expect(text(filterButton(el, 'Afgesloten'))).to.equal('Afgesloten (58)');
    expect(text(filterButton(el, 'Actie nodig'))).to.equal('Actie nodig (7)');
    filterButton(el, 'Alle').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(root(el).querySelector('.count')) === '5 van 58 dossiers', 'closed dossiers');
    expect(filterButton(el, 'Afgesloten').getAttribute('aria-pressed')).to.equal('true');
    expect(filterButton(el, 'Alle').getAttribute('aria-pressed')).to.equal('false');
    for (const row of rows(el)) expect(text(row.querySelector('[part="status"]'))).to.match(/Goedgekeurd|Afgewezen|Afgesloten/);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(root(el).querySelector('.count')) === '5 van 42 dossiers', 'open dossiers');
    for (const row of rows(el))
      expect(text(row.querySelector('[part="status"]'))).to.match(/Ontvangen|In behandeling|Aanvulling gevraagd/);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('empty: a message per filter (a citizen with no action needed), and for a search without results', async () => {
    const pieter = await BackendSession.as(PIETER);
    const el = await widget(pieter, html``, { filter: 'action' });
    await until(() => !!root(el).querySelector('.message'), 'empty message');
    expect(text(root(el).querySelector('.message'))).to.equal('Er wordt op dit moment geen actie van u verwacht.');
    expect(text(filterButton(el, 'Actie nodig'))).to.equal('Actie nodig (0)');
    expect(await axeViolations(el)).to.deep.equal([]);
    filterButton(el, 'Alle').click();
    await loaded(el);
    expect(rows(el)).to.have.length(4);
    root(el).querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'zzzgeenmatch' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(root(el).querySelector('.message')).includes('zzzgeenmatch'), 'empty search');
    expect(text(root(el).querySelector('.message'))).to.equal('Geen dossiers gevonden voor “zzzgeenmatch”.');
    expect(liveRegion(el)).to.equal('0 dossiers gevonden');
  });

  it('searches on the server: debounced while typing, at once on submit', async () => {
    const el = await widget(session);
    await loaded(el);
    const before = apiRequests();
    root(el).querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'jaarrekening' });
    await until(
      () => rows(el).length > 0 && rows(el).every((r) => text(r.querySelector('h3')).includes('jaarrekening')),
      'search results',
    );
    // One request for the whole word, not one per key.
    expect(apiRequests() - before).to.be.at.most(2);
    const count = text(root(el).querySelector('.count'));
    expect(count).to.match(/^\d+ van \d+ dossiers$/);
    expect(liveRegion(el)).to.match(/^\d+ dossiers gevonden/);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'MyMinfin-nergens' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(root(el).querySelector('.message')).includes('MyMinfin-nergens'), 'submitted search');
  });

  it('sorts by due date with the keyboard', async () => {
    const el = await widget(session, html``, { filter: 'action' });
    await loaded(el);
    const select = root(el).querySelector<HTMLSelectElement>('#sort')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => select.value === 'dueDate' && !root(el).querySelector('[aria-busy="true"]'), 'sorted');
    await until(() => {
      const dates = rows(el).map((r) => r.querySelector('[part="action"] time')?.getAttribute('datetime') ?? '');
      return dates.length === 5 && dates.every((d, i) => i === 0 || dates[i - 1]! <= d);
    }, 'ascending due dates');
  });

  it('"Meer laden" fetches the next page from the server, keeps focus in place and announces the count', async () => {
    const el = await widget(session);
    await loaded(el);
    expect(liveRegion(el)).to.equal('100 dossiers gevonden. 5 van 100 dossiers');
    const firstIds = rows(el).map((r) => r.querySelector('a')!.href);
    const more = root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === 10, 'second page');
    const ids = rows(el).map((r) => r.querySelector('a')!.href);
    expect(ids.slice(0, 5)).to.deep.equal(firstIds);
    expect(new Set(ids).size).to.equal(10);
    expect(root(el).activeElement).to.equal(rows(el)[5]!.querySelector('a'));
    expect(liveRegion(el)).to.equal('100 dossiers gevonden. 10 van 100 dossiers');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a later page failing keeps the earlier pages, with a retry', async () => {
    const own = await BackendSession.as(SPEELPLEIN);
    const el = await widget(own);
    await loaded(el);
    own.spoilToken(); // the real API now answers 401
    const log = captureConsole();
    try {
      root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
      await until(
        () => text(root(el).querySelector('.footer .message')).includes('De volgende dossiers konden niet geladen worden'),
        'page error',
      );
    } finally {
      log.restore();
    }
    expect(rows(el)).to.have.length(5);
    expect(await axeViolations(el)).to.deep.equal([]);
    await own.become(SPEELPLEIN);
    root(el).querySelector<HTMLButtonElement>('.footer .message button')!.click();
    await until(() => rows(el).length === 10, 'retried page');
    expect(root(el).querySelector('.footer .message')).to.equal(null);
    // A failure does not outlive its list: after another filter, paging starts afresh.
    own.spoilToken();
    const again = captureConsole();
    try {
      root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
      await until(() => !!root(el).querySelector('.footer .message'), 'second page error');
    } finally {
      again.restore();
    }
    await own.become(SPEELPLEIN);
    filterButton(el, 'Lopend').click();
    await until(() => text(root(el).querySelector('.count')) === '5 van 42 dossiers', 'open dossiers');
    expect(root(el).querySelector('.footer .message')).to.equal(null);
    expect(root(el).querySelector('[part="more-button"]')).to.be.instanceOf(HTMLButtonElement);
  });

  it('error: says so with a retry, and recovers', async () => {
    const own = await BackendSession.as(SPEELPLEIN);
    own.spoilToken();
    const log = captureConsole();
    const el = await widget(own);
    await until(() => !!root(el).querySelector('.message.error'), 'error state');
    log.restore();
    expect(text(root(el).querySelector('.message.error'))).to.equal('Uw dossiers konden niet geladen worden. Opnieuw proberen');
    expect(log.warnings.join('\n')).to.contain('answered HTTP 401');
    expect(await axeViolations(el)).to.deep.equal([]);
    await own.become(SPEELPLEIN);
    root(el).querySelector<HTMLButtonElement>('.message.error button')!.click();
    await loaded(el);
    expect(rows(el)).to.have.length(5);
  });

  it('keeps its space in every state: what follows it is out of view while loading and stays put for rows, empty and error', async () => {
    const after = async (
      who: BackendSession,
      filter: DossierFilter,
      settled: (el: LoketDossiersComponent) => boolean,
      apiBase = who.apiBase ?? '',
    ) => {
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <loket-dossiers .session=${who} api-base=${apiBase} page-size="10" filter=${filter}></loket-dossiers>
          <p id="after">after</p>
        </div>`,
      );
      const el = box.querySelector('loket-dossiers')!;
      await el.updateComplete;
      await until(() => settled(el), 'settled');
      // Measured from the top of its own fixture: where the viewport is (a test may leave the page
      // scrolled) and the fixtures before it in this test do not count.
      const below = box.querySelector('#after')!.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.remove();
      return { settled: below };
    };
    // A backend that has not answered yet shows the loading state for as long as the test looks at it;
    // each settled state is compared with the loading state of the same session and filter.
    const NEVER = '/__test/fault/never/api';
    const placeholder = (el: LoketDossiersComponent) => !!root(el).querySelector('[part="placeholder"]');
    const loading = await after(session, 'all', placeholder, NEVER);
    expect(loading.settled, 'loading: what follows is out of view').to.be.at.least(innerHeight);
    const page = await after(session, 'all', (el) => rows(el).length === 10);
    expect(page.settled, 'ten rows').to.be.at.least(innerHeight);
    const pieter = await BackendSession.as(PIETER);
    const emptyLoading = await after(pieter, 'action', placeholder, NEVER);
    const empty = await after(pieter, 'action', (el) => !!root(el).querySelector('.message'));
    expect(empty.settled, 'empty: nothing moved').to.equal(emptyLoading.settled);
    const spoiled = await BackendSession.as(SPEELPLEIN);
    const errorLoading = await after(spoiled, 'all', placeholder, NEVER);
    spoiled.spoilToken();
    const log = captureConsole();
    const error = await after(spoiled, 'all', (el) => !!root(el).querySelector('.message.error'));
    log.restore();
    expect(error.settled, 'error: nothing moved').to.equal(errorLoading.settled);
  });

  it('keeps what it drew in place when a new tab learns its session: nothing moves from unknown to signed in', async () => {
    // A new tab finds out its session by asking the other tabs (or a page loads the widget before
    // its configuration started the session): until then the session is unknown.
    const later = new BackendSession();
    later.set({ status: 'unknown' });
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <loket-dossiers .session=${later} page-size="10"></loket-dossiers>
        <p id="after">after</p>
      </div>`,
    );
    const el = box.querySelector('loket-dossiers')!;
    await el.updateComplete;
    const at = (e: Element) => e.getBoundingClientRect().top - box.getBoundingClientRect().top;
    const moved = whatMoves(el, box);
    expect(at(box.querySelector('#after')!), 'unknown: what follows is out of view').to.be.at.least(innerHeight);
    expect(await axeViolations(el)).to.deep.equal([]);
    await later.become(SPEELPLEIN);
    el.setAttribute('api-base', later.apiBase ?? '');
    await until(() => rows(el).length === 10, 'rows');
    expect(moved(), 'moved once the session was known').to.deep.equal([]);
    expect(at(box.querySelector('#after')!)).to.be.at.least(innerHeight);
  });

  it('expands a dossier to its status history, loaded on demand, by keyboard', async () => {
    const el = await widget(session, html``, { filter: 'action' });
    await loaded(el);
    const row = rows(el)[0]!;
    const toggle = row.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const panel = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    const before = performance.getEntriesByType('resource').length;
    toggle.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'loket-dossier-toggle');
    expect(event.detail.open).to.equal(true);
    expect(row.querySelector('a')!.href).to.contain(event.detail.id);
    await until(() => panel.querySelectorAll('.timeline li').length > 0, 'history');
    expect(performance.getEntriesByType('resource').length).to.be.greaterThan(before);
    const steps = [...panel.querySelectorAll('.timeline li')].map((li) => text(li.querySelector('strong')));
    expect(steps[0]).to.equal('Ontvangen');
    expect(steps.at(-1)).to.equal('Aanvulling gevraagd');
    expect(text(panel)).to.contain(text(row.querySelector('[part="action"]')).replace(/^Actie nodig: (.+?) Uiterlijk.*$/, '$1'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Space' });
    await until(() => toggle.getAttribute('aria-expanded') === 'false' && panel.hidden, 'collapsed');
  });

  it('follows a capacity change to the new identity (100,000 dossiers, paged on the server)', async () => {
    const own = await BackendSession.as(SPEELPLEIN);
    const el = await widget(own);
    await loaded(el);
    expect(text(filterButton(el, 'Alle'))).to.equal('Alle (100)');
    await own.become(KOEPEL);
    await until(() => text(filterButton(el, 'Alle')) === 'Alle (100.000)', 'new identity');
    await loaded(el);
    expect(rows(el)).to.have.length(5);
    expect(text(root(el).querySelector('.count'))).to.equal('5 van 100.000 dossiers');
    expect(liveRegion(el)).to.equal('100.000 dossiers gevonden. 5 van 100.000 dossiers');
    await own.signOut();
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(text(root(el).querySelector('.message'))).to.contain('Meld u aan');
  });

  it('refreshes when the tab regains focus, once, never in a loop, keeping the rows shown', async () => {
    const el = await widget(session);
    await loaded(el);
    root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await until(() => rows(el).length === 10, 'second page');
    const ids = rows(el).map((r) => r.querySelector('a')!.href);
    const before = apiRequests();
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 300));
    expect(apiRequests(), 'a recent list is not refetched').to.equal(before);
    LoketDossiersComponent.refreshAfterMs = 0;
    let fewest = rows(el).length;
    const watch = new MutationObserver(() => (fewest = Math.min(fewest, rows(el).length)));
    watch.observe(root(el), { childList: true, subtree: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => apiRequests() === before + 1, 'refresh');
    await new Promise((r) => setTimeout(r, 800));
    watch.disconnect();
    expect(apiRequests()).to.equal(before + 1);
    const refresh = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/dossiers?'))
      .at(-1)!;
    expect(new URL(refresh.name).searchParams.get('pageSize'), 'both pages in one request').to.equal('10');
    expect(fewest, 'the list never shrank while refreshing').to.equal(10);
    expect(rows(el).map((r) => r.querySelector('a')!.href)).to.deep.equal(ids);
    // Paging goes on where it was: the third page of five.
    root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await until(() => rows(el).length === 15, 'third page');
    expect(new Set(rows(el).map((r) => r.querySelector('a')!.href)).size).to.equal(15);
  });

  it('renders markup in any dossier field as text', async () => {
    const el = await fixture<LoketDossiersComponent>(
      html`<loket-dossiers .session=${session} api-base=${`${location.origin}/__test/hostile/api`}></loket-dossiers>`,
    );
    await loaded(el);
    const row = rows(el)[0]!;
    expect(text(row.querySelector('h3 a'))).to.contain('Subsidie <img src=x onerror="window.__pwned=1"><script>');
    expect(text(row.querySelector('.entity'))).to.contain('<a href="javascript:alert(1)">X</a>');
    expect(row.querySelectorAll('img, script, b, i').length).to.equal(0);
    expect(row.querySelectorAll('a')).to.have.length(1);
    row.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await until(() => !!row.querySelector('.timeline .note'), 'history note');
    expect(text(row.querySelector('.timeline .note'))).to.contain('<script>');
    expect(row.querySelectorAll('img, script').length).to.equal(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks the page language: French strings, status labels and dates, downloading only French', async () => {
    /** The languages of the widget's own strings the page downloaded (Resource Timing). */
    const downloaded = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => /dossiers\.strings\.(\w\w)\./.exec(new URL(e.name).pathname)?.[1])
        .filter(Boolean);
    performance.clearResourceTimings();
    const dutch = await widget(session, html``, { pageSize: 3 });
    await loaded(dutch);
    expect(downloaded(), 'a Dutch widget').to.deep.equal([]);
    const el = await fixture<LoketDossiersComponent>(
      html`<loket-dossiers
        lang="fr"
        .session=${session}
        api-base=${session.apiBase!}
        page-size="3"
        filter="action"
      ></loket-dossiers>`,
    );
    await loaded(el);
    expect(text(root(el).querySelector('h2'))).to.equal('Mes dossiers');
    expect(text(filterButton(el, 'Action requise'))).to.equal('Action requise (7)');
    const row = rows(el)[0]!;
    expect(text(row.querySelector('[part="status"]'))).to.contain('Complément demandé');
    expect(text(row.querySelector('.meta time'))).to.match(/il y a|hier|aujourd/);
    expect(text(row.querySelector('[part="action"]'))).to.match(/Au plus tard le \d{1,2} [a-zéû]+\.? \d{4}/);
    expect(downloaded(), 'a French widget').to.deep.equal(['fr']);
  });

  it("takes the webmaster's wording from configuration (strings), in the page language", async () => {
    const config = html`<script type="application/json">
      { "strings": { "nl": { "dossiersTitle": "Lopende aanvragen", "dossiersFilterAction": "Te doen" } } }
    </script>`;
    const el = await widget(session, config, { pageSize: 3 });
    await loaded(el);
    expect(text(root(el).querySelector('h2'))).to.equal('Lopende aanvragen');
    expect(text(filterButton(el, 'Te doen'))).to.match(/^Te doen \(\d+\)$/);
    // Keys not overridden keep the built-in text.
    expect(text(filterButton(el, 'Alle'))).to.match(/^Alle \(\d+\)$/);
  });

  it('compact: no search or sort, reference hidden; links to the full overview', async () => {
    const el = await widget(session, html``, { compact: true, overviewUrl: '/mijn-dossiers' });
    await loaded(el);
    expect(root(el).querySelector('#q')).to.equal(null);
    expect(root(el).querySelector('#sort')).to.equal(null);
    expect(getComputedStyle(rows(el)[0]!.querySelector('.reference')!).display).to.equal('none');
    const overview = root(el).querySelector<HTMLAnchorElement>('[part="overview-link"]')!;
    expect(text(overview)).to.equal('Alle dossiers bekijken');
    expect(overview.getAttribute('href')).to.equal('/mijn-dossiers');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('reflows at 320 px: nothing scrolls sideways, controls and rows stay usable', async () => {
    const el = await widget(session, html``, { filter: 'action' });
    el.style.width = '320px';
    el.style.display = 'block';
    await loaded(el);
    const inner = [...root(el).querySelectorAll<HTMLElement>('*')];
    const right = el.getBoundingClientRect().right;
    const overflowing = inner.filter(
      (n) => n.getBoundingClientRect().right > right + 1 && !n.classList.contains('visually-hidden'),
    );
    expect(overflowing.map((n) => n.className || n.localName)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
