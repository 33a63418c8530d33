/**
 * The only module that touches oidc-client-ts; a lazy chunk (see ./index.ts). Code flow + PKCE,
 * tokens in memory and sessionStorage, renewal with the refresh token under a Web Lock so that
 * tabs sharing one rotating refresh token never race, and every change told to the other tabs.
 */
import {
  ErrorResponse,
  SigninState,
  User,
  UserManager,
  WebStorageStateStore,
  type OidcMetadata,
  type SigninRedirectArgs,
} from 'oidc-client-ts';
import type { LoketAuthConfig } from '../config/schema.js';
import type { LoketCapacity } from '../core/events.js';
import { log } from '../core/log.js';
import { isCallback, type Checked, type TabMessage, type TabSession } from './index.js';
import { SCOPE, type ProbeCode } from './probe.js';
import { INITIAL_STATE, sessionStore, stateFromClaims, unavailable as unavailableBecause } from './store.js';
import type { SessionChange, SessionError, SessionState } from './types.js';

/** Renew this long before the access token expires. */
const RENEW_BEFORE_S = 30;
const LOCK = 'loket-session-renew';
const CALLBACK_PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri', 'iss', 'session_state'];

interface ReturnState {
  returnTo: string;
  switched?: boolean;
}

/** The session as elements see it: given name and capacity only (the `sub` is never shown). */
export function stateOf(user: User): Partial<SessionState> {
  return stateFromClaims(user.profile as Record<string, unknown>);
}

export function loginHint(capacity: LoketCapacity): string {
  return btoa(
    JSON.stringify(capacity.type === 'BUR' ? { cap_hint: 'BUR' } : { cap_hint: capacity.type, code_hint: capacity.code }),
  );
}

/** Network failure or time-out, as opposed to an answer from the identity provider. */
const unreachable = (error: unknown) => !(error instanceof ErrorResponse);

function withLock<T>(run: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request(LOCK, run) as Promise<T>) : run();
}

function sameOrigin(url: unknown): url is string {
  try {
    return typeof url === 'string' && new URL(url).origin === location.origin;
  } catch {
    return false;
  }
}

/** Removes the callback parameters from the address bar and history. */
function cleanUrl(returnTo?: unknown): void {
  if (sameOrigin(returnTo)) {
    history.replaceState(history.state, '', returnTo);
    return;
  }
  const url = new URL(location.href);
  CALLBACK_PARAMS.forEach((p) => url.searchParams.delete(p));
  history.replaceState(history.state, '', url.href);
}

/**
 * @param checked what the single sign-on check (./probe.ts) found: a code to redeem, or that the
 *   identity provider has no session (so no second check before "Aanmelden").
 */
export function createSession(auth: LoketAuthConfig, post: (m: TabMessage) => void, checked?: Checked): TabSession {
  const here = location.origin + location.pathname;
  const storage = new WebStorageStateStore({ store: sessionStorage });
  const manager = new UserManager({
    authority: auth.authority,
    client_id: auth.clientId,
    redirect_uri: auth.redirectUri ?? here,
    silent_redirect_uri: auth.redirectUri ?? here,
    post_logout_redirect_uri: auth.postLogoutRedirectUri ?? here,
    response_type: 'code',
    scope: SCOPE,
    // The access token's audience is the API, so the profile comes from the ID token.
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
    userStore: storage,
    // oidc-client-ts keeps PKCE state in localStorage by default; loket keeps nothing there.
    stateStore: storage,
    requestTimeoutInSeconds: 8,
    silentRequestTimeoutInSeconds: 6,
    // The check already read the discovery document.
    ...(checked && checked !== 'signed-out' ? { metadata: checked.metadata as Partial<OidcMetadata> } : {}),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;

  function signedOut(error: SessionError | null = null): void {
    clearTimeout(timer);
    sessionStore.set({ ...INITIAL_STATE, status: 'signed-out', error });
  }

  function unavailable(error: unknown): void {
    unavailableBecause('unreachable', error);
  }

  function adopt(user: User, change: SessionChange = {}): void {
    sessionStore.set(stateOf(user), change);
    clearTimeout(timer);
    const inS = user.expires_in ?? 0;
    timer = setTimeout(() => void renew().catch(() => undefined), Math.max(1, inS - RENEW_BEFORE_S) * 1000);
  }

  async function share(user: User, change: SessionChange = {}): Promise<void> {
    adopt(user, change);
    post({ type: 'user', user: user.toStorageString() });
  }

  /** One renewal at a time across tabs; a tab that waited takes the token another tab just got. */
  async function renew(): Promise<User | null> {
    try {
      return await withLock(async () => {
        const current = await manager.getUser();
        if (!current) return null;
        if ((current.expires_in ?? 0) > RENEW_BEFORE_S) {
          adopt(current);
          return current;
        }
        const user = await manager.signinSilent();
        if (!user) throw new Error('no user after renewal');
        await share(user);
        return user;
      });
    } catch (error) {
      if (unreachable(error)) {
        // Temporary: keep the session while the token lasts, try again shortly.
        log.warn(`token renewal failed, retrying: ${(error as Error).message}`);
        clearTimeout(timer);
        timer = setTimeout(() => void renew(), 10_000);
        const current = await manager.getUser();
        if (current && !current.expired) return current;
      }
      await manager.removeUser();
      post({ type: 'signout', expired: true });
      signedOut('expired');
      return null;
    }
  }

  async function redirect(args: SigninRedirectArgs): Promise<void> {
    try {
      await manager.signinRedirect(args);
    } catch (error) {
      unavailable(error);
    }
  }

  /** Redeems the check's code as the answer to a sign-in this page started (its PKCE verifier, its state). */
  async function redeem(answer: ProbeCode): Promise<User> {
    const state = await SigninState.create({
      id: answer.state,
      request_type: 'si:r',
      code_verifier: answer.verifier,
      authority: auth.authority,
      client_id: auth.clientId,
      redirect_uri: answer.redirectUri,
      scope: SCOPE,
    });
    await storage.set(state.id, state.toStorageString());
    const url = new URL(answer.redirectUri);
    url.searchParams.set('code', answer.code);
    url.searchParams.set('state', answer.state);
    return manager.signinRedirectCallback(url.href);
  }

  async function boot(): Promise<void> {
    if (!window.isSecureContext) {
      log.error('sign-in refused: this page is not served over https (only localhost may use http).');
      sessionStore.set({ status: 'unavailable', error: 'insecure' });
      return;
    }
    if (isCallback()) {
      if (window.parent !== window) {
        // Hidden iframe of a silent sign-in: oidc-client-ts hands the answer to the parent.
        await manager.signinCallback().catch(() => undefined);
        return;
      }
      try {
        const user = await manager.signinCallback();
        const state = user?.state as ReturnState | undefined;
        cleanUrl(state?.returnTo);
        if (!user) throw new Error('no user');
        await share(user, { switched: !!state?.switched });
      } catch (error) {
        cleanUrl();
        log.warn(`the sign-in answer could not be used (${(error as Error).message}).`);
        signedOut('callback-failed');
      }
      return;
    }
    const stored = await manager.getUser();
    if (stored && !stored.expired && (stored.expires_in ?? 0) > RENEW_BEFORE_S) return adopt(stored);
    if (stored?.refresh_token) {
      await renew();
      return;
    }
    if (checked && checked !== 'signed-out') {
      try {
        await share(await redeem(checked));
      } catch (error) {
        log.warn(`the single sign-on answer could not be used (${(error as Error).message}).`);
        signedOut();
      }
      return;
    }
    if (auth.passive && !checked) {
      try {
        const user = await manager.signinSilent();
        if (user) await share(user);
        else signedOut();
      } catch (error) {
        if (unreachable(error) && !/timed out/i.test((error as Error).message)) unavailable(error);
        else signedOut();
      }
      return;
    }
    if (sessionStore.state.status !== 'signed-in') signedOut();
  }

  const ready = boot().catch((error: unknown) => unavailable(error));

  return {
    get state() {
      return sessionStore.state;
    },
    dispose() {
      clearTimeout(timer);
    },
    subscribe: (listener) => sessionStore.subscribe(listener),
    async signIn() {
      await ready;
      if (!window.isSecureContext) return;
      sessionStore.set({ error: null });
      await redirect({ state: { returnTo: location.href } satisfies ReturnState });
    },
    async signOut() {
      await ready;
      const user = await manager.getUser();
      post({ type: 'signout' });
      await manager.removeUser();
      signedOut();
      if (!user) return;
      try {
        await manager.signoutRedirect({ id_token_hint: user.id_token });
      } catch (error) {
        // Signed out here; the identity provider's session ends when it is reachable again.
        log.warn(`could not reach the identity provider to end its session: ${(error as Error).message}`);
      }
    },
    async switchCapacity(capacity) {
      await ready;
      const login_hint = loginHint(capacity);
      try {
        // Same-site: the identity provider's session switches in a hidden iframe, no page change.
        const user = await withLock(() => manager.signinSilent({ login_hint, forceIframeAuth: true }));
        if (user) return await share(user);
      } catch (error) {
        if (unreachable(error) && !/timed out/i.test((error as Error).message)) return unavailable(error);
      }
      // Cross-site (third-party cookies blocked) or a new choice is needed: by redirect.
      await redirect({ login_hint, state: { returnTo: location.href, switched: true } satisfies ReturnState });
    },
    async getAccessToken() {
      await ready;
      let user = await manager.getUser();
      if (!user) return null;
      if ((user.expires_in ?? 0) <= 10) user = await renew();
      return user?.access_token ?? null;
    },
    receive(message) {
      void ready.then(async () => {
        if (message.type === 'hello') {
          const user = await manager.getUser();
          if (user) post({ type: 'user', user: user.toStorageString() });
        } else if (message.type === 'user') {
          const user = User.fromStorageString(message.user);
          await manager.storeUser(user);
          adopt(user);
        } else {
          await manager.removeUser();
          signedOut(message.expired ? 'expired' : null);
        }
      });
    },
  };
}
