import { css } from 'lit';
import { token } from '../../theme/theme.js';

export const dossiersStyles = css`
  :host {
    /*
     * Public component tokens fall back to the global ones; the --_ properties that only read
     * global tokens are set in core/widget.styles.ts (with the heading and buttons; list-widget.styles.ts has the rest). Inside, only private --_ properties are read.
     */
    --_bg: var(--loket-dossiers-background-color, ${token('--loket-color-background')});
    --_border: var(--loket-dossiers-border-color, ${token('--loket-color-border')});
    --_action-bg: var(--loket-dossiers-action-background-color, ${token('--loket-color-warning')});
    --_action-accent: var(--loket-dossiers-action-accent-color, ${token('--loket-color-warning-accent')});
    --_success-bg: ${token('--loket-color-success')};
    --_success-fg: ${token('--loket-color-success-accent')};
    /*
     * Reserved from the first render on and kept in every state (signed out, loading, empty,
     * error). A full widget is at least one viewport tall, as loket.css reserves it before it
     * upgrades: whatever it then shows (an invitation, or ten rows whose height depends on the
     * font and the text size), the content below it is out of view, so nothing the user sees
     * moves. The compact widget reserves a few rows.
     */
    --_min-height: var(--loket-dossiers-min-height, 100vh);
    display: block;
    background: var(--_bg);
    color: var(--_text);
    container: loket-dossiers / inline-size;
  }
  :host([compact]) {
    --_min-height: var(--loket-dossiers-min-height, 18rem);
  }
  /*
   * The filters sit in columns whose width depends on the widget's width only: the counts that
   * arrive with the first page change a label, never where a button or anything after it is.
   */
  .filters {
    flex: 1 1 100%;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filters legend {
    padding: 0 0 0.25rem;
  }
  .filter {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    padding: 0.35rem 0.75rem;
    min-height: 2.75rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    /* Centred, the label would move when its count arrives. */
    text-align: start;
  }
  .filter[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_brand-contrast);
    border-color: var(--_brand);
    font-weight: 600;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: end;
  }
  label {
    display: block;
    font-size: 0.875rem;
    color: var(--_subtle);
  }
  ol.list[aria-busy='true'] {
    opacity: 0.6;
  }
  .dossier {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_bg);
  }
  .dossier.action {
    border-inline-start: 6px solid var(--_action-accent);
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
  .badge {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
    background: var(--_surface);
    color: var(--_text);
  }
  .badge[data-tone='info'] {
    background: var(--_info-bg);
    color: var(--_info-fg);
  }
  .badge[data-tone='warning'] {
    background: var(--_action-bg);
    color: var(--_action-accent);
  }
  .badge[data-tone='success'] {
    background: var(--_success-bg);
    color: var(--_success-fg);
  }
  .badge[data-tone='error'] {
    background: var(--_error-bg);
    color: var(--_error-fg);
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
  }
  .meta dd {
    margin: 0;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .todo {
    margin: var(--_space-s) 0 0;
    padding: var(--_space-s);
    background: var(--_action-bg);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  .todo strong {
    color: var(--_action-accent);
  }
  .timeline {
    list-style: none;
    margin: var(--_space-s) 0 0;
    padding: 0 0 0 var(--_space-m);
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li {
    position: relative;
    padding-block-end: var(--_space-s);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1 * var(--_space-m) - 6px);
    top: 0.45em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_border);
  }
  .timeline .note {
    display: block;
    color: var(--_subtle);
  }
  :host([compact]) .meta .reference,
  :host([compact]) .meta .entity {
    display: none;
  }
  @container loket-dossiers (max-width: 30rem) {
    .head {
      flex-direction: column;
      align-items: start;
    }
  }
  @media (forced-colors: active) {
    .filter[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
    .dossier.action {
      border-inline-start-color: Highlight;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
