/**
 * The header's popups — language menu, "Hulp nodig?" panel and account menu — with their styles:
 * a chunk of its own, loaded right after the header's first render (or when a button is used
 * before that), because they are behind a click. The header keeps their buttons, state and events.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LANGUAGES, type Language } from '../../config/constants.js';
import type { LoketConfig } from '../../config/schema.js';
import type { LoketCapacity } from '../../core/events.js';
import type { StringKey } from '../../i18n/strings.js';
import { languageNames } from '../../i18n/strings.js';

/** Added to the header's shadow root when this chunk arrives (the header's own styles define the --_ variables). */
export const popupStyles = css`
  .popup {
    position: absolute;
    top: calc(100% + 0.25rem);
    inset-inline-end: 0;
    z-index: 3;
    min-width: 12rem;
    max-width: min(24rem, calc(100vw - 2 * var(--_space-m)));
    padding: var(--_space-m);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .popup a {
    color: var(--_link-color);
  }
  .popup ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .popup li + li {
    margin-top: var(--_space-s);
  }
  .languages a,
  .languages button.lang {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-s);
    text-align: start;
    background: none;
    border: 0;
    color: var(--_link-color);
    text-decoration: underline;
  }
  .languages [aria-current='true'] {
    font-weight: 700;
    text-decoration: none;
    color: var(--_text);
  }
  .help {
    width: 22rem;
  }
  .account {
    width: 22rem;
  }
  .account .capacity {
    margin: 0 0 var(--_space-s);
  }
  .bar .account button.link {
    width: 100%;
    justify-content: flex-start;
    color: var(--_link-color);
    text-decoration: underline;
  }
  .help h2 {
    margin: 0 0 var(--_space-s);
    font-family: var(--_font-heading);
    font-size: 1.125rem;
  }
  .help dl {
    margin: 0;
  }
  .help dt {
    font-weight: 600;
  }
  .help dd {
    margin: 0 0 var(--_space-s);
  }
  .help .close {
    position: absolute;
    top: 0.25rem;
    inset-inline-end: 0.25rem;
    min-width: 2.75rem;
    min-height: 2.75rem;
    background: none;
    border: 1px solid transparent;
    color: var(--_text);
    font-size: 1.5rem;
    line-height: 1;
  }
  @container loket-header (max-width: 47.99rem) {
    .popup,
    .help {
      top: 100%;
      inset-inline: var(--_space-s);
      width: auto;
      max-width: none;
    }
  }
  @media (forced-colors: active) {
    .popup {
      border: 1px solid CanvasText;
    }
  }
`;

type Translate = (key: StringKey, params?: Record<string, string>) => string;

interface Popup {
  t: Translate;
  open: boolean;
}

export interface AccountPopup extends Popup {
  name: string;
  acting: string;
  capacity: LoketCapacity | null;
  switcherOpen: boolean;
  toggleSwitcher: () => void;
  logout: () => void;
}

export interface LanguagesPopup extends Popup {
  current: Language;
  urls: Partial<Record<Language, string>>;
  choose: (language: Language, event: Event) => void;
}

export interface HelpPopup extends Popup {
  help: NonNullable<LoketConfig['help']>;
  /**
   * The contact block, rendered by the header with core/contact.ts (shared with the footer): imported
   * here, that module became a chunk of its own that pulled Lit out of loket.js.
   */
  contact: TemplateResult;
  close: () => void;
}

export function accountPopup(p: AccountPopup): TemplateResult {
  return html`<section class="popup account" id="account" part="account-panel" aria-label=${p.t('account')} ?hidden=${!p.open}>
    <p class="capacity">
      ${p.t('signedInAs', { name: p.capacity?.type === 'BUR' ? p.capacity.name : p.name })}${
        p.acting ? html`<br /><strong>${p.acting}</strong>` : nothing
      }
    </p>
    <ul>
      <li>
        <button
          type="button"
          class="link switch"
          aria-expanded=${p.switcherOpen ? 'true' : 'false'}
          aria-controls="switcher"
          @click=${p.toggleSwitcher}
        >
          ${p.t('switchCapacity')}
        </button>
        <div id="switcher" ?hidden=${!p.switcherOpen}>
          ${p.switcherOpen ? html`<loket-capacity-switcher embedded></loket-capacity-switcher>` : nothing}
        </div>
      </li>
      <li><button type="button" class="link logout" @click=${p.logout}>${p.t('logout')}</button></li>
    </ul>
  </section>`;
}

export function languagesPopup(p: LanguagesPopup): TemplateResult {
  return html`<div class="popup languages" id="languages" ?hidden=${!p.open}>
    <ul>
      ${LANGUAGES.map((lang) => {
        const href = p.urls[lang];
        const isCurrent = lang === p.current ? 'true' : undefined;
        return html`<li>
          ${
            href
              ? html`<a
                  href=${href}
                  hreflang=${lang}
                  lang=${lang}
                  aria-current=${ifDefined(isCurrent)}
                  @click=${(e: Event) => p.choose(lang, e)}
                  >${languageNames[lang]}</a
                >`
              : html`<button
                  type="button"
                  class="lang"
                  lang=${lang}
                  aria-current=${ifDefined(isCurrent)}
                  @click=${(e: Event) => p.choose(lang, e)}
                >
                  ${languageNames[lang]}
                </button>`
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

export function helpPopup(p: HelpPopup): TemplateResult {
  return html`<section class="popup help" id="help" part="help-panel" aria-labelledby="help-title" ?hidden=${!p.open}>
    <h2 id="help-title">${p.t('helpTitle')}</h2>
    <button type="button" class="close" aria-label=${p.t('close')} @click=${p.close}>
      <span aria-hidden="true">×</span>
    </button>
    ${p.contact} ${p.help.contactUrl ? html`<p><a href=${p.help.contactUrl}>${p.t('helpContactForm')}</a></p>` : nothing}
  </section>`;
}
