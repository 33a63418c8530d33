/**
 * The page's `Session`: the only way to the sign-in code from outside session/. The code itself
 * (./index.ts: tab sync, start decisions, actions; ./oidc.ts: oidc-client-ts) is lazy, so a
 * signed-out page renders without it. This facade loads it, and is the one place that turns a
 * chunk that cannot load (offline, CDN down) into the `unavailable` state the header shows with a
 * retry, instead of an unhandled rejection.
 */
import type { LoketAuthConfig } from '../config/schema.js';
import type { LoketCapacity } from '../core/events.js';
import { sessionStore, storedState, unavailable } from './store.js';
import type { Session } from './types.js';

type SessionModule = typeof import('./index.js');

/** A `Session` the page runtime starts, restarts and stops as its `auth` configuration changes. */
export interface ManagedSession extends Session {
  readonly apiBase: string | null;
  /** Starts the session for this `auth` configuration; the same again does nothing, another restarts. */
  start(auth: LoketAuthConfig): void;
  /** Ends this page's session: the configuration no longer has `auth`. */
  stop(): void;
  /** The `auth` configuration the session runs with. */
  readonly auth: LoketAuthConfig | null;
}

let loading: Promise<SessionModule> | undefined;
/** The `auth` configuration last asked for, to start with when a retry finally loads the module. */
let requested: LoketAuthConfig | null = null;

function load(): Promise<SessionModule> {
  loading ??= import('./index.js').then(
    (session) => {
      // Also after a failed first load: a retry starts the session before it signs in.
      if (requested) session.startSession(requested);
      return session;
    },
    (error: unknown) => {
      loading = undefined; // the next action tries again
      unavailable('code-unavailable', error);
      throw error;
    },
  );
  return loading;
}

/** Runs `action` with the session module; `fallback` when the module cannot load. */
function withSession<T>(action: (session: SessionModule) => T | Promise<T>, fallback: T): Promise<T> {
  return load().then(action, () => fallback);
}

export const pageSession: ManagedSession = {
  get state() {
    return sessionStore.state;
  },
  get auth() {
    return requested;
  },
  get apiBase() {
    return requested?.apiBase ?? null;
  },
  subscribe: (listener) => sessionStore.subscribe(listener),
  start(auth) {
    if (requested && JSON.stringify(requested) === JSON.stringify(auth)) return;
    const restart = !!requested;
    requested = auth;
    // Known at once when this tab holds a session; the session module confirms it.
    if (!restart && sessionStore.state.status === 'unknown') {
      const stored = storedState(auth);
      if (stored) sessionStore.set(stored);
    }
    void withSession((session) => session.startSession(auth), undefined);
  },
  stop() {
    if (!requested) return;
    requested = null;
    void withSession((session) => session.stopSession(), undefined);
  },
  signIn: () => withSession((s) => s.signIn(), undefined),
  signOut: () => withSession((s) => s.signOut(), undefined),
  switchCapacity: (capacity: LoketCapacity) => withSession((s) => s.switchCapacity(capacity), undefined),
  getAccessToken: () => withSession((s) => s.getAccessToken(), null),
};
