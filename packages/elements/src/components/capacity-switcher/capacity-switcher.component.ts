import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { LoketElement } from '../../core/loket-element.js';
import { log } from '../../core/log.js';
import { baseStyles } from '../../core/shared.styles.js';
import { sameCapacity, type LoketCapacity } from '../../core/events.js';
import { ConfigController } from '../../config/controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { capacityStrings } from './capacity-switcher.strings.js';
import { fetchIdentities } from '../../api/identities.js';
import type { Capacity } from '../../api/contract.js';
import { SessionController } from '../../session/controller.js';
import type { SessionState } from '../../session/types.js';
import { capacitySwitcherStyles } from './capacity-switcher.styles.js';

/** Above this many identities a filter field appears. */
const FILTER_FROM = 5;
const REGISTER_URL = 'https://www.vlaanderen.be/verenigingsloket';

/** An identity the list shows: from the backend contract, or from a host-managed session's profile. */
interface Option {
  type: Capacity;
  code: string | null;
  name: string;
  rol?: string;
}

/**
 * Lists what the signed-in person may act as — themselves, each association they represent,
 * each company — marks the active one and switches by targeted login. Works inside the header's
 * account menu and standalone on a page.
 *
 * @tagname loket-capacity-switcher
 * @summary Choose on whose behalf you act ("Wissel van hoedanigheid").
 *
 * @csspart list - The list of identities.
 * @csspart option - Each identity's button.
 * @csspart filter - The filter field (long lists only).
 *
 * @cssprop --loket-color-link - Identity buttons.
 * @cssprop --loket-color-text - Text.
 * @cssprop --loket-color-text-subtle - Secondary text (type, number, role).
 * @cssprop --loket-color-border - Borders.
 * @cssprop --loket-color-background - Surfaces.
 * @cssprop --loket-color-error-accent - The error state's accent.
 * @cssprop --loket-radius - Corner radius.
 * @cssprop --loket-space-s - Small space.
 * @cssprop --loket-space-m - Medium space.
 *
 * @fires loket-capacity-request - The user chose an identity. Cancelable.
 * @fires loket-capacity-change - The active capacity changed (once per page, from the first loket element on it).
 */
export class LoketCapacitySwitcherComponent extends LoketElement {
  static override styles = [baseStyles, capacitySwitcherStyles];

  /** URL of a JSON configuration document, for standalone use. */
  @property() config: string | null = null;
  /** Inside another element's menu: no heading of its own. */
  @property({ type: Boolean }) embedded = false;

  @state() private query = '';
  @state() private switching: LoketCapacity | null = null;
  @state() private attempt = 0;

  private readonly cfg = new ConfigController(this, { errorEvent: false });
  private readonly i18n = new LocalizeController(this, () => this.cfg.value.strings, capacityStrings);
  private readonly session = new SessionController(this, (previous, next) => this.sessionChanged(previous, next));

  private readonly identities = new Task(this, {
    task: async ([status], { signal }): Promise<Option[] | null> => {
      if (status !== 'signed-in') return null;
      // A host-managed session knows them from the host's profile; choosing one goes to the host's URL.
      if (this.session.capacities) return this.session.capacities();
      const apiBase = this.session.apiBase;
      if (!apiBase) throw new Error('no apiBase configured');
      const result = await fetchIdentities(apiBase, { accessToken: await this.session.getAccessToken(), signal });
      if (!result.ok) {
        // The user sees the error state; the site's developer needs to know why.
        if (result.error.kind !== 'aborted') log.warn(`could not load identities: ${result.error.message}`);
        throw result.error;
      }
      return result.data.identities;
    },
    args: () =>
      [this.session.state.status, this.session.state.capacity?.type, this.session.state.capacity?.code, this.attempt] as const,
  });

  localConfig(): Record<string, unknown> {
    return {};
  }

  private sessionChanged(previous: SessionState, next: SessionState): void {
    // The page hears of the change from the runtime; the switcher stops showing "switching".
    if (!sameCapacity(previous.capacity, next.capacity)) this.switching = null;
  }

  private choose(identity: Option): void {
    const capacity: LoketCapacity = { type: identity.type, code: identity.code, name: identity.name };
    if (sameCapacity(capacity, this.session.state.capacity) || this.switching) return;
    if (!this.emit('loket-capacity-request', { capacity }, { cancelable: true })) return;
    this.switching = capacity;
    void this.session.switchCapacity(capacity).finally(() => {
      // Unchanged and not on its way to the identity provider (it was unreachable): allow another try.
      if (this.session.state.status === 'unavailable') this.switching = null;
    });
  }

  /** A host-managed session: its `switchCapacityUrl` lets the identity provider ask. */
  private chooseElsewhere(): void {
    const capacity = this.session.state.capacity;
    if (capacity) void this.session.switchCapacity(capacity);
  }

  private renderOption(identity: Option, active: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const meta =
      identity.type === 'BUR'
        ? t('capacityYourself')
        : identity.type === 'VER'
          ? [t('capacityAssociation'), identity.code, identity.rol].filter(Boolean).join(' · ')
          : `${t('capacityCompany')} · ${identity.code}`;
    return html`<li>
      <button
        type="button"
        part="option"
        class="option"
        aria-current=${active ? 'true' : 'false'}
        ?disabled=${!!this.switching}
        @click=${() => this.choose(identity)}
      >
        <span class="name">${identity.name}</span>
        <span class="meta">${meta}${active ? html` · <strong>${t('capacityActive')}</strong>` : nothing}</span>
      </button>
    </li>`;
  }

  private renderList(identities: Option[]): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const active = this.session.state.capacity;
    if (this.session.capacities && !identities.some((i) => !sameCapacity(i, active))) {
      // The host's profile names no other identity: its switch page asks the identity provider.
      return html`<button type="button" class="option elsewhere" part="option" @click=${() => this.chooseElsewhere()}>
        ${t('capacityElsewhere')}
      </button>`;
    }
    const q = this.query.trim().toLowerCase();
    const shown = q
      ? identities.filter((i) => i.name.toLowerCase().includes(q) || (i.code ?? '').toLowerCase().includes(q))
      : identities;
    const alone = identities.every((i) => i.type === 'BUR');
    return html`
      ${
        identities.length > FILTER_FROM
          ? html`<label class="filter"
              >${t('capacityFilter')}
              <input
                part="filter"
                type="search"
                .value=${this.query}
                @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
            /></label>`
          : nothing
      }
      <ul part="list" class="list">
        ${shown.map((i) => this.renderOption(i, sameCapacity({ type: i.type, code: i.code, name: i.name }, active)))}
      </ul>
      <p class="status" role="status">
        ${q && !shown.length ? t('capacityNoMatch', { query: this.query.trim() }) : nothing}
        ${this.switching ? t('capacitySwitching', { name: this.switching.name }) : nothing}
      </p>
      ${alone ? html`<p class="empty">${t('capacityEmpty')} <a href=${REGISTER_URL}>${t('capacityRegister')}</a></p>` : nothing}
    `;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const { status } = this.session.state;
    const heading = this.embedded ? nothing : html`<h2>${t('capacityTitle')}</h2>`;
    if (status !== 'signed-in') {
      return html`${heading}
        <p class="note">${status === 'unknown' ? t('capacityLoading') : t('capacitySignedOut')}</p>`;
    }
    return html`${heading}
    ${this.identities.render({
      initial: () => html`<p class="note" role="status">${t('capacityLoading')}</p>`,
      pending: () => html`<p class="note" role="status">${t('capacityLoading')}</p>`,
      error: () =>
        html`<div class="error" role="alert">
          <p>${t('capacityError')}</p>
          <button type="button" class="retry" @click=${() => this.attempt++}>${t('retry')}</button>
        </div>`,
      complete: (identities) => (identities ? this.renderList(identities) : nothing),
    })}`;
  }
}
