import { css } from 'lit';
import { token } from '../../theme/theme.js';

export const headerStyles = css`
  :host {
    /* Public component tokens fall back to the global ones; inside, only private --_ properties are read. */
    --_bar-bg: var(--loket-header-background-color, ${token('--loket-color-brand')});
    --_bar-fg: var(--loket-header-text-color, ${token('--loket-color-brand-contrast')});
    --_nav-bg: var(--loket-header-nav-background-color, ${token('--loket-color-background')});
    --_nav-fg: var(--loket-header-nav-text-color, ${token('--loket-color-link')});
    --_text: ${token('--loket-color-text')};
    --_surface: ${token('--loket-color-background')};
    --_border: ${token('--loket-color-border')};
    --_radius: ${token('--loket-radius')};
    --_space-s: ${token('--loket-space-s')};
    --_space-m: ${token('--loket-space-m')};
    --_max: ${token('--loket-content-max-width')};
    --_logo-width: var(--loket-header-logo-width, 2.5rem);
    --_font-heading: ${token('--loket-font-family-heading')};
    --_link-color: ${token('--loket-color-link')};
    display: block;
    position: relative;
    z-index: var(--loket-header-z-index, 100);
    container: loket-header / inline-size;
  }
  :host([data-sticky]) {
    position: sticky;
    top: 0;
  }
  .skip {
    position: absolute;
    inset-inline-start: var(--_space-s);
    top: var(--_space-s);
    z-index: 2;
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface);
    color: var(--_link-color);
    font-weight: 600;
  }
  /*
   * Hidden until focused by clipping, not by moving it above the header: a header that is not at
   * the top of its page (a preview, a host's own banner above it) would show a moved link.
   */
  .skip:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .inner {
    max-width: var(--_max);
    margin-inline: auto;
    padding-inline: var(--_space-m);
  }
  .bar {
    display: block;
    background: var(--_bar-bg);
    color: var(--_bar-fg);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    column-gap: var(--_space-m);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    min-width: 0;
    height: 4rem;
  }
  .top a {
    color: var(--_bar-fg);
  }
  .umbrella {
    font-weight: 600;
    padding-inline-end: var(--_space-m);
    border-inline-end: 1px solid currentColor;
    white-space: nowrap;
  }
  .home {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-width: 0;
    text-decoration: none;
  }
  .home:hover .name {
    text-decoration: underline;
  }
  .logo {
    flex: none;
    width: var(--_logo-width);
    height: 2.5rem;
    object-fit: contain;
  }
  .name {
    font-family: var(--_font-heading);
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.2;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .tools {
    display: flex;
    flex: none;
    flex-wrap: nowrap;
    align-items: center;
    gap: var(--_space-s);
    height: 3rem;
    margin-inline-start: auto;
  }
  .tool {
    position: relative;
  }
  .bar button {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0 var(--_space-s);
    background: transparent;
    color: var(--_bar-fg);
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  .bar button:hover {
    border-color: currentColor;
  }
  .bar button.primary {
    border-color: currentColor;
    font-weight: 600;
  }
  .help-button .icon {
    display: none;
  }
  .chevron {
    flex-shrink: 0;
    width: 0.6em;
    height: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(25%) rotate(-135deg);
  }
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
  /*
   * One width for "Aanmelden" and the account button: single sign-on turns one into the other
   * after the first paint, and nothing around the slot may move (CLS 0). A long name is ellipsised
   * (its full text stays the button's accessible name); a message with a retry may take more room.
   */
  .access {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-s);
    inline-size: 14rem;
  }
  .access:has(.session-note) {
    inline-size: auto;
    min-inline-size: 14rem;
  }
  .access > button {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .session-note {
    font-size: 0.875em;
  }
  .account {
    width: 22rem;
  }
  .account .capacity {
    margin: 0 0 var(--_space-s);
  }
  .account .app-name {
    margin: 0 0 var(--_space-s);
    font-family: var(--_font-heading);
    font-weight: 700;
  }
  .account .links {
    margin-block: var(--_space-s);
    padding-block: var(--_space-s);
    border-block: 1px solid var(--_border);
  }
  .account .links + .links {
    margin-top: 0;
    border-top: 0;
  }
  /* Lined up with the menu's buttons, and as easy to hit (2.75rem). */
  .account .links a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding-inline: calc(var(--_space-s) + 1px);
  }
  .account .with-icon a {
    padding-inline-start: 0;
  }
  .account .with-icon {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding-inline-start: calc(var(--_space-s) + 1px);
  }
  .account .icon {
    flex: none;
  }
  .bar .account button.link {
    width: 100%;
    justify-content: flex-start;
    color: var(--_link-color);
    text-decoration: underline;
  }
  .account-button .who {
    display: block;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .account-button .acting {
    font-weight: 400;
  }
  .bar button {
    white-space: nowrap;
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
  nav {
    background: var(--_nav-bg);
    border-bottom: 1px solid var(--_border);
    height: 3rem;
  }
  nav ul {
    display: flex;
    gap: var(--_space-m);
    list-style: none;
    margin: 0 auto;
    padding-block: 0;
    height: 100%;
    align-items: stretch;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  nav li {
    display: flex;
    flex: none;
  }
  nav a {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline: 0.25rem;
    color: var(--_nav-fg);
    font-weight: 600;
    text-decoration: none;
    border-bottom: 4px solid transparent;
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    border-bottom-color: currentColor;
  }
  .ext {
    font-size: 0.85em;
  }
  /*
   * Below 48rem: two rows of fixed height, whatever the font, the text size or the names — the
   * rows loket.css reserves, so nothing below the header ever moves. Row 1 is the brand (a long
   * name clamps to two lines; its full text stays the link's accessible name and title). Row 2
   * holds the controls on one line: "Hulp nodig?" becomes "?", the account button shows the first
   * name only (the capacity stays in its accessible name and in the account menu), and if a
   * very large text size still does not fit, the row scrolls sideways instead of growing.
   * The navigation collapses behind the menu button (disclosure), and every popup opens below
   * the header at full width, so the scrolling row never clips it.
   */
  @container loket-header (max-width: 47.99rem) {
    .top {
      row-gap: 0;
      flex-wrap: wrap;
    }
    .umbrella {
      display: none;
    }
    .help-button .label,
    .account-button .acting {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
    }
    .help-button .icon {
      display: inline;
      font-weight: 700;
      font-size: 1.25rem;
    }
    .brand {
      width: 100%;
    }
    .tools {
      width: 100%;
      margin-inline-start: 0;
      overflow-x: auto;
      overflow-y: hidden;
      scrollbar-width: none;
    }
    .access {
      inline-size: 7rem;
    }
    .access:has(.session-note) {
      min-inline-size: 7rem;
    }
    /* No control shrinks below its label: the row scrolls instead. */
    .tools > *,
    .tools .access > * {
      flex: none;
    }
    /* Right-aligned while it fits; an auto margin (unlike flex-end) keeps an overflow scrollable. */
    .tools > :first-child {
      margin-inline-start: auto;
    }
    .tool {
      position: static;
    }
    .popup,
    .help {
      top: 100%;
      inset-inline: var(--_space-s);
      width: auto;
      max-width: none;
    }
    nav:not(.open) {
      display: none;
    }
    nav {
      height: auto;
    }
    nav ul {
      flex-direction: column;
      height: auto;
      gap: 0;
      padding-block: var(--_space-s);
    }
    nav a {
      min-height: 2.75rem;
      border-bottom: 0;
      border-inline-start: 4px solid transparent;
      padding-inline-start: var(--_space-s);
    }
    nav a[aria-current='page'] {
      border-inline-start-color: currentColor;
    }
  }
  /* 320 px (WCAG 1.4.10 reflow): tighter spacing keeps the controls on one row. */
  @container loket-header (max-width: 22rem) {
    .inner {
      padding-inline: var(--_space-s);
    }
    .tools {
      gap: 0.25rem;
    }
    .bar button {
      padding-inline: 0.375rem;
    }
  }
  @container loket-header (min-width: 48rem) {
    .menu-button {
      display: none !important;
    }
    .brand {
      height: 4.5rem;
    }
    .top {
      flex-wrap: nowrap;
    }
  }
  /* A wide header has room to show more of a long name in the (still fixed) access slot. */
  @container loket-header (min-width: 64rem) {
    .access {
      inline-size: 18rem;
    }
  }
  .alert {
    --_accent: var(--_info-accent);
    background: var(--_info);
    color: var(--_text);
    border-inline-start: 6px solid var(--_accent);
  }
  .alert .inner {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    padding-block: var(--_space-s);
  }
  .alert p {
    margin: 0;
    flex: 1;
  }
  .alert strong {
    color: var(--_text);
  }
  .alert button {
    flex: none;
    min-width: 2.75rem;
    min-height: 2.75rem;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    font-size: 1.25rem;
    line-height: 1;
  }
  .alert {
    --_info: var(--loket-alert-info-background-color, ${token('--loket-color-info')});
    --_info-accent: ${token('--loket-color-info-accent')};
  }
  .alert.success {
    background: ${token('--loket-color-success')};
    --_accent: ${token('--loket-color-success-accent')};
  }
  .alert.warning {
    background: ${token('--loket-color-warning')};
    --_accent: ${token('--loket-color-warning-accent')};
  }
  .alert.error {
    background: ${token('--loket-color-error')};
    --_accent: ${token('--loket-color-error-accent')};
  }
  .disabled-note {
    display: none;
  }
  @media (forced-colors: active) {
    .bar,
    nav,
    .alert,
    .popup {
      border: 1px solid CanvasText;
    }
    nav a[aria-current='page'] {
      border-color: Highlight;
    }
    .bar button {
      border-color: ButtonText;
    }
  }
  @media print {
    nav,
    .tools,
    .skip {
      display: none;
    }
  }
`;
