import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { listServices, type Product, type ProductPage, type ServiceQuery } from '../../api/services.js';
import type { ApiError } from '../../api/client.js';
import type { RegisterChanged } from '../../runtime/runtime.js';
import type { LpdcTheme, LpdcType, ServiceAudienceFilter } from '../../api/contract.js';
import { log } from '../../core/log.js';
import type { SessionState } from '../../session/types.js';

/** What the user asked to see. */
export interface ServiceListQuery {
  /** The audience of the public catalogue; undefined signed in (the backend follows the token's capacity). */
  audience: ServiceAudienceFilter | undefined;
  theme: LpdcTheme | null;
  type: LpdcType | null;
  /** Search text as sent to the server (trimmed, debounced by the host). */
  search: string;
  /** `municipality.id` of the configuration, or null. */
  municipality: string | null;
  /** Products per request: clamped to 1–100, 10 when not a number. */
  pageSize: number;
}

export interface ServiceListOptions {
  /** The sign-in state: the catalogue is ranked for the identity signed in as, public otherwise. */
  session: () => SessionState;
  /** A valid access token of that identity; null when signed out. */
  getAccessToken: () => Promise<string | null>;
  /** Base URL of the backend contract; without one the first page fails with a readable error. */
  apiBase: () => string | null;
  query: () => ServiceListQuery;
  /** Subscribes to the changes saved to the association register on this page (the page runtime's). */
  onRegisterChange: (listener: (change: RegisterChanged) => void) => () => void;
}

/** What a screen reader should hear after a page arrived: rows shown of the total found. */
export interface ServiceCount {
  shown: number;
  total: number;
}

/** A first page together with the identity and query it belongs to. */
interface Listing extends ProductPage {
  key: string;
}

/**
 * The catalogue list's data: the first page (rerun, aborting the previous request, whenever the
 * identity, API base or query change), later pages ("Meer laden") and a retry. While the session
 * is still unknown nothing loads, so the page does not show the public catalogue and then jump to
 * the ranked one. Signed out (or sign-in unavailable) it loads the public catalogue. Acting for an
 * association whose main activities are changed on this page (`<loket-association>`), it ranks
 * again, keeping the rows shown until the new ranking arrives.
 */
export class ServiceListController implements ReactiveController {
  private readonly list: Task<readonly unknown[], Listing | null>;
  private readonly moreTask: Task<readonly [number], boolean>;
  private moreRows: Product[] = [];
  private moreError: unknown = null;
  private counted: ServiceCount | null = null;
  private attempt = 0;
  /** Counts the changes to the main activities of the association the list is ranked for. */
  private ranking = 0;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ServiceListOptions,
  ) {
    host.addController(this);
    this.list = new Task(host, {
      // The ranking is not part of the key: the rows stay on screen (busy) while it reloads.
      args: () => [this.key, options.apiBase(), this.attempt, this.ranking] as const,
      task: ([key, base], { signal }) => this.loadFirst(key as string, base as string | null, signal),
      onError: (error) => this.report(error),
    });
    this.moreTask = new Task(host, {
      autoRun: false,
      args: () => [this.nextPage] as const,
      task: ([page], { signal }) => this.loadPage(page, signal),
    });
  }

  hostConnected(): void {
    this.unsubscribe ??= this.options.onRegisterChange((change) => this.registerChanged(change));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** The backend ranks an association's products by its main activities: when they change, rank again. */
  private registerChanged({ vCode, fields }: RegisterChanged): void {
    if (this.identity !== `VER:${vCode}` || !fields.includes('hoofdactiviteitenVerenigingsloket')) return;
    this.ranking++;
    this.host.requestUpdate();
  }

  /** Who the list is for: `type:code` signed in, `public` signed out, '' while unknown. */
  get identity(): string {
    const { status, capacity: c } = this.options.session();
    if (status === 'unknown') return '';
    return status === 'signed-in' ? `${c?.type ?? ''}:${c?.code ?? ''}` : 'public';
  }

  /** Identity and query: a change reloads the first page. */
  private get key(): string {
    const identity = this.identity;
    if (!identity) return '';
    const { audience, theme, type, search, municipality } = this.options.query();
    return JSON.stringify([identity, audience, theme, type, search, municipality, this.size]);
  }

  /** The first page of the current identity and query; null until it arrives. */
  get first(): ProductPage | null {
    const value = this.list.value;
    return value && value.key === this.key ? value : null;
  }

  /** Every row shown: the first page and the pages added to it. */
  get rows(): Product[] {
    return [...(this.first?.items ?? []), ...this.moreRows];
  }

  /** The first page's and the last "Meer laden"'s state. A failed "more" keeps the rows shown. */
  get status(): { first: TaskStatus; more: TaskStatus } {
    const more = this.moreTask.status;
    return {
      first: this.list.status,
      more:
        more === TaskStatus.PENDING
          ? more
          : this.moreError
            ? TaskStatus.ERROR
            : more === TaskStatus.COMPLETE
              ? more
              : TaskStatus.INITIAL,
    };
  }

  /** The counts to announce since the last page arrived; null before any. */
  get announcement(): ServiceCount | null {
    return this.counted;
  }

  /** Loads the page after the rows shown; resolves true when rows were added. Also the retry after a failed "more". */
  async loadMore(): Promise<boolean> {
    await this.moreTask.run();
    return this.moreTask.status === TaskStatus.COMPLETE && this.moreTask.value === true;
  }

  /** Loads the first page again (after it failed). */
  retry(): void {
    this.attempt++;
    this.host.requestUpdate();
  }

  private get size(): number {
    const n = Math.round(Number(this.options.query().pageSize));
    return Number.isFinite(n) ? Math.min(100, Math.max(1, n)) : 10;
  }

  private get apiQuery(): ServiceQuery {
    const { audience, theme, type, search, municipality } = this.options.query();
    return { audience, theme, type, q: search, municipality, pageSize: this.size };
  }

  private get nextPage(): number {
    return Math.floor(this.rows.length / this.size) + 1;
  }

  private async token(): Promise<string | null> {
    return this.options.session().status === 'signed-in' ? this.options.getAccessToken() : null;
  }

  private async loadFirst(key: string, base: string | null, signal: AbortSignal): Promise<Listing | null> {
    // Later pages stay on screen until the new first page replaces them.
    this.moreError = null;
    this.moreTask.abort();
    if (!key) {
      this.moreRows = [];
      return null;
    }
    if (!base) throw new Error('loket-services: no API base URL (set `api-base` or `auth.apiBase` in the configuration).');
    const accessToken = await this.token();
    signal.throwIfAborted();
    const result = await listServices(base, { ...this.apiQuery, page: 1 }, { accessToken, signal });
    if (!result.ok) throw result.error;
    // No requestUpdate: these render in the Task's own update, with the new page.
    this.moreRows = [];
    this.counted = { shown: result.data.items.length, total: result.data.total };
    return { ...result.data, key };
  }

  /** Later pages; a failure here keeps the pages already shown. */
  private async loadPage(page: number, signal: AbortSignal): Promise<boolean> {
    this.moreError = null;
    const base = this.options.apiBase();
    const accessToken = await this.token();
    signal.throwIfAborted();
    const result = base ? await listServices(base, { ...this.apiQuery, page }, { accessToken, signal }) : null;
    // Aborted because the list itself reloads: not a failure to show.
    signal.throwIfAborted();
    if (!result?.ok) {
      this.moreError = result?.error ?? new Error('no API base URL');
      if (result) this.report(result.error);
      return false;
    }
    this.moreRows = [...this.moreRows, ...result.data.items];
    this.counted = { shown: this.rows.length, total: result.data.total };
    return true;
  }

  private report(error: unknown): void {
    log.warn(`could not load services: ${(error as ApiError | Error)?.message ?? String(error)}`);
  }
}
