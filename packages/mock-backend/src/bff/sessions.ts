/**
 * The backend-for-frontend's server-side state, in memory: sessions (tokens never leave the
 * server; the browser holds only an opaque random id) and sign-in transactions (state, nonce and
 * PKCE verifier between /bff/login and /bff/callback). Both expire and are capped, so a flood of
 * sign-in starts cannot grow memory without bound.
 */
import { randomBytes } from 'node:crypto';

export interface IdentityOut {
  onBehalfOf: { code: string; name: string; identifier?: string; firstName?: string };
}

export interface BffSession {
  readonly id: string;
  sub: string;
  idToken: string;
  accessToken: string;
  refreshToken: string | undefined;
  /** Epoch ms when the access token expires. */
  accessExpiresAt: number;
  /** ID-token claims the profile shows: names and the active capacity. */
  claims: Record<string, unknown>;
  /** The identities the person may act as, read once from the API at sign-in. */
  identities: IdentityOut[];
  readonly createdAt: number;
  lastSeenAt: number;
  /** A refresh in flight: concurrent API calls wait for the same one. */
  refreshing?: Promise<boolean> | undefined;
}

export interface Transaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  createdAt: number;
  /** The session a capacity switch replaces once the new sign-in has completed. */
  replaces?: string;
}

/** An opaque id: 256 random bits, nothing derived from the person. */
export const randomId = (): string => randomBytes(32).toString('base64url');

/** A Map with a time-to-live per entry and a maximum size (oldest evicted first). */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  constructor(private readonly max: number) {}

  get(key: string | undefined): V | undefined {
    if (!key) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Date.now() + ttlMs });
    // Insertion order is age order: drop the oldest beyond the cap.
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Keeps the entry and moves its expiry (an active session's idle time-out). */
  touch(key: string, ttlMs: number, notAfter: number): void {
    const entry = this.entries.get(key);
    if (entry) entry.expiresAt = Math.min(Date.now() + ttlMs, notAfter);
  }

  take(key: string | undefined): V | undefined {
    const value = this.get(key);
    if (key) this.entries.delete(key);
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
