import type { LoketCapacity } from '../core/events.js';

/**
 * The contract between the session (the only code that touches oidc-client-ts) and everything
 * that shows or uses sign-in state: the header's access area, the capacity switcher and the
 * dossier widget. Elements read it through a reactive controller and never import oidc-client-ts.
 */
export type SessionStatus =
  /** Nothing known yet (the session code is still loading, or a silent sign-in is running). */
  | 'unknown'
  | 'signed-out'
  | 'signed-in'
  /** The identity provider cannot be reached: sign-in is unavailable, retry possible. */
  | 'unavailable';

export interface SessionState {
  status: SessionStatus;
  /** Given name from the ID token; never the national register number. */
  firstName: string | null;
  /** The identity the user acts as now. */
  capacity: LoketCapacity | null;
  /** A readable message for the last failure (sign-in unavailable, stale callback, …). */
  error: string | null;
}

export interface Session {
  readonly state: SessionState;
  /** Called on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** Targeted login ("gericht aanmelden") into another capacity. */
  switchCapacity(capacity: LoketCapacity): Promise<void>;
  /** A valid access token for the backend's APIs, renewed when needed; null when signed out. */
  getAccessToken(): Promise<string | null>;
}
