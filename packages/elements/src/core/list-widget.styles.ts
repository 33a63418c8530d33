import { css } from 'lit';
import { token } from '../theme/theme.js';
import { widgetStyles } from './widget.styles.js';

/**
 * What the list widgets (`<loket-dossiers>`, `<loket-services>`) share besides widget.styles.ts:
 * the compact heading, the controls row, form controls, the body that keeps its height, the
 * loading placeholder, messages, the list and its footer, a row's disclosure. Each widget's
 * stylesheet comes after it and sets the rest (those its own public tokens can override,
 * `--_min-height`).
 */
export const listWidgetStyles = css`
  ${widgetStyles}
  :host {
    --_info-bg: ${token('--loket-color-info')};
    --_info-fg: ${token('--loket-color-info-accent')};
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.5rem;
    min-height: 2.75rem;
    max-width: 100%;
  }
  :host([compact]) h2 {
    font-size: 1.125rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
    margin-block-end: var(--_space-m);
  }
  /*
   * The reserved block: controls and list together keep --_min-height in every state but a list
   * longer than it (session unknown: empty; signed out, empty, error: a message; loading: the
   * placeholder fills what the controls leave). The widget is as tall whatever state it starts in
   * and whichever comes next, so nothing after it moves; only boxes inside it that draw nothing
   * yet (an empty block) change place.
   */
  .body {
    min-height: var(--_min-height);
    position: relative;
    display: flex;
    flex-direction: column;
  }
  .body > * {
    flex: none;
  }
  .body > .placeholder {
    /* What the controls leave of the reserved height, whatever the bones would take. */
    flex: 1 1 0;
  }
  .placeholder {
    max-height: 40rem;
    overflow: hidden;
    display: grid;
    align-content: start;
    gap: var(--_space-s);
  }
  .placeholder .bone {
    height: 4.5rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message {
    margin: 0;
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
  .message.error {
    border-color: var(--_error-fg);
    background: var(--_error-bg);
  }
  .message .button {
    margin-inline-start: var(--_space-s);
  }
  ol.list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  /* The paged list's footer (core/paged-list.ts): the count, "Meer laden" or its error. */
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    margin-block-start: var(--_space-m);
  }
  .count {
    color: var(--_subtle);
  }
  /* A row's disclosure (a dossier's history, a product's details). */
  .toggle {
    margin-block-start: var(--_space-s);
    border: 0;
    background: none;
    color: var(--_link-color);
    padding: 0.25rem 0;
    min-height: 2.75rem;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .toggle::before {
    content: '▸';
    display: inline-block;
    margin-inline-end: 0.35em;
    text-decoration: none;
  }
  .toggle[aria-expanded='true']::before {
    content: '▾';
  }
`;
