import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { DossierListController, type DossierListQuery } from './dossier-list.controller.js';
import { captureConsole, until } from '../../../test/helpers.js';
import { BackendSession, realToken } from '../../../test/backend-session.js';

// Personas of the mock backend (packages/mock-backend/src/data/fixtures.ts).
const PIETER = { persona: 'p04' } as const; // citizen: 4 dossiers
const SPEELPLEIN = { persona: 'p02', cap: 'VER', code: 'V0001234' } as const; // 100 dossiers
const KOEPEL = { persona: 'p12', cap: 'VER', code: 'V0001002' } as const; // 100,000 dossiers

/** The smallest host: shows what the controller holds, as the widget does, without its markup. */
class ListHost extends LitElement {
  session = new BackendSession();
  query: DossierListQuery = { filter: 'all', search: '', sort: 'lastChanged', pageSize: 5 };
  readonly list = new DossierListController(this, {
    session: () => this.session,
    apiBase: () => this.session.apiBase,
    query: () => this.query,
    refreshAfterMs: () => 30_000,
  });
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.session.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  override render(): TemplateResult {
    const said = this.list.announcement;
    return html`<p role="status">${said ? `${said.shown} of ${said.total}` : ''}</p>
      <ol>
        ${this.list.rows.map((d) => html`<li>${d.id}</li>`)}
      </ol>`;
  }
}
customElements.define('test-dossier-list', ListHost);

const ids = (el: ListHost) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const said = (el: ListHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
/** Requests the page made to the backend's dossier list (Resource Timing, no fetch spy). */
const listRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/api\/dossiers\?/.test(e.name)) as PerformanceResourceTiming[];

/** A real session whose access tokens can be held back, to order two requests. */
class HeldSession extends BackendSession {
  private gate?: Promise<void>;
  private open?: () => void;

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
  }

  override async getAccessToken(): Promise<string | null> {
    await this.gate;
    return super.getAccessToken();
  }
}

async function host(session: BackendSession): Promise<ListHost> {
  return fixture<ListHost>(html`<test-dossier-list .session=${session}></test-dossier-list>`);
}

/** Everything the host showed from now on: each live-region text and row count. */
function watch(el: ListHost): { said: string[]; counts: number[]; stop(): void } {
  const seen = { said: [said(el)], counts: [ids(el).length] };
  const observer = new MutationObserver(() => {
    seen.said.push(said(el));
    seen.counts.push(ids(el).length);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return { ...seen, stop: () => observer.disconnect() };
}

describe('DossierListController', function () {
  this.timeout(20000);

  it('an identity change aborts the request for the previous one: its answer never shows', async () => {
    const session = new HeldSession();
    await session.become(KOEPEL);
    const pieter = await realToken(PIETER);
    const el = await host(session);
    // Let the request for 100,000 dossiers leave, then switch before it answers.
    await new Promise((r) => setTimeout(r));
    expect(el.list.status.first, 'the first identity’s page is still on its way').to.equal(TaskStatus.PENDING);
    const seen = watch(el);
    // The new identity's page waits for its token, so an unaborted old answer would land first.
    session.hold();
    session.token = pieter.accessToken;
    session.set({ capacity: pieter.capacity });
    await new Promise((r) => setTimeout(r, 1000));
    el.requestUpdate(); // anything that renders meanwhile (typing, a toggle) would show it
    await el.updateComplete;
    expect(said(el), 'announced while the new identity’s page is on its way').to.equal('');
    expect(ids(el), 'rows while the new identity’s page is on its way').to.deep.equal([]);
    session.release();
    await until(() => said(el) === '4 of 4', 'the new identity’s dossiers');
    seen.stop();
    expect(
      seen.said.filter((s) => s !== '' && s !== '4 of 4'),
      'announced for the old identity',
    ).to.deep.equal([]);
    expect(Math.max(...seen.counts), 'rows of the old identity').to.equal(4);
    expect(el.list.total).to.equal(4);
  });

  it('refresh reloads as many rows as were shown, in one request, and the list never shrinks meanwhile', async () => {
    const session = await BackendSession.as(SPEELPLEIN);
    const el = await host(session);
    await until(() => ids(el).length === 5, 'first page');
    expect(await el.list.loadMore()).to.equal(true);
    await el.updateComplete;
    const shown = ids(el);
    expect(shown).to.have.length(10);
    const before = listRequests().length;
    const seen = watch(el);
    el.list.refresh();
    await until(() => listRequests().length === before + 1 && el.list.status.first === TaskStatus.COMPLETE, 'refreshed');
    await new Promise((r) => setTimeout(r, 300));
    seen.stop();
    expect(listRequests().length, 'one request').to.equal(before + 1);
    expect(new URL(listRequests().at(-1)!.name).searchParams.get('pageSize'), 'both pages at once').to.equal('10');
    expect(Math.min(...seen.counts), 'rows shown while refreshing').to.equal(10);
    expect(ids(el)).to.deep.equal(shown);
    expect(said(el)).to.equal('10 of 100');
  });

  it('a failed "more" keeps the rows shown, says it failed, and a retry goes on from there', async () => {
    const session = await BackendSession.as(SPEELPLEIN);
    const el = await host(session);
    await until(() => ids(el).length === 5, 'first page');
    expect(await el.list.loadMore()).to.equal(true);
    await el.updateComplete;
    const shown = ids(el);
    session.spoilToken(); // the real API now answers 401
    const log = captureConsole();
    let added: boolean;
    try {
      added = await el.list.loadMore();
    } finally {
      log.restore();
    }
    await el.updateComplete;
    expect(added).to.equal(false);
    expect(log.warnings.join('\n')).to.match(/could not load dossiers: .*401/);
    expect(el.list.status).to.deep.equal({ first: TaskStatus.COMPLETE, more: TaskStatus.ERROR });
    expect(ids(el), 'rows kept').to.deep.equal(shown);
    await session.become(SPEELPLEIN);
    expect(await el.list.loadMore()).to.equal(true);
    await el.updateComplete;
    expect(el.list.status.more).to.equal(TaskStatus.COMPLETE);
    expect(ids(el).slice(0, 10)).to.deep.equal(shown);
    expect(new Set(ids(el)).size).to.equal(15);
  });
});
