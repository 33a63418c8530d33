import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type {
  AssociationRecord,
  RecordContactgegeven,
  RecordLocatie,
  RecordVertegenwoordiger,
  Vereniging,
} from '../../api/associations.js';
import { ApiError } from '../../api/client.js';
import {
  CONTACTGEGEVENTYPES,
  HOOFDACTIVITEITEN,
  type Contactgegeventype,
  type InvalidParamCode,
  type Locatietype,
  type RegisterSection,
  type VerenigingStatus,
  type Verenigingstype,
} from '../../api/contract.js';
import { fetchIdentities } from '../../api/identities.js';
import type { InvalidParam } from '../../api/validated.js';
import { ConfigController } from '../../config/controller.js';
import { isSafeUrl } from '../../config/url.js';
import { LoketElement } from '../../core/loket-element.js';
import { log } from '../../core/log.js';
import { baseStyles } from '../../core/shared.styles.js';
import { widgetStyles } from '../../core/widget.styles.js';
import { formatDay } from '../../i18n/format.js';
import { LocalizeController } from '../../i18n/localize.js';
import { SessionController } from '../../session/controller.js';
import { AssociationRecordController, type SaveOutcome } from './association-record.controller.js';
import {
  BASICS,
  changeOf,
  contactDraft,
  currentDraft,
  editableKeys,
  locatieDraft,
  rebase,
  representativeDraft,
  type BasicField,
  type FormMode,
  type FormState,
  type Value,
} from './association-form.js';
import { associationStrings, type AssociationStringKey as K } from './association.strings.js';
import { associationStyles } from './association.styles.js';

const KBO_PUBLIC = 'https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=';
const AREAS = ['BE10', 'BE21', 'BE22', 'BE23', 'BE24', 'BE25', 'NVT'] as const;
const MAX_ACTIVITIES = 3;

const TYPE_KEYS: Record<Verenigingstype, K> = {
  FV: 'typeFV',
  VZER: 'typeVZER',
  VZW: 'typeVZW',
  IVZW: 'typeIVZW',
  PS: 'typePS',
  SVON: 'typeSVON',
};
const STATUS_KEYS: Record<VerenigingStatus, K> = { Actief: 'statusActief', Gestopt: 'statusGestopt', Dubbel: 'statusDubbel' };
const LOCATION_KEYS: Record<Locatietype, K> = {
  Correspondentie: 'locCorrespondentie',
  Activiteiten: 'locActiviteiten',
  'Maatschappelijke zetel volgens KBO': 'locZetel',
};
const CONTACT_KEYS: Record<Contactgegeventype, K> = {
  'E-mail': 'contactEmail',
  Telefoon: 'contactTelefoon',
  Website: 'contactWebsite',
  SocialMedia: 'contactSocialMedia',
};
const ERROR_KEYS: Record<InvalidParamCode, K> = {
  type: 'errType',
  required: 'errRequired',
  'too-long': 'errTooLong',
  'too-many': 'errTooMany',
  range: 'errRange',
  date: 'errDate',
  'code-list': 'errCodeList',
  duplicate: 'errDuplicate',
  email: 'errEmail',
  phone: 'errPhone',
  url: 'errUrl',
  postcode: 'errPostcode',
  address: 'errAddress',
  insz: 'errInsz',
  'national-register': 'errNationalRegister',
  'primary-required': 'errPrimaryRequired',
  'changed-in-kbo': 'errChangedInKbo',
  'read-only': 'errReadOnly',
  'unknown-field': 'errForm',
  'invalid-json': 'errForm',
};
/** The label of each field a form holds (and the backend may name in `invalidParams`). */
const FIELD_KEYS: Record<string, K> = {
  naam: 'fieldNaam',
  roepnaam: 'fieldRoepnaam',
  korteNaam: 'fieldKorteNaam',
  korteBeschrijving: 'fieldKorteBeschrijving',
  startdatum: 'fieldStartdatum',
  doelgroep: 'fieldDoelgroep',
  'doelgroep/minimumleeftijd': 'fieldMin',
  'doelgroep/maximumleeftijd': 'fieldMax',
  hoofdactiviteitenVerenigingsloket: 'fieldHoofdactiviteiten',
  werkingsgebieden: 'fieldWerkingsgebieden',
  locatietype: 'fieldLocatietype',
  adres: 'fieldAdres',
  'adres/straatnaam': 'fieldStraat',
  'adres/huisnummer': 'fieldHuisnummer',
  'adres/busnummer': 'fieldBus',
  'adres/postcode': 'fieldPostcode',
  'adres/gemeente': 'fieldGemeente',
  contactgegeventype: 'fieldContactType',
  waarde: 'fieldWaarde',
  beschrijving: 'fieldBeschrijving',
  isPrimair: 'fieldPrimair',
  rol: 'fieldRol',
  'e-mail': 'fieldEmail',
  telefoon: 'fieldTelefoon',
  mobiel: 'fieldMobiel',
  socialMedia: 'fieldSocialMedia',
  insz: 'fieldInsz',
  voornaam: 'fieldVoornaam',
  achternaam: 'fieldAchternaam',
};
const SAVED_KEYS: Record<RegisterSection, Record<FormMode, K>> = {
  basisgegevens: { edit: 'savedBasics', add: 'savedBasics', remove: 'savedBasics' },
  locaties: { edit: 'savedLocatie', add: 'addedLocatie', remove: 'removedLocatie' },
  contactgegevens: { edit: 'savedContact', add: 'addedContact', remove: 'removedContact' },
  vertegenwoordigers: { edit: 'savedVertegenwoordiger', add: 'addedVertegenwoordiger', remove: 'removedVertegenwoordiger' },
};

/** The input types and autofill tokens the forms use (typed, so a template cannot bind a wrong one). */
type InputType = 'text' | 'email' | 'tel' | 'url' | 'date';
type AutocompleteToken = 'off' | 'organization' | 'address-line1' | 'postal-code' | 'address-level2' | 'email' | 'tel' | 'url';

/** An id in the shadow root for a draft key (`adres/postcode` → `f-adres-postcode`). */
const fieldId = (key: string) => `f-${key.replace(/[^\w-]/g, '-')}`;
/** What a failed save shows at the top of the form. */
interface FormError {
  /** The draft key the error is about (linked from the summary); null for the form as a whole. */
  key: string | null;
  message: string;
}
/** An open form with what the user sees about it. */
interface OpenForm extends FormState {
  /** The button that opened it, to return focus to. */
  opener: string;
  errors: FormError[];
  /** After a 412: the keys whose value changed meanwhile (their current value is shown); 'gone': the item was removed. */
  conflict: string[] | 'gone' | null;
  busy: boolean;
}

/**
 * The register record of the association the user acts for — "Wat de overheid over uw vereniging
 * weet" — with self-service changes where the register allows them: a feitelijke vereniging its
 * basics, locations and contact data; an association in the KBO what the KBO does not hold; every
 * association its representatives. One section or item is edited at a time, on the version shown
 * (`If-Match`): a change someone else made meanwhile is never overwritten, and nothing typed is lost.
 *
 * @tagname loket-association
 * @summary The association's register record, kept up to date by its representatives.
 *
 * @csspart heading - The element's heading.
 * @csspart message - Signed-out, choose-an-association, loading-error messages.
 * @csspart section - Each section (basics, locations, contact data, representatives).
 * @csspart edit-button - Each "Wijzigen" / "Toevoegen" / "Verwijderen" button.
 * @csspart form - The open form.
 * @csspart error-summary - The error summary of the open form.
 * @csspart notice - The success message after a change.
 * @csspart button - Sign-in, retry, save and cancel buttons.
 *
 * @cssprop --loket-association-background-color - Background. Default: `--loket-color-background`.
 * @cssprop --loket-association-border-color - Borders of items and fields. Default: `--loket-color-border`.
 * @cssprop --loket-association-min-height - Height kept in every state, so nothing below moves. Default: one viewport (`100vh`).
 * @cssprop --loket-color-brand - Buttons.
 * @cssprop --loket-color-link - Links and secondary buttons.
 * @cssprop --loket-color-error-accent - Error summary and field errors.
 * @cssprop --loket-color-success-accent - The success message.
 * @cssprop --loket-radius - Corner radius.
 * @cssprop --loket-space-s - Small space.
 * @cssprop --loket-space-m - Medium space.
 *
 * @fires loket-login-request - The user pressed "Aanmelden" in the signed-out state. Cancelable.
 * @fires loket-association-change - A change to the register was saved (section and action; never values).
 */
export class LoketAssociationComponent extends LoketElement {
  static override styles = [baseStyles, widgetStyles, associationStyles];

  /** URL of a JSON configuration document, for a page without a header that starts the session. */
  @property() config: string | null = null;

  @state() private form: OpenForm | null = null;
  @state() private notice = '';

  private readonly cfg = new ConfigController(this, { errorEvent: false });
  private readonly i18n = new LocalizeController(this, () => this.cfg.value.strings, associationStrings);
  private readonly session = new SessionController(this, (before, next) => {
    // Another identity: a form opened for the previous one must not be saved on this one.
    if (before.capacity?.code !== next.capacity?.code || before.status !== next.status) {
      this.form = null;
      this.notice = '';
    }
  });
  private readonly data = new AssociationRecordController(
    this,
    () => this.session,
    (vCode, fields) => this.cfg.runtime.registerChanged({ vCode, fields }),
  );

  /** Signed in as a citizen or a company: how many associations they could act for instead. */
  private readonly represented = new Task(this, {
    args: () => [this.session.state.status, this.session.state.capacity?.type, this.session.state.capacity?.code] as const,
    task: async ([status, type], { signal }): Promise<number | null> => {
      if (status !== 'signed-in' || type === 'VER') return null;
      if (this.session.capacities) return (await this.session.capacities()).filter((c) => c.type === 'VER').length;
      const apiBase = this.session.apiBase;
      if (!apiBase) throw new Error('no apiBase configured');
      const result = await fetchIdentities(apiBase, { accessToken: await this.session.getAccessToken(), signal });
      if (!result.ok) {
        if (result.error.kind !== 'aborted') log.warn(`could not load identities: ${result.error.message}`);
        throw result.error;
      }
      return result.data.identities.filter((i) => i.type === 'VER').length;
    },
  });

  localConfig(): Record<string, unknown> {
    return {};
  }

  private t(key: K | 'login' | 'retry' | 'loginUnavailable' | 'sessionExpired' | 'external', values?: Record<string, string>) {
    return this.i18n.t(key, values);
  }

  // ---- actions ---------------------------------------------------------------------------

  private onSignIn(): void {
    if (!this.emit('loket-login-request', { loginUrl: null }, { cancelable: true })) return;
    void this.session.signIn().catch((error: unknown) => log.error(`sign-in failed: ${String(error)}`));
  }

  private open(section: RegisterSection, mode: FormMode, id: number | null, opener: string): void {
    const record = this.data.record;
    if (!record || this.form) return;
    const v = record.vereniging;
    const draft =
      mode === 'add'
        ? section === 'locaties'
          ? locatieDraft()
          : section === 'contactgegevens'
            ? contactDraft()
            : representativeDraft()
        : currentDraft(v, section, id);
    if (!draft) return;
    this.notice = '';
    this.form = {
      section,
      mode,
      id,
      base: draft,
      draft: { ...draft },
      editable: editableKeys(record.wijzigbaar, section, mode, draft),
      opener,
      errors: [],
      conflict: null,
      busy: false,
    };
    void this.focusAfterUpdate(() => {
      const form = this.renderRoot.querySelector('form');
      return form?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea') ?? null;
    });
  }

  private cancel(): void {
    const opener = this.form?.opener;
    this.form = null;
    if (opener) void this.focusAfterUpdate(() => this.openerButton(opener));
  }

  private openerButton(opener: string): HTMLElement | null {
    // The button, or its section's heading when the button is gone (its item was removed meanwhile).
    return (
      this.renderRoot.querySelector<HTMLElement>(`[data-opener="${opener}"]`) ??
      this.renderRoot.querySelector<HTMLElement>(`#${opener.split(':')[0]}-heading`)
    );
  }

  private async focusAfterUpdate(find: () => HTMLElement | null): Promise<void> {
    await this.updateComplete;
    find()?.focus();
  }

  private setDraft(key: string, value: Value): void {
    if (!this.form) return;
    this.form = { ...this.form, draft: { ...this.form.draft, [key]: value } };
  }

  private toggleCode(key: string, code: string, on: boolean): void {
    const list = (this.form?.draft[key] as string[] | undefined) ?? [];
    this.setDraft(key, on ? [...list.filter((c) => c !== code), code] : list.filter((c) => c !== code));
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form || form.busy) return;
    const change = changeOf(form);
    if ('body' in change && !Object.keys(change.body).length) {
      this.finish(form, this.t('nothingChanged'));
      return;
    }
    this.form = { ...form, busy: true };
    const outcome = await this.data.save(change);
    if (this.form?.opener !== form.opener) return; // closed or replaced meanwhile (identity change)
    this.afterSave({ ...this.form, busy: false }, outcome);
  }

  private afterSave(form: OpenForm, outcome: SaveOutcome): void {
    switch (outcome.kind) {
      case 'saved':
        this.emit('loket-association-change', {
          vCode: outcome.record.vereniging.vCode,
          section: form.section,
          action: form.mode === 'edit' ? 'gewijzigd' : form.mode === 'add' ? 'toegevoegd' : 'verwijderd',
        });
        this.finish(form, this.t(SAVED_KEYS[form.section][form.mode]));
        return;
      case 'invalid':
        this.showErrors(
          form,
          outcome.params.length
            ? outcome.params.map((p) => this.paramError(form, p))
            : [{ key: null, message: this.t('saveRefused') }],
        );
        return;
      case 'conflict': {
        const current = form.mode === 'add' ? form.base : currentDraft(outcome.record.vereniging, form.section, form.id);
        if (!current) {
          this.showConflict({ ...form, conflict: 'gone' });
          return;
        }
        const { form: rebased, changedMeanwhile } = rebase(form, current);
        this.showConflict({ ...form, ...rebased, conflict: changedMeanwhile, errors: [] });
        return;
      }
      case 'gone':
        this.showConflict({ ...form, conflict: 'gone', errors: [] });
        return;
      case 'failed':
        this.showErrors(form, [{ key: null, message: this.failureMessage(outcome.error) }]);
        return;
    }
  }

  private finish(form: OpenForm, message: string): void {
    this.form = null;
    this.notice = message;
    // A removed item's button is gone with it: its section's heading takes focus.
    void this.focusAfterUpdate(() =>
      form.mode === 'remove'
        ? this.renderRoot.querySelector<HTMLElement>(`#${form.section}-heading`)
        : this.openerButton(form.opener),
    );
  }

  private showErrors(form: OpenForm, errors: FormError[]): void {
    this.form = { ...form, errors, conflict: form.conflict === 'gone' ? 'gone' : null };
    void this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.error-summary'));
  }

  private showConflict(form: OpenForm): void {
    this.form = form;
    void this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.conflict'));
  }

  private failureMessage(error: ApiError): string {
    const ref = error.details.correlationId ? ` ${this.t('errorReference', { id: error.details.correlationId })}` : '';
    switch (error.kind) {
      case 'forbidden':
        return this.t('saveForbidden');
      case 'unauthorized':
        return this.t('sessionExpired');
      case 'precondition-required':
        return this.t('saveNoVersion');
      case 'timeout':
        return this.t('saveTimeout');
      default:
        return `${this.t('saveFailed')}${ref}`;
    }
  }

  /** A refused field, worded from its code and labelled as the form labels it. */
  private paramError(form: FormState, p: InvalidParam): FormError {
    const key = this.keyOfParam(form, p.name);
    const field = this.fieldLabel(form, key ?? p.name);
    if (!field || !p.code) return { key, message: field ? this.t('errOther', { field }) : this.t('errForm') };
    return { key, message: this.t(ERROR_KEYS[p.code], { field }) };
  }

  /** The draft key an `invalidParams` name points at, when the form shows that field. */
  private keyOfParam(form: FormState, name: string): string | null {
    const inForm = (k: string) => (form.mode === 'remove' ? null : k in form.draft ? k : null);
    if (name === 'doelgroep') return inForm('doelgroep/minimumleeftijd');
    if (name === 'adres') return inForm('adres/straatnaam');
    return inForm(name);
  }

  private fieldLabel(form: FormState, key: string): string {
    if (key === 'naam' && form.section === 'locaties') return this.t('fieldLocatieNaam');
    if (key === 'waarde') return this.t(CONTACT_KEYS[form.draft['contactgegeventype'] as Contactgegeventype] ?? 'fieldWaarde');
    if (key === 'isPrimair' && form.mode !== 'remove') return this.t(primaryLabel(form.section));
    const label = FIELD_KEYS[key];
    return label ? this.t(label) : '';
  }

  private focusField(event: Event, key: string): void {
    event.preventDefault();
    const id = fieldId(key);
    const target =
      this.renderRoot.querySelector<HTMLElement>(`#${id}`) ?? this.renderRoot.querySelector<HTMLElement>(`[id^="${id}-"]`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  // ---- rendering -------------------------------------------------------------------------

  override render(): TemplateResult {
    const status = this.session.state.status;
    const record = status === 'signed-in' ? this.data.record : null;
    return html`<section aria-labelledby="heading">
      <h2 id="heading" part="heading">${this.t('assocTitle')}</h2>
      <div class="body">${this.renderBody(status, record)}</div>
    </section>`;
  }

  private renderBody(status: string, record: AssociationRecord | null): TemplateResult {
    if (status === 'unknown') return this.renderPlaceholder();
    if (status !== 'signed-in') {
      return html`<p class="message" part="message">
        ${status === 'unavailable' ? this.t('loginUnavailable') : this.t('assocSignedOut')}
        <button class="button" part="button" type="button" @click=${this.onSignIn}>${this.t('login')}</button>
      </p>`;
    }
    if (!this.data.vCode) return this.renderNotAnAssociation();
    if (this.data.status === TaskStatus.ERROR) return this.renderLoadError(this.data.error);
    if (!record) return this.renderPlaceholder();
    return this.renderRecord(record);
  }

  private renderPlaceholder(): TemplateResult {
    return html`<div class="placeholder">
      <p class="visually-hidden">${this.t('assocLoading')}</p>
      ${[0, 1, 2, 3].map(() => html`<div class="bone" aria-hidden="true"></div>`)}
    </div>`;
  }

  private renderNotAnAssociation(): TemplateResult {
    const name = this.session.state.capacity?.name ?? this.session.state.firstName ?? '';
    return this.represented.render({
      initial: () => this.renderPlaceholder(),
      pending: () => this.renderPlaceholder(),
      complete: (count) =>
        count === 0 ? html`<p class="message" part="message">${this.t('assocNone', { name })}</p>` : this.renderChoose(name),
      // Whether they represent one is unknown: the switcher lists what they may act as (or says why not).
      error: () => this.renderChoose(name),
    }) as TemplateResult;
  }

  private renderChoose(name: string): TemplateResult {
    // The switcher is its own chunk: loaded only when this invitation is shown.
    void import('../capacity-switcher/capacity-switcher.js');
    return html`<div class="message" part="message">
      <p>${this.t('assocChoose', { name })}</p>
      <loket-capacity-switcher embedded></loket-capacity-switcher>
    </div>`;
  }

  private renderLoadError(error: unknown): TemplateResult {
    const kind = error instanceof ApiError ? error.kind : null;
    const text =
      kind === 'forbidden'
        ? this.t('assocForbidden')
        : kind === 'unauthorized'
          ? this.t('sessionExpired')
          : this.t('assocLoadError');
    return html`<p class="message error" part="message">
      ${text}
      <button class="button" part="button" type="button" @click=${() => this.data.retry()}>${this.t('retry')}</button>
    </p>`;
  }

  private renderRecord(record: AssociationRecord): TemplateResult {
    const v = record.vereniging;
    return html`
      <p class="intro">${this.t('assocIntro')}</p>
      <div class="notice-region" role="status">
        ${this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}
      </div>
      ${this.renderBasics(record)} ${this.renderLocations(record)} ${this.renderContacts(record)}
      ${this.renderRepresentatives(record)}
      <p class="updated">
        ${this.t('assocLastChanged', { date: formatDay(record.metadata.datumLaatsteAanpassing, this.i18n.lang) })} ·
        ${this.t('fieldVCode')} ${v.vCode}
      </p>
    `;
  }

  private kboUrl(v: Vereniging): string | null {
    return v.kboNummer ? `${KBO_PUBLIC}${v.kboNummer}` : null;
  }

  /** "Wijzigen via de KBO", to the KBO's public page of this enterprise number. */
  private kboLink(v: Vereniging, what: string): TemplateResult {
    const url = this.kboUrl(v);
    if (!url) return html`<span class="kbo-note">${this.t('readOnly')}</span>`;
    return html`<a class="kbo-note" href=${url} rel="noopener" target="_blank"
      >${this.t('viaKbo')}<span class="visually-hidden">: ${what} ${this.t('external')}</span></a
    >`;
  }

  private editButton(section: RegisterSection, mode: FormMode, id: number | null, label: string, context: string) {
    if (this.form) return nothing;
    const opener = `${section}:${mode}:${id ?? ''}`;
    return html`<button
      class="button secondary small"
      part="edit-button"
      type="button"
      data-opener=${opener}
      @click=${() => this.open(section, mode, id, opener)}
    >
      ${label}${context ? html`<span class="visually-hidden">: ${context}</span>` : nothing}
    </button>`;
  }

  private sectionHead(section: RegisterSection, title: K, action: TemplateResult | typeof nothing = nothing) {
    return html`<div class="section-head">
      <h3 id="${section}-heading" tabindex="-1">${this.t(title)}</h3>
      ${action}
    </div>`;
  }

  private isOpen(section: RegisterSection, mode: FormMode, id: number | null): boolean {
    return !!this.form && this.form.section === section && this.form.mode === mode && this.form.id === id;
  }

  // ---- basics

  private renderBasics(record: AssociationRecord): TemplateResult {
    const v = record.vereniging;
    const rights = record.wijzigbaar;
    const canEdit = rights.basisgegevens.length > 0;
    const editing = this.isOpen('basisgegevens', 'edit', null);
    const title = this.t('sectionBasics');
    const note = (field: BasicField) =>
      rights.basisgegevens.includes(field) ? nothing : html` ${this.kboLink(v, this.t(FIELD_KEYS[field]!))}`;
    const fact = (label: K, value: unknown, extra: unknown = nothing) =>
      html`<div>
        <dt>${this.t(label)}</dt>
        <dd>${value}${extra}</dd>
      </div>`;
    const orNone = (s: string | null) => (s ? s : html`<span class="none">${this.t('notFilled')}</span>`);
    return html`<section class="section" part="section" aria-labelledby="basisgegevens-heading">
      ${this.sectionHead(
        'basisgegevens',
        'sectionBasics',
        canEdit && !editing ? this.editButton('basisgegevens', 'edit', null, this.t('edit'), title) : nothing,
      )}
      ${
        editing
          ? this.renderForm(record)
          : html`<dl class="facts">
              ${fact('fieldNaam', v.naam, note('naam'))} ${fact('fieldRoepnaam', orNone(v.roepnaam), note('roepnaam'))}
              ${fact('fieldKorteNaam', orNone(v.korteNaam), note('korteNaam'))}
              ${fact('fieldKorteBeschrijving', orNone(v.korteBeschrijving), note('korteBeschrijving'))}
              ${fact('fieldVCode', v.vCode)} ${fact('fieldType', this.t(TYPE_KEYS[v.verenigingstype.code]))}
              ${v.kboNummer ? fact('fieldKbo', v.kboNummer) : nothing} ${fact('fieldStatus', this.t(STATUS_KEYS[v.status]))}
              ${fact(
                'fieldStartdatum',
                v.startdatum
                  ? html`<time datetime=${v.startdatum}>${formatDay(v.startdatum, this.i18n.lang)}</time>`
                  : orNone(null),
                note('startdatum'),
              )}
              ${fact('fieldDoelgroep', this.ageRange(v.doelgroep.minimumleeftijd, v.doelgroep.maximumleeftijd), note('doelgroep'))}
              ${fact(
                'fieldHoofdactiviteiten',
                v.hoofdactiviteitenVerenigingsloket.length
                  ? html`<ul class="codes">
                      ${v.hoofdactiviteitenVerenigingsloket.map((a) => html`<li>${this.activity(a.code)}</li>`)}
                    </ul>`
                  : orNone(null),
                note('hoofdactiviteitenVerenigingsloket'),
              )}
              ${fact(
                'fieldWerkingsgebieden',
                v.werkingsgebieden.length
                  ? html`<ul class="codes">
                      ${v.werkingsgebieden.map((w) => html`<li>${this.area(w.code, w.naam)}</li>`)}
                    </ul>`
                  : orNone(null),
                note('werkingsgebieden'),
              )}
            </dl>`
      }
    </section>`;
  }

  private ageRange(min: number, max: number): string {
    if (min === 0 && max >= 150) return this.t('ageAll');
    if (max >= 150) return this.t('ageFrom', { min: String(min) });
    return this.t('ageRange', { min: String(min), max: String(max) });
  }

  private activity(code: string): string {
    return (HOOFDACTIVITEITEN as readonly string[]).includes(code) ? this.t(`act${code}` as K) : code;
  }

  private area(code: string, naam: string): string {
    return (AREAS as readonly string[]).includes(code) ? this.t(`area${code}` as K) : naam;
  }

  // ---- locations

  private renderLocations(record: AssociationRecord): TemplateResult {
    const v = record.vereniging;
    const rights = record.wijzigbaar.locaties;
    const adding = this.isOpen('locaties', 'add', null);
    return html`<section class="section" part="section" aria-labelledby="locaties-heading">
      ${this.sectionHead('locaties', 'sectionLocations')}
      ${
        record.wijzigbaar.bron === 'KBO' && !rights.toevoegen
          ? html`<p class="kbo">
              ${this.t('kboSectionNote', { what: this.t('kboLocations') })} ${this.kboLink(v, this.t('sectionLocations'))}
            </p>`
          : nothing
      }
      ${
        v.locaties.length
          ? html`<ul class="items">
              ${v.locaties.map((l) => this.renderLocation(record, l))}
            </ul>`
          : html`<p class="none">${this.t('noLocations')}</p>`
      }
      ${
        adding
          ? this.renderForm(record)
          : rights.toevoegen
            ? this.editButton('locaties', 'add', null, this.t('addLocation'), '')
            : nothing
      }
    </section>`;
  }

  private locationTitle(l: RecordLocatie): string {
    return [this.t(LOCATION_KEYS[l.locatietype]), l.naam].filter(Boolean).join(': ');
  }

  private renderLocation(record: AssociationRecord, l: RecordLocatie): TemplateResult {
    const rights = record.wijzigbaar.locaties;
    const id = l.locatieId;
    if (this.isOpen('locaties', 'edit', id) || this.isOpen('locaties', 'remove', id))
      return html`<li class="item">${this.renderForm(record)}</li>`;
    const title = this.locationTitle(l);
    return html`<li class="item">
      <p class="item-title">
        <strong>${this.t(LOCATION_KEYS[l.locatietype])}</strong>
        ${l.isPrimair ? html`<span class="badge">${this.t('primary')}</span>` : nothing}
      </p>
      ${l.naam ? html`<p>${l.naam}</p>` : nothing}
      <address>${l.adresvoorstelling}</address>
      <div class="actions">
        ${rights.velden.length ? this.editButton('locaties', 'edit', id, this.t('edit'), title) : nothing}
        ${rights.verwijderen ? this.editButton('locaties', 'remove', id, this.t('remove'), title) : nothing}
      </div>
    </li>`;
  }

  // ---- contact data

  private renderContacts(record: AssociationRecord): TemplateResult {
    const v = record.vereniging;
    const rights = record.wijzigbaar.contactgegevens;
    const adding = this.isOpen('contactgegevens', 'add', null);
    return html`<section class="section" part="section" aria-labelledby="contactgegevens-heading">
      ${this.sectionHead('contactgegevens', 'sectionContacts')}
      ${
        record.wijzigbaar.bron === 'KBO' && !rights.toevoegen
          ? html`<p class="kbo">
              ${this.t('kboSectionNote', { what: this.t('kboContacts') })} ${this.kboLink(v, this.t('sectionContacts'))}
            </p>`
          : nothing
      }
      ${
        v.contactgegevens.length
          ? html`<ul class="items">
              ${v.contactgegevens.map((c) => this.renderContact(record, c))}
            </ul>`
          : html`<p class="none">${this.t('noContacts')}</p>`
      }
      ${
        adding
          ? this.renderForm(record)
          : rights.toevoegen
            ? this.editButton('contactgegevens', 'add', null, this.t('addContact'), '')
            : nothing
      }
    </section>`;
  }

  private renderContact(record: AssociationRecord, c: RecordContactgegeven): TemplateResult {
    const rights = record.wijzigbaar.contactgegevens;
    const id = c.contactgegevenId;
    if (this.isOpen('contactgegevens', 'edit', id) || this.isOpen('contactgegevens', 'remove', id))
      return html`<li class="item">${this.renderForm(record)}</li>`;
    const title = `${this.t(CONTACT_KEYS[c.contactgegeventype])} ${c.waarde}`;
    return html`<li class="item">
      <p class="item-title">
        <strong>${this.t(CONTACT_KEYS[c.contactgegeventype])}</strong>
        ${c.isPrimair ? html`<span class="badge">${this.t('primary')}</span>` : nothing}
      </p>
      <p class="value">${this.contactValue(c.contactgegeventype, c.waarde)}</p>
      ${c.beschrijving ? html`<p class="description">${c.beschrijving}</p>` : nothing}
      <div class="actions">
        ${rights.velden.length ? this.editButton('contactgegevens', 'edit', id, this.t('edit'), title) : nothing}
        ${rights.verwijderen ? this.editButton('contactgegevens', 'remove', id, this.t('remove'), title) : nothing}
      </div>
    </li>`;
  }

  /** A contact value as a link where it is one loket can vouch for (never a `javascript:` URL); else text. */
  private contactValue(type: Contactgegeventype, value: string): TemplateResult | string {
    if (type === 'E-mail' && /^[^\s@<>"]+@[^\s@<>"]+$/.test(value)) return html`<a href=${`mailto:${value}`}>${value}</a>`;
    if (type === 'Telefoon' && /^[+\d][\d\s./-]{5,}$/.test(value))
      return html`<a href=${`tel:${value.replace(/[^\d+]/g, '')}`}>${value}</a>`;
    if ((type === 'Website' || type === 'SocialMedia') && /^https?:\/\//i.test(value) && isSafeUrl(value))
      return html`<a href=${value} rel="noopener">${value}</a>`;
    return value;
  }

  // ---- representatives

  private renderRepresentatives(record: AssociationRecord): TemplateResult {
    const v = record.vereniging;
    const rights = record.wijzigbaar.vertegenwoordigers;
    const adding = this.isOpen('vertegenwoordigers', 'add', null);
    return html`<section class="section" part="section" aria-labelledby="vertegenwoordigers-heading">
      ${this.sectionHead('vertegenwoordigers', 'sectionRepresentatives')}
      <ul class="items">
        ${v.vertegenwoordigers.map((r) => this.renderRepresentative(record, r))}
      </ul>
      ${
        adding
          ? this.renderForm(record)
          : rights.toevoegen
            ? this.editButton('vertegenwoordigers', 'add', null, this.t('addRepresentative'), '')
            : nothing
      }
    </section>`;
  }

  private personName(r: RecordVertegenwoordiger): string {
    return `${r.voornaam} ${r.achternaam}`;
  }

  private renderRepresentative(record: AssociationRecord, r: RecordVertegenwoordiger): TemplateResult {
    const rights = record.wijzigbaar.vertegenwoordigers;
    const id = r.vertegenwoordigerId;
    if (this.isOpen('vertegenwoordigers', 'edit', id) || this.isOpen('vertegenwoordigers', 'remove', id))
      return html`<li class="item">${this.renderForm(record)}</li>`;
    const name = this.personName(r);
    const contact: [K, Contactgegeventype, string | null][] = [
      ['fieldEmail', 'E-mail', r['e-mail']],
      ['fieldTelefoon', 'Telefoon', r.telefoon],
      ['fieldMobiel', 'Telefoon', r.mobiel],
      ['fieldSocialMedia', 'SocialMedia', r.socialMedia],
    ];
    const filled = contact.filter(([, , value]) => value);
    return html`<li class="item">
      <p class="item-title">
        <strong>${name}</strong>${r.roepnaam ? html` (${r.roepnaam})` : nothing}
        ${r.isPrimair ? html`<span class="badge">${this.t('primary')}</span>` : nothing}
      </p>
      <p>${r.rol ?? html`<span class="none">${this.t('fieldRol')}: ${this.t('notFilled')}</span>`}</p>
      ${
        filled.length
          ? html`<dl class="facts compact">
              ${filled.map(
                ([label, type, value]) =>
                  html`<div>
                    <dt>${this.t(label)}</dt>
                    <dd>${this.contactValue(type, value!)}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      <div class="actions">
        ${rights.velden.length ? this.editButton('vertegenwoordigers', 'edit', id, this.t('edit'), name) : nothing}
        ${
          rights.verwijderen
            ? r.isPrimair
              ? html`<p class="hint">${this.t('primaryRemoveHint')}</p>`
              : this.editButton('vertegenwoordigers', 'remove', id, this.t('remove'), name)
            : nothing
        }
      </div>
    </li>`;
  }

  // ---- the open form

  private legendOf(form: OpenForm): K {
    const legends: Record<RegisterSection, [K, K]> = {
      basisgegevens: ['editBasicsLegend', 'editBasicsLegend'],
      locaties: ['editLocationLegend', 'newLocationLegend'],
      contactgegevens: ['editContactLegend', 'newContactLegend'],
      vertegenwoordigers: ['editRepresentativeLegend', 'newRepresentativeLegend'],
    };
    return legends[form.section][form.mode === 'add' ? 1 : 0];
  }

  private renderForm(record: AssociationRecord): TemplateResult {
    const form = this.form!;
    const v = record.vereniging;
    return html`<form class="edit" part="form" novalidate @submit=${(e: SubmitEvent) => void this.submit(e)}>
      ${this.renderConflict(form)} ${this.renderErrorSummary(form)}
      ${form.mode === 'remove' ? this.renderRemove(form, v) : this.renderFields(form, v)}
      <div class="form-actions">
        ${
          form.conflict === 'gone'
            ? nothing
            : html`<button class="button" part="button" type="submit" aria-disabled=${form.busy ? 'true' : 'false'}>
                ${
                  form.busy
                    ? this.t('saving')
                    : form.mode === 'remove'
                      ? this.t('confirmRemoveButton')
                      : form.conflict
                        ? this.t('saveAgain')
                        : this.t('save')
                }
              </button>`
        }
        <button class="button secondary" part="button" type="button" @click=${this.cancel}>${this.t('cancel')}</button>
      </div>
    </form>`;
  }

  private renderConflict(form: OpenForm): TemplateResult | typeof nothing {
    if (!form.conflict) return nothing;
    return html`<div class="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-title">
      <h4 id="conflict-title">${this.t('conflictTitle')}</h4>
      <p>${form.conflict === 'gone' ? this.t('conflictGone') : this.t('conflictBody')}</p>
    </div>`;
  }

  private renderErrorSummary(form: OpenForm): TemplateResult | typeof nothing {
    if (!form.errors.length) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-title">
      <h4 id="error-title">${this.t('errorSummaryTitle')}</h4>
      <ul>
        ${form.errors.map(
          (e) =>
            html`<li>
              ${e.key ? html`<a href="#${fieldId(e.key)}" @click=${(ev: Event) => this.focusField(ev, e.key!)}>${e.message}</a>` : e.message}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderRemove(form: OpenForm, v: Vereniging): TemplateResult {
    const what =
      form.section === 'locaties'
        ? this.locationTitle(v.locaties.find((l) => l.locatieId === form.id)!)
        : form.section === 'contactgegevens'
          ? (v.contactgegevens.find((c) => c.contactgegevenId === form.id)?.waarde ?? '')
          : this.personName(v.vertegenwoordigers.find((r) => r.vertegenwoordigerId === form.id)!);
    return html`<p class="question" tabindex="-1" data-autofocus>${this.t('confirmRemove', { what })}</p>`;
  }

  private renderFields(form: OpenForm, v: Vereniging): TemplateResult {
    return html`<fieldset class="form-fields">
      <legend>${this.t(this.legendOf(form))}</legend>
      ${
        form.section === 'basisgegevens'
          ? this.basicsFields(form, v)
          : form.section === 'locaties'
            ? this.locationFields(form)
            : form.section === 'contactgegevens'
              ? this.contactFields(form)
              : this.representativeFields(form)
      }
    </fieldset>`;
  }

  private errorOf(key: string): string | undefined {
    return this.form?.errors.find((e) => e.key === key)?.message;
  }

  /** "Nu in het register: …" under a field that someone else changed meanwhile. */
  private currentOf(key: string): string | undefined {
    const form = this.form;
    if (!form || !Array.isArray(form.conflict) || !form.conflict.includes(key)) return undefined;
    return this.t('conflictCurrent', { value: this.display(key, form.base[key]!) });
  }

  private display(key: string, value: Value): string {
    if (Array.isArray(value))
      return value.map((c) => (key === 'werkingsgebieden' ? this.area(c, c) : this.activity(c))).join(', ') || '—';
    if (typeof value === 'boolean') return value ? '✓' : '—';
    if (key === 'locatietype') return this.t(LOCATION_KEYS[value as Locatietype] ?? 'fieldLocatietype');
    if (key === 'contactgegeventype') return this.t(CONTACT_KEYS[value as Contactgegeventype] ?? 'fieldContactType');
    return value || '—';
  }

  private describedBy(id: string, parts: { hint?: unknown; error?: unknown; current?: unknown }): string {
    return [parts.hint && `${id}-hint`, parts.error && `${id}-error`, parts.current && `${id}-current`].filter(Boolean).join(' ');
  }

  private messages(id: string, hint?: string, error?: string, current?: string) {
    return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${this.t('errorPrefix')} </span>${error}</p>` : nothing}
    ${current ? html`<p class="current" id="${id}-current">${current}</p>` : nothing}`;
  }

  private input(
    key: string,
    label: string,
    options: {
      type?: InputType;
      hint?: string;
      autocomplete?: AutocompleteToken;
      multiline?: boolean;
      inputmode?: string;
      size?: 's' | 'm';
    } = {},
  ): TemplateResult {
    const form = this.form!;
    if (!form.editable.includes(key)) return this.readOnlyField(key, label);
    const id = fieldId(key);
    const error = this.errorOf(key);
    const current = this.currentOf(key);
    const value = String(form.draft[key] ?? '');
    const describedBy = this.describedBy(id, { hint: options.hint, error, current }) || nothing;
    const onInput = (e: Event) => this.setDraft(key, (e.target as HTMLInputElement).value);
    return html`<div class="field ${error ? 'has-error' : ''} ${options.size ?? ''}">
      <label for=${id}>${label}</label>
      ${this.messages(id, options.hint, error, current)}
      ${
        options.multiline
          ? html`<textarea
              id=${id}
              name=${key}
              rows="3"
              .value=${live(value)}
              aria-describedby=${describedBy}
              aria-invalid=${error ? 'true' : 'false'}
              @input=${onInput}
            ></textarea>`
          : html`<input
              id=${id}
              name=${key}
              type=${options.type ?? 'text'}
              .value=${live(value)}
              autocomplete=${options.autocomplete ?? 'off'}
              inputmode=${options.inputmode ?? nothing}
              aria-describedby=${describedBy}
              aria-invalid=${error ? 'true' : 'false'}
              @input=${onInput}
            />`
      }
    </div>`;
  }

  /** A field the association cannot change here: its value, and where it is changed. */
  private readOnlyField(key: string, label: string): TemplateResult {
    const form = this.form!;
    const record = this.data.record;
    return html`<div class="field read-only">
      <span class="label">${label}</span>
      <p class="value">${this.display(key, form.draft[key] ?? '')}</p>
      ${record ? html`<p class="hint">${this.kboLink(record.vereniging, label)}</p>` : nothing}
    </div>`;
  }

  private checkbox(key: string, label: string): TemplateResult {
    const form = this.form!;
    if (!form.editable.includes(key)) return this.readOnlyField(key, label);
    const id = fieldId(key);
    const error = this.errorOf(key);
    const current = this.currentOf(key);
    return html`<div class="field ${error ? 'has-error' : ''}">
      ${this.messages(id, undefined, error, current)}
      <div class="check">
        <input
          id=${id}
          type="checkbox"
          name=${key}
          .checked=${live(form.draft[key] === true)}
          aria-describedby=${this.describedBy(id, { error, current }) || nothing}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${(e: Event) => this.setDraft(key, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${label}</label>
      </div>
    </div>`;
  }

  /** A group of choices (radios for one, checkboxes for several) in a fieldset with its legend. */
  private choices(
    key: string,
    legend: string,
    options: { value: string; label: string }[],
    multiple: boolean,
    hint?: string,
  ): TemplateResult {
    const form = this.form!;
    if (!form.editable.includes(key)) return this.readOnlyField(key, legend);
    const id = fieldId(key);
    const error = this.errorOf(key);
    const current = this.currentOf(key);
    const value = form.draft[key];
    const chosen = (v: string) => (Array.isArray(value) ? value.includes(v) : value === v);
    return html`<fieldset
      class="field group ${error ? 'has-error' : ''}"
      aria-describedby=${this.describedBy(id, { hint, error, current }) || nothing}
    >
      <legend>${legend}</legend>
      ${this.messages(id, hint, error, current)}
      <div class="options ${options.length > 8 ? 'columns' : ''}">
        ${options.map(
          (o) =>
            html`<div class="check">
              <input
                id="${id}-${o.value}"
                type=${multiple ? 'checkbox' : 'radio'}
                name=${key}
                value=${o.value}
                .checked=${live(chosen(o.value))}
                aria-invalid=${error ? 'true' : 'false'}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  if (multiple) this.toggleCode(key, o.value, on);
                  else if (on) this.setDraft(key, o.value);
                }}
              />
              <label for="${id}-${o.value}">${o.label}</label>
            </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private basicsFields(form: OpenForm, v: Vereniging): TemplateResult {
    const editable = (f: BasicField) =>
      f === 'doelgroep' ? form.editable.includes('doelgroep/minimumleeftijd') : form.editable.includes(f);
    const notHere = BASICS.filter((f) => !editable(f));
    const ageError = this.errorOf('doelgroep/minimumleeftijd') ?? this.errorOf('doelgroep/maximumleeftijd');
    return html`
      ${editable('naam') ? this.input('naam', this.t('fieldNaam'), { autocomplete: 'organization' }) : nothing}
      ${editable('roepnaam') ? this.input('roepnaam', this.t('fieldRoepnaam')) : nothing}
      ${editable('korteNaam') ? this.input('korteNaam', this.t('fieldKorteNaam'), { size: 'm' }) : nothing}
      ${editable('korteBeschrijving') ? this.input('korteBeschrijving', this.t('fieldKorteBeschrijving'), { multiline: true }) : nothing}
      ${editable('startdatum') ? this.input('startdatum', this.t('fieldStartdatum'), { type: 'date', size: 'm' }) : nothing}
      ${
        editable('doelgroep')
          ? html`<fieldset class="field group ${ageError ? 'has-error' : ''}" aria-describedby="f-doelgroep-hint">
              <legend>${this.t('fieldDoelgroep')}</legend>
              <p class="hint" id="f-doelgroep-hint">${this.t('hintDoelgroep')}</p>
              <div class="row">
                ${this.input('doelgroep/minimumleeftijd', this.t('fieldMin'), { inputmode: 'numeric', size: 's' })}
                ${this.input('doelgroep/maximumleeftijd', this.t('fieldMax'), { inputmode: 'numeric', size: 's' })}
              </div>
            </fieldset>`
          : nothing
      }
      ${
        editable('hoofdactiviteitenVerenigingsloket')
          ? this.choices(
              'hoofdactiviteitenVerenigingsloket',
              this.t('fieldHoofdactiviteiten'),
              HOOFDACTIVITEITEN.map((c) => ({ value: c, label: this.activity(c) })),
              true,
              this.t('hintHoofdactiviteiten', { max: String(MAX_ACTIVITIES) }),
            )
          : nothing
      }
      ${
        editable('werkingsgebieden')
          ? this.choices(
              'werkingsgebieden',
              this.t('fieldWerkingsgebieden'),
              AREAS.map((c) => ({ value: c, label: this.area(c, c) })),
              true,
              this.t('hintWerkingsgebieden'),
            )
          : nothing
      }
      ${
        notHere.length
          ? html`<p class="kbo">
              ${notHere.map((f) => this.t(FIELD_KEYS[f]!)).join(', ')}: ${this.kboLink(v, this.t('sectionBasics'))}
            </p>`
          : nothing
      }
    `;
  }

  private locationFields(form: OpenForm): TemplateResult {
    const isKboSeat = form.draft['locatietype'] === 'Maatschappelijke zetel volgens KBO';
    return html`
      ${
        isKboSeat
          ? this.readOnlyField('locatietype', this.t('fieldLocatietype'))
          : this.choices(
              'locatietype',
              this.t('fieldLocatietype'),
              (['Correspondentie', 'Activiteiten'] as const).map((c) => ({ value: c, label: this.t(LOCATION_KEYS[c]) })),
              false,
            )
      }
      ${this.input('naam', this.t('fieldLocatieNaam'))}
      <fieldset class="field group">
        <legend>${this.t('fieldAdres')}</legend>
        ${this.input('adres/straatnaam', this.t('fieldStraat'), { autocomplete: 'address-line1' })}
        <div class="row">
          ${this.input('adres/huisnummer', this.t('fieldHuisnummer'), { size: 's' })}
          ${this.input('adres/busnummer', this.t('fieldBus'), { size: 's' })}
        </div>
        <div class="row">
          ${this.input('adres/postcode', this.t('fieldPostcode'), { autocomplete: 'postal-code', inputmode: 'numeric', size: 's' })}
          ${this.input('adres/gemeente', this.t('fieldGemeente'), { autocomplete: 'address-level2', size: 'm' })}
        </div>
      </fieldset>
      ${this.checkbox('isPrimair', this.t('fieldPrimairLocatie'))}
    `;
  }

  private contactFields(form: OpenForm): TemplateResult {
    const type = form.draft['contactgegeventype'] as Contactgegeventype;
    const valueOptions: Record<
      Contactgegeventype,
      { type: InputType; hint?: K; autocomplete: AutocompleteToken; inputmode?: string }
    > = {
      'E-mail': { type: 'email', autocomplete: 'email' },
      Telefoon: { type: 'tel', hint: 'hintTelefoon', autocomplete: 'tel' },
      Website: { type: 'url', hint: 'hintUrl', autocomplete: 'url' },
      SocialMedia: { type: 'url', hint: 'hintUrl', autocomplete: 'url' },
    };
    const o = valueOptions[type] ?? valueOptions['E-mail'];
    return html`
      ${this.choices(
        'contactgegeventype',
        this.t('fieldContactType'),
        CONTACTGEGEVENTYPES.map((c) => ({ value: c, label: this.t(CONTACT_KEYS[c]) })),
        false,
      )}
      ${this.input('waarde', this.t(CONTACT_KEYS[type] ?? 'fieldWaarde'), {
        type: o.type,
        hint: o.hint ? this.t(o.hint) : undefined,
        autocomplete: o.autocomplete,
      })}
      ${this.input('beschrijving', this.t('fieldBeschrijving'), { size: 'm' })}
      ${this.checkbox('isPrimair', this.t('fieldPrimairContact'))}
    `;
  }

  private representativeFields(form: OpenForm): TemplateResult {
    const adding = form.mode === 'add';
    const person = adding
      ? undefined
      : this.data.record?.vereniging.vertegenwoordigers.find((r) => r.vertegenwoordigerId === form.id);
    return html`
      ${
        adding
          ? html`${this.input('insz', this.t('fieldInsz'), { hint: this.t('hintInsz'), inputmode: 'numeric', size: 'm' })}
              <p class="hint">${this.t('hintNames')}</p>
              <div class="row">
                ${this.input('voornaam', this.t('fieldVoornaam'), { size: 'm' })}
                ${this.input('achternaam', this.t('fieldAchternaam'), { size: 'm' })}
              </div>`
          : person
            ? html`<p class="item-title"><strong>${this.personName(person)}</strong></p>`
            : nothing
      }
      ${this.input('roepnaam', this.t('fieldRoepnaam'), { size: 'm' })} ${this.input('rol', this.t('fieldRol'), { size: 'm' })}
      ${this.checkbox('isPrimair', this.t('fieldPrimairVertegenwoordiger'))}
      ${this.input('e-mail', this.t('fieldEmail'), { type: 'email' })}
      ${this.input('telefoon', this.t('fieldTelefoon'), { type: 'tel', hint: this.t('hintTelefoon'), size: 'm' })}
      ${this.input('mobiel', this.t('fieldMobiel'), { type: 'tel', size: 'm' })}
      ${this.input('socialMedia', this.t('fieldSocialMedia'), { type: 'url', hint: this.t('hintUrl') })}
    `;
  }
}

function primaryLabel(section: RegisterSection): K {
  return section === 'locaties'
    ? 'fieldPrimairLocatie'
    : section === 'contactgegevens'
      ? 'fieldPrimairContact'
      : 'fieldPrimairVertegenwoordiger';
}
