/**
 * A backend-for-frontend, as a municipality's e-loket would run one: the server signs in with the
 * authorization code flow (a confidential client authenticating with private_key_jwt, PKCE, state
 * and nonce, all by openid-client), keeps the tokens in memory and gives the browser only an
 * opaque session id in an HttpOnly cookie. The page learns who is signed in from /bff/profile —
 * the Flemish Global Header v5 profile that `loket.useHostSession()` takes — and reads the APIs
 * through /bff/api/*, where the server attaches (and renews) the access token.
 *
 * Served by the mock backend under /bff/; a site serves it on its own origin by proxying /bff/
 * (demo/server.mjs does, as a municipality's reverse proxy would), passing X-Forwarded-Host and
 * X-Forwarded-Proto. That public origin must be one of the backend's allowed origins.
 *
 * CSRF: the session cookie is SameSite=Lax, so no other site's subrequest or form POST carries it.
 * SameSite is per *site*, though, and sites on one registrable domain (here localhost:4000 and
 * localhost:4001) are one site; so state-changing requests are also checked per *origin*: a POST
 * (and any API call other than GET/HEAD) needs this origin's `Origin`; sign-out and capacity switch
 * by GET — what the header's links do — need `Sec-Fetch-Site: same-origin` (or `none`, typed in),
 * and otherwise get a page asking to confirm with a POST button.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as client from 'openid-client';
import type { BackendContext } from '../context.ts';
import { canonicalPath } from '../api/http.ts';
import { encodeLoginHint } from '../idp/hint.ts';
import { BFF_CLIENT_ID, DEMO_SCOPES } from '../idp/provider.ts';
import { esc } from '../idp/html.ts';
import {
  cookieName,
  fetchTrusting,
  problem,
  readBody,
  readCookies,
  redirect,
  safeReturnTo,
  send,
  sendJson,
  sendPage,
  setCookie,
} from './http.ts';
import { ExpiringMap, randomId, type BffSession, type IdentityOut, type Transaction } from './sessions.ts';

const SESSION_COOKIE = 'loket_bff';
const TX_COOKIE = 'loket_bff_tx';
/** Idle time-out and absolute lifetime of a session (the identity provider's session lasts 8 h). */
const IDLE_MS = 30 * 60_000;
const MAX_AGE_MS = 8 * 3600_000;
const TX_MS = 10 * 60_000;
/** Renew the access token when it has less than this left. */
const RENEW_MS = 30_000;
const MAX_API_BODY = 16_384;
/** The API's paths and methods the proxy forwards; nothing else of the backend is reachable. */
const API_METHODS = new Set(['GET', 'HEAD', 'PATCH', 'POST', 'DELETE']);
const CAPACITY = /^(?:BUR|VER:V\d{7}|EA:\d{10})$/;

export interface BffOptions {
  bc: BackendContext;
  /** The client's private signing key (its public half is registered with the provider). */
  key: client.PrivateKey;
  /** The backend's certificate when it serves HTTPS (the back channel trusts it). */
  ca?: string | Buffer;
}

export interface Bff {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): void;
}

export function createBff({ bc, key, ca }: BffOptions): Bff {
  const sessions = new ExpiringMap<BffSession>(10_000);
  const transactions = new ExpiringMap<Transaction>(1_000);
  const logouts = new ExpiringMap<string>(1_000);
  const sweeper = setInterval(() => [sessions, transactions, logouts].forEach((m) => m.sweep()), 60_000);
  sweeper.unref();
  const backFetch = ca ? fetchTrusting(ca) : fetch;

  let discovered: Promise<client.Configuration> | undefined;
  const config = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(new URL(bc.issuer), BFF_CLIENT_ID, undefined, client.PrivateKeyJwt(key), {
        [client.customFetch]: (url: string, options: client.CustomFetchOptions) => backFetch(url, options as RequestInit),
        execute: bc.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  /** The origin the browser sees (the site's, behind its proxy); undefined when not an allowed one. */
  function publicOrigin(req: IncomingMessage): string | undefined {
    const first = (h: string | string[] | undefined) => (Array.isArray(h) ? h[0] : h)?.split(',')[0]?.trim();
    const proto = first(req.headers['x-forwarded-proto']) ?? new URL(bc.issuer).protocol.slice(0, -1);
    const host = first(req.headers['x-forwarded-host']) ?? req.headers.host;
    if (!host || (proto !== 'http' && proto !== 'https')) return undefined;
    try {
      const origin = new URL(`${proto}://${host}`).origin;
      return bc.origins.has(origin) || origin === bc.issuer ? origin : undefined;
    } catch {
      return undefined;
    }
  }

  function currentSession(req: IncomingMessage, secure: boolean): BffSession | undefined {
    const id = readCookies(req).get(cookieName(SESSION_COOKIE, secure));
    const session = sessions.get(id);
    if (!session) return undefined;
    if (Date.now() - session.createdAt > MAX_AGE_MS) {
      sessions.delete(session.id);
      return undefined;
    }
    session.lastSeenAt = Date.now();
    sessions.touch(session.id, IDLE_MS, session.createdAt + MAX_AGE_MS);
    return session;
  }

  const clearSessionCookie = (secure: boolean) => setCookie(SESSION_COOKIE, '', { secure, maxAge: 0 });

  /** A POST (or API change) from this origin's own pages. */
  const fromThisOrigin = (req: IncomingMessage, origin: string) =>
    req.headers.origin === origin || (req.headers.origin === undefined && req.headers['sec-fetch-site'] === 'same-origin');
  /** A top-level GET the user made on this site (a link of the header) or typed in. */
  const userNavigation = (req: IncomingMessage) => ['same-origin', 'none'].includes(String(req.headers['sec-fetch-site']));

  async function startSignIn(
    res: ServerResponse,
    origin: string,
    secure: boolean,
    returnTo: string,
    options: { loginHint?: string; replaces?: string } = {},
  ): Promise<void> {
    const cfg = await config();
    const tx: Transaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      returnTo,
      createdAt: Date.now(),
      ...(options.replaces ? { replaces: options.replaces } : {}),
    };
    const txId = randomId();
    transactions.set(txId, tx, TX_MS);
    const url = client.buildAuthorizationUrl(cfg, {
      redirect_uri: `${origin}/bff/callback`,
      scope: DEMO_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(tx.verifier),
      code_challenge_method: 'S256',
      state: tx.state,
      nonce: tx.nonce,
      ...(options.loginHint ? { login_hint: options.loginHint } : {}),
    });
    redirect(res, url.href, { 'Set-Cookie': setCookie(TX_COOKIE, txId, { secure, maxAge: TX_MS / 1000 }) });
  }

  function claimsOf(tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers): Record<string, unknown> {
    const c: Record<string, unknown> = tokens.claims() ?? {};
    const keep = ['sub', 'given_name', 'family_name', 'vo_doelgroepcode', 'vo_orgcode', 'vo_orgnaam'];
    return Object.fromEntries(keep.filter((k) => k in c).map((k) => [k, c[k]]));
  }

  /** The identities the person may act as, read from the API with the new token (names and codes only). */
  async function identitiesOf(accessToken: string): Promise<IdentityOut[]> {
    try {
      const res = await backFetch(`${bc.issuer}/api/me/identities`, {
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      });
      if (!res.ok) return [];
      const body = (await res.json()) as {
        person?: { givenName?: string; familyName?: string };
        identities?: { type: string; code: string | null; name: string }[];
      };
      return (body.identities ?? []).map((i) =>
        i.type === 'BUR'
          ? { onBehalfOf: { code: 'BUR', firstName: body.person?.givenName ?? '', name: body.person?.familyName ?? '' } }
          : { onBehalfOf: { code: i.type, name: i.name, ...(i.code ? { identifier: i.code } : {}) } },
      );
    } catch {
      return [];
    }
  }

  /** A valid access token, renewed server-side when it is about to expire; false when the session has ended. */
  function fresh(session: BffSession): Promise<boolean> {
    if (session.accessExpiresAt - Date.now() > RENEW_MS) return Promise.resolve(true);
    const refreshToken = session.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    session.refreshing ??= (async () => {
      try {
        const tokens = await client.refreshTokenGrant(await config(), refreshToken);
        session.accessToken = tokens.access_token;
        session.accessExpiresAt = Date.now() + (tokens.expires_in ?? 60) * 1000;
        if (tokens.refresh_token) session.refreshToken = tokens.refresh_token;
        if (tokens.id_token) {
          session.idToken = tokens.id_token;
          // The capacity follows the identity provider's session (e.g. switched on another site).
          session.claims = claimsOf(tokens);
        }
        return true;
      } catch {
        sessions.delete(session.id);
        return false;
      } finally {
        session.refreshing = undefined;
      }
    })();
    return session.refreshing;
  }

  function profile(session: BffSession | undefined, returnTo: string): Record<string, unknown> {
    const back = encodeURIComponent(returnTo);
    const loginUrl = `/bff/login?returnTo=${back}`;
    if (!session) return { active: false, loginUrl };
    const c = session.claims;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const activeIdentity: IdentityOut =
      c['vo_doelgroepcode'] === 'BUR' || !c['vo_doelgroepcode']
        ? { onBehalfOf: { code: 'BUR', firstName: str(c['given_name']), name: str(c['family_name']) } }
        : {
            onBehalfOf: {
              code: str(c['vo_doelgroepcode']),
              name: str(c['vo_orgnaam']),
              ...(c['vo_orgcode'] ? { identifier: str(c['vo_orgcode']) } : {}),
            },
          };
    return {
      active: true,
      loginUrl,
      logoutUrl: `/bff/logout?returnTo=${back}`,
      // loket puts the chosen identity in place of {capacity} (BUR, VER:<vCode>, EA:<KBO number>).
      switchCapacityUrl: `/bff/switch?capacity={capacity}&returnTo=${back}`,
      idpData: {
        user: { firstName: str(c['given_name']), name: str(c['family_name']) },
        activeIdentity,
        identities: session.identities,
      },
    };
  }

  function confirmPage(res: ServerResponse, action: string, title: string, text: string, button: string): void {
    sendPage(
      res,
      200,
      title,
      `<p>${esc(text)}</p><form method="post" action="${esc(action)}"><button type="submit">${esc(button)}</button></form><p><a href="/">Terug naar de website</a></p>`,
    );
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL, origin: string, secure: boolean): Promise<void> {
    const clearTx = setCookie(TX_COOKIE, '', { secure, maxAge: 0 });
    const tx = transactions.take(readCookies(req).get(cookieName(TX_COOKIE, secure)));
    if (!tx) {
      sendPage(
        res,
        400,
        'Aanmelden mislukt',
        '<p>Deze aanmelding is verlopen of niet in deze browser gestart.</p><p><a href="/bff/login">Opnieuw aanmelden</a></p>',
        { 'Set-Cookie': clearTx },
      );
      return;
    }
    if (url.searchParams.get('error') === 'access_denied' && url.searchParams.get('state') === tx.state) {
      // The user cancelled on the identity provider's page: back where they were, still signed out.
      redirect(res, tx.returnTo, { 'Set-Cookie': clearTx });
      return;
    }
    let tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers;
    try {
      tokens = await client.authorizationCodeGrant(await config(), new URL(`${url.pathname}${url.search}`, origin), {
        pkceCodeVerifier: tx.verifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      const code = (error as { code?: string; error?: string }).error ?? (error as { code?: string }).code ?? 'error';
      sendPage(
        res,
        400,
        'Aanmelden mislukt',
        `<p>Het antwoord van de aanmeldpagina kon niet gebruikt worden.</p><p>Code: ${esc(code)}</p><p><a href="/bff/login?returnTo=${esc(encodeURIComponent(tx.returnTo))}">Opnieuw aanmelden</a></p>`,
        { 'Set-Cookie': clearTx },
      );
      return;
    }
    const claims = claimsOf(tokens);
    // A new id at every sign-in (no session fixation); a switch replaces the session it came from.
    if (tx.replaces) sessions.delete(tx.replaces);
    const previous = readCookies(req).get(cookieName(SESSION_COOKIE, secure));
    if (previous) sessions.delete(previous);
    const now = Date.now();
    const session: BffSession = {
      id: randomId(),
      sub: String(claims['sub']),
      idToken: tokens.id_token ?? '',
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      accessExpiresAt: now + (tokens.expires_in ?? 60) * 1000,
      claims,
      identities: await identitiesOf(tokens.access_token),
      createdAt: now,
      lastSeenAt: now,
    };
    sessions.set(session.id, session, IDLE_MS);
    redirect(res, tx.returnTo, { 'Set-Cookie': [clearTx, setCookie(SESSION_COOKIE, session.id, { secure })] });
  }

  async function logout(res: ServerResponse, session: BffSession | undefined, origin: string, secure: boolean, returnTo: string) {
    const cleared = { 'Set-Cookie': clearSessionCookie(secure) };
    if (!session) {
      redirect(res, returnTo, cleared);
      return;
    }
    sessions.delete(session.id);
    const cfg = await config();
    // Revoking the refresh token ends the grant, and with it every access token at once (the API
    // checks the grant); the identity provider's own session ends through end_session below.
    if (session.refreshToken) await client.tokenRevocation(cfg, session.refreshToken).catch(() => undefined);
    const state = randomId();
    logouts.set(state, returnTo, TX_MS);
    const end = client.buildEndSessionUrl(cfg, {
      id_token_hint: session.idToken,
      post_logout_redirect_uri: `${origin}/bff/logged-out`,
      state,
    });
    redirect(res, end.href, cleared);
  }

  async function proxy(req: IncomingMessage, res: ServerResponse, url: URL, origin: string, secure: boolean): Promise<void> {
    const method = req.method ?? 'GET';
    const target = canonicalPath((req.url ?? '').slice('/bff'.length));
    if (!target || !(target === '/api' || target.startsWith('/api/'))) {
      problem(res, 404, 'Not Found', 'No such API path.');
      return;
    }
    if (!API_METHODS.has(method)) {
      problem(res, 405, 'Method Not Allowed', `The API does not take ${method}.`, { Allow: [...API_METHODS].join(', ') });
      return;
    }
    if (method !== 'GET' && method !== 'HEAD' && !fromThisOrigin(req, origin)) {
      problem(res, 403, 'Forbidden', 'A change must come from a page of this site.');
      return;
    }
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, MAX_API_BODY);
    if (method !== 'GET' && method !== 'HEAD' && body === undefined) {
      problem(res, 413, 'Payload Too Large', `At most ${MAX_API_BODY} bytes.`);
      return;
    }
    const session = currentSession(req, secure);
    if (!session || !(await fresh(session))) {
      problem(res, 401, 'Unauthorized', 'Not signed in on this site.', { 'Set-Cookie': clearSessionCookie(secure) });
      return;
    }
    const forward = async (): Promise<Response> => {
      const headers: Record<string, string> = { authorization: `Bearer ${session.accessToken}` };
      // Only what the contract uses; the browser's own Authorization or cookies never pass.
      for (const name of ['accept', 'content-type', 'if-match', 'x-correlation-id']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      return backFetch(`${bc.issuer}${target}${url.search}`, {
        method,
        headers,
        ...(body && body.length ? { body: new Uint8Array(body) } : {}),
      });
    };
    let upstream = await forward();
    if (upstream.status === 401) {
      // Renewed elsewhere or revoked: one renewal and one retry, then the session is over.
      await upstream.arrayBuffer();
      session.accessExpiresAt = 0;
      if (!(await fresh(session))) {
        problem(res, 401, 'Unauthorized', 'The session has ended.', { 'Set-Cookie': clearSessionCookie(secure) });
        return;
      }
      upstream = await forward();
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'etag', 'x-correlation-id']) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    const location = upstream.headers.get('location');
    if (location?.startsWith('/api/')) headers['location'] = `/bff${location}`;
    send(
      res,
      upstream.status,
      Buffer.from(await upstream.arrayBuffer()),
      headers['content-type'] ?? 'application/octet-stream',
      headers,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = publicOrigin(req);
    if (!origin) {
      problem(res, 400, 'Bad Request', 'The backend-for-frontend is served only on the allowed origins.');
      return;
    }
    const secure = origin.startsWith('https:');
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    const returnTo = safeReturnTo(url.searchParams.get('returnTo'));
    try {
      if (url.pathname.startsWith('/bff/api/') || url.pathname === '/bff/api') {
        await proxy(req, res, url, origin, secure);
        return;
      }
      const read = method === 'GET' || method === 'HEAD';
      switch (url.pathname) {
        case '/bff/profile':
          if (!read) break;
          {
            const session = currentSession(req, secure);
            const live = session && (await fresh(session)) ? session : undefined;
            sendJson(res, 200, profile(live, returnTo), session && !live ? { 'Set-Cookie': clearSessionCookie(secure) } : {});
          }
          return;
        case '/bff/login':
          if (!read) break;
          await startSignIn(res, origin, secure, returnTo);
          return;
        case '/bff/callback':
          if (!read) break;
          await callback(req, res, url, origin, secure);
          return;
        case '/bff/logged-out':
          if (!read) break;
          redirect(res, logouts.take(url.searchParams.get('state') ?? undefined) ?? '/');
          return;
        case '/bff/logout':
        case '/bff/switch': {
          const isLogout = url.pathname === '/bff/logout';
          if (method === 'POST') {
            await readBody(req, 1024);
            if (!fromThisOrigin(req, origin)) {
              problem(res, 403, 'Forbidden', 'This form must be sent from a page of this site.');
              return;
            }
          } else if (!read) break;
          else if (!userNavigation(req)) {
            // Followed from another site: do nothing before the user confirms here.
            confirmPage(
              res,
              `${url.pathname}${url.search}`,
              isLogout ? 'Afmelden' : 'Wissel van hoedanigheid',
              isLogout ? 'Wilt u zich afmelden?' : 'Wilt u van hoedanigheid wisselen?',
              isLogout ? 'Afmelden' : 'Wisselen',
            );
            return;
          }
          const session = currentSession(req, secure);
          if (isLogout) {
            await logout(res, session, origin, secure, returnTo);
            return;
          }
          const capacity = url.searchParams.get('capacity') ?? '';
          if (!CAPACITY.test(capacity)) {
            problem(res, 400, 'Bad Request', 'capacity must be BUR, VER:<vCode> or EA:<KBO number>.');
            return;
          }
          const [cap, code] = capacity.split(':') as [string, string | undefined];
          // The targeted login ("gericht aanmelden") the browser sign-in asks for: the same login_hint.
          const loginHint = encodeLoginHint(code ? { cap_hint: cap, code_hint: code } : { cap_hint: cap });
          await startSignIn(res, origin, secure, returnTo, { loginHint, ...(session ? { replaces: session.id } : {}) });
          return;
        }
        default:
          problem(res, 404, 'Not Found', 'No such endpoint of the backend-for-frontend.');
          return;
      }
      problem(res, 405, 'Method Not Allowed', `${url.pathname} does not take ${method}.`);
    } catch (error) {
      console.error('mock-backend: backend-for-frontend error:', (error as Error).message);
      if (!res.headersSent) problem(res, 502, 'Bad Gateway', 'The sign-in service did not answer as expected.');
      else res.destroy();
    }
  }

  return { handle, close: () => clearInterval(sweeper) };
}
