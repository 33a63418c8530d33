import type { LoketCapacity } from '../core/events.js';

/**
 * The contract between the session (the only code that touches oidc-client-ts) and everything
 * that shows or uses sign-in state: the header's access area, the capacity switcher and the
 * dossier widget. Elements reach it through the page runtime (../runtime/) and never import
 * oidc-client-ts or the session's store.
 */
export type SessionStatus =
  /** Nothing known yet (the session code is still loading, or a silent sign-in is running). */
  | 'unknown'
  | 'signed-out'
  | 'signed-in'
  /** Sign-in cannot work now (identity provider unreachable, code not loadable, page not https). */
  | 'unavailable';

/**
 * Why the last action failed or the session ended. Codes, not sentences: the elements translate
 * them (i18n/), so a French page says it in French.
 */
export type SessionError =
  /** The session could not be renewed: signed out, sign in again. */
  | 'expired'
  /** The page is not served over https: only the site owner can fix it, retrying cannot. */
  | 'insecure'
  /** The identity provider did not answer. A retry may help. */
  | 'unreachable'
  /** The sign-in code (a lazy chunk) could not be loaded. A retry may help. */
  | 'code-unavailable'
  /** The identity provider's answer could not be used (stale or refused). Sign in again. */
  | 'callback-failed';

export interface SessionState {
  status: SessionStatus;
  /** Given name from the ID token; never the national register number. */
  firstName: string | null;
  /** The identity the user acts as now. */
  capacity: LoketCapacity | null;
  /** Why the last sign-in failed or the session ended; null when nothing failed. */
  error: SessionError | null;
}

/** What a change was, beyond the new state. */
export interface SessionChange {
  /** The page came back from a targeted login into another capacity (by redirect). */
  switched?: boolean;
}

export interface Session {
  readonly state: SessionState;
  /** Base URL of the backend contract the session's tokens are for; null when not known. */
  readonly apiBase?: string | null;
  /**
   * The host page keeps this session (it signs in on its server, e.g. a backend-for-frontend):
   * the elements show it and offer its actions even when the configuration has no `auth`.
   */
  readonly hostManaged?: boolean;
  /** A session still being set up (a host's profile whose code loads): elements render once it settles. */
  readonly ready?: Promise<unknown>;
  /**
   * The identities the user may act as, when the session knows them itself (a host's profile lists
   * them); without it the capacity switcher asks the backend contract (`/api/identities`).
   */
  capacities?(): Promise<LoketCapacity[]>;
  /** Called on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState, change?: SessionChange) => void): () => void;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** Targeted login ("gericht aanmelden") into another capacity. */
  switchCapacity(capacity: LoketCapacity): Promise<void>;
  /** A valid access token for the backend's APIs, renewed when needed; null when signed out. */
  getAccessToken(): Promise<string | null>;
}
