import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';

/** What the footer under a paged list (`<loket-dossiers>`, `<loket-services>`) shows, already worded. */
export interface PagedListFooter {
  /** "5 van 100 dossiers". */
  count: string;
  /** More rows exist than are shown. */
  hasMore: boolean;
  /** The state of the last "Meer laden". */
  more: TaskStatus;
  /** "Meer laden". */
  moreLabel: string;
  /** Why the last "Meer laden" failed (the rows shown stay). */
  moreError: string;
  /** "Opnieuw proberen". */
  retryLabel: string;
  /** Loads the next page; also the retry after a failed one. */
  loadMore: () => void;
}

/**
 * The count, then "Meer laden" (disabled while a page is on its way) or, when the last one failed,
 * the error with a retry. Styled by list-widget.styles.ts (`.footer`, `.count`).
 */
export function pagedListFooter(f: PagedListFooter): TemplateResult {
  return html`<div class="footer">
    <span class="count">${f.count}</span>
    ${
      f.more === TaskStatus.ERROR
        ? html`<p class="message error" part="message">
            ${f.moreError}
            <button class="button" part="button" type="button" @click=${f.loadMore}>${f.retryLabel}</button>
          </p>`
        : f.hasMore
          ? html`<button
              class="button secondary"
              part="more-button"
              type="button"
              ?disabled=${f.more === TaskStatus.PENDING}
              @click=${f.loadMore}
            >
              ${f.moreLabel}
            </button>`
          : nothing
    }
  </div>`;
}
