import type { AuditLog } from './audit/log.ts';
import type { DossierStore } from './data/dossiers.ts';
import type { ActiveCapacity, Fixtures, Person } from './data/fixtures.ts';
import type { Catalogue } from './data/catalogue.ts';
import type { Register } from './data/register.ts';
import type { Store } from './idp/adapter.ts';

/** Everything the identity provider and the APIs share within one running backend. */
export interface BackendContext {
  /** Fixtures; their association objects are the register's records (see `register`). */
  fx: Fixtures;
  /** The Verenigingsregister: reads and changes of fx's associations, ETags, history. */
  register: Register;
  dossiers: DossierStore;
  catalogue: Catalogue;
  audit: AuditLog;
  store: Store;
  /** http://localhost:PORT */
  issuer: string;
  /** The audience of access tokens: http://localhost:PORT/api */
  apiAudience: string;
  origins: ReadonlySet<string>;
  accessTokenTtlSeconds: number;
  /** Stable pseudonymous `sub` of a person (keyed hash of the INSZ), and back. */
  subOf(person: Person): string;
  personBySub(sub: string): Person | undefined;
  /** The capacity an IdP session currently acts in (by session uid). */
  capacityOfSession(sessionUid: string | undefined, person: Person): ActiveCapacity;
  setSessionCapacity(sessionUid: string, capacity: ActiveCapacity): void;
  clearSession(sessionUid: string): void;
  /** Whether the provider still holds this grant (logout and token revocation destroy it). */
  grantAlive(grantId: string): boolean;
}
