import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { changeAssociation, getAssociation, type AssociationRecord, type RegisterChange } from '../../api/associations.js';
import { ApiError } from '../../api/client.js';
import { invalidParams, type InvalidParam } from '../../api/validated.js';
import { log } from '../../core/log.js';
import type { SessionState } from '../../session/types.js';

export interface RecordSessionAccess {
  readonly state: SessionState;
  readonly apiBase: string | null;
  getAccessToken(): Promise<string | null>;
}

/** What came of a change. Nothing the user typed is dropped by any of them: the form keeps it. */
export type SaveOutcome =
  | { kind: 'saved'; record: AssociationRecord }
  /** 400: the fields refused, by code. */
  | { kind: 'invalid'; params: InvalidParam[] }
  /** 412: someone changed the record meanwhile; `record` is the current one (reloaded). */
  | { kind: 'conflict'; record: AssociationRecord }
  /** 404: the item is gone (someone removed it); `record` is the current one if it could be read. */
  | { kind: 'gone'; record: AssociationRecord | null }
  /** Anything else: 401/403/428/5xx, time-out, garbage. `error.kind` says which. */
  | { kind: 'failed'; error: ApiError };

interface Loaded {
  vCode: string;
  record: AssociationRecord;
  etag: string | null;
}

type LoadArgs = readonly [vCode: string | null, apiBase: string | null, generation: number];

/**
 * The register record of the association the session acts for, and its changes. Loads it (again
 * when the identity or API base changes, aborting the previous request) and keeps the version
 * (`ETag`) of the record shown, so each change names it (`If-Match`). After a change the record
 * and version are the answer's; after a 412 or 428 they are reloaded, so the next attempt is made
 * on the current version. The host renders; it re-renders on session changes.
 */
export class AssociationRecordController implements ReactiveController {
  private readonly load: Task<LoadArgs, Loaded | null>;
  private latest: Loaded | null = null;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => RecordSessionAccess,
    /** Told of every change the register accepted: the association and what changed, never values. */
    private readonly saved: (vCode: string, fields: readonly string[]) => void = () => undefined,
  ) {
    host.addController(this);
    this.load = new Task(host, {
      args: (): LoadArgs => [this.vCode, this.session().apiBase, this.generation],
      task: ([vCode, apiBase], { signal }) => this.fetch(vCode, apiBase, signal),
      onComplete: (loaded) => (this.latest = loaded),
      onError: (error) => {
        if (!(error instanceof ApiError && error.kind === 'aborted'))
          log.warn(`could not load the association: ${(error as Error)?.message ?? String(error)}`);
      },
    });
  }

  hostConnected(): void {}

  /** The association the session acts for (`VER` capacity), else null. */
  get vCode(): string | null {
    const { status, capacity } = this.session().state;
    return status === 'signed-in' && capacity?.type === 'VER' && capacity.code ? capacity.code : null;
  }

  /** The record shown: the last one read or answered for the current association. */
  get record(): AssociationRecord | null {
    return this.latest && this.latest.vCode === this.vCode ? this.latest.record : null;
  }

  get status(): TaskStatus {
    return this.load.status;
  }

  /** Why the record could not be loaded (an ApiError, or an Error for a missing API base). */
  get error(): unknown {
    return this.load.status === TaskStatus.ERROR ? this.load.error : null;
  }

  retry(): void {
    this.generation++;
    this.host.requestUpdate();
  }

  private async fetch(vCode: string | null, apiBase: string | null, signal: AbortSignal): Promise<Loaded | null> {
    if (!vCode) return null;
    if (!apiBase) throw new Error('loket-association: no API base URL (set `auth.apiBase` in the configuration).');
    const accessToken = await this.session().getAccessToken();
    signal.throwIfAborted();
    if (!accessToken) return null;
    const result = await getAssociation(apiBase, vCode, { accessToken, signal });
    if (!result.ok) throw result.error;
    return { vCode, record: result.data.data, etag: result.data.etag };
  }

  /** Reads the record again (after a 412/428/404); false when that failed too. */
  private async reload(vCode: string, apiBase: string, accessToken: string): Promise<AssociationRecord | null> {
    const result = await getAssociation(apiBase, vCode, { accessToken });
    if (!result.ok || this.vCode !== vCode) return null;
    this.latest = { vCode, record: result.data.data, etag: result.data.etag };
    this.host.requestUpdate();
    return this.latest.record;
  }

  /** Makes one change on the version shown. */
  async save(change: RegisterChange): Promise<SaveOutcome> {
    const vCode = this.vCode;
    const apiBase = this.session().apiBase;
    const shown = this.latest;
    if (!vCode || !apiBase || !shown || shown.vCode !== vCode)
      return { kind: 'failed', error: new ApiError('unauthorized', 'not signed in for an association') };
    const accessToken = await this.session().getAccessToken();
    if (!accessToken) return { kind: 'failed', error: new ApiError('unauthorized', 'signed out') };
    const result = await changeAssociation(apiBase, vCode, change, shown.etag, { accessToken });
    if (result.ok) {
      if (this.vCode === vCode) this.latest = { vCode, record: result.data.data, etag: result.data.etag };
      this.host.requestUpdate();
      this.saved(vCode, change.section === 'basisgegevens' ? Object.keys(change.body) : [change.section]);
      return { kind: 'saved', record: result.data.data };
    }
    const error = result.error;
    switch (error.kind) {
      case 'bad-request':
        return { kind: 'invalid', params: invalidParams(error) };
      case 'precondition-failed': {
        const current = await this.reload(vCode, apiBase, accessToken);
        return current ? { kind: 'conflict', record: current } : { kind: 'failed', error };
      }
      case 'not-found':
        return { kind: 'gone', record: await this.reload(vCode, apiBase, accessToken) };
      case 'precondition-required':
        // The record was read without a version (a backend that sent no ETag): read it again.
        log.warn(`the register refused a change without a version: ${error.message}`);
        await this.reload(vCode, apiBase, accessToken);
        return { kind: 'failed', error };
      default:
        log.warn(`could not save the change to the association: ${error.message}`);
        return { kind: 'failed', error };
    }
  }
}
