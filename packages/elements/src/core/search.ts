import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before a search runs by itself. */
const DEBOUNCE_MS = 350;

/**
 * A list's search box (`<loket-dossiers>`, `<loket-services>`): the query runs when typing pauses,
 * at once when the form is submitted (Enter, the button), and never after the element has left the
 * page. The host renders `@input=${search.onInput}` and `@submit=${search.onSubmit}` on a form
 * whose field is named `q`, and reads `search.query`.
 */
export class SearchController implements ReactiveController {
  /** The query in effect, trimmed; '' for none. */
  query = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  readonly onInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set(value), DEBOUNCE_MS);
  };

  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    clearTimeout(this.timer);
    this.set(((event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value);
  };

  private set(value: string): void {
    if (value.trim() === this.query) return;
    this.query = value.trim();
    this.host.requestUpdate();
  }
}
