import { css } from 'lit';
import { token } from '../../theme/theme.js';

export const associationStyles = css`
  :host {
    /*
     * Public component tokens fall back to the global ones; the --_ properties that only read global
     * tokens are set by core/widget.styles.ts (with the heading and buttons). Inside, only private --_ properties are read.
     */
    --_bg: var(--loket-association-background-color, ${token('--loket-color-background')});
    --_border: var(--loket-association-border-color, ${token('--loket-color-border')});
    --_success-bg: ${token('--loket-color-success')};
    --_success-fg: ${token('--loket-color-success-accent')};
    --_warning-bg: ${token('--loket-color-warning')};
    --_warning-fg: ${token('--loket-color-warning-accent')};
    /*
     * Reserved from the first render on and kept in every state, as the dossier widget does
     * (loket.css reserves the same before the chunk loads): the record, a form opening, an
     * error, nothing below the element moves while it is in view.
     */
    --_min-height: var(--loket-association-min-height, 100vh);
    display: block;
    background: var(--_bg);
    color: var(--_text);
    container: loket-association / inline-size;
  }
  h3 {
    font-family: var(--_font-heading);
    font-size: 1.125rem;
    margin: 0;
  }
  h4 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  p {
    margin: 0;
  }
  .body {
    min-height: var(--_min-height);
    display: grid;
    align-content: start;
    gap: var(--_space-m);
  }
  .intro {
    max-width: 48rem;
  }
  .placeholder {
    height: min(var(--_min-height), 40rem);
    overflow: hidden;
    display: grid;
    align-content: start;
    gap: var(--_space-s);
  }
  .placeholder .bone {
    height: 6rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message {
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }
  .message.error {
    border-color: var(--_error-fg);
    background: var(--_error-bg);
  }
  .message loket-capacity-switcher {
    justify-self: stretch;
  }
  .button.small {
    min-height: 2.75rem;
    padding-block: 0.2rem;
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .notice-region:empty {
    display: none;
  }
  .notice {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 6px solid var(--_success-fg);
    background: var(--_success-bg);
    font-weight: 600;
  }
  .section {
    border-top: 1px solid var(--_border);
    padding-block-start: var(--_space-m);
    display: grid;
    gap: var(--_space-s);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    justify-content: space-between;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(10rem, 14rem) 1fr;
    gap: 0.35rem var(--_space-m);
    margin: 0;
  }
  .facts > div {
    display: contents;
  }
  .facts dt {
    color: var(--_subtle);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts.compact {
    grid-template-columns: minmax(6rem, 9rem) 1fr;
    font-size: 0.9375rem;
  }
  .codes {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .none {
    color: var(--_subtle);
    font-style: italic;
  }
  .kbo-note {
    display: inline-block;
    margin-inline-start: 0.5rem;
    font-size: 0.875rem;
  }
  .kbo {
    font-size: 0.9375rem;
    color: var(--_subtle);
  }
  .kbo .kbo-note {
    margin-inline-start: 0;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    display: grid;
    gap: 0.25rem;
    overflow-wrap: anywhere;
  }
  .item-title {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .badge {
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_success-fg);
    background: var(--_success-bg);
  }
  .description,
  .hint,
  .updated {
    color: var(--_subtle);
    font-size: 0.9375rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin-block-start: 0.25rem;
  }
  address {
    overflow-wrap: anywhere;
  }

  /* The open form: one at a time, inline where the section or item was. */
  .edit {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .form-fields,
  .group {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .form-fields > legend {
    font-weight: 700;
    font-size: 1.0625rem;
    padding: 0;
    margin-block-end: var(--_space-s);
  }
  .group > legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .field > * {
    max-width: 100%;
  }
  .field.has-error {
    border-inline-start: 5px solid var(--_error-fg);
    padding-inline-start: var(--_space-s);
  }
  .group .field.has-error {
    border-inline-start-width: 0;
    padding-inline-start: 0;
  }
  label,
  .label {
    font-weight: 600;
  }
  .check label {
    font-weight: 400;
  }
  input:not([type='checkbox'], [type='radio']),
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: 0.35rem 0.5rem;
    min-height: 2.75rem;
    width: 32rem;
    max-width: 100%;
  }
  .field.m input {
    width: 18rem;
  }
  .field.s input {
    width: 8rem;
  }
  [aria-invalid='true']:not([type='checkbox'], [type='radio']) {
    border-color: var(--_error-fg);
    border-width: 3px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .options {
    display: grid;
    gap: 0.25rem;
  }
  .options.columns {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_brand);
  }
  .field-error {
    color: var(--_error-fg);
    font-weight: 700;
  }
  .current {
    padding: 0.25rem 0.5rem;
    background: var(--_warning-bg);
    border-inline-start: 4px solid var(--_warning-fg);
  }
  .read-only .value {
    overflow-wrap: anywhere;
  }
  .question {
    font-weight: 600;
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  /* GOV.UK's error summary: a bordered box that takes focus and links to each field. */
  .error-summary {
    padding: var(--_space-m);
    border: 4px solid var(--_error-fg);
    background: var(--_bg);
  }
  .error-summary ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .error-summary a {
    color: var(--_error-fg);
    font-weight: 700;
  }
  .conflict {
    padding: var(--_space-m);
    border: 4px solid var(--_warning-fg);
    background: var(--_warning-bg);
  }
  @container loket-association (max-width: 32rem) {
    .facts,
    .facts.compact {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: 0.35rem;
    }
  }
  @media (forced-colors: active) {
    .edit,
    .error-summary,
    .conflict,
    .notice,
    .badge,
    .field.has-error {
      border-color: CanvasText;
    }
    .error-summary a,
    .field-error {
      color: LinkText;
    }
    .field-error {
      color: CanvasText;
    }
  }
`;
