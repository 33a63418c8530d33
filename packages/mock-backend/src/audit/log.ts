/**
 * Audit log, as the Verenigingsregister promises one: every data access, login and logout is
 * appended as one JSON line. The subject is pseudonymised with a keyed hash (HMAC-SHA-256), so
 * the log never contains a raw INSZ; entries older than the retention period are pruned.
 */
import { createHmac } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AuditEntry {
  time: string;
  ip: string;
  resource: string;
  operation: string;
  capacity: { type: string; code: string | null } | null;
  status: number;
  /** HMAC of the person's INSZ, or null for anonymous requests. */
  subject: string | null;
  client?: string;
  /** For `update`: the names of the fields changed, never their values. */
  fields?: string[];
  correlationId?: string;
}

/** What happened, as the caller knows it; `record` turns it into an AuditEntry. */
export interface AuditEvent {
  ip: string | undefined;
  /** The canonical resource that was served (or refused). */
  resource: string;
  operation: string;
  /** The outcome: the HTTP status answered. */
  status: number;
  /** The person acting, if known; only their pseudonym is written. */
  person?: { insz: string } | undefined;
  capacity?: { type: string; code: string | null } | null | undefined;
  client?: string | undefined;
  /** For a change: the names of the fields it changed. Values are never logged. */
  fields?: string[] | undefined;
  correlationId?: string | undefined;
}

export class AuditLog {
  readonly path: string;
  readonly #key: Buffer;
  readonly #retentionMs: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: { path: string; key: Buffer; retentionDays?: number }) {
    this.path = options.path;
    this.#key = options.key;
    this.#retentionMs = (options.retentionDays ?? 10) * 86_400_000;
    mkdirSync(dirname(this.path), { recursive: true });
    this.prune();
    // Prune hourly while running; unref so the timer never keeps the process alive.
    this.#timer = setInterval(() => this.prune(), 3_600_000);
    this.#timer.unref();
  }

  /** Keyed, stable pseudonym of a national register number. */
  pseudonym(insz: string): string {
    return createHmac('sha256', this.#key).update(`insz:${insz}`).digest('base64url').slice(0, 32);
  }

  /**
   * The one way an entry is written (API requests, logins, capacity switches, logouts): stamps the
   * time and pseudonymises the person here, so no caller can log a raw INSZ or forget the time.
   */
  record(event: AuditEvent): void {
    const entry: AuditEntry = {
      ip: event.ip ?? 'unknown',
      resource: event.resource,
      operation: event.operation,
      capacity: event.capacity ? { type: event.capacity.type, code: event.capacity.code } : null,
      status: event.status,
      subject: event.person ? this.pseudonym(event.person.insz) : null,
      ...(event.client ? { client: event.client } : {}),
      ...(event.fields ? { fields: [...event.fields] } : {}),
      ...(event.correlationId ? { correlationId: event.correlationId } : {}),
      time: new Date().toISOString(),
    };
    const line = JSON.stringify(entry);
    try {
      appendFileSync(this.path, `${line}\n`);
    } catch (error) {
      // An audit failure must be visible to the operator, but must not leak to the caller.
      console.error(`audit log: cannot append to ${this.path}: ${(error as Error).message}`);
    }
  }

  /** Drop entries older than the retention period (rewrites the file atomically). */
  prune(now = Date.now()): number {
    if (!existsSync(this.path)) return 0;
    const cutoff = now - this.#retentionMs;
    const lines = readFileSync(this.path, 'utf8').split('\n').filter(Boolean);
    const kept = lines.filter((line) => {
      try {
        const t = Date.parse((JSON.parse(line) as AuditEntry).time);
        return Number.isFinite(t) && t >= cutoff;
      } catch {
        return false;
      }
    });
    if (kept.length !== lines.length) {
      const tmp = `${this.path}.tmp`;
      writeFileSync(tmp, kept.map((l) => `${l}\n`).join(''));
      renameSync(tmp, this.path);
    }
    return lines.length - kept.length;
  }

  /** Entries about one subject pseudonym (for the GDPR export), newest last. */
  entriesFor(subject: string, limit = 500): AuditEntry[] {
    if (!existsSync(this.path)) return [];
    const out: AuditEntry[] = [];
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const e = JSON.parse(line) as AuditEntry;
        if (e.subject === subject) out.push(e);
      } catch {
        // skip a torn line
      }
    }
    return out.slice(-limit);
  }

  close(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
