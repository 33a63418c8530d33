/**
 * Test helpers: a backend on a free port with its own audit log, and a relying party driven by
 * openid-client through the real login page over HTTP (a tiny cookie jar plays the browser).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';
import { generate } from 'selfsigned';
import { checkResponse } from './contract.ts';
import { encodeLoginHint, startMockBackend, type MockBackend, type MockBackendOptions } from '../src/index.ts';

export const RP_ORIGIN = 'http://localhost:4000';
export const REDIRECT_URI = `${RP_ORIGIN}/some/page/callback`;
export const KEYS_DIR = join(tmpdir(), 'loket-mock-backend-test-keys');

export interface TestBackend extends MockBackend {
  auditLogPath: string;
  dir: string;
}

export async function startTestBackend(options: MockBackendOptions = {}): Promise<TestBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-mock-'));
  const auditLogPath = join(dir, 'audit.log');
  const backend = await startMockBackend({ port: 0, quiet: true, keysDir: KEYS_DIR, auditLogPath, ...options });
  return { ...backend, auditLogPath, dir };
}

/** A cookie jar good enough for one host (the IdP). */
export class Browser {
  readonly cookies = new Map<string, string>();
  lastStatus = 0;
  lastBody = '';

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /**
   * Follows redirects (and auto-submitted forms of the IdP) until leaving the IdP for the RP
   * origin, or landing on a page that needs the user. Returns the final URL and response.
   */
  async follow(start: string | URL, init: RequestInit = {}): Promise<{ url: URL; res: Response; body: string }> {
    let url = new URL(start);
    let res = await this.fetch(url, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.arrayBuffer();
        url = new URL(location, url);
        if (url.origin !== new URL(start).origin) return { url, res, body: '' };
        res = await this.fetch(url);
        continue;
      }
      const body = await res.text();
      this.lastStatus = res.status;
      this.lastBody = body;
      // oidc-provider's form_post / logout pages: submit the form like a browser would.
      const form = /<form[^>]*method="post"[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(body);
      if (res.ok && form && !body.includes('name="person"') && (/\.submit\(\)/.test(body) || /onload/.test(body))) {
        const fields = new URLSearchParams();
        for (const m of form[2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields.set(m[1]!, decode(m[2]!));
        if (/op\.logoutForm/.test(body)) fields.set('logout', 'yes');
        url = new URL(decode(form[1]!), url);
        res = await this.fetch(url, {
          method: 'POST',
          body: fields,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        continue;
      }
      return { url, res, body };
    }
    throw new Error('too many redirects');
  }
}

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export async function rpConfig(backend: MockBackend): Promise<client.Configuration> {
  return client.discovery(new URL(backend.issuer), 'loket-demo', undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
}

export interface SignInResult {
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  browser: Browser;
}

export type Hint = { cap_hint: string; code_hint?: string } | { switch_id: true };

/** Starts an authorization request; returns the login page (or the callback if no page was needed). */
export async function authorize(
  config: client.Configuration,
  browser: Browser,
  options: { hint?: Hint; prompt?: string } = {},
): Promise<{ url: URL; body: string; status: number; verifier: string; state: string }> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const params: Record<string, string> = {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile vo offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  };
  if (options.hint) params['login_hint'] = encodeLoginHint(options.hint);
  if (options.prompt) params['prompt'] = options.prompt;
  const { url, res, body } = await browser.follow(client.buildAuthorizationUrl(config, params));
  return { url, body, status: res.status, verifier, state };
}

/** Clicks a person on the login page; returns where the browser ends up. */
export async function choosePerson(browser: Browser, pageUrl: URL, body: string, personId: string) {
  const action = /<form id="login" method="post" action="([^"]+)"/.exec(body)?.[1];
  if (!action) throw new Error(`no login form on ${pageUrl.href}: ${body.slice(0, 300)}`);
  return browser.follow(new URL(decode(action), pageUrl), {
    method: 'POST',
    body: new URLSearchParams({ person: personId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

export async function exchange(config: client.Configuration, callback: URL, verifier: string, state: string) {
  return client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
}

/** Full sign-in of a persona, optionally targeted at a capacity. */
export async function signIn(
  backend: MockBackend,
  personId: string,
  hint?: Hint,
  browser = new Browser(),
): Promise<SignInResult> {
  const config = await rpConfig(backend);
  const start = await authorize(config, browser, hint ? { hint } : {});
  let callback = start.url;
  if (callback.origin !== RP_ORIGIN) {
    const done = await choosePerson(browser, start.url, start.body, personId);
    if (done.url.origin !== RP_ORIGIN)
      throw new Error(`sign-in of ${personId} stopped at ${done.url.href} (${done.res.status}): ${done.body.slice(0, 300)}`);
    callback = done.url;
  }
  const tokens = await exchange(config, callback, start.verifier, start.state);
  return { tokens, browser };
}

export async function api(
  backend: MockBackend,
  path: string,
  token?: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(`${backend.url}${path}`, { ...init, headers });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  checkResponse(init.method ?? 'GET', path, res.status, res.headers.get('content-type'), body);
  return { status: res.status, body, headers: res.headers };
}

export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [h, p] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>,
  };
}

/** Signs an access token with the backend's own key (or another), to probe the API's checks. */
export async function forgeToken(
  backend: MockBackend,
  claims: Record<string, unknown>,
  options: { typ?: string; expiresIn?: number; key?: 'backend' | 'other'; iss?: string; aud?: string } = {},
): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { SignJWT, importJWK, generateKeyPair } = await import('jose');
  const secrets = JSON.parse(readFileSync(join(KEYS_DIR, 'secrets.json'), 'utf8')) as { signingJwk: Record<string, string> };
  const key =
    options.key === 'other'
      ? (await generateKeyPair('RS256')).privateKey
      : await importJWK(secrets.signingJwk as Parameters<typeof importJWK>[0], 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ client_id: 'loket-demo', scope: 'vo', ...claims })
    .setProtectedHeader({ alg: 'RS256', typ: options.typ ?? 'at+jwt', kid: secrets.signingJwk['kid']! })
    .setIssuer(options.iss ?? backend.issuer)
    .setAudience(options.aud ?? `${backend.issuer}/api`)
    .setIssuedAt(now - 10)
    .setExpirationTime(now + (options.expiresIn ?? 300))
    .sign(key);
}

/** A self-signed certificate for `localhost` (EC, SHA-256): the key and certificate to serve TLS, the certificate to trust. */
export async function localhostCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
  });
  return { key: pems.private, cert: pems.cert };
}
