/**
 * Starts, stops and reaches the session. Small, and not part of the first render: the session
 * facade (./facade.ts) imports it once a page with `auth` configuration has rendered (or the user
 * acts); the oidc-client-ts code (./oidc.ts) is a further chunk, fetched only when it is needed —
 * the user presses "Aanmelden", the page is the sign-in callback, this tab holds a session,
 * another tab of the site shares its session, or the single sign-on check (`auth.passive`,
 * ./probe.ts, no oidc-client-ts) found a session at the identity provider.
 */
import type { LoketAuthConfig } from '../config/schema.js';
import type { LoketCapacity } from '../core/events.js';
import { log } from '../core/log.js';
import { probe, type ProbeCode } from './probe.js';
import { sessionStore, unavailable } from './store.js';
import type { Session } from './types.js';

/** What tabs of one site tell each other (same origin only, so tokens never leave the site). */
export type TabMessage =
  | { type: 'hello' }
  | { type: 'user'; user: string }
  /** `expired`: renewal failed, so every tab says why the user was signed out. */
  | { type: 'signout'; expired?: boolean };

/** The lazily loaded implementation: a Session that also hears the other tabs. */
export interface TabSession extends Session {
  receive(message: TabMessage): void;
  /** Stops its timers: the page's `auth` configuration changed. */
  dispose(): void;
}

const CHANNEL = 'loket-session';
/** How long a fresh tab waits for another tab to share its session before it shows "Aanmelden". */
const HELLO_WAIT_MS = 400;

/** What the single sign-on check found: a code to redeem, or no session at the identity provider. */
export type Checked = ProbeCode | 'signed-out';

let loading: Promise<TabSession> | undefined;
let current: TabSession | null = null;
let channel: BroadcastChannel | undefined;
let helloTimer: ReturnType<typeof setTimeout> | undefined;
/** The check found no session: a later "Aanmelden" goes straight to the identity provider. */
let checkedOut: 'signed-out' | undefined;

export function post(message: TabMessage): void {
  channel?.postMessage(message);
}

function hasStoredUser(): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i++) if (sessionStorage.key(i)?.startsWith('oidc.user:')) return true;
  } catch {
    /* storage blocked: no stored session */
  }
  return false;
}

export function isCallback(url = new URL(location.href)): boolean {
  return url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'));
}

/** Loads the sign-in code (once) and returns the session. */
function getSession(auth: LoketAuthConfig | null = sessionStore.auth, checked?: Checked): Promise<TabSession> {
  if (!auth) return Promise.reject(new Error('loket: no `auth` configuration; sign-in is not configured.'));
  const attempt = (loading ??= import('./oidc.js').then((m) => {
    const session = m.createSession(auth, post, checked ?? checkedOut);
    // A restart with other `auth` while this chunk loaded: this session is not the page's any more.
    if (loading === attempt) current = session;
    else session.dispose();
    return session;
  }));
  attempt.catch((error: unknown) => {
    // The chunk itself could not load (offline, CDN down): say so and allow a retry.
    if (loading === attempt) loading = undefined;
    unavailable('code-unavailable', error);
  });
  return attempt;
}

/** Ends this page's session (not the identity provider's): the `auth` configuration changed. */
export function stopSession(): void {
  channel?.close();
  channel = undefined;
  clearTimeout(helloTimer);
  current?.dispose();
  current = null;
  loading = undefined;
  checkedOut = undefined;
  sessionStore.reset();
}

/**
 * Starts the session for `auth` (the page runtime calls it; the same `auth` again does nothing,
 * another `auth` restarts). Decides, without loading oidc-client-ts, whether this page needs the
 * sign-in code now.
 */
export function startSession(auth: LoketAuthConfig): void {
  if (sessionStore.auth) {
    if (JSON.stringify(sessionStore.auth) === JSON.stringify(auth)) return;
    stopSession();
  }
  sessionStore.auth = auth;
  const inFrame = window.parent !== window;
  if (inFrame && isCallback()) {
    // A silent sign-in answering into its hidden iframe: hand the answer to the parent, nothing else.
    void getSession(auth);
    return;
  }
  if (typeof BroadcastChannel === 'function' && !inFrame) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (message?.type === 'user' || (message?.type === 'hello' && loading)) {
        void getSession(auth).then((s) => s.receive(message));
      } else if (message?.type === 'signout') {
        if (loading) void loading.then((s) => s.receive(message));
        else
          sessionStore.set({ status: 'signed-out', firstName: null, capacity: null, error: message.expired ? 'expired' : null });
      }
    };
  }
  if (isCallback() || hasStoredUser() || (auth.passive && inFrame)) {
    void getSession(auth).catch(() => undefined);
    return;
  }
  if (auth.passive) {
    void check(auth);
    return;
  }
  // Ask the other tabs; if one is signed in it answers with its session within a few ms.
  post({ type: 'hello' });
  helloTimer = setTimeout(
    () => {
      if (!loading && sessionStore.state.status === 'unknown') sessionStore.set({ status: 'signed-out' });
    },
    channel ? HELLO_WAIT_MS : 0,
  );
}

/** Single sign-on: asks the identity provider first, and loads the sign-in code only for a session it has. */
async function check(auth: LoketAuthConfig): Promise<void> {
  if (!window.isSecureContext) return void getSession(auth).catch(() => undefined); // says why sign-in is refused
  const result = await probe(auth, auth.redirectUri ?? location.origin + location.pathname);
  if (sessionStore.auth !== auth) return; // restarted with other `auth` meanwhile
  if (result.kind === 'signed-in') return void getSession(auth, result.answer).catch(() => undefined);
  // An identity provider without web messages: oidc-client-ts's own iframe check.
  if (result.kind === 'unsupported') return void getSession(auth).catch(() => undefined);
  if (result.kind === 'unreachable') return unavailable('unreachable', result.error);
  checkedOut = 'signed-out';
  // Unless another tab shared its session, or the user acted, meanwhile.
  if (!loading && sessionStore.state.status === 'unknown') sessionStore.set({ status: 'signed-out' });
}

async function act<T>(what: string, run: (s: Session) => Promise<T>, fallback: T): Promise<T> {
  try {
    return await run(current ?? (await getSession()));
  } catch (error) {
    log.error(`${what} failed: ${(error as Error).message}`);
    return fallback;
  }
}

export const signIn = (): Promise<void> => act('sign-in', (s) => s.signIn(), undefined);
export const signOut = (): Promise<void> => act('sign-out', (s) => s.signOut(), undefined);
export const switchCapacity = (capacity: LoketCapacity): Promise<void> =>
  act('capacity switch', (s) => s.switchCapacity(capacity), undefined);
/** A valid access token, or null when signed out; never loads the sign-in code on its own. */
export const getAccessToken = (): Promise<string | null> =>
  current || loading ? act('token renewal', (s) => s.getAccessToken(), null) : Promise.resolve(null);
