import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';

/** A paged list (`<loket-dossiers>`, `<loket-services>`): its data, its rows' markup and its words. */
export interface PagedList<T> {
  /** The first page's request, and the last "Meer laden"'s. */
  status: { first: TaskStatus; more: TaskStatus };
  /** How many rows there are in all, once the first page arrived; null before. */
  total: number | null;
  rows: readonly T[];
  row: (item: T) => TemplateResult;
  /** Loads the first page again, after it failed. */
  retry: () => void;
  /** Loads the next page; also the retry after a failed one. */
  loadMore: () => void;
  /** The words, already translated. */
  text: {
    /** For screen readers while the first page loads. */
    loading: string;
    /** The first page could not be loaded. */
    error: string;
    /** No rows (for this filter or search). */
    empty: string;
    /** "5 van 100 dossiers". */
    count: string;
    /** "Meer laden". */
    more: string;
    /** Why the last "Meer laden" failed (the rows shown stay). */
    moreError: string;
    /** "Opnieuw proberen". */
    retry: string;
  };
}

/**
 * The list area: the first page's error with a retry, the loading placeholder, the empty message,
 * or the rows followed by the count and "Meer laden" (disabled while a page is on its way) or,
 * when the last one failed, its error with a retry. Styled by list-widget.styles.ts.
 */
export function pagedList<T>(l: PagedList<T>): TemplateResult {
  const { text, status } = l;
  if (status.first === TaskStatus.ERROR) {
    return html`<p class="message error" part="message">
      ${text.error} <button class="button" part="button" type="button" @click=${l.retry}>${text.retry}</button>
    </p>`;
  }
  if (l.total === null) {
    return html`<div class="placeholder" part="placeholder">
      <p class="visually-hidden">${text.loading}</p>
      ${[0, 1, 2].map(() => html`<div class="bone" aria-hidden="true"></div>`)}
    </div>`;
  }
  if (!l.rows.length) return html`<p class="message" part="message">${text.empty}</p>`;
  const busy = status.first === TaskStatus.PENDING || status.more === TaskStatus.PENDING;
  return html`
    <ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
      ${l.rows.map((item) => l.row(item))}
    </ol>
    <div class="footer">
      <span class="count">${text.count}</span>
      ${
        status.more === TaskStatus.ERROR
          ? html`<p class="message error" part="message">
              ${text.moreError}
              <button class="button" part="button" type="button" @click=${l.loadMore}>${text.retry}</button>
            </p>`
          : l.rows.length < l.total
            ? html`<button
                class="button secondary"
                part="more-button"
                type="button"
                ?disabled=${status.more === TaskStatus.PENDING}
                @click=${l.loadMore}
              >
                ${text.more}
              </button>`
            : nothing
      }
    </div>
  `;
}

/**
 * A row's disclosure button (a dossier's history, a product's details): `label` to the eye, the
 * row's `name` added for screen readers (every row has one), and the panel it opens. Styled by
 * list-widget.styles.ts (`.toggle`).
 */
export function rowToggle(label: string, name: string, panelId: string, open: boolean, toggle: () => void): TemplateResult {
  return html`<button
    class="toggle"
    part="toggle"
    type="button"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${panelId}
    @click=${toggle}
  >
    ${label}<span class="visually-hidden">: ${name}</span>
  </button>`;
}
