/**
 * Sign-in state for every element, without oidc-client-ts (that code loads lazily, see
 * ./index.ts). This module is part of the first render, so it stays tiny.
 *
 * How an element (header, capacity switcher, dossier widget) uses the session:
 *
 * ```ts
 * import { SessionController } from '../../session/controller.js';
 * class LoketDossiersComponent extends LoketElement {
 *   private readonly session = new SessionController(this); // re-renders on every change
 *   render() {
 *     const { status, firstName, capacity } = this.session.state;   // SessionState
 *     if (status !== 'signed-in') return …;                        // 'unknown' | 'signed-out' | 'unavailable'
 *   }
 *   async load(signal: AbortSignal) {
 *     const token = await this.session.getAccessToken();           // null when signed out
 *     return listDossiers(this.session.apiBase!, query, { accessToken: token, signal }); // URLs: api/url.ts
 *   }
 * }
 * ```
 * `session.apiBase` is `auth.apiBase` from the configuration (null until an element with `auth`
 * configuration starts the session). Actions: `signIn()`, `signOut()`, `switchCapacity(capacity)`.
 * Re-fetch when `state.capacity` changes (compare `type` + `code`). Never store the token.
 */
import type { LoketAuthConfig } from '../config/schema.js';
import type { LoketCapacity } from '../core/events.js';
import type { Session, SessionState } from './types.js';

type Listener = (state: SessionState) => void;

/** `SessionState.error` values the header shows with a message of their own. */
export const EXPIRED = 'Uw sessie is verlopen. Meld opnieuw aan.';
export const INSECURE = 'Aanmelden kan alleen op een beveiligde (https) website.';
/** The sign-in code (a lazy chunk) could not be loaded. */
export const CODE_UNAVAILABLE = 'De aanmeldcode kon niet geladen worden.';

export const INITIAL_STATE: SessionState = { status: 'unknown', firstName: null, capacity: null, error: null };

class SessionStore {
  private current: SessionState = INITIAL_STATE;
  private readonly listeners = new Set<Listener>();
  /** The loaded sign-in code, once it has loaded (tests put a `Session` of their own here). */
  session: Session | null = null;
  /** The `auth` configuration the session was started with. */
  auth: LoketAuthConfig | null = null;
  /** The page came back from a capacity switch by redirect; whoever reports it resets this. */
  switchedByRedirect = false;

  get state(): SessionState {
    return this.current;
  }

  set(patch: Partial<SessionState>): void {
    const next = { ...this.current, ...patch };
    const same =
      next.status === this.current.status &&
      next.firstName === this.current.firstName &&
      next.error === this.current.error &&
      sameCapacity(next.capacity, this.current.capacity) &&
      next.capacity?.name === this.current.capacity?.name;
    if (same) return;
    this.current = next;
    this.listeners.forEach((l) => l(next));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** For tests: forget everything. */
  reset(): void {
    this.current = INITIAL_STATE;
    this.session = null;
    this.auth = null;
    this.switchedByRedirect = false;
  }
}

export function sameCapacity(a: SessionState['capacity'], b: SessionState['capacity']): boolean {
  return (a?.type ?? null) === (b?.type ?? null) && (a?.code ?? null) === (b?.code ?? null);
}

export const sessionStore = new SessionStore();

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
