/**
 * Sign-in state of the page, without oidc-client-ts (that code loads lazily, see ./index.ts).
 * Part of the first render, so it stays tiny. Private to session/ and the page runtime
 * (../runtime/): elements get the state and the actions through the runtime's `Session`.
 */
import type { LoketAuthConfig } from '../config/schema.js';
import { sameCapacity, type LoketCapacity } from '../core/events.js';
import { log } from '../core/log.js';
import type { SessionChange, SessionError, SessionState } from './types.js';

type Listener = (state: SessionState, change: SessionChange) => void;

export const INITIAL_STATE: SessionState = { status: 'unknown', firstName: null, capacity: null, error: null };

class SessionStore {
  private current: SessionState = INITIAL_STATE;
  private readonly listeners = new Set<Listener>();
  /** The `auth` configuration the session was started with. */
  auth: LoketAuthConfig | null = null;

  get state(): SessionState {
    return this.current;
  }

  set(patch: Partial<SessionState>, change: SessionChange = {}): void {
    const next = { ...this.current, ...patch };
    const same =
      next.status === this.current.status &&
      next.firstName === this.current.firstName &&
      next.error === this.current.error &&
      sameCapacity(next.capacity, this.current.capacity) &&
      next.capacity?.name === this.current.capacity?.name;
    if (same) return;
    this.current = next;
    this.listeners.forEach((l) => l(next, change));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forget everything: the session stopped (its `auth` configuration changed). */
  reset(): void {
    this.auth = null;
    this.set(INITIAL_STATE);
  }
}

export const sessionStore = new SessionStore();

/** The one place where sign-in becomes unavailable for a reason the user can retry. */
export function unavailable(error: Extract<SessionError, 'unreachable' | 'code-unavailable'>, cause: unknown): void {
  log.warn(`sign-in is unavailable (${error}): ${(cause as Error)?.message ?? String(cause)}`);
  sessionStore.set({ status: 'unavailable', error });
}

const text = (x: unknown): string | null => (typeof x === 'string' && x.trim() ? x.trim() : null);

/** The session as elements see it, from the ID token's claims: given name and capacity only (never the `sub`). */
export function stateFromClaims(claims: Record<string, unknown>): SessionState {
  const firstName = text(claims.given_name);
  const type = claims.vo_doelgroepcode;
  const code = text(claims.vo_orgcode);
  const capacity: LoketCapacity =
    (type === 'VER' || type === 'EA') && code
      ? { type, code, name: text(claims.vo_orgnaam) ?? code }
      : { type: 'BUR', code: null, name: [firstName, text(claims.family_name)].filter(Boolean).join(' ') };
  return { status: 'signed-in', firstName, capacity, error: null };
}

/**
 * The session this tab holds for `auth`, as oidc-client-ts stored it (sessionStorage, key
 * `oidc.user:<authority>:<client_id>`), read without loading oidc-client-ts: so a page of a
 * signed-in visitor renders signed in at its first render, with no "Aanmelden" flashing by.
 * The sign-in code, loaded right after, confirms it (or renews or ends it). Null when there is
 * none, or when it can no longer be renewed.
 */
export function storedState(auth: LoketAuthConfig): SessionState | null {
  try {
    const raw = sessionStorage.getItem(`oidc.user:${auth.authority}:${auth.clientId}`);
    const user = raw ? (JSON.parse(raw) as { profile?: unknown; refresh_token?: unknown; expires_at?: unknown }) : null;
    if (!user || typeof user.profile !== 'object' || !user.profile) return null;
    const valid = typeof user.expires_at === 'number' && user.expires_at * 1000 > Date.now();
    if (!valid && typeof user.refresh_token !== 'string') return null;
    return stateFromClaims(user.profile as Record<string, unknown>);
  } catch {
    return null; // storage blocked or not ours to read: the session code decides
  }
}
