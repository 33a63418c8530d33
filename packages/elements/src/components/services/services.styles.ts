import { css } from 'lit';
import { token } from '../../theme/theme.js';

export const servicesStyles = css`
  :host {
    /*
     * Public component tokens fall back to the global ones; the --_ properties that only read
     * global tokens are set in core/widget.styles.ts (with the heading and buttons; list-widget.styles.ts has the rest). Inside, only private --_ properties are read.
     */
    --_bg: var(--loket-services-background-color, ${token('--loket-color-background')});
    --_border: var(--loket-services-border-color, ${token('--loket-color-border')});
    --_own: var(--loket-services-own-color, ${token('--loket-color-brand')});
    /*
     * Reserved from the first render on and kept in every state (session unknown, loading, empty, error), as
     * loket.css reserves it before the element upgrades: the content below is out of view, so
     * nothing the user sees moves when products arrive. The compact widget reserves a few rows.
     */
    --_min-height: var(--loket-services-min-height, 100vh);
    display: block;
    background: var(--_bg);
    color: var(--_text);
    container: loket-services / inline-size;
  }
  :host([compact]) {
    --_min-height: var(--loket-services-min-height, 18rem);
  }
  .for {
    flex: 1 1 100%;
    margin: 0;
    color: var(--_subtle);
    overflow-wrap: anywhere;
  }
  fieldset.audience {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  fieldset.audience legend {
    padding: 0 0 0.25rem;
    font-weight: 600;
  }
  label.radio {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75rem;
    font-size: 1rem;
    color: var(--_text);
  }
  label.radio input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_brand);
  }
  .search,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    max-width: 100%;
  }
  label {
    display: block;
    font-size: 0.875rem;
    color: var(--_subtle);
  }
  .hint {
    font-size: 0.8125rem;
    color: var(--_subtle);
  }
  .placeholder .bone {
    height: 8rem;
  }
  .message {
    overflow-wrap: anywhere;
  }
  ol.list[aria-busy='true'] {
    opacity: 0.6;
  }
  .product {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_bg);
  }
  .product.own {
    border-inline-start: 6px solid var(--_own);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    justify-content: space-between;
    align-items: baseline;
  }
  h3 {
    font-size: 1.0625rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875rem;
    font-weight: 600;
    background: var(--_surface);
    color: var(--_text);
  }
  .badge.own {
    background: var(--_own);
    border-color: var(--_own);
    color: var(--_brand-contrast);
  }
  .reason {
    margin: 0.25rem 0 0;
    padding: 0.15rem 0.5rem;
    display: inline-block;
    border-radius: var(--_radius);
    background: var(--_info-bg);
    color: var(--_info-fg);
    font-weight: 600;
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .description {
    margin: var(--_space-s) 0 0;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
    color: var(--_subtle);
  }
  .meta div {
    display: flex;
    gap: 0.35em;
    min-width: 0;
  }
  .meta dd {
    margin: 0;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    margin: var(--_space-s) 0 0;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .links [part~='apply-link'] {
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_brand-contrast);
    font-weight: 600;
  }
  .ext {
    margin-inline-start: 0.25em;
  }
  .details {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space-s);
    overflow-wrap: anywhere;
  }
  .details h4 {
    font-size: 1rem;
    margin: var(--_space-s) 0 0.25rem;
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  @container loket-services (max-width: 30rem) {
    .head {
      flex-direction: column;
      align-items: start;
    }
    .field,
    .field select,
    .field input {
      width: 100%;
    }
    /* A label beside its value leaves both a word wide: one line of text that wraps instead. */
    .meta div {
      display: block;
    }
    .meta dt,
    .meta dd {
      display: inline;
    }
  }
  @media (forced-colors: active) {
    .product.own {
      border-inline-start-color: Highlight;
    }
    .badge,
    .reason {
      border: 1px solid CanvasText;
    }
    .links [part~='apply-link'] {
      border: 2px solid LinkText;
    }
  }
`;
