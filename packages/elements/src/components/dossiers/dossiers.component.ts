import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DossierSummary } from '../../api/dossiers.js';
import type { DossierStatusCode, EntityLevel } from '../../api/contract.js';
import { LoketElement } from '../../core/loket-element.js';
import { baseStyles } from '../../core/shared.styles.js';
import { listWidgetStyles } from '../../core/list-widget.styles.js';
import { pagedList, rowToggle } from '../../core/paged-list.js';
import { SearchController } from '../../core/search.js';
import { log } from '../../core/log.js';
import { formatDateTime, formatDay, formatNumber, formatRelative } from '../../i18n/format.js';
import { LocalizeController } from '../../i18n/localize.js';
import { dossierStrings, type DossierStringKey } from './dossiers.strings.js';
import { ConfigController } from '../../config/controller.js';
import type { Session, SessionState } from '../../session/types.js';
import { dossiersStyles } from './dossiers.styles.js';
import { DossierListController, type DossierFilter, type DossierSortKey } from './dossier-list.controller.js';

export type { DossierFilter } from './dossier-list.controller.js';
const FILTERS: DossierFilter[] = ['all', 'open', 'closed', 'action'];

const STATUS_KEYS: Record<DossierStatusCode, DossierStringKey> = {
  ontvangen: 'statusOntvangen',
  'in-behandeling': 'statusInBehandeling',
  'aanvulling-gevraagd': 'statusAanvullingGevraagd',
  'beslist-goedgekeurd': 'statusBeslistGoedgekeurd',
  'beslist-afgewezen': 'statusBeslistAfgewezen',
  afgesloten: 'statusAfgesloten',
};
/** Tone and a shape per status: the label and the shape carry the meaning, colour only adds to it. */
const STATUS_LOOK: Record<DossierStatusCode, { tone: string; icon: string }> = {
  ontvangen: { tone: 'info', icon: '○' },
  'in-behandeling': { tone: 'info', icon: '◔' },
  'aanvulling-gevraagd': { tone: 'warning', icon: '!' },
  'beslist-goedgekeurd': { tone: 'success', icon: '✓' },
  'beslist-afgewezen': { tone: 'error', icon: '✕' },
  afgesloten: { tone: 'neutral', icon: '■' },
};
const LEVEL_KEYS: Record<EntityLevel, DossierStringKey> = {
  lokaal: 'levelLokaal',
  provinciaal: 'levelProvinciaal',
  Vlaams: 'levelVlaams',
  federaal: 'levelFederaal',
};
const EMPTY_KEYS: Record<DossierFilter, DossierStringKey> = {
  all: 'dossiersEmptyAll',
  open: 'dossiersEmptyOpen',
  closed: 'dossiersEmptyClosed',
  action: 'dossiersEmptyAction',
};
const FILTER_KEYS: Record<DossierFilter, DossierStringKey> = {
  all: 'dossiersFilterAll',
  open: 'dossiersFilterOpen',
  closed: 'dossiersFilterClosed',
  action: 'dossiersFilterAction',
};

/**
 * Every dossier of the identity the user acts as (yourself, an association or a company), at
 * every government: status, "actie nodig" with what is expected and by when, a link to the
 * source system and, on demand, the status history. Filtering, search, sorting and paging
 * happen on the server, so 100,000 dossiers cost what 100 do.
 *
 * @tagname loket-dossiers
 * @summary Dossier status widget.
 *
 * @csspart heading - The widget's heading.
 * @csspart filters - The filter group.
 * @csspart filter - Each filter button (open, closed, action needed, all).
 * @csspart search - The search form.
 * @csspart sort - The sort select.
 * @csspart placeholder - The loading placeholder.
 * @csspart message - Signed-out, empty and error messages.
 * @csspart list - The list of dossiers.
 * @csspart dossier - Each dossier.
 * @csspart title-link - A dossier's title, linking to the source system.
 * @csspart status - A dossier's status badge.
 * @csspart action - The "actie nodig" box.
 * @csspart toggle - The button that shows the status history.
 * @csspart history - The status history timeline.
 * @csspart more-button - "Meer laden".
 * @csspart button - Sign-in and retry buttons.
 * @csspart overview-link - The link to the full overview page.
 *
 * @cssprop --loket-dossiers-background-color - Background. Default: `--loket-color-background`.
 * @cssprop --loket-dossiers-border-color - Borders of dossiers and controls. Default: `--loket-color-border`.
 * @cssprop --loket-dossiers-action-background-color - "Actie nodig" background. Default: `--loket-color-warning`.
 * @cssprop --loket-dossiers-action-accent-color - "Actie nodig" accent. Default: `--loket-color-warning-accent`.
 * @cssprop --loket-dossiers-min-height - Height the widget keeps in every state (before its session is known, loading, dossiers, empty, error), so nothing below it moves. Default: one viewport (`100vh`); `18rem` when compact.
 * @cssprop --loket-color-brand - Selected filter, buttons.
 * @cssprop --loket-color-link - Links.
 * @cssprop --loket-radius - Corner radius.
 * @cssprop --loket-space-s - Small space.
 * @cssprop --loket-space-m - Medium space.
 *
 * @fires loket-dossier-toggle - The user opened or closed a dossier's history.
 * @fires loket-login-request - The user pressed "Aanmelden" in the signed-out state. Cancelable.
 */
export class LoketDossiersComponent extends LoketElement {
  static override styles = [baseStyles, listWidgetStyles, dossiersStyles];
  /** A refresh on tab focus happens only when the list is at least this old (no refetch loops). */
  static refreshAfterMs = 30_000;

  /** Dossiers per request (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** The filter shown first: `all`, `open`, `closed` or `action`. */
  @property() filter: DossierFilter = 'all';
  /** Fewer details and no search or sort, for a sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The page with the full overview of the user's dossiers. */
  @property({ attribute: 'overview-url' }) overviewUrl?: string;
  /** URL of a JSON configuration document, for a page without a header that starts the session. */
  @property() config: string | null = null;
  /** Base URL of the backend contract, read like `auth.apiBase`; default: `auth.apiBase` of the page's configuration. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The session whose identity the widget shows; default: the page's shared session. */
  @property({ attribute: false }) session: Session | null = null;

  @state() private active: DossierFilter = 'all';
  @state() private sort: DossierSortKey = 'lastChanged';
  @state() private sessionState: SessionState = { status: 'unknown', firstName: null, capacity: null, error: null };
  private readonly search = new SearchController(this);
  private unsubscribe?: () => void;
  private subscribedTo?: Session;
  private readonly cfg = new ConfigController(this, { errorEvent: false });
  private readonly i18n = new LocalizeController(this, () => this.cfg.value.strings, dossierStrings);

  /** The `session` property, else the session of the runtime the widget belongs to. */
  private get source(): Session {
    return this.session ?? this.cfg.runtime.session;
  }

  private get base(): string | null {
    return this.apiBase ?? this.source.apiBase ?? this.cfg.value.auth?.apiBase ?? null;
  }

  /** Paging, refresh, aborts and histories; this element renders what it holds. */
  private readonly dossiers = new DossierListController(this, {
    session: () => this.source,
    apiBase: () => this.base,
    query: () => ({ filter: this.active, search: this.search.query, sort: this.sort, pageSize: this.pageSize }),
    refreshAfterMs: () => LoketDossiersComponent.refreshAfterMs,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedTo = undefined;
  }

  private subscribe(): void {
    if (this.subscribedTo === this.source) return;
    this.unsubscribe?.();
    this.subscribedTo = this.source;
    this.sessionState = this.source.state;
    // The list controller reads the identity at the update this causes, and resets on a change.
    this.unsubscribe = this.source.subscribe((s) => (this.sessionState = s));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The `session` property or the runtime's session (a host may provide another) changed.
    if (this.subscribedTo !== this.source) this.subscribe();
    if (changed.has('filter')) this.active = FILTERS.includes(this.filter) ? this.filter : 'all';
  }

  localConfig(): Record<string, unknown> {
    return {};
  }

  /** Reloads the list, keeping as many rows as are shown (up to 100). */
  refresh(): void {
    this.dossiers.refresh();
  }

  private async loadMore(): Promise<void> {
    const at = this.dossiers.rows.length;
    if (!(await this.dossiers.loadMore())) return;
    await this.updateComplete;
    // Keyboard users continue at the first row that "Meer laden" added, not at the top.
    this.renderRoot.querySelectorAll<HTMLElement>('.dossier h3 a')[at]?.focus();
  }

  /** What the live region says after a page arrived: how many were found, and shown. */
  private get announcement(): string {
    const counted = this.dossiers.announcement;
    if (!counted) return '';
    const { shown, total } = counted;
    const found = total === 1 ? this.i18n.t('dossiersFoundOne') : this.i18n.t('dossiersFound', { total: this.number(total) });
    return shown < total
      ? `${found}. ${this.i18n.t('dossiersShown', { shown: this.number(shown), total: this.number(total) })}`
      : found;
  }

  private number(n: number): string {
    return formatNumber(n, this.i18n.lang);
  }

  private setFilter(filter: DossierFilter): void {
    this.active = filter;
  }

  private onSort(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value === 'dueDate' ? 'dueDate' : 'lastChanged';
  }

  private onSignIn(): void {
    if (!this.emit('loket-login-request', { loginUrl: null }, { cancelable: true })) return;
    void this.source.signIn().catch((error: unknown) => log.error(`sign-in failed: ${String(error)}`));
  }

  private toggle(dossier: DossierSummary): void {
    const opening = this.dossiers.toggleHistory(dossier.id);
    this.emit('loket-dossier-toggle', { id: dossier.id, open: opening });
  }

  // ---- rendering -------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const status = this.sessionState.status;
    const signedIn = status === 'signed-in';
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading" part="heading">${t('dossiersTitle')}</h2>
        <div class="body">
          ${
            // Until the session is known (a new tab asks the others; a page whose configuration is
            // still on its way) the block stays empty: whether filters come is not known yet.
            status === 'unknown'
              ? nothing
              : signedIn
                ? html`${this.renderControls()}${this.renderList()}`
                : this.renderSignedOut(status)
          }
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${
          this.overviewUrl
            ? html`<p class="footer"><a part="overview-link" href=${this.overviewUrl}>${t('dossiersOverview')}</a></p>`
            : nothing
        }
      </section>
    `;
  }

  private renderSignedOut(status: SessionState['status']): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<p class="message" part="message">
      ${status === 'unavailable' ? t('loginUnavailable') : t('dossiersSignedOut')}
      <button class="button" part="button" type="button" @click=${this.onSignIn}>${t('login')}</button>
    </p>`;
  }

  private renderControls(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const counts = this.dossiers.first?.counts ?? null;
    const countOf = (f: DossierFilter): number | null =>
      !counts ? null : f === 'all' ? counts.open + counts.closed : f === 'action' ? counts.actionRequired : counts[f];
    return html`<div class="controls">
      <fieldset class="filters" part="filters">
        <legend>${t('dossiersFilters')}</legend>
        ${FILTERS.map((f) => {
          const n = countOf(f);
          return html`<button
            class="filter"
            part="filter"
            type="button"
            aria-pressed=${this.active === f ? 'true' : 'false'}
            @click=${() => this.setFilter(f)}
          >
            ${t(FILTER_KEYS[f])}${n === null ? nothing : html` <span class="n">(${this.number(n)})</span>`}
          </button>`;
        })}
      </fieldset>
      ${
        this.compact
          ? nothing
          : html`<form class="search" part="search" role="search" @submit=${this.search.onSubmit}>
                <div>
                  <label for="q">${t('dossiersSearch')}</label>
                  <input id="q" name="q" type="search" maxlength="100" autocomplete="off" @input=${this.search.onInput} />
                </div>
                <button class="button secondary" type="submit">${t('dossiersSearchButton')}</button>
              </form>
              <div>
                <label for="sort">${t('dossiersSort')}</label>
                <select id="sort" part="sort" @change=${this.onSort}>
                  <option value="lastChanged" ?selected=${this.sort === 'lastChanged'}>${t('dossiersSortLastChanged')}</option>
                  <option value="dueDate" ?selected=${this.sort === 'dueDate'}>${t('dossiersSortDueDate')}</option>
                </select>
              </div>`
      }
    </div>`;
  }

  private renderList(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const first = this.dossiers.first;
    return pagedList({
      status: this.dossiers.status,
      total: first?.total ?? null,
      rows: this.dossiers.rows,
      row: (item) => this.renderDossier(item),
      retry: () => this.dossiers.retry(),
      loadMore: () => void this.loadMore(),
      text: {
        loading: t('dossiersLoading'),
        error: t('dossiersError'),
        empty: this.search.query ? t('dossiersEmptySearch', { q: this.search.query }) : t(EMPTY_KEYS[this.active]),
        count: first
          ? t('dossiersShown', { shown: this.number(this.dossiers.rows.length), total: this.number(first.total) })
          : '',
        more: t('dossiersMore'),
        moreError: t('dossiersMoreError'),
        retry: t('retry'),
      },
    });
  }

  private renderDossier(d: DossierSummary): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const look = STATUS_LOOK[d.status.code];
    const open = this.dossiers.isOpen(d.id);
    const historyId = `history-${d.id}`;
    return html`<li class="dossier ${d.actionRequired ? 'action' : ''}" part="dossier">
      <div class="head">
        <h3>
          <a part="title-link" href=${d.sourceUrl} rel="noopener"
            >${d.title}<span class="visually-hidden"> — ${t('dossiersOpenSource', { entity: d.entity.name })}</span></a
          >
        </h3>
        <span class="badge" part="status" data-tone=${look.tone}
          ><span class="visually-hidden">${t('dossiersStatus')}: </span
          ><span aria-hidden="true">${look.icon}</span> ${t(STATUS_KEYS[d.status.code])}</span
        >
      </div>
      <dl class="meta">
        <div class="reference">
          <dt>${t('dossiersReference')}:</dt>
          <dd>${d.reference}</dd>
        </div>
        <div class="entity">
          <dt>${t('dossiersEntity')}:</dt>
          <dd>${d.entity.name} (${t(LEVEL_KEYS[d.entity.level])})</dd>
        </div>
        <div>
          <dt>${t('dossiersLastChanged')}:</dt>
          <dd>${this.renderTime(d.lastChanged)}</dd>
        </div>
      </dl>
      ${
        d.actionRequired
          ? html`<p class="todo" part="action">
              <strong>${t('dossiersActionNeeded')}:</strong> ${d.action?.description ?? ''}
              ${
                d.action
                  ? html`<br /><time datetime=${d.action.dueDate}
                        >${t('dossiersDueDate', { date: formatDay(d.action.dueDate, this.i18n.lang) })}</time
                      >`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${rowToggle(t('dossiersHistory'), d.title, historyId, open, () => this.toggle(d))}
      <div id=${historyId} part="history" ?hidden=${!open}>${open ? this.renderHistory(d.id) : nothing}</div>
    </li>`;
  }

  private renderHistory(id: string): TemplateResult | typeof nothing {
    const task = this.dossiers.history(id);
    if (!task) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    return task.render({
      initial: () => html`<p>${t('dossiersHistoryLoading')}</p>`,
      pending: () => html`<p>${t('dossiersHistoryLoading')}</p>`,
      error: () =>
        html`<p class="message error">
          ${t('dossiersHistoryError')}
          <button class="button" part="button" type="button" @click=${() => void task.run()}>${t('retry')}</button>
        </p>`,
      complete: (detail) =>
        html`<ol class="timeline" aria-label=${t('dossiersHistory')}>
          ${detail.history.map(
            (h) =>
              html`<li>
                <strong>${t(STATUS_KEYS[h.status.code])}</strong> — ${this.renderTime(h.date)}
                ${h.note ? html`<span class="note">${h.note}</span>` : nothing}
              </li>`,
          )}
        </ol>`,
    }) as TemplateResult;
  }

  private renderTime(iso: string): TemplateResult {
    const date = new Date(iso);
    const lang = this.i18n.lang;
    return html`<time datetime=${iso}>${formatRelative(date, lang)}</time> <span>(${formatDateTime(date, lang)})</span>`;
  }
}
