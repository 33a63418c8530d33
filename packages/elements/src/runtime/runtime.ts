/**
 * The page runtime: what every loket element on a page shares. One per page (./page.ts), or one
 * per `<loket-scope>` (./scope.ts). It
 * - keeps the page's configuration sources (remote documents, `loket.configure()`) and validates
 *   each of them once per change, whichever elements read them;
 * - reports configuration problems once, however many elements have them;
 * - starts the session when an element's configuration has `auth`, restarts it when a
 *   configuration change brings other `auth`, and holds the one `Session` elements use;
 * - dispatches the page-level events (`loket-session-change`, `loket-capacity-change`) once,
 *   from the first loket element on the page, whichever elements are there;
 * - holds the navigation-disabled state, so an element mounted later gets it too.
 * Elements reach it through `@lit/context` (./context.ts) with the controllers in config/ and
 * session/; they never import it.
 */
import { ConfigSources } from '../config/store.js';
import type { LoketAuthConfig } from '../config/schema.js';
import { validateConfig, type ConfigIssue, type ValidationResult } from '../config/validate.js';
import { sameCapacity, type LoketEventMap } from '../core/events.js';
import { log } from '../core/log.js';
import type { ManagedSession } from '../session/facade.js';
import type { Session, SessionChange, SessionState } from '../session/types.js';

type Listener = () => void;

/** A change the association register accepted from an element of this runtime: never values. */
export interface RegisterChanged {
  vCode: string;
  /** The fields of the basics that changed (`hoofdactiviteitenVerenigingsloket`, …), or the item section. */
  fields: readonly string[];
}

const isManaged = (session: Session): session is ManagedSession => 'start' in session && 'stop' in session;

export class LoketRuntime {
  /** The page-level configuration sources: remote documents and `loket.configure()`. */
  readonly sources = new ConfigSources();
  private current: Session;
  private unsubscribeSession: () => void;
  private previous: SessionState;
  private navigationState = { enabled: true, version: 0 };
  private readonly listeners = new Set<Listener>();
  private readonly registerListeners = new Set<(change: RegisterChanged) => void>();
  private readonly members = new Set<HTMLElement>();
  private readonly reported = new Set<string>();
  private readonly cleaned = new WeakMap<object, ValidationResult>();
  /** `sources.version` when the session was started, to tell a configuration change from a second opinion. */
  private authVersion = -1;
  private configuredAuth: LoketAuthConfig | null = null;
  private authConflictLogged = false;

  constructor(session: Session) {
    this.current = session;
    this.previous = session.state;
    this.unsubscribeSession = session.subscribe((state, change = {}) => this.sessionChanged(state, change));
    this.sources.subscribe(() => this.notify());
  }

  /** The session every element of this runtime shows and uses. */
  get session(): Session {
    return this.current;
  }

  /**
   * Replaces the session: a host that keeps its own (server-side) session, a story or a test
   * gives one here, and every element follows it at once.
   */
  provideSession(session: Session): void {
    this.unsubscribeSession();
    if (isManaged(this.current) && this.current !== session) this.current.stop();
    this.current = session;
    this.unsubscribeSession = session.subscribe((state, change = {}) => this.sessionChanged(state, change));
    if (isManaged(session) && this.configuredAuth) session.start(this.configuredAuth);
    this.sessionChanged(session.state, {});
    this.notify();
  }

  /** The `auth` configuration of the page (the elements' resolved configuration); null without one. */
  get auth(): LoketAuthConfig | null {
    return this.configuredAuth;
  }

  /** The API base the session's tokens are for: the session's own, else `auth.apiBase`. */
  get apiBase(): string | null {
    return this.current.apiBase ?? this.configuredAuth?.apiBase ?? null;
  }

  /** What the page last said with `loket.setNavigationEnabled()`; `version` counts the calls. */
  get navigation(): { readonly enabled: boolean; readonly version: number } {
    return this.navigationState;
  }

  setNavigationEnabled(enabled: boolean): void {
    this.navigationState = { enabled, version: this.navigationState.version + 1 };
    this.notify();
  }

  /** Replaces the `loket.configure()` configuration (the highest precedence). */
  configure(config: Record<string, unknown>): void {
    this.sources.configure(config);
  }

  /** Called on every configuration, session or navigation change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.listeners.forEach((l) => l());
  }

  /**
   * An element saved a change to the association register (`<loket-association>`): whatever shows
   * data the register feeds (the catalogue ranks an association's products by its main
   * activities) follows it, without any element looking another up.
   */
  registerChanged(change: RegisterChanged): void {
    this.registerListeners.forEach((l) => l(change));
  }

  /** Called after every change an element of this runtime saved to the register; returns the unsubscribe function. */
  onRegisterChange(listener: (change: RegisterChanged) => void): () => void {
    this.registerListeners.add(listener);
    return () => this.registerListeners.delete(listener);
  }

  /** An element joins the page (for page-level events); returns the function that removes it. */
  attach(element: HTMLElement): () => void {
    this.members.add(element);
    return () => this.members.delete(element);
  }

  /** A source validated once per value, however many elements merge it. */
  validated(data: unknown): ValidationResult {
    if (!data || typeof data !== 'object') return validateConfig(data);
    let result = this.cleaned.get(data);
    if (!result) this.cleaned.set(data, (result = validateConfig(data)));
    return result;
  }

  /**
   * An element's resolved configuration has this `auth`. The first starts the page's session; a
   * different one restarts it when the page's configuration changed since (`loket.configure()`
   * or a remote document answered); two elements that disagree keep the first, with a warning.
   */
  useAuth(auth: LoketAuthConfig): void {
    if (this.configuredAuth && JSON.stringify(this.configuredAuth) === JSON.stringify(auth)) return;
    if (this.configuredAuth && this.sources.version === this.authVersion) {
      if (!this.authConflictLogged)
        log.warn('elements on this page have different `auth` configurations; the session uses the first one.');
      this.authConflictLogged = true;
      return;
    }
    this.configuredAuth = auth;
    this.authVersion = this.sources.version;
    if (isManaged(this.current)) this.current.start(auth); // a provided session is the host's to manage
  }

  /**
   * Reports configuration problems: once on the console per distinct set, and once as
   * `loket-config-error` (from `host`, when it is one that reports, i.e. header and footer).
   */
  report(host: HTMLElement, issues: ConfigIssue[], errorEvent: boolean): void {
    if (!issues.length) return;
    const key = JSON.stringify(issues);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const tag = host.localName;
    const invalid = issues.filter((i) => i.kind === 'invalid');
    const unknown = issues.filter((i) => i.kind === 'unknown');
    const line = (i: ConfigIssue) => `  - ${i.source ? `${i.source} › ` : ''}${i.field || '(configuration)'}: ${i.message}`;
    if (invalid.length) log.error(`<${tag}>: invalid configuration, defaults used instead:\n${invalid.map(line).join('\n')}`);
    if (unknown.length) log.warn(`<${tag}>: unknown configuration keys ignored:\n${unknown.map(line).join('\n')}`);
    const errors = invalid.map(({ field, message }) => ({ field, message }));
    if (errorEvent && errors.length) dispatch(host, 'loket-config-error', { errors });
    else if (errors.length) this.reported.delete(key); // let the header or footer still report it
  }

  /** Forgets configuration and reports: `window.loket.unmount()` and tests. */
  reset(): void {
    this.reported.clear();
    this.configuredAuth = null;
    this.sources.reset();
  }

  /** The element page-level events come from: the first loket element in the document. */
  private target(): EventTarget {
    const inDocument = [...this.members].filter((m) => m.isConnected && m.getRootNode() === document);
    inDocument.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return inDocument[0] ?? [...this.members].find((m) => m.isConnected) ?? document;
  }

  private sessionChanged(next: SessionState, change: SessionChange): void {
    const previous = this.previous;
    this.previous = next;
    const was = previous.status === 'signed-in';
    const is = next.status === 'signed-in';
    const capacityChanged = !sameCapacity(previous.capacity, next.capacity);
    if (was !== is || (is && (capacityChanged || previous.firstName !== next.firstName))) {
      dispatch(this.target(), 'loket-session-change', { signedIn: is, firstName: next.firstName, capacity: next.capacity });
    }
    if (is && next.capacity && ((was && capacityChanged) || change.switched)) {
      dispatch(this.target(), 'loket-capacity-change', { capacity: next.capacity });
    }
    this.notify();
  }
}

type DetailOf<K extends keyof LoketEventMap> = LoketEventMap[K] extends CustomEvent<infer D> ? D : never;

function dispatch<K extends keyof LoketEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
