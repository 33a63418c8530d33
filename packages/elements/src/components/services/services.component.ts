import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Product } from '../../api/services.js';
import {
  CAPACITY_AUDIENCE,
  LPDC_THEMES,
  LPDC_TYPES,
  type AuthorityLevel,
  type LpdcTheme,
  type LpdcType,
  type ServiceAudienceFilter,
} from '../../api/contract.js';
import { ConfigController } from '../../config/controller.js';
import { LoketElement } from '../../core/loket-element.js';
import { linkTo } from '../../core/links.js';
import { log } from '../../core/log.js';
import { baseStyles } from '../../core/shared.styles.js';
import { listWidgetStyles } from '../../core/list-widget.styles.js';
import { pagedList, rowToggle } from '../../core/paged-list.js';
import { SearchController } from '../../core/search.js';
import { formatNumber } from '../../i18n/format.js';
import { LocalizeController } from '../../i18n/localize.js';
import { SessionController } from '../../session/controller.js';
import { ServiceListController } from './service-list.controller.js';
import { serviceStrings, type ServiceStringKey } from './services.strings.js';
import { servicesStyles } from './services.styles.js';

/** The audiences a signed-out user chooses between (the contract's filter, without `all`). */
export type ServiceAudience = Exclude<ServiceAudienceFilter, 'all'>;
const AUDIENCES: readonly ServiceAudience[] = ['Burger', 'Vereniging', 'Onderneming'];
const AUDIENCE_KEYS: Record<ServiceAudience, ServiceStringKey> = {
  Burger: 'audienceBurger',
  Vereniging: 'audienceVereniging',
  Onderneming: 'audienceOnderneming',
};
const LEVEL_KEYS: Record<AuthorityLevel, ServiceStringKey> = {
  Europees: 'levelEuropees',
  Federaal: 'levelFederaal',
  Vlaams: 'levelVlaams',
  Provinciaal: 'levelProvinciaal',
  Lokaal: 'levelLokaal',
};
const typeKey = (type: LpdcType) => `type${type}` as ServiceStringKey;
const themeKey = (theme: LpdcTheme) => `theme${theme}` as ServiceStringKey;
const isTheme = (v: unknown): v is LpdcTheme => (LPDC_THEMES as readonly unknown[]).includes(v);
const isType = (v: unknown): v is LpdcType => (LPDC_TYPES as readonly unknown[]).includes(v);
const isAudience = (v: unknown): v is ServiceAudience => (AUDIENCES as readonly unknown[]).includes(v);

/**
 * The products and services (LPDC) that fit whoever the user acts as: a citizen, an association
 * or a company, from the municipality, Flanders and other governments. For an association the
 * products that fit its main activities come first, with the reason (ranked again when they are
 * changed on the page, e.g. in `<loket-association>`); the municipality's own
 * products (configuration `municipality.id`) are marked. Signed out, it shows the public
 * catalogue for the audience the user chooses. Search, filters and paging happen on the server.
 *
 * @tagname loket-services
 * @summary Product and service catalogue, for the identity the user acts as.
 *
 * @csspart heading - The widget's heading.
 * @csspart audience - The audience choice (signed out).
 * @csspart search - The search form.
 * @csspart filters - The theme and type filters.
 * @csspart placeholder - The loading placeholder.
 * @csspart message - Empty and error messages.
 * @csspart list - The list of products.
 * @csspart product - Each product.
 * @csspart own - The "Van uw gemeente" mark.
 * @csspart type - A product's type badge.
 * @csspart reason - Why a product is shown first ("Omdat uw vereniging actief is in Sport").
 * @csspart apply-link - "Online aanvragen".
 * @csspart info-link - "Meer info".
 * @csspart toggle - The button that shows a product's details.
 * @csspart details - A product's details (conditions, procedure, costs, contact).
 * @csspart more-button - "Meer laden".
 * @csspart button - Retry buttons.
 *
 * @cssprop --loket-services-background-color - Background. Default: `--loket-color-background`.
 * @cssprop --loket-services-border-color - Borders of products and controls. Default: `--loket-color-border`.
 * @cssprop --loket-services-own-color - Accent of the municipality's own products. Default: `--loket-color-brand`.
 * @cssprop --loket-services-min-height - Height the widget keeps in every state (before its session is known, loading, products, empty, error), so nothing below it moves. Default: one viewport (`100vh`); `18rem` when compact.
 * @cssprop --loket-color-brand - "Online aanvragen", buttons.
 * @cssprop --loket-color-link - Links.
 * @cssprop --loket-radius - Corner radius.
 * @cssprop --loket-space-s - Small space.
 * @cssprop --loket-space-m - Medium space.
 *
 * @fires loket-service-open - The user opened a product's details or followed its "Online aanvragen" link.
 */
export class LoketServicesComponent extends LoketElement {
  static override styles = [baseStyles, listWidgetStyles, servicesStyles];

  /** Products per request (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** The audience shown first when signed out: `Burger`, `Vereniging` or `Onderneming` (signed in, the capacity decides). */
  @property() audience: ServiceAudience = 'Burger';
  /** The theme filter shown first, an LPDC theme code such as `CultuurSportVrijeTijd`. */
  @property() theme: string | null = null;
  /** No search or filters and fewer details, for a sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** URL of a JSON configuration document, for a page without a header. */
  @property() config: string | null = null;
  /** Base URL of the backend contract, read like `auth.apiBase`; default: the page's. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  @state() private chosenAudience: ServiceAudience | null = null;
  @state() private themeFilter: LpdcTheme | null = null;
  @state() private typeFilter: LpdcType | null = null;
  @state() private open = new Set<string>();
  private readonly search = new SearchController(this);
  private readonly cfg = new ConfigController(this, { errorEvent: false });
  private readonly session = new SessionController(this);
  private readonly i18n = new LocalizeController(this, () => this.cfg.value.strings, serviceStrings);

  /** Paging, aborts and retry; this element renders what it holds. */
  private readonly services = new ServiceListController(this, {
    session: () => this.session.state,
    getAccessToken: () => this.session.getAccessToken(),
    apiBase: () => this.apiBase || this.session.apiBase || this.cfg.value.auth?.apiBase || null,
    onRegisterChange: (listener) => this.cfg.runtime.onRegisterChange(listener),
    query: () => ({
      // Signed in, the backend takes the audience from the token's capacity (and ranks for it).
      audience: this.signedIn ? undefined : this.publicAudience,
      theme: this.themeFilter,
      type: this.typeFilter,
      search: this.search.query,
      municipality: this.cfg.value.municipality?.id ?? null,
      pageSize: this.pageSize,
    }),
  });

  protected override firstRenderReady(): Promise<unknown> {
    return this.cfg.ready;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) {
      this.themeFilter = isTheme(this.theme) ? this.theme : null;
      if (this.theme && !this.themeFilter)
        log.warn(`<loket-services>: theme "${this.theme}" is not an LPDC theme (${LPDC_THEMES.join(', ')}); showing all themes.`);
    }
    if (changed.has('audience')) this.chosenAudience = null;
  }

  localConfig(): Record<string, unknown> {
    return {};
  }

  private get signedIn(): boolean {
    return this.session.state.status === 'signed-in';
  }

  /** Signed out: what the user chose, else the `audience` attribute, else Burger. */
  private get publicAudience(): ServiceAudience {
    return this.chosenAudience ?? (isAudience(this.audience) ? this.audience : 'Burger');
  }

  private async loadMore(): Promise<void> {
    const at = this.services.rows.length;
    if (!(await this.services.loadMore())) return;
    await this.updateComplete;
    // Keyboard users continue at the first product that "Meer laden" added, not at the top.
    this.renderRoot.querySelectorAll<HTMLElement>('.product h3')[at]?.focus();
  }

  private get announcement(): string {
    const counted = this.services.announcement;
    if (!counted) return '';
    const { shown, total } = counted;
    const t = this.i18n.t.bind(this.i18n);
    const found = total === 1 ? t('servicesFoundOne') : t('servicesFound', { total: this.number(total) });
    return shown < total ? `${found}. ${t('servicesShown', { shown: this.number(shown), total: this.number(total) })}` : found;
  }

  private number(n: number): string {
    return formatNumber(n, this.i18n.lang);
  }

  private onTheme(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.themeFilter = isTheme(value) ? value : null;
  }

  private onType(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.typeFilter = isType(value) ? value : null;
  }

  private onAudience(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (isAudience(value)) this.chosenAudience = value;
  }

  private toggle(product: Product): void {
    const open = new Set(this.open);
    const opening = !open.has(product.id);
    if (opening) open.add(product.id);
    else open.delete(product.id);
    this.open = open;
    if (opening) this.emit('loket-service-open', { id: product.id, productId: product.productId, action: 'details', url: null });
  }

  private onLinkClick(event: Event, product: Product, url: string): void {
    const link = (event.target as Element).closest('a');
    if (link?.getAttribute('part') === 'apply-link')
      this.emit('loket-service-open', { id: product.id, productId: product.productId, action: 'apply', url });
  }

  // ---- rendering -------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const known = this.session.state.status !== 'unknown';
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading" part="heading">${t('servicesTitle')}</h2>
        <div class="body">
          ${
            // Until the session is known (a new tab asks the others) the block stays empty: whether
            // the audience choice or the "Voor …" line comes is not known yet.
            known ? html`${this.renderControls()}${this.renderList()}` : nothing
          }
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderControls(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const capacity = this.session.state.capacity;
    return html`<div class="controls">
      ${
        this.signedIn
          ? html`<p class="for">
              ${t('servicesFor', { name: capacity?.name ?? '' })}${
                capacity ? html` (${t(AUDIENCE_KEYS[CAPACITY_AUDIENCE[capacity.type]])})` : nothing
              }
            </p>`
          : html`<fieldset class="audience" part="audience">
              <legend>${t('servicesAudience')}</legend>
              ${AUDIENCES.map(
                (a) =>
                  html`<label class="radio"
                    ><input
                      type="radio"
                      name="audience"
                      value=${a}
                      .checked=${this.publicAudience === a}
                      @change=${this.onAudience}
                    />
                    ${t(AUDIENCE_KEYS[a])}</label
                  >`,
              )}
            </fieldset>`
      }
      ${this.compact ? nothing : this.renderSearch()}
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<form class="search" part="search" role="search" @submit=${this.search.onSubmit}>
        <div class="field">
          <label for="q">${t('servicesSearch')}</label>
          <span class="hint" id="q-hint">${t('servicesSearchHint')}</span>
          <input
            id="q"
            name="q"
            type="search"
            maxlength="100"
            autocomplete="off"
            aria-describedby="q-hint"
            @input=${this.search.onInput}
          />
        </div>
        <button class="button secondary" type="submit">${t('servicesSearchButton')}</button>
      </form>
      <div class="filters" part="filters">
        <div class="field">
          <label for="theme">${t('servicesTheme')}</label>
          <select id="theme" @change=${this.onTheme}>
            <option value="" ?selected=${!this.themeFilter}>${t('servicesThemeAll')}</option>
            ${LPDC_THEMES.map(
              (theme) => html`<option value=${theme} ?selected=${this.themeFilter === theme}>${t(themeKey(theme))}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="type">${t('servicesType')}</label>
          <select id="type" @change=${this.onType}>
            <option value="" ?selected=${!this.typeFilter}>${t('servicesTypeAll')}</option>
            ${LPDC_TYPES.map(
              (type) => html`<option value=${type} ?selected=${this.typeFilter === type}>${t(typeKey(type))}</option>`,
            )}
          </select>
        </div>
      </div>`;
  }

  private renderList(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const first = this.services.first;
    return pagedList({
      status: this.services.status,
      total: first?.total ?? null,
      rows: this.services.rows,
      row: (item) => this.renderProduct(item),
      retry: () => this.services.retry(),
      loadMore: () => void this.loadMore(),
      text: {
        loading: t('servicesLoading'),
        error: t('servicesError'),
        empty: this.search.query ? t('servicesEmptySearch', { q: this.search.query }) : t('servicesEmpty'),
        count: first
          ? t('servicesShown', { shown: this.number(this.services.rows.length), total: this.number(first.total) })
          : '',
        more: t('servicesMore'),
        moreError: t('servicesMoreError'),
        retry: t('retry'),
      },
    });
  }

  private reasonText(p: Product): string {
    const names = [...new Set(p.reasons.map((r) => r.naam))];
    const list = new Intl.ListFormat(this.i18n.lang, { type: 'conjunction' }).format(names);
    return this.i18n.t('servicesReason', { activities: list });
  }

  private renderProduct(p: Product): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const open = this.open.has(p.id);
    const detailsId = `details-${p.id}`;
    const apply = p.links.find((l) => l.soort === 'OnlineAanvragen');
    const info = p.links.find((l) => l.soort === 'MeerInfo');
    const costs = p.kosten.map((k) => k.beschrijving).join(' ');
    const conditions = p.voorwaarden.map((v) => v.beschrijving).join(' ');
    return html`<li class="product ${p.eigen ? 'own' : ''}" part="product">
      <div class="head">
        <h3 tabindex="-1">${p.titel}</h3>
        <span class="badges">
          ${p.eigen ? html`<span class="badge own" part="own">${t('servicesOwn')}</span>` : nothing}
          <span class="badge" part="type"><span class="visually-hidden">${t('servicesType')}: </span>${t(typeKey(p.type))}</span>
        </span>
      </div>
      ${p.reasons.length ? html`<p class="reason" part="reason">${this.reasonText(p)}</p>` : nothing}
      ${this.compact ? nothing : html`<p class="description">${p.beschrijving}</p>`}
      <dl class="meta">
        <div>
          <dt>${t('servicesAuthority')}:</dt>
          <dd>${p.bevoegdeOverheid} (${t(LEVEL_KEYS[p.bevoegdBestuursniveau])})</dd>
        </div>
        ${
          costs
            ? html`<div>
                <dt>${t('servicesCosts')}:</dt>
                <dd>${costs}</dd>
              </div>`
            : nothing
        }
        ${
          conditions && !this.compact
            ? html`<div class="conditions">
                <dt>${t('servicesConditions')}:</dt>
                <dd>${conditions}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        apply || info
          ? html`<p class="links" @click=${(e: Event) => this.onLinkClick(e, p, apply?.url ?? '')}>
              ${apply ? linkTo({ label: t('servicesApply'), href: apply.url }, t('external'), { part: 'apply-link' }) : nothing}
              ${info ? linkTo({ label: t('servicesMoreInfo'), href: info.url }, t('external'), { part: 'info-link' }) : nothing}
            </p>`
          : nothing
      }
      ${rowToggle(t('servicesDetails'), p.titel, detailsId, open, () => this.toggle(p))}
      <div id=${detailsId} class="details" part="details" ?hidden=${!open}>${open ? this.renderDetails(p) : nothing}</div>
    </li>`;
  }

  private renderSection(title: string, items: { titel: string; beschrijving: string }[]): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<h4>${title}</h4>
      <ul>
        ${items.map((i) => html`<li><strong>${i.titel}</strong>: ${i.beschrijving}</li>`)}
      </ul>`;
  }

  private renderDetails(p: Product): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const c = p.contactpunt;
    const email = c.email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(c.email) ? c.email : null;
    const phone = c.telefoon?.replace(/[^\d+]/g, '') ?? '';
    return html`
      ${this.renderSection(t('servicesConditions'), p.voorwaarden)} ${this.renderSection(t('servicesProcedure'), p.procedures)}
      ${this.renderSection(t('servicesCosts'), p.kosten)}
      <h4>${t('servicesContact')}</h4>
      <address>
        <strong>${c.naam}</strong>
        ${c.adres ? html`<br />${c.adres}` : nothing}
        ${email ? html`<br /><a href=${`mailto:${email}`}>${email}</a>` : c.email ? html`<br />${c.email}` : nothing}
        ${c.telefoon ? html`<br />${phone ? html`<a href=${`tel:${phone}`}>${c.telefoon}</a>` : c.telefoon}` : nothing}
        ${c.website ? html`<br />${linkTo({ label: c.website, href: c.website }, t('external'))}` : nothing}
        ${c.openingsuren ? html`<br />${t('servicesOpeningHours')}: ${c.openingsuren}` : nothing}
      </address>
      <dl class="meta">
        <div>
          <dt>${t('servicesExecuting')}:</dt>
          <dd>${p.uitvoerendeOverheid} (${t(LEVEL_KEYS[p.uitvoerendBestuursniveau])})</dd>
        </div>
        ${
          p.zoektermen.length
            ? html`<div>
                <dt>${t('servicesKeywords')}:</dt>
                <dd>${p.zoektermen.join(', ')}</dd>
              </div>`
            : nothing
        }
      </dl>
    `;
  }
}
