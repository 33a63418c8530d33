/**
 * The backend-for-frontend behind real TLS (`tls` option, as `npm start -- --https` runs it), with a
 * cookie jar that enforces what a browser enforces (RFC 6265bis): a `Secure` cookie only from an
 * https origin, a `__Host-` cookie only when Secure, `Path=/` and without `Domain` — a cookie that
 * breaks a rule is dropped, exactly as Chromium, Firefox and Safari drop it. So each test fails
 * when the BFF sends a cookie a browser would not keep (the user would never be signed in) or one
 * it would not delete (the user could not sign out).
 */
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { after, before, describe, test } from 'node:test';
import { localhostCertificate, startTestBackend, type TestBackend } from './helpers.ts';

interface StoredCookie {
  value: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | undefined;
}

interface Answer {
  url: URL;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A browser's cookie rules for one https origin, over node:https trusting only the test's certificate. */
class TlsBrowser {
  readonly jar = new Map<string, StoredCookie>();
  /** Set-Cookie lines the browser refused, with the reason. */
  readonly refused: string[] = [];

  constructor(private readonly ca: string) {}

  private store(line: string, url: URL): void {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const i = pair!.indexOf('=');
    const name = pair!.slice(0, i);
    const value = pair!.slice(i + 1);
    const attr = new Map(
      attrs.map((a) => {
        const j = a.indexOf('=');
        return j < 0 ? [a.toLowerCase(), ''] : [a.slice(0, j).toLowerCase(), a.slice(j + 1)];
      }),
    );
    const secure = attr.has('secure');
    const path = attr.get('path') ?? '/';
    const refuse = (why: string): void => void this.refused.push(`${name}: ${why}`);
    if (secure && url.protocol !== 'https:') return refuse('Secure from an insecure origin');
    if (name.startsWith('__Host-') && (!secure || path !== '/' || attr.has('domain')))
      return refuse('__Host- without Secure, Path=/ or with Domain');
    if (name.startsWith('__Secure-') && !secure) return refuse('__Secure- without Secure');
    const maxAge = attr.get('max-age');
    if ((maxAge !== undefined && Number(maxAge) <= 0) || /1970/.test(attr.get('expires') ?? '')) {
      this.jar.delete(name);
      return;
    }
    this.jar.set(name, { value, path, secure, httpOnly: attr.has('httponly'), sameSite: attr.get('samesite') });
  }

  fetch(url: string | URL, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const target = new URL(url);
    const cookie = [...this.jar]
      .filter(([, c]) => target.pathname.startsWith(c.path) && (!c.secure || target.protocol === 'https:'))
      .map(([k, c]) => `${k}=${c.value}`)
      .join('; ');
    return new Promise((resolve, reject) => {
      const req = request(
        target,
        {
          method: init.method ?? 'GET',
          ca: this.ca,
          headers: { ...(cookie ? { cookie } : {}), 'sec-fetch-site': 'same-origin', ...init.headers },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => {
            for (const line of [res.headers['set-cookie'] ?? []].flat()) this.store(line, target);
            resolve({ url: target, status: res.statusCode ?? 0, headers: res.headers, body });
          });
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  }

  /** Follows redirects within `origin`; returns the first answer that is not a redirect. */
  async follow(start: string | URL, init: Parameters<TlsBrowser['fetch']>[1] = {}): Promise<Answer> {
    let answer = await this.fetch(start, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = answer.headers['location'];
      if (answer.status < 300 || answer.status >= 400 || typeof location !== 'string') return answer;
      answer = await this.fetch(new URL(location, answer.url));
    }
    throw new Error('too many redirects');
  }
}

describe('backend-for-frontend over HTTPS', () => {
  let backend: TestBackend;
  let ca: string;

  before(async () => {
    const tls = await localhostCertificate();
    ca = tls.cert;
    // The BFF is served on the backend's own https origin (no proxy), so its origin is the issuer.
    backend = await startTestBackend({ tls });
    assert.match(backend.url, /^https:\/\/localhost:\d+$/);
  });
  after(() => backend.close());

  /** /bff/login → the identity provider's login page → a person → back on the page. */
  async function signIn(browser: TlsBrowser): Promise<Answer> {
    const page = await browser.follow(`${backend.url}/bff/login?returnTo=/e-loket`);
    assert.match(page.url.pathname, /^\/interaction\//, page.body.slice(0, 300));
    const action = /<form id="login" method="post" action="([^"]+)"/.exec(page.body)![1]!;
    return browser.follow(new URL(action, page.url), {
      method: 'POST',
      body: new URLSearchParams({ person: 'p02' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  const profile = async (browser: TlsBrowser) =>
    JSON.parse((await browser.fetch(`${backend.url}/bff/profile?returnTo=/e-loket`)).body) as {
      active: boolean;
      idpData?: { user: { firstName: string } };
    };

  test('signing in leaves one session cookie a browser keeps: __Host-, Secure, HttpOnly, SameSite=Lax, Path=/', async () => {
    const browser = new TlsBrowser(ca);
    const landed = await signIn(browser);
    // Landing on the page at all means the back channel (token endpoint over TLS) trusted the certificate.
    assert.equal(landed.url.href, `${backend.url}/e-loket`);
    assert.deepEqual(browser.refused, []);
    const session = browser.jar.get('__Host-loket_bff');
    assert.ok(session, `the session cookie is kept; jar: ${[...browser.jar.keys()].join(', ')}`);
    assert.deepEqual(
      { secure: session.secure, httpOnly: session.httpOnly, sameSite: session.sameSite, path: session.path },
      { secure: true, httpOnly: true, sameSite: 'Lax', path: '/' },
    );
    assert.ok(!browser.jar.has('__Host-loket_bff_tx'), 'the sign-in transaction cookie is deleted after the callback');
    assert.ok(!browser.jar.has('loket_bff'), 'no unprefixed session cookie');
    assert.deepEqual((await profile(browser)).idpData?.user.firstName, 'Jan');
  });

  test('the API proxy answers with the session cookie', async () => {
    const browser = new TlsBrowser(ca);
    await signIn(browser);
    const res = await browser.fetch(`${backend.url}/bff/api/dossiers?pageSize=2`, { headers: { accept: 'application/json' } });
    assert.equal(res.status, 200, res.body.slice(0, 300));
    assert.ok(Array.isArray((JSON.parse(res.body) as { items?: unknown[] }).items));
  });

  test('a session id in an unprefixed cookie (one a sibling host or http page could set) is not a session', async () => {
    const browser = new TlsBrowser(ca);
    await signIn(browser);
    const id = browser.jar.get('__Host-loket_bff')!.value;
    const tossed = new TlsBrowser(ca);
    tossed.jar.set('loket_bff', { value: id, path: '/', secure: false, httpOnly: false, sameSite: undefined });
    assert.equal((await profile(tossed)).active, false);
  });

  test('signing out deletes the session cookie in the browser, and the session with it', async () => {
    const browser = new TlsBrowser(ca);
    await signIn(browser);
    const id = browser.jar.get('__Host-loket_bff')!.value;
    const out = await browser.follow(`${backend.url}/bff/logout?returnTo=/e-loket`, {
      method: 'POST',
      headers: { origin: backend.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.ok(out.status < 500, `${out.status} ${out.body.slice(0, 200)}`);
    assert.deepEqual(
      browser.refused,
      [],
      'the deleting Set-Cookie must meet the __Host- rules too, or the browser keeps the cookie',
    );
    assert.ok(!browser.jar.has('__Host-loket_bff'), 'the cookie is gone');
    const replay = new TlsBrowser(ca);
    replay.jar.set('__Host-loket_bff', { value: id, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
    assert.equal((await profile(replay)).active, false, 'the old session id no longer works');
  });
});
