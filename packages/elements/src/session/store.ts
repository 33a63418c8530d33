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
