import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LoketElement } from '../../core/loket-element.js';
import { baseStyles } from '../../core/shared.styles.js';
import { contactList } from '../../core/contact.js';
import { insideLandmark, isCurrentPage, linkTo, linksFrom } from '../../core/links.js';
import { PopupController } from '../../core/popup.js';
import { ConfigController } from '../../config/controller.js';
import { LANGUAGES, type Language } from '../../config/constants.js';
import { LocalizeController } from '../../i18n/localize.js';
import { languageNames } from '../../i18n/strings.js';
import { SessionController } from '../../session/controller.js';
import type { SessionState } from '../../session/types.js';
import type { Capacity } from '../../api/contract.js';
import type { LoketConfig } from '../../config/schema.js';
import type { StringKey } from '../../i18n/strings.js';
import { sameCapacity } from '../../core/events.js';
import { headerStyles } from './header.styles.js';

const DISMISSED_KEY = 'loket:alert-dismissed:';

/** The e-desk that fits each capacity, when the configuration names none (`accessMenu.mainLinks`). */
function defaultMainLinks(t: (key: StringKey) => string): NonNullable<NonNullable<LoketConfig['accessMenu']>['mainLinks']> {
  return [
    { label: t('eDeskCitizen'), href: 'https://www.burgerprofiel.be', external: true, capacity: 'BUR' },
    { label: t('eDeskAssociation'), href: 'https://www.verenigingsloket.be', external: true, capacity: 'VER' },
    { label: t('eDeskCompany'), href: 'https://www.vlaanderen.be/e-loket-ondernemers', external: true, capacity: 'EA' },
  ];
}

/** The e-desk icon of an application link (decorative: the link's text names it). */
function eDeskIcon(locked: boolean): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="M2 3h12v8H2z M1 12h14v1.5H1z" fill="none" stroke="currentColor" stroke-width="1.5" />
    ${locked ? svg`<path d="M6.5 7V6a1.5 1.5 0 0 1 3 0v1 M6 7h4v3H6z" fill="none" stroke="currentColor" stroke-width="1.2" />` : nothing}
  </svg>`;
}

function wasDismissed(id: string): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY + id) === '1';
  } catch {
    return false; // storage blocked (privacy mode, sandboxed iframe): the alert simply shows again
  }
}

/**
 * The government header: municipality branding, main navigation, skip link, language switch,
 * alert bar, "Hulp nodig?" panel and the access area.
 *
 * Plain `<a>` children are the main navigation (an `<a rel="home">` child is the home link);
 * they work before and without JavaScript and are read, as text and href only, on upgrade.
 *
 * @tagname loket-header
 * @summary Global header with branding, navigation, help and sign-in.
 *
 * @slot - Fallback links (`<a>`), shown before the element upgrades; not rendered after.
 *
 * @csspart skip-link - The "skip to main content" link.
 * @csspart alert - The alert bar.
 * @csspart bar - The branded top bar.
 * @csspart home-link - Logo and municipality name, linking home.
 * @csspart logo - The logo image.
 * @csspart nav - The main navigation bar.
 * @csspart nav-link - Each main navigation link.
 * @csspart login-button - The "Aanmelden" button.
 * @csspart account-button - The signed-in person's name and capacity, opening the account menu.
 * @csspart account-panel - The account menu: capacity, "Wissel van hoedanigheid", "Afmelden".
 * @csspart help-panel - The "Hulp nodig?" panel.
 *
 * @cssprop --loket-header-background-color - Top bar background. Default: `--loket-color-brand`.
 * @cssprop --loket-header-text-color - Top bar text. Default: `--loket-color-brand-contrast`.
 * @cssprop --loket-header-nav-background-color - Navigation bar background. Default: `--loket-color-background`.
 * @cssprop --loket-header-nav-text-color - Navigation links. Default: `--loket-color-link`.
 * @cssprop --loket-header-logo-width - Width reserved for the logo (keeps the layout still while it loads).
 * @cssprop --loket-header-z-index - Stacking order of the header and its popups.
 * @cssprop --loket-alert-info-background-color - Background of an info alert. Default: `--loket-color-info`.
 * @cssprop --loket-color-brand - Global brand colour.
 * @cssprop --loket-color-brand-contrast - Text on the brand colour.
 * @cssprop --loket-color-link - Links.
 * @cssprop --loket-color-text - Body text.
 * @cssprop --loket-color-text-subtle - Secondary text.
 * @cssprop --loket-color-background - Surfaces.
 * @cssprop --loket-color-surface - Subtle surfaces (footer).
 * @cssprop --loket-color-border - Control borders.
 * @cssprop --loket-color-info - Info alert background.
 * @cssprop --loket-color-info-accent - Info alert accent.
 * @cssprop --loket-color-success - Success alert background.
 * @cssprop --loket-color-success-accent - Success alert accent.
 * @cssprop --loket-color-warning - Warning alert background.
 * @cssprop --loket-color-warning-accent - Warning alert accent.
 * @cssprop --loket-color-error - Error alert background.
 * @cssprop --loket-color-error-accent - Error alert accent.
 * @cssprop --loket-focus-color - Focus ring.
 * @cssprop --loket-focus-halo-color - Second focus ring.
 * @cssprop --loket-font-family - Body font stack.
 * @cssprop --loket-font-family-heading - Heading font stack.
 * @cssprop --loket-font-size - Base font size.
 * @cssprop --loket-radius - Corner radius.
 * @cssprop --loket-space-s - Small space.
 * @cssprop --loket-space-m - Medium space.
 * @cssprop --loket-space-l - Large space.
 * @cssprop --loket-content-max-width - Width of the content column.
 *
 * @fires loket-login-request - The user pressed "Aanmelden". Cancelable.
 * @fires loket-logout-request - The user pressed "Afmelden". Cancelable.
 * @fires loket-session-change - Signed in, signed out, or another capacity (also from another tab).
 * @fires loket-capacity-change - The active capacity changed.
 * @fires loket-language-change - The user chose a language. Cancelable (then no navigation).
 * @fires loket-alert-dismiss - The user dismissed the alert.
 * @fires loket-help-toggle - The user opened or closed the help panel.
 * @fires loket-menu-toggle - The user opened or closed the mobile menu.
 * @fires loket-config-error - The configuration had invalid fields; defaults were used.
 */
export class LoketHeaderComponent extends LoketElement {
  static override styles = [baseStyles, headerStyles];

  /** URL of a JSON configuration document (e.g. the widget configuration service). */
  @property() config: string | null = null;
  /** Municipality name, shown beside the logo and linking home. */
  @property({ attribute: 'municipality-name' }) municipalityName?: string;
  /** Home page of the site. */
  @property({ attribute: 'home-url' }) homeUrl?: string;
  /** Logo image URL. */
  @property({ attribute: 'logo-src' }) logoSrc?: string;
  /** Text alternative of the logo; empty when the name beside it says it all. */
  @property({ attribute: 'logo-alt' }) logoAlt?: string;
  /** Where the skip link jumps to (default `#main`). */
  @property({ attribute: 'skip-target' }) skipTarget?: string;
  /** Where "Aanmelden" leads when no sign-in is configured. */
  @property({ attribute: 'login-url' }) loginUrl?: string;
  /** Keeps the header at the top of the viewport while scrolling. */
  @property({ type: Boolean }) sticky = false;
  /** Hides every link and control, for consent screens and other pages one must not leave. */
  @property({ type: Boolean, reflect: true, attribute: 'navigation-disabled' }) navigationDisabled = false;

  @state() private dismissed = new Set<string>();
  @state() private switcherOpen = false;

  private readonly cfg = new ConfigController(this);
  private readonly i18n = new LocalizeController(this, () => this.cfg.value.strings);
  /** The page's `loket.setNavigationEnabled()` calls this header has followed. */
  private navigationCalls = 0;
  private readonly popups = new PopupController(this, {
    languages: { button: '.language-button' },
    help: { button: '.help-button', event: 'loket-help-toggle' },
    account: { button: '.account-button', onClose: () => (this.switcherOpen = false) },
    menu: { button: '.menu-button', event: 'loket-menu-toggle', disclosure: true },
  });
  private readonly session = new SessionController(this, (previous, next) => this.sessionChanged(previous, next));

  protected override firstRenderReady(): Promise<unknown> {
    // The configuration is resolved (and its session started) before the first render, so a
    // stored session — or a host's profile in the page — shows signed in from the start.
    return Promise.all([this.cfg.ready, this.session.ready]);
  }

  localConfig(): Record<string, unknown> {
    const anchors = [...this.querySelectorAll<HTMLAnchorElement>(':scope > a[href], :scope > nav a[href]')];
    const home = anchors.find((a) => a.rel.split(/\s+/).includes('home'));
    // A fragment link is the page's own no-JavaScript skip link, not navigation.
    const nav = linksFrom(anchors.filter((a) => a !== home && !a.getAttribute('href')!.startsWith('#')));
    const homeImg = home?.querySelector('img');
    const municipality = {
      name: this.municipalityName ?? (home?.textContent?.trim() || undefined),
      homeUrl: this.homeUrl ?? home?.getAttribute('href') ?? undefined,
      logo: this.logoSrc
        ? { src: this.logoSrc, alt: this.logoAlt ?? '' }
        : homeImg?.getAttribute('src')
          ? { src: homeImg.getAttribute('src'), alt: homeImg.getAttribute('alt') ?? '' }
          : undefined,
    };
    return {
      municipality: Object.values(municipality).some((v) => v !== undefined) ? municipality : undefined,
      navigation: nav.length ? nav : undefined,
      skipTarget: this.skipTarget,
      login: this.loginUrl ? { url: this.loginUrl } : undefined,
      sticky: this.sticky || undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The page's `loket.setNavigationEnabled()` reaches headers mounted before and after the call.
    // The last call wins over the attribute, as it did when the call set the attribute itself.
    const { enabled, version } = this.cfg.navigation;
    if (version !== this.navigationCalls) {
      this.navigationCalls = version;
      this.navigationDisabled = !enabled;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.toggleAttribute('data-sticky', !!this.cfg.value.sticky);
  }

  /** The page hears of session changes from the runtime; the header keeps its menus right. */
  private sessionChanged(previous: SessionState, next: SessionState): void {
    const is = next.status === 'signed-in';
    if (!is) this.popups.close('account');
    if (is && previous.status === 'signed-in' && !sameCapacity(previous.capacity, next.capacity)) {
      // Switched: close the menu, the account button now names the new capacity; focus stays on it.
      const hadFocus = this.popups.isOpen('account') && this.matches(':focus-within');
      this.popups.close('account', { returnFocus: hadFocus });
    }
  }

  private onSkip(event: MouseEvent): void {
    // Move focus, not just the scroll position, so the next Tab continues in the content (as GOV.UK does).
    const target = document.querySelector<HTMLElement>(this.cfg.value.skipTarget ?? '#main');
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView();
  }

  /** Whether the "Hulp nodig?" panel is open. */
  get helpOpen(): boolean {
    return this.popups.isOpen('help') && !!this.cfg.value.help && !this.navigationDisabled;
  }

  /**
   * Opens or closes the "Hulp nodig?" panel from the page's script (the Flemish widget's
   * `contact.open()`); no `loket-help-toggle`, which reports what the user did. Returns whether it
   * is open now: never while the configuration has no `help` or navigation is disabled.
   */
  async toggleHelp(open = !this.helpOpen): Promise<boolean> {
    await this.updateComplete;
    const possible = !!this.cfg.value.help && !this.navigationDisabled;
    this.popups.toggle('help', open && possible, { byUser: false });
    await this.updateComplete;
    return this.helpOpen;
  }

  private onLogin(): void {
    const auth = this.cfg.value.auth;
    // A host-managed session (loket.useHostSession()) knows the host's own login URL.
    const signIn = !!auth || this.session.hostManaged;
    const loginUrl = signIn ? null : (this.cfg.value.login?.url ?? null);
    if (!this.emit('loket-login-request', { loginUrl }, { cancelable: true })) return;
    if (signIn) void this.session.signIn();
    else if (loginUrl) location.assign(loginUrl);
  }

  private onLogout(): void {
    if (!this.emit('loket-logout-request', {}, { cancelable: true })) return;
    void this.session.signOut();
  }

  private toggleSwitcher(): void {
    this.switcherOpen = !this.switcherOpen;
    // The switcher is its own chunk: most visitors never open it.
    if (this.switcherOpen) void import('../capacity-switcher/capacity-switcher.js');
  }

  /** The access area: "Aanmelden", the signed-in person with the account menu, or why sign-in is unavailable. */
  private renderAccess(): TemplateResult | typeof nothing {
    const config = this.cfg.value;
    const t = this.i18n.t.bind(this.i18n);
    const login = html`<button type="button" class="primary login" part="login-button" @click=${this.onLogin}>
      ${t('login')}
    </button>`;
    if (config.accessMenu?.visible === false) return nothing;
    if (!config.auth && !this.session.hostManaged) return config.login?.url ? login : nothing;
    const { status, firstName, capacity, error } = this.session.state;
    if (status === 'unavailable' && error === 'insecure') {
      // Retrying cannot help on an http page: only the site owner can fix it.
      return html`<div class="tool access"><span class="session-note" role="status">${t('loginInsecure')}</span></div>`;
    }
    if (status === 'unavailable') {
      return html`<div class="tool access">
        <span class="session-note" role="status">${t('loginUnavailable')}</span>
        <button type="button" class="primary login retry" part="login-button" @click=${this.onLogin}>${t('retry')}</button>
      </div>`;
    }
    if (status !== 'signed-in') {
      return html`<div class="tool access">
        ${
          error
            ? html`<span class="session-note" role="status">${t(error === 'expired' ? 'sessionExpired' : 'loginFailed')}</span>`
            : nothing
        }
        ${login}
      </div>`;
    }
    const name = firstName ?? capacity?.name ?? '';
    const acting = capacity && capacity.type !== 'BUR' ? t('actingFor', { name: capacity.name }) : '';
    return html`<div class="tool access">
      <button
        type="button"
        class="account-button"
        part="account-button"
        aria-expanded=${this.popups.isOpen('account') ? 'true' : 'false'}
        aria-controls="account"
        @click=${() => this.popups.toggle('account')}
      >
        <span class="who">${name}${acting ? html`<span class="acting"> — ${acting}</span>` : nothing}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <section
        class="popup account"
        id="account"
        part="account-panel"
        aria-label=${t('account')}
        ?hidden=${!this.popups.isOpen('account')}
      >
        ${config.accessMenu?.applicationName ? html`<p class="app-name">${config.accessMenu.applicationName}</p>` : nothing}
        <p class="capacity">
          ${t('signedInAs', { name: capacity?.type === 'BUR' ? capacity.name : name })}${
            acting ? html`<br /><strong>${acting}</strong>` : nothing
          }
        </p>
        <ul class="actions">
          <li>
            <button
              type="button"
              class="link switch"
              aria-expanded=${this.switcherOpen ? 'true' : 'false'}
              aria-controls="switcher"
              @click=${this.toggleSwitcher}
            >
              ${t('switchCapacity')}
            </button>
            <div id="switcher" ?hidden=${!this.switcherOpen}>
              ${this.switcherOpen ? html`<loket-capacity-switcher embedded></loket-capacity-switcher>` : nothing}
            </div>
          </li>
        </ul>
        ${this.renderAccountLinks(capacity?.type ?? 'BUR')}
        <ul class="actions">
          <li><button type="button" class="link logout" @click=${this.onLogout}>${t('logout')}</button></li>
        </ul>
      </section>
    </div>`;
  }

  /**
   * The account menu's links: the e-desks that fit the capacity (configurable with
   * `accessMenu.mainLinks`, by default Mijn Burgerprofiel, the Verenigingsloket or the e-loket for
   * companies) and the site's own applications (`accessMenu.applicationLinks`, e-desk icon optional).
   */
  private renderAccountLinks(capacity: Capacity): TemplateResult {
    const menu = this.cfg.value.accessMenu;
    const t = this.i18n.t.bind(this.i18n);
    const main = (menu?.mainLinks ?? defaultMainLinks(t)).filter((l) => !l.capacity || l.capacity === capacity);
    const apps = menu?.applicationLinks ?? [];
    const appsLabel = menu?.applicationName ? t('applicationLinksOf', { name: menu.applicationName }) : t('applicationLinks');
    return html`${
      main.length
        ? html`<ul class="links main-links" aria-label=${t('mainLinks')}>
            ${main.map((link) => html`<li>${linkTo(link, t('external'))}</li>`)}
          </ul>`
        : nothing
    }
    ${
      apps.length
        ? html`<ul class="links app-links" aria-label=${appsLabel}>
            ${apps.map(
              (link) =>
                html`<li class=${link.icon ? 'with-icon' : ''}>
                  ${link.icon ? eDeskIcon(link.icon === 'e-desk-lock') : nothing}${linkTo(link, t('external'))}
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
  }

  private chooseLanguage(language: Language, event: Event): void {
    const href = this.cfg.value.languages?.[language] ?? null;
    this.popups.toggle('languages', false);
    if (!this.emit('loket-language-change', { language, href }, { cancelable: true })) event.preventDefault();
  }

  private dismissAlert(id: string): void {
    try {
      sessionStorage.setItem(DISMISSED_KEY + id, '1');
    } catch {
      /* storage blocked: dismissed for this page view only */
    }
    this.dismissed = new Set([...this.dismissed, id]);
    this.emit('loket-alert-dismiss', { id });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.home, .brand')?.focus());
  }

  private renderAlert(): TemplateResult | typeof nothing {
    const alert = this.cfg.value.alert;
    if (!alert || this.dismissed.has(alert.id) || wasDismissed(alert.id)) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const label = { info: t('alertInfo'), success: t('alertSuccess'), warning: t('alertWarning'), error: t('alertError') }[
      alert.type
    ];
    return html`<section class="alert ${alert.type}" part="alert" aria-label=${label}>
      <div class="inner">
        <p>
          <strong>${label}:</strong> ${alert.message}
          ${alert.link && !this.navigationDisabled ? html` <a href=${alert.link.href}>${alert.link.label}</a>` : nothing}
        </p>
        ${
          alert.dismissible === false
            ? nothing
            : html`<button type="button" aria-label=${t('alertDismiss')} @click=${() => this.dismissAlert(alert.id)}>
                <span aria-hidden="true">×</span>
              </button>`
        }
      </div>
    </section>`;
  }

  private renderLanguages(): TemplateResult {
    const current = this.i18n.lang;
    const urls = this.cfg.value.languages ?? {};
    return html`<div class="tool">
      <button
        type="button"
        class="language-button"
        aria-expanded=${this.popups.isOpen('languages') ? 'true' : 'false'}
        aria-controls="languages"
        @click=${() => this.popups.toggle('languages')}
      >
        <span aria-hidden="true">${current.toUpperCase()}</span>
        <span class="visually-hidden">${this.i18n.t('language')}: ${languageNames[current]}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <div class="popup languages" id="languages" ?hidden=${!this.popups.isOpen('languages')}>
        <ul>
          ${LANGUAGES.map((lang) => {
            const href = urls[lang];
            const isCurrent = lang === current ? 'true' : undefined;
            return html`<li>
              ${
                href
                  ? html`<a
                      href=${href}
                      hreflang=${lang}
                      lang=${lang}
                      aria-current=${ifDefined(isCurrent)}
                      @click=${(e: Event) => this.chooseLanguage(lang, e)}
                      >${languageNames[lang]}</a
                    >`
                  : html`<button
                      type="button"
                      class="lang"
                      lang=${lang}
                      aria-current=${ifDefined(isCurrent)}
                      @click=${(e: Event) => this.chooseLanguage(lang, e)}
                    >
                      ${languageNames[lang]}
                    </button>`
              }
            </li>`;
          })}
        </ul>
      </div>
    </div>`;
  }

  private renderHelp(): TemplateResult | typeof nothing {
    const help = this.cfg.value.help;
    if (!help) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    return html`<div class="tool">
      <button
        type="button"
        class="help-button"
        aria-expanded=${this.popups.isOpen('help') ? 'true' : 'false'}
        aria-controls="help"
        @click=${() => this.popups.toggle('help')}
      >
        <span class="label">${t('help')}</span><span class="icon" aria-hidden="true">?</span>
      </button>
      <section class="popup help" id="help" part="help-panel" aria-labelledby="help-title" ?hidden=${!this.popups.isOpen('help')}>
        <h2 id="help-title">${t('helpTitle')}</h2>
        <button type="button" class="close" aria-label=${t('close')} @click=${() => this.popups.toggle('help', false)}>
          <span aria-hidden="true">×</span>
        </button>
        ${contactList(help, [
          ['phone', t('helpPhone')],
          ['hours', t('helpHours')],
          ['email', t('helpEmail')],
          ['address', t('helpAddress')],
        ])}
        ${help.contactUrl ? html`<p><a href=${help.contactUrl}>${t('helpContactForm')}</a></p>` : nothing}
      </section>
    </div>`;
  }

  protected override render(): TemplateResult {
    const config = this.cfg.value;
    const t = this.i18n.t.bind(this.i18n);
    const m = config.municipality ?? {};
    const disabled = this.navigationDisabled;
    const name = m.name ?? '';
    const logo = m.logo
      ? html`<img class="logo" part="logo" src=${m.logo.src} srcset=${ifDefined(m.logo.srcset)} alt=${m.logo.alt} />`
      : nothing;
    const brand = disabled
      ? html`<span class="home" part="home-link">${logo}<span class="name">${name}</span></span>`
      : html`<a
          class="home"
          part="home-link"
          href=${m.homeUrl ?? '/'}
          title=${ifDefined(name || undefined)}
          aria-label=${name ? t('home', { name }) : t('homePage')}
          >${logo}<span class="name">${name}</span></a
        >`;
    const inHostBanner = insideLandmark(this, 'header', 'banner');
    const bar = html`
      <div class="inner top">
        <div class="brand">
          ${
            config.municipality?.umbrella && !disabled
              ? html`<a class="umbrella" href=${config.municipality.umbrella.href}>${config.municipality.umbrella.label}</a>`
              : nothing
          }
          ${brand}
        </div>
        ${
          disabled
            ? nothing
            : html`<div class="tools">
                ${this.renderLanguages()} ${this.renderHelp()} ${this.renderAccess()}
                ${
                  config.navigation?.length
                    ? html`<button
                        type="button"
                        class="menu-button"
                        aria-expanded=${this.popups.isOpen('menu') ? 'true' : 'false'}
                        aria-controls="nav"
                        @click=${() => this.popups.toggle('menu')}
                      >
                        ${t('menu')} <span class="chevron" aria-hidden="true"></span>
                      </button>`
                    : nothing
                }
              </div>`
        }
      </div>
      ${
        disabled || !config.navigation?.length
          ? nothing
          : html`<nav id="nav" part="nav" aria-label=${t('mainNav')} class=${this.popups.isOpen('menu') ? 'open' : ''}>
              <ul class="inner">
                ${config.navigation.map(
                  (link) =>
                    html`<li>${linkTo(link, t('external'), { part: 'nav-link', current: isCurrentPage(link.href) })}</li>`,
                )}
              </ul>
            </nav>`
      }
    `;
    return html`
      <a class="skip" part="skip-link" href=${config.skipTarget ?? '#main'} @click=${this.onSkip}>${t('skipLink')}</a>
      ${this.renderAlert()}
      ${inHostBanner ? html`<div class="bar" part="bar">${bar}</div>` : html`<header class="bar" part="bar">${bar}</header>`}
    `;
  }
}
