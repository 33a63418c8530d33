import type { Capacity } from '../src/api/contract.js';
import type { LoketCapacity } from '../src/core/events.js';
import type { Session, SessionState } from '../src/session/types.js';

interface Grant {
  accessToken: string;
  apiBase: string;
  capacity: LoketCapacity;
}

/** A persona of the mock backend, optionally in a capacity (association vCode, company KBO number). */
export interface Who {
  persona: string;
  cap?: Capacity;
  code?: string;
}

/** A real sign-in against the real mock backend, done from Node by the test server (see mock-backend-plugin.mjs). */
export async function realToken(who: Who): Promise<Grant> {
  const params = new URLSearchParams({ persona: who.persona });
  if (who.cap) params.set('cap', who.cap);
  if (who.code) params.set('code', who.code);
  const res = await fetch(`/__test/token?${params}`);
  if (!res.ok) throw new Error(`test sign-in failed: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as Grant;
}

/**
 * A `Session` for component tests: the same contract as the page's session, backed by access
 * tokens the real identity provider issued. Tests can sign out, switch identity, or spoil the
 * token to make the real API answer 401.
 */
export class BackendSession implements Session {
  state: SessionState = { status: 'signed-out', firstName: null, capacity: null, error: null };
  apiBase: string | null = null;
  token: string | null = null;
  signInCalls = 0;
  tokenCalls = 0;
  switchRequests: LoketCapacity[] = [];
  private readonly listeners = new Set<(s: SessionState) => void>();

  static async as(who: Who): Promise<BackendSession> {
    const session = new BackendSession();
    await session.become(who);
    return session;
  }

  /** Signs in as someone else (or in another capacity), like a capacity switch does. */
  async become(who: Who): Promise<void> {
    const grant = await realToken(who);
    this.token = grant.accessToken;
    this.apiBase = grant.apiBase;
    this.set({ status: 'signed-in', firstName: 'Test', capacity: grant.capacity, error: null });
  }

  /** Makes the API refuse the next requests (a real 401 from the backend). */
  spoilToken(): void {
    this.token = 'not-a-valid-token';
  }

  set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l(this.state));
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  signIn(): Promise<void> {
    this.signInCalls++;
    return Promise.resolve();
  }

  signOut(): Promise<void> {
    this.token = null;
    this.set({ status: 'signed-out', firstName: null, capacity: null });
    return Promise.resolve();
  }

  /** Records the request; a test that wants the identity to change calls `become()`. */
  switchCapacity(capacity: LoketCapacity): Promise<void> {
    this.switchRequests.push(capacity);
    return Promise.resolve();
  }

  getAccessToken(): Promise<string | null> {
    this.tokenCalls++;
    return Promise.resolve(this.state.status === 'signed-in' ? this.token : null);
  }
}
