/**
 * Storage adapter for oidc-provider: one instance per backend (the library's own memory adapter
 * is a process-wide singleton), entries expire, and with a data directory the whole store is
 * written to disk so sessions, grants and refresh tokens survive a restart.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type Payload = Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string; consumed?: number };

interface Entry {
  payload: Payload;
  /** epoch ms, or null for no expiry */
  expiresAt: number | null;
}

export class Store {
  readonly entries = new Map<string, Entry>();
  /** Extra state of the backend persisted with the store (the session capacities). */
  readonly extras = new Map<string, unknown>();
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly file?: string) {
    if (file && existsSync(file)) {
      try {
        const raw = JSON.parse(readFileSync(file, 'utf8')) as { entries: [string, Entry][]; extras: [string, unknown][] };
        const now = Date.now();
        for (const [k, e] of raw.entries) if (e.expiresAt === null || e.expiresAt > now) this.entries.set(k, e);
        for (const [k, v] of raw.extras ?? []) this.extras.set(k, v);
      } catch (error) {
        console.error(`mock-backend: ignoring unreadable store ${file}: ${(error as Error).message}`);
      }
    }
  }

  get(key: string): Payload | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt !== null && e.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.payload;
  }

  set(key: string, payload: Payload, expiresIn?: number): void {
    this.entries.set(key, { payload, expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : null });
    this.changed();
  }

  delete(key: string): void {
    if (this.entries.delete(key)) this.changed();
  }

  /** Debounced write-through when a data directory is configured. */
  changed(): void {
    if (!this.file || this.#timer) return;
    this.#timer = setTimeout(() => this.flush(), 200);
    this.#timer.unref();
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ entries: [...this.entries], extras: [...this.extras] }));
    renameSync(tmp, this.file);
  }
}

const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

export function adapterFactory(store: Store) {
  return class Adapter {
    constructor(readonly name: string) {}

    #key(id: string): string {
      return `${this.name}:${id}`;
    }

    async upsert(id: string, payload: Payload, expiresIn?: number): Promise<void> {
      store.set(this.#key(id), payload, expiresIn);
      // Only tokens belong to a grant (revoked with it); an Interaction or Session that merely
      // mentions a grantId must survive the revocation.
      if (payload.grantId && GRANTABLE.has(this.name)) {
        const gk = `grant:${payload.grantId}`;
        const members = (store.get(gk)?.['members'] as string[] | undefined) ?? [];
        if (!members.includes(this.#key(id))) store.set(gk, { members: [...members, this.#key(id)] }, 14 * 86_400);
      }
      if (payload.uid) store.set(`sessionUid:${payload.uid}`, { id }, expiresIn);
      if (payload.userCode) store.set(`userCode:${payload.userCode}`, { id }, expiresIn);
    }

    async find(id: string): Promise<Payload | undefined> {
      return store.get(this.#key(id));
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      const ref = store.get(`sessionUid:${uid}`);
      return ref ? this.find(ref['id'] as string) : undefined;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      const ref = store.get(`userCode:${userCode}`);
      return ref ? this.find(ref['id'] as string) : undefined;
    }

    async consume(id: string): Promise<void> {
      const p = store.get(this.#key(id));
      if (p) {
        p.consumed = Math.floor(Date.now() / 1000);
        store.changed();
      }
    }

    async destroy(id: string): Promise<void> {
      store.delete(this.#key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      const gk = `grant:${grantId}`;
      const members = (store.get(gk)?.['members'] as string[] | undefined) ?? [];
      for (const k of members) store.delete(k);
      store.delete(gk);
    }
  };
}
