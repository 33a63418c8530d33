import { ContextProvider } from '@lit/context';
import { runtimeContext } from './context.js';
import { LoketRuntime } from './runtime.js';
import type { Session, SessionState } from '../session/types.js';
import { sameCapacity, type LoketCapacity } from '../core/events.js';

/**
 * `<loket-scope>`: the loket elements inside it share a runtime of their own instead of the
 * page's — their own configuration (`configure()`) and session (`provideSession()`). For
 * Storybook stories, tests, and a theme preview that shows several states on one page.
 *
 * ```js
 * const scope = document.createElement('loket-scope');
 * scope.runtime.configure({ municipality: { name: 'Voorbeeld' } });
 * scope.runtime.provideSession(fixedSession({ status: 'signed-in', firstName: 'Jan', capacity }));
 * scope.append(document.createElement('loket-header'));
 * ```
 */
export class LoketScope extends HTMLElement {
  readonly runtime: LoketRuntime;

  constructor() {
    super();
    this.runtime = new LoketRuntime(fixedSession({ status: 'signed-out' }));
    new ContextProvider(this, { context: runtimeContext, initialValue: this.runtime });
  }

  connectedCallback(): void {
    this.style.display = 'contents';
  }
}

if (!customElements.get('loket-scope')) customElements.define('loket-scope', LoketScope);

declare global {
  interface HTMLElementTagNameMap {
    'loket-scope': LoketScope;
  }
}

export interface FixedSessionOptions {
  /** Base URL of the backend contract the elements call (e.g. one a request mock answers). */
  apiBase?: string | null;
  /** The access token `getAccessToken()` gives while signed in. */
  token?: string;
  /** What the actions do: by default signing in and switching change the state at once, like a real sign-in. */
  onAction?: (action: 'signIn' | 'signOut' | 'switchCapacity', capacity?: LoketCapacity) => void | Promise<void>;
}

/**
 * A `Session` in memory, in the state given: for stories, tests and previews. Its actions change
 * the state as the real session would after a round trip to the identity provider.
 */
export function fixedSession(
  initial: Partial<SessionState>,
  options: FixedSessionOptions = {},
): Session & {
  set(patch: Partial<SessionState>): void;
} {
  let state: SessionState = { status: 'unknown', firstName: null, capacity: null, error: null, ...initial };
  const listeners = new Set<(s: SessionState, change: object) => void>();
  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l(state, {}));
  };
  return {
    get state() {
      return state;
    },
    apiBase: options.apiBase ?? null,
    set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async signIn() {
      if (options.onAction) return options.onAction('signIn');
      set({ status: 'signed-in', error: null });
    },
    async signOut() {
      if (options.onAction) return options.onAction('signOut');
      set({ status: 'signed-out', firstName: null, capacity: null, error: null });
    },
    async switchCapacity(capacity) {
      if (options.onAction) return options.onAction('switchCapacity', capacity);
      if (!sameCapacity(capacity, state.capacity)) set({ capacity });
    },
    getAccessToken() {
      return Promise.resolve(state.status === 'signed-in' ? (options.token ?? 'story-token') : null);
    },
  };
}
