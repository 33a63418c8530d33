/**
 * The backend-for-frontend demo (/bff/): the sign-in request it makes, what it refuses, its
 * cookies, the profile it gives the page, its API proxy, capacity switch and sign-out — over real
 * HTTP against the real identity provider, with the test helpers' cookie jar as the browser.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Browser, choosePerson, startTestBackend, type TestBackend } from './helpers.ts';

/** A browser that also keeps every Set-Cookie line it was sent, attributes included. */
class RecordingBrowser extends Browser {
  readonly setCookies: string[] = [];
  override async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const res = await super.fetch(url, init);
    this.setCookies.push(...res.headers.getSetCookie());
    return res;
  }
}

/** Signed in through the BFF: /bff/login, the login page, the callback. */
async function signIn(backend: TestBackend, person = 'p02', browser = new RecordingBrowser()) {
  const start = await browser.fetch(`${backend.url}/bff/login?returnTo=/e-loket`);
  assert.equal(start.status, 303);
  const page = await browser.follow(start.headers.get('location')!);
  assert.match(page.url.pathname, /^\/interaction\//);
  const done = await choosePerson(browser, page.url, page.body, person);
  assert.equal(done.url.pathname, '/e-loket', 'back on the page the sign-in started from');
  assert.ok(browser.cookies.has('loket_bff'));
  return browser;
}

const json = async (res: Response) => JSON.parse(await res.text()) as Record<string, unknown>;
const sameOrigin = { 'sec-fetch-site': 'same-origin' };

let backend: TestBackend;
before(async () => {
  backend = await startTestBackend({ origins: ['http://localhost:4000', 'https://localhost:4443'] });
});
after(() => backend.close());

describe('sign-in', () => {
  test('the login redirect is a code flow with PKCE (S256), state and nonce, for the confidential client', async () => {
    const browser = new RecordingBrowser();
    const res = await browser.fetch(`${backend.url}/bff/login?returnTo=/e-loket`);
    assert.equal(res.status, 303);
    const url = new URL(res.headers.get('location')!);
    assert.equal(url.origin + url.pathname, `${backend.issuer}/auth`);
    const p = url.searchParams;
    assert.equal(p.get('response_type'), 'code');
    assert.equal(p.get('client_id'), 'loket-bff');
    assert.equal(p.get('redirect_uri'), `${backend.url}/bff/callback`);
    assert.equal(p.get('code_challenge_method'), 'S256');
    assert.match(p.get('code_challenge')!, /^[A-Za-z0-9_-]{43}$/);
    assert.match(p.get('state')!, /^[A-Za-z0-9_-]{43}$/);
    assert.match(p.get('nonce')!, /^[A-Za-z0-9_-]{43}$/);
    // The verifier never leaves the server: nothing in the URL or the cookie can be hashed to it.
    const tx = browser.setCookies.find((c) => c.startsWith('loket_bff_tx='))!;
    assert.match(tx, /; HttpOnly/);
    assert.match(tx, /; SameSite=Lax/);
    assert.match(tx, /; Max-Age=600/);
    assert.doesNotMatch(tx, /Secure/, 'plain http: not Secure (the browser would drop it)');
  });

  test('the callback refuses a wrong state, a callback without its transaction cookie, and a replayed one', async () => {
    const browser = new RecordingBrowser();
    const start = await browser.fetch(`${backend.url}/bff/login`);
    const auth = new URL(start.headers.get('location')!);
    const wrong = await browser.fetch(
      `${backend.url}/bff/callback?code=abc&state=not-the-state&iss=${encodeURIComponent(backend.issuer)}`,
    );
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /Aanmelden mislukt/);
    assert.ok(!browser.cookies.has('loket_bff'), 'no session');
    // The transaction was used up: the right state now fails too.
    const replay = await browser.fetch(`${backend.url}/bff/callback?code=abc&state=${auth.searchParams.get('state')}`);
    assert.equal(replay.status, 400);
    const stranger = await new Browser().fetch(`${backend.url}/bff/callback?code=abc&state=x`);
    assert.equal(stranger.status, 400);
    assert.match(await stranger.text(), /niet in deze browser gestart/);
  });

  test('the session cookie is opaque, HttpOnly and SameSite=Lax; on https Secure with the __Host- prefix', async () => {
    const browser = await signIn(backend);
    const line = browser.setCookies.find((c) => c.startsWith('loket_bff='))!;
    assert.match(line, /^loket_bff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    assert.doesNotMatch(line, /eyJ/, 'no token, no JWT in the cookie');

    const secure = await fetch(`${backend.url}/bff/login`, {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'localhost:4443' },
      redirect: 'manual',
    });
    assert.equal(
      new URL(secure.headers.get('location')!).searchParams.get('redirect_uri'),
      'https://localhost:4443/bff/callback',
    );
    assert.match(
      secure.headers.getSetCookie()[0]!,
      /^__Host-loket_bff_tx=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Secure; Max-Age=600$/,
    );
    // A proxy may only present an allowed origin.
    const foreign = await fetch(`${backend.url}/bff/login`, {
      headers: { 'x-forwarded-host': 'evil.example' },
      redirect: 'manual',
    });
    assert.equal(foreign.status, 400);
  });

  test('returnTo stays on this site', async () => {
    for (const target of ['https://evil.example/', '//evil.example/', '/\\evil.example', '/bff/logout', 'javascript:alert(1)']) {
      const browser = new Browser();
      const start = await browser.fetch(`${backend.url}/bff/profile?returnTo=${encodeURIComponent(target)}`);
      assert.equal((await json(start))['loginUrl'], '/bff/login?returnTo=%2F', target);
    }
  });
});

describe('profile', () => {
  test('signed out: only where to sign in', async () => {
    const res = await fetch(`${backend.url}/bff/profile?returnTo=/e-loket`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await json(res), { active: false, loginUrl: '/bff/login?returnTo=%2Fe-loket' });
  });

  test('signed in: the v5 profile with names, capacity and identities — no national register number, no token', async () => {
    const browser = await signIn(backend);
    const res = await browser.fetch(`${backend.url}/bff/profile?returnTo=/e-loket`);
    const text = await res.text();
    assert.deepEqual(JSON.parse(text), {
      active: true,
      loginUrl: '/bff/login?returnTo=%2Fe-loket',
      logoutUrl: '/bff/logout?returnTo=%2Fe-loket',
      switchCapacityUrl: '/bff/switch?capacity={capacity}&returnTo=%2Fe-loket',
      idpData: {
        user: { firstName: 'Jan', name: 'Janssens' },
        activeIdentity: { onBehalfOf: { code: 'BUR', firstName: 'Jan', name: 'Janssens' } },
        identities: [
          { onBehalfOf: { code: 'BUR', firstName: 'Jan', name: 'Janssens' } },
          { onBehalfOf: { code: 'VER', name: 'Speelpleinwerking Hoeve vzw', identifier: 'V0001234' } },
        ],
      },
    });
    assert.doesNotMatch(text, /\d{11}/, 'no INSZ');
    assert.doesNotMatch(text, /eyJ|token|"sub"/i, 'no token, no subject');
  });
});

describe('API proxy', () => {
  test('attaches the session’s access token server-side and never returns it', async () => {
    const browser = await signIn(backend);
    const res = await browser.fetch(`${backend.url}/bff/api/dossiers?pageSize=2`);
    assert.equal(res.status, 200);
    const text = await res.text();
    const body = JSON.parse(text) as { items: unknown[] };
    assert.equal(body.items.length, 2);
    const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
    assert.doesNotMatch(`${headers}\n${text}`, /eyJ[\w-]+\.[\w-]+/, 'no JWT in the answer');
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin');
    // The API saw the BFF's token: the audit entry names its client.
    const audit = readFileSync(backend.auditLogPath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const entry = audit.findLast((e) => e['resource'] === '/api/dossiers');
    assert.equal(entry?.['client'], 'loket-bff');
  });

  test('without a session 401; a bearer token from the browser does not pass', async () => {
    const res = await fetch(`${backend.url}/bff/api/me/identities`, { headers: { authorization: 'Bearer abc' } });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });

  test('a change needs this site’s Origin; paths outside /api and dot segments are refused', async () => {
    const browser = await signIn(backend, 'p02');
    const patch = await browser.fetch(`${backend.url}/bff/api/associations/V0001234`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:4001' },
      body: '{}',
    });
    assert.equal(patch.status, 403);
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const path of ['/bff/api/../healthz', '/bff/api/%2e%2e/healthz', '/bff/token', '/bff/apix']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${backend.url}${path}`, { headers: { cookie } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      assert.equal(status, 404, path);
    }
  });

  test('renews the access token on the server when it is about to expire', async () => {
    const shortLived = await startTestBackend({ accessTokenTtlSeconds: 5 });
    try {
      const browser = await signIn(shortLived);
      await new Promise((r) => setTimeout(r, 5500));
      const res = await browser.fetch(`${shortLived.url}/bff/api/me/identities`);
      assert.equal(res.status, 200, 'an expired token was renewed, not sent');
    } finally {
      await shortLived.close();
    }
  });
});

describe('capacity switch and sign-out', () => {
  test('switch: targeted login with the browser sign-in’s login_hint, a new session id, the new capacity', async () => {
    const browser = await signIn(backend, 'p02');
    const before = browser.cookies.get('loket_bff')!;
    const res = await browser.fetch(`${backend.url}/bff/switch?capacity=VER:V0001234&returnTo=/e-loket`, { headers: sameOrigin });
    assert.equal(res.status, 303);
    const auth = new URL(res.headers.get('location')!);
    // Exactly what packages/elements/src/session/oidc.ts loginHint() sends.
    assert.equal(auth.searchParams.get('login_hint'), btoa(JSON.stringify({ cap_hint: 'VER', code_hint: 'V0001234' })));
    const done = await browser.follow(auth);
    assert.equal(done.url.pathname, '/e-loket', 'no page: the identity provider session switched');
    assert.notEqual(browser.cookies.get('loket_bff'), before, 'a new session id');
    const profile = await json(await browser.fetch(`${backend.url}/bff/profile`));
    assert.deepEqual((profile['idpData'] as Record<string, unknown>)['activeIdentity'], {
      onBehalfOf: { code: 'VER', name: 'Speelpleinwerking Hoeve vzw', identifier: 'V0001234' },
    });
    const stale = await fetch(`${backend.url}/bff/profile`, { headers: { cookie: `loket_bff=${before}` } });
    assert.equal((await json(stale))['active'], false, 'the old id is dead');
    const bad = await browser.fetch(`${backend.url}/bff/switch?capacity=VER:V1`, { headers: sameOrigin });
    assert.equal(bad.status, 400);
  });

  test('sign-out or switch followed from another site asks first (POST), and a POST needs this origin', async () => {
    const browser = await signIn(backend);
    for (const path of ['/bff/logout', '/bff/switch?capacity=BUR']) {
      const res = await browser.fetch(`${backend.url}${path}`, { headers: { 'sec-fetch-site': 'cross-site' } });
      assert.equal(res.status, 200, path);
      assert.match(await res.text(), /<form method="post" action="\/bff\/(logout|switch\?capacity=BUR)">/);
    }
    const forged = await browser.fetch(`${backend.url}/bff/logout`, {
      method: 'POST',
      headers: { origin: 'http://localhost:4001' },
    });
    assert.equal(forged.status, 403);
    assert.equal((await json(await browser.fetch(`${backend.url}/bff/profile`)))['active'], true, 'still signed in');
  });

  test('sign-out ends the local session, revokes the tokens and ends the identity provider session', async () => {
    const browser = await signIn(backend);
    const cookie = browser.cookies.get('loket_bff')!;
    const res = await browser.fetch(`${backend.url}/bff/logout?returnTo=/e-loket`, { headers: sameOrigin });
    assert.equal(res.status, 303);
    assert.ok(browser.setCookies.includes('loket_bff=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0'));
    const end = new URL(res.headers.get('location')!);
    assert.equal(end.origin + end.pathname, `${backend.issuer}/session/end`);
    assert.equal(end.searchParams.get('post_logout_redirect_uri'), `${backend.url}/bff/logged-out`);
    assert.ok(end.searchParams.get('id_token_hint'));
    const back = await browser.follow(end);
    assert.equal(back.url.pathname, '/e-loket', 'back on the page, via /bff/logged-out');

    const api = await fetch(`${backend.url}/bff/api/me/identities`, { headers: { cookie: `loket_bff=${cookie}` } });
    assert.equal(api.status, 401, 'the old cookie opens nothing');
    // The identity provider asks again: its session is gone too.
    const again = await browser.fetch(`${backend.url}/bff/login`);
    const page = await browser.follow(again.headers.get('location')!);
    assert.match(page.url.pathname, /^\/interaction\//);
  });
});
