import type { AssociationBasics } from './api/associations.js';
import type { LoketHeaderComponent } from './components/header/header.component.js';
import type { LoketFooterComponent } from './components/footer/footer.component.js';
import { log } from './core/log.js';
import type { LoketCapacity } from './core/events.js';
import type { HostProfile, HostSession } from './runtime/host-session.js';
import { pageRuntime } from './runtime/page.js';
import { pageSession } from './session/facade.js';
import type { Session, SessionState } from './session/types.js';

export type { HostProfile } from './runtime/host-session.js';

/** Sign-in state and actions for single-page apps; the same state the elements show. */
export interface LoketSessionApi {
  readonly status: SessionState['status'];
  readonly signedIn: boolean;
  /** Given name; never the national register number. */
  readonly firstName: string | null;
  /** The identity the user acts as now. */
  readonly capacity: LoketCapacity | null;
  /** Called on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  switchCapacity(capacity: LoketCapacity): Promise<void>;
  /**
   * The access token for the host's own calls to the backend APIs, or null. Opt-in with
   * `auth.exposeAccessToken: true`: every script on the page can then act as the user until the
   * token expires (minutes). Do not store it, log it or send it anywhere but those APIs.
   */
  getAccessToken(): Promise<string | null>;
  /**
   * Once-only principle: the register basics of the association the user acts for now
   * (`{ vCode, naam, verenigingstype: { code, naam }, hoofdadres: { straat, huisnummer, busnummer,
   * postcode, gemeente } | null, email: string | null }` — email: the association's primary e-mail
   * address), so a host form need not ask for them again. Null when signed out
   * or acting as a citizen or company. Never personal data: no national register number, no
   * representatives. Opt-in with `auth.prefill: true`; without it the promise rejects. Rejects
   * too when the register cannot answer (the error says why); the host then lets the user type.
   */
  prefill(): Promise<AssociationBasics | null>;
}

/** The work happens in a lazy chunk (with the schema library): most pages never prefill. */
const prefill = (): Promise<AssociationBasics | null> => import('./session/prefill.js').then((m) => m.prefill());

/** The page runtime's session: whatever session the elements show (the page's own, or one a host provided). */
const session = () => pageRuntime().session;

const sessionApi: LoketSessionApi = {
  get status() {
    return session().state.status;
  },
  get signedIn() {
    return session().state.status === 'signed-in';
  },
  get firstName() {
    return session().state.firstName;
  },
  get capacity() {
    return session().state.capacity;
  },
  subscribe: (listener) => session().subscribe((state) => listener(state)),
  signIn: () => session().signIn(),
  signOut: () => session().signOut(),
  switchCapacity: (capacity) => session().switchCapacity(capacity),
  getAccessToken() {
    if (!pageRuntime().auth?.exposeAccessToken) {
      log.error('loket.session.getAccessToken() is off; set auth.exposeAccessToken: true to opt in (read its risks first).');
      return Promise.resolve(null);
    }
    return session().getAccessToken();
  },
  prefill,
};

export type MountKind = 'header' | 'footer';

export interface LoketApi {
  /** The version of loket that owns `window.loket`. */
  version: string;
  /** Sign-in state and actions. */
  session: LoketSessionApi;
  /** Page-wide configuration, highest precedence; replaces what an earlier call set. */
  configure(config: unknown): void;
  /**
   * Renders loket into the page. Without arguments: a header at the top of `<body>` and a
   * footer at the end, unless the page already has them. With a container: the given kind in it.
   */
  mount(target?: Element | null, kind?: MountKind, options?: { config?: string }): Element[];
  /** Removes what `mount()` rendered (or the given element). */
  unmount(element?: Element): void;
  /** Hides every link and control in the header, e.g. on a consent screen. */
  setNavigationEnabled(enabled: boolean): void;
  /**
   * The host keeps the session (it signs in on its server): the elements show this profile — the
   * Flemish Global Header's `setProfile()` profile: `{ active, loginUrl, logoutUrl,
   * switchCapacityUrl, idpData: { user: { firstName, name }, activeIdentity, identities } }` — and
   * send the user to its URLs. loket's own sign-in code is never loaded. Call it again whenever the
   * session changes; `null` returns to loket's own sign-in (`auth`). Returns false (and says why on
   * the console) when the profile had invalid parts, which are left out. National register numbers
   * are dropped, whatever the host passes.
   */
  useHostSession(profile: HostProfile | null): Promise<boolean>;
}

const mounted = new Set<Element>();
/** The session `useHostSession()` gave the page, updated by later calls. */
let host: HostSession | undefined;
/** Stands in for `host` while its code loads (see `waitingSession`). */
let waiting: Session | undefined;
/** Calls in order: each waits for the one before (the first loads the code). */
let hostQueue: Promise<unknown> = Promise.resolve();

/**
 * The page's session while the host session's code loads: it starts nothing (so loket's own
 * sign-in never loads) and elements wait for `ready` before their first render (so "Aanmelden" does
 * not flash before a signed-in profile shows).
 */
function waitingSession(ready: Promise<unknown>): Session {
  const idle = () => Promise.resolve();
  return {
    hostManaged: true,
    ready,
    state: { status: 'unknown', firstName: null, capacity: null, error: null },
    subscribe: () => () => undefined,
    signIn: idle,
    signOut: idle,
    switchCapacity: idle,
    getAccessToken: () => Promise.resolve(null),
  };
}

/** The reading of the host's profile is a small chunk: only pages whose host keeps the session load it. */
function useHostSession(profile: unknown): Promise<boolean> {
  const runtime = pageRuntime();
  const result = hostQueue.then(async () => {
    if (profile === null) {
      if (runtime.session === host || runtime.session === waiting) runtime.provideSession(pageSession);
      host = waiting = undefined;
      return true;
    }
    if (host && runtime.session === host) return host.update(profile);
    const { hostSession } = await import('./runtime/host-session.js');
    host = hostSession(profile);
    waiting = undefined;
    runtime.provideSession(host);
    return host.valid;
  });
  hostQueue = result.catch(() => undefined);
  if (profile !== null && !host && !waiting) runtime.provideSession((waiting = waitingSession(hostQueue)));
  return result.catch((error: unknown) => {
    log.error(`loket.useHostSession(): the host session code could not be loaded: ${String(error)}`);
    if (waiting && runtime.session === waiting) runtime.provideSession(pageSession);
    waiting = undefined;
    return false;
  });
}

/**
 * `<script type="application/json" data-loket-profile>{ "active": true, … }</script>` anywhere in the
 * page (outside the elements): the server that rendered the page says who is signed in, so the
 * header shows it from its first render, with no inline script (a strict CSP stays strict).
 */
export function hostProfileFromPage(): void {
  const script = document.querySelector<HTMLScriptElement>('script[type="application/json"][data-loket-profile]');
  if (!script) return;
  try {
    void useHostSession(JSON.parse(script.textContent ?? '') as unknown);
  } catch {
    log.error("<script data-loket-profile>: not valid JSON; the page keeps loket's own sign-in.");
  }
}

function create(kind: MountKind, config?: string): LoketHeaderComponent | LoketFooterComponent {
  const el = document.createElement(kind === 'header' ? 'loket-header' : 'loket-footer');
  if (config) el.setAttribute('config', config);
  mounted.add(el);
  return el;
}

export function createApi(version: string): LoketApi {
  return {
    version,
    session: sessionApi,
    configure(config) {
      if (config === null || typeof config !== 'object' || Array.isArray(config)) {
        log.error('loket.configure() expects an object; configuration unchanged.');
        return;
      }
      pageRuntime().configure(config as Record<string, unknown>);
    },
    mount(target, kind, options = {}) {
      if (target === undefined || target === null) {
        const made: Element[] = [];
        if (!document.querySelector('loket-header')) {
          const header = create('header', options.config);
          document.body.prepend(header);
          made.push(header);
        }
        if (!document.querySelector('loket-footer')) {
          const footer = create('footer', options.config);
          document.body.append(footer);
          made.push(footer);
        }
        return made;
      }
      if (!(target instanceof Element)) {
        log.error('loket.mount(target): target must be an element.');
        return [];
      }
      if (target.querySelector(`:scope > loket-${kind ?? 'header'}`)) return [];
      const el = create(kind ?? 'header', options.config);
      target.append(el);
      return [el];
    },
    unmount(element) {
      const targets = element ? [element] : [...mounted];
      for (const el of targets) {
        el.remove();
        mounted.delete(el);
      }
    },
    setNavigationEnabled(enabled) {
      // Kept by the runtime: headers mounted later follow it too.
      pageRuntime().setNavigationEnabled(enabled);
    },
    useHostSession,
  };
}

/** `<script type="module" src="…/loket.js" data-mount="header" data-config="…">` renders where it stands. */
export function autoMount(scriptUrl: string): void {
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[data-mount]');
  for (const script of scripts) {
    if (script.dataset.loketMounted || new URL(script.src, document.baseURI).href !== scriptUrl) continue;
    script.dataset.loketMounted = 'true';
    const kinds = (script.dataset.mount ?? '').split(/[\s,]+/).filter(Boolean);
    for (const kind of kinds) {
      if (kind !== 'header' && kind !== 'footer') {
        log.error(`data-mount="${kind}" is not known; use "header" and/or "footer".`);
        continue;
      }
      const el = create(kind, script.dataset.config);
      if (kind === 'header') script.before(el);
      else document.body.append(el);
    }
  }
}

declare global {
  interface Window {
    loket?: LoketApi;
  }
}
