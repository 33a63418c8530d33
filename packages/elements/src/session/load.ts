/**
 * The session module (./index.ts: tab sync, start decisions, actions) is a chunk of its own, so a
 * signed-out page renders without it. Everything outside session/ reaches it through here: one
 * place loads it, and one place turns a chunk that cannot load (offline, CDN down) into the
 * "unavailable" state the header shows with a retry, instead of an unhandled rejection.
 */
import type { LoketAuthConfig } from '../config/schema.js';
import { log } from '../core/log.js';
import type { LoketCapacity } from '../core/events.js';
import { CODE_UNAVAILABLE, sessionStore, storedState } from './store.js';
import type { Session } from './types.js';

type SessionModule = typeof import('./index.js');

let loading: Promise<SessionModule> | undefined;
/** The `auth` configuration last asked for, to start with when a retry finally loads the module. */
let requested: LoketAuthConfig | undefined;

function loadSession(): Promise<SessionModule> {
  loading ??= import('./index.js').then(
    (session) => {
      // Also after a failed first load: a retry starts the session before it signs in.
      if (requested) session.startSession(requested);
      return session;
    },
    (error: unknown) => {
      loading = undefined; // the next action tries again
      log.warn(`the sign-in code could not be loaded: ${(error as Error).message}`);
      sessionStore.set({ status: 'unavailable', error: CODE_UNAVAILABLE });
      throw error;
    },
  );
  return loading;
}

/** Runs `action` with the session module; `fallback` when the module cannot load. */
export function withSession<T>(action: (session: SessionModule) => T | Promise<T>, fallback: T): Promise<T> {
  return loadSession().then(action, () => fallback);
}

/** Starts the page's session for this `auth` configuration; the first call on a page wins. */
export function startSession(auth: LoketAuthConfig): void {
  requested = auth;
  // Known at once when this tab holds a session; the session module confirms it.
  if (sessionStore.state.status === 'unknown') {
    const stored = storedState(auth);
    if (stored) sessionStore.set(stored);
  }
  void withSession((session) => session.startSession(auth), undefined);
}

/**
 * The page's session as a `Session`, for everything outside session/: the elements' controller and
 * the dossier widget's default. Its actions load the session module (started first) when needed.
 */
export const pageSession: Session & { readonly apiBase: string | null } = {
  get state() {
    return sessionStore.state;
  },
  /** `auth.apiBase` of the configuration, once the session has started. */
  get apiBase() {
    return sessionStore.auth?.apiBase ?? null;
  },
  subscribe: (listener) => sessionStore.subscribe(listener),
  signIn: () => withSession((s) => s.signIn(), undefined),
  signOut: () => withSession((s) => s.signOut(), undefined),
  switchCapacity: (capacity: LoketCapacity) => withSession((s) => s.switchCapacity(capacity), undefined),
  getAccessToken: () => withSession((s) => s.getAccessToken(), null),
};
