import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import {
  getDossier,
  listDossiers,
  type DossierDetail,
  type DossierPage,
  type DossierQuery,
  type DossierSummary,
} from '../../api/dossiers.js';
import type { DossierSort } from '../../api/contract.js';
import { callAuth, type ApiError } from '../../api/client.js';
import { log } from '../../core/log.js';
import type { Session } from '../../session/types.js';

export type DossierFilter = 'all' | 'open' | 'closed' | 'action';
export type DossierSortKey = 'lastChanged' | 'dueDate';

/** What the user asked to see. */
export interface DossierListQuery {
  filter: DossierFilter;
  /** Search text as sent to the server (trimmed, debounced by the host). */
  search: string;
  sort: DossierSortKey;
  /** Dossiers per request: clamped to 1–100, 10 when not a number. */
  pageSize: number;
}

export interface DossierListOptions {
  /** The session whose identity the list shows and whose access token it sends. */
  session: () => Session;
  /** Base URL of the backend contract; without one the first page fails with a readable error. */
  apiBase: () => string | null;
  query: () => DossierListQuery;
  /** A refresh on tab focus happens only when the list is at least this old (no refetch loops). */
  refreshAfterMs: () => number;
}

/** What a screen reader should hear after a page arrived: rows shown of the total found. */
export interface DossierCount {
  shown: number;
  total: number;
}

/** A first page together with the identity it belongs to. */
interface Listing extends DossierPage {
  identity: string;
}

type ListArgs = readonly [identity: string, base: string | null, ...query: unknown[]];

/**
 * The dossier list's data: the first page (rerun, aborting the previous request, whenever the
 * identity, API base or query change), later pages ("Meer laden"), a refresh that keeps the rows
 * shown, a refresh when the tab regains focus, and each dossier's history on demand. Everything
 * of one identity is dropped when the identity changes. The host renders; it must re-render on
 * session changes (it shows the sign-in state anyway), since the identity is read at each update.
 */
export class DossierListController implements ReactiveController {
  private readonly list: Task<ListArgs, Listing | null>;
  private readonly moreTask: Task<readonly [number], boolean>;
  private readonly histories = new Map<string, Task<[string], DossierDetail>>();
  private readonly open = new Set<string>();
  private moreRows: DossierSummary[] = [];
  private moreError: unknown = null;
  private counted: DossierCount | null = null;
  private generation = 0;
  private keepRows = 0;
  private loadedAt = 0;
  private seenIdentity = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DossierListOptions,
  ) {
    host.addController(this);
    this.list = new Task(host, {
      args: (): ListArgs => {
        const { filter, search, sort } = options.query();
        return [this.identity, options.apiBase(), filter, search, sort, this.size, this.generation];
      },
      task: ([identity, base], { signal }) => this.loadFirst(identity, base, signal),
      onError: (error) => this.report(error),
    });
    this.moreTask = new Task(host, {
      autoRun: false,
      args: () => [this.nextPage] as const,
      task: ([page], { signal }) => this.loadPage(page, signal),
    });
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  hostUpdate(): void {
    // Histories belong to the identity they were loaded for.
    const identity = this.identity;
    if (identity === this.seenIdentity) return;
    this.seenIdentity = identity;
    this.open.clear();
    for (const task of this.histories.values()) {
      task.abort();
      this.host.removeController(task);
    }
    this.histories.clear();
  }

  /** Who the list is for: `type:code` of the capacity signed in as, '' when signed out. */
  get identity(): string {
    const { status, capacity: c } = this.options.session().state;
    return status === 'signed-in' ? `${c?.type ?? ''}:${c?.code ?? ''}` : '';
  }

  /** The first page of the current identity (items, total, counts per filter); null until it arrives. */
  get first(): DossierPage | null {
    const value = this.list.value;
    return value && value.identity === this.identity ? value : null;
  }

  /** The rows "Meer laden" added below the first page. */
  get more(): readonly DossierSummary[] {
    return this.moreRows;
  }

  /** Every row shown: the first page and the pages added to it. */
  get rows(): DossierSummary[] {
    return [...(this.first?.items ?? []), ...this.moreRows];
  }

  /** Dossiers found for the identity and query; null until the first page arrives. */
  get total(): number | null {
    return this.first?.total ?? null;
  }

  /** The first page's and the last "Meer laden"'s state. A failed "more" keeps the rows shown. */
  get status(): { first: TaskStatus; more: TaskStatus } {
    return { first: this.list.status, more: this.moreStatus };
  }

  private get moreStatus(): TaskStatus {
    const status = this.moreTask.status;
    if (status === TaskStatus.PENDING) return status;
    if (this.moreError) return TaskStatus.ERROR;
    // A run aborted because the list reloaded leaves nothing to report.
    return status === TaskStatus.COMPLETE ? status : TaskStatus.INITIAL;
  }

  /** Why the first page or the last "Meer laden" failed (an `ApiError` or an `Error`); null when it did not. */
  get errors(): { first: unknown; more: unknown } {
    return { first: this.list.status === TaskStatus.ERROR ? this.list.error : null, more: this.moreError };
  }

  /** The counts to announce since the last page arrived; null before any. */
  get announcement(): DossierCount | null {
    return this.counted;
  }

  /** Loads the page after the rows shown; resolves true when rows were added. Also the retry after a failed "more". */
  async loadMore(): Promise<boolean> {
    await this.moreTask.run();
    return this.moreTask.status === TaskStatus.COMPLETE && this.moreTask.value === true;
  }

  /** Loads the first page again after it failed. */
  retry(): void {
    void this.list.run();
  }

  /** Reloads the list, keeping as many rows as are shown (up to 100), in one request. */
  refresh(): void {
    this.keepRows = this.rows.length;
    this.generation++;
    this.host.requestUpdate();
  }

  /** Opens or closes a dossier's history, loading it the first time; returns whether it is now open. */
  toggleHistory(id: string): boolean {
    const opening = !this.open.has(id);
    if (opening) {
      this.open.add(id);
      if (!this.histories.has(id)) this.histories.set(id, this.historyTask(id));
    } else this.open.delete(id);
    this.host.requestUpdate();
    return opening;
  }

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  /** The history of a dossier opened before (for this identity), as a Task to render. */
  history(id: string): Task<[string], DossierDetail> | undefined {
    return this.histories.get(id);
  }

  private get size(): number {
    const n = Math.round(Number(this.options.query().pageSize));
    return Number.isFinite(n) ? Math.min(100, Math.max(1, n)) : 10;
  }

  private get apiQuery(): DossierQuery {
    const { filter: f, search, sort } = this.options.query();
    return {
      status: f === 'open' || f === 'closed' ? f : 'all',
      actionRequired: f === 'action',
      q: search,
      sort: (sort === 'dueDate' ? 'dueDate' : '-lastChanged') satisfies DossierSort,
      pageSize: this.size,
    };
  }

  private get nextPage(): number {
    return Math.floor(this.rows.length / this.size) + 1;
  }

  private async loadFirst(identity: string, base: string | null, signal: AbortSignal): Promise<Listing | null> {
    // Later pages stay on screen until the new first page replaces them (no jump on a refresh).
    this.moreError = null;
    this.moreTask.abort();
    if (!identity) {
      this.moreRows = [];
      return null;
    }
    if (!base) throw new Error('loket-dossiers: no API base URL (set `api-base` or `auth.apiBase` in the configuration).');
    const auth = await callAuth(this.options.session(), base);
    signal.throwIfAborted();
    if (!auth) {
      this.moreRows = [];
      return null;
    }
    // A refresh reloads as many rows as were shown, in one request, in whole pages.
    const keep = this.keepRows;
    this.keepRows = 0;
    const size = this.size;
    const pageSize = keep > size ? Math.min(Math.ceil(keep / size), Math.floor(100 / size)) * size : size;
    const result = await listDossiers(base, { ...this.apiQuery, page: 1, pageSize }, { ...auth, signal });
    if (!result.ok) throw result.error;
    // No requestUpdate: these render in the Task's own update, with the new page. An update
    // in between would show the old first page without its later rows (the list would shrink).
    this.moreRows = [];
    this.loadedAt = Date.now();
    this.counted = { shown: result.data.items.length, total: result.data.total };
    return { ...result.data, identity };
  }

  /** Later pages; a failure here keeps the pages already shown. */
  private async loadPage(page: number, signal: AbortSignal): Promise<boolean> {
    this.moreError = null;
    const base = this.options.apiBase();
    const auth = base ? await callAuth(this.options.session(), base) : null;
    signal.throwIfAborted();
    const result = base && auth ? await listDossiers(base, { ...this.apiQuery, page }, { ...auth, signal }) : null;
    // Aborted because the list itself reloads: not a failure to show.
    signal.throwIfAborted();
    if (!result?.ok) {
      this.moreError = result?.error ?? new Error('signed out');
      if (result) this.report(result.error);
      return false;
    }
    this.moreRows = [...this.moreRows, ...result.data.items];
    this.counted = { shown: this.rows.length, total: result.data.total };
    return true;
  }

  private historyTask(id: string): Task<[string], DossierDetail> {
    return new Task(this.host, {
      args: () => [id] as [string],
      task: async ([dossierId], { signal }) => {
        const base = this.options.apiBase();
        const auth = base ? await callAuth(this.options.session(), base) : null;
        signal.throwIfAborted();
        if (!base || !auth) throw new Error('signed out');
        const result = await getDossier(base, dossierId, { ...auth, signal });
        if (!result.ok) throw result.error;
        return result.data;
      },
    });
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible' || !this.first || this.list.status === TaskStatus.PENDING) return;
    if (Date.now() - this.loadedAt < this.options.refreshAfterMs()) return;
    this.refresh();
  };

  private report(error: unknown): void {
    log.warn(`could not load dossiers: ${(error as ApiError | Error)?.message ?? String(error)}`);
  }
}
