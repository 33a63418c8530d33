/**
 * The full OpenID Connect flow, driven from Node by openid-client (a certified relying-party
 * library) through our own login page over real HTTP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import {
  Browser,
  REDIRECT_URI,
  RP_ORIGIN,
  api,
  authorize,
  choosePerson,
  decodeJwt,
  exchange,
  rpConfig,
  signIn,
  startTestBackend,
  type TestBackend,
} from './helpers.ts';

let backend: TestBackend;
let config: client.Configuration;

before(async () => {
  backend = await startTestBackend();
  config = await rpConfig(backend);
});
after(() => backend.close());

describe('discovery and keys', () => {
  test('the discovery document describes an ACM-like provider', async () => {
    const meta = config.serverMetadata();
    assert.equal(meta.issuer, backend.issuer);
    assert.equal(meta.issuer, `http://localhost:${backend.port}`);
    assert.deepEqual(meta.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(meta.response_types_supported, ['code']);
    assert.deepEqual(meta.id_token_signing_alg_values_supported, ['RS256']);
    for (const claim of ['sub', 'given_name', 'family_name', 'vo_doelgroepcode', 'vo_orgcode', 'vo_orgnaam']) {
      assert.ok(meta.claims_supported?.includes(claim), claim);
    }
    assert.ok(meta.scopes_supported?.includes('vo'));
    assert.equal(meta.end_session_endpoint, `${backend.issuer}/session/end`);
  });

  test('the JWKS holds a public RS256 key only, and it verifies issued tokens', async () => {
    const jwks = (await (await fetch(`${backend.issuer}/jwks`)).json()) as { keys: Record<string, string>[] };
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0]!['kty'], 'RSA');
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) assert.equal(jwks.keys[0]![secret], undefined, secret);
    const { tokens } = await signIn(backend, 'p01');
    const remote = createRemoteJWKSet(new URL(`${backend.issuer}/jwks`));
    const id = await jwtVerify(tokens.id_token!, remote, {
      issuer: backend.issuer,
      audience: 'loket-demo',
      algorithms: ['RS256'],
    });
    assert.equal(id.protectedHeader.alg, 'RS256');
    const at = await jwtVerify(tokens.access_token, remote, {
      issuer: backend.issuer,
      audience: `${backend.issuer}/api`,
      typ: 'at+jwt',
    });
    assert.equal(at.payload['client_id'], 'loket-demo');
  });
});

describe('sign-in', () => {
  test('the login page lists the personas by name with what they may act as', async () => {
    const page = await authorize(config, new Browser());
    assert.equal(page.status, 200);
    assert.match(page.url.pathname, /^\/interaction\//);
    assert.match(page.body, /<button type="submit" name="person" value="p01" form="login">Anna Peeters<\/button>/);
    assert.match(page.body, /<button[^>]*value="p02"[^>]*>Jan Janssens<\/button>/);
    assert.match(page.body, /namens de vereniging Speelpleinwerking Hoeve vzw \(V0001234\)/);
    assert.match(page.body, /namens de onderneming Bakkerij De Smet BV/);
    assert.match(page.body, /<html lang="nl">/);
    assert.doesNotMatch(page.body, /\d{11}/, 'no national register number on the page');
  });

  test('a citizen signs in with code + PKCE; the ID token carries profile and capacity, sub is a pseudonym', async () => {
    const { tokens } = await signIn(backend, 'p01');
    const id = tokens.claims()!;
    assert.equal(id['given_name'], 'Anna');
    assert.equal(id['family_name'], 'Peeters');
    assert.equal(id['vo_doelgroepcode'], 'BUR');
    assert.equal(id['vo_orgcode'], undefined);
    assert.doesNotMatch(id.sub, /^\d{11}$/);
    assert.notEqual(id.sub, '88022999297');
    const again = await signIn(backend, 'p01');
    assert.equal(again.tokens.claims()!.sub, id.sub, 'sub is stable');
    const at = decodeJwt(tokens.access_token);
    assert.equal(at.header['typ'], 'at+jwt');
    assert.equal(at.header['alg'], 'RS256');
    assert.equal(at.payload['aud'], `${backend.issuer}/api`);
    assert.equal(Number(at.payload['exp']) - Number(at.payload['iat']), 300);
    assert.equal(tokens.expires_in, 300);
    assert.ok(tokens.refresh_token, 'a refresh token for the public client');
  });

  test('PKCE is required', async () => {
    const url = client.buildAuthorizationUrl(config, { redirect_uri: `${RP_ORIGIN}/cb`, scope: 'openid', state: 'x' });
    const { url: landed } = await new Browser().follow(url);
    assert.equal(landed.origin, RP_ORIGIN);
    assert.equal(landed.searchParams.get('error'), 'invalid_request');
    assert.match(landed.searchParams.get('error_description') ?? '', /PKCE/);
  });

  test('redirect URIs: any path on an allowed origin, nothing else', async () => {
    for (const redirect of ['http://evil.example/cb', 'http://localhost:4999/cb', 'http://localhost:4000.evil.example/cb']) {
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirect,
        scope: 'openid',
        code_challenge: 'a'.repeat(43),
        code_challenge_method: 'S256',
      });
      const { url: landed, res, body } = await new Browser().follow(url);
      assert.equal(landed.origin, backend.issuer, `no redirect to ${redirect}`);
      assert.equal(res.status, 400);
      assert.match(body, /redirect_uri/);
    }
  });

  test('targeted login for an association; the API then serves that vCode only', async () => {
    const { tokens } = await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' });
    const id = tokens.claims()!;
    assert.equal(id['vo_doelgroepcode'], 'VER');
    assert.equal(id['vo_orgcode'], 'V0001234');
    assert.equal(id['vo_orgnaam'], 'Speelpleinwerking Hoeve vzw');
    const at = decodeJwt(tokens.access_token).payload;
    assert.equal(at['vo_orgcode'], 'V0001234');
    const res = await api(backend, '/api/dossiers?pageSize=100', tokens.access_token);
    assert.equal(res.status, 200);
    assert.equal((res.body as { total: number }).total, 100);
    const assoc = await api(backend, '/api/associations/V0001234', tokens.access_token);
    assert.equal(assoc.status, 200);
    assert.equal((await api(backend, '/api/associations/V0001002', tokens.access_token)).status, 403);
  });

  test('a hint for an organisation the person does not represent is refused with a readable page', async () => {
    const browser = new Browser();
    const page = await authorize(config, browser, { hint: { cap_hint: 'VER', code_hint: 'V0001234' } });
    assert.match(page.body, /namens de vereniging met vCode V0001234/);
    const refused = await choosePerson(browser, page.url, page.body, 'p01');
    assert.equal(refused.res.status, 403);
    assert.match(refused.body, /Anna Peeters is geen vertegenwoordiger van deze vereniging/);
    assert.match(refused.body, /role="alert"/);
    // The person can still pick someone else in the same interaction.
    const ok = await choosePerson(browser, page.url, page.body, 'p02');
    assert.equal(ok.url.origin, RP_ORIGIN);
    const tokens = await exchange(config, ok.url, page.verifier, page.state);
    assert.equal(tokens.claims()!['vo_orgcode'], 'V0001234');
  });

  test('cancelling returns access_denied to the site', async () => {
    const browser = new Browser();
    const page = await authorize(config, browser);
    const action = /<form method="post" action="([^"]+\/abort)"/.exec(page.body)![1]!;
    const done = await browser.follow(new URL(action, page.url), { method: 'POST' });
    assert.equal(done.url.origin, RP_ORIGIN);
    assert.equal(done.url.searchParams.get('error'), 'access_denied');
  });
});

describe('pages of the identity provider', () => {
  test('the favicon every IdP page makes the browser ask for is an image, not a 404', async () => {
    const login = await authorize(config, new Browser());
    assert.equal(login.status, 200);
    // The pages name no other icon, so /favicon.ico is what a browser fetches for them.
    assert.doesNotMatch(login.body, /rel="(shortcut )?icon"/);
    for (const method of ['GET', 'HEAD']) {
      const res = await fetch(`${backend.url}/favicon.ico`, { method });
      assert.equal(res.status, 200, method);
      assert.equal(res.headers.get('content-type'), 'image/png');
      if (method === 'GET') assert.deepEqual([...new Uint8Array(await res.arrayBuffer()).slice(1, 4)], [0x50, 0x4e, 0x47]);
    }
  });
});

describe('capacity switching with an existing IdP session', () => {
  test('prompt=none with a hint the person may use switches without a page; one they may not is login_required', async () => {
    const browser = new Browser();
    const first = await signIn(backend, 'p03', undefined, browser);
    assert.equal(first.tokens.claims()!['vo_doelgroepcode'], 'BUR');

    const toKoepel = await authorize(config, browser, { hint: { cap_hint: 'VER', code_hint: 'V0001002' }, prompt: 'none' });
    assert.equal(toKoepel.url.origin, RP_ORIGIN, 'no login page');
    const koepel = await exchange(config, toKoepel.url, toKoepel.verifier, toKoepel.state);
    assert.equal(koepel.claims()!['vo_orgcode'], 'V0001002');
    assert.equal(koepel.claims()!.sub, first.tokens.claims()!.sub);
    assert.equal(decodeJwt(koepel.access_token).payload['vo_orgcode'], 'V0001002');

    const refused = await authorize(config, browser, { hint: { cap_hint: 'VER', code_hint: 'V0001234' }, prompt: 'none' });
    assert.equal(refused.url.origin, RP_ORIGIN);
    assert.equal(refused.url.searchParams.get('error'), 'login_required');

    // Without prompt=none the refusal is a readable 403 page, not the old capacity.
    const page = await authorize(config, browser, { hint: { cap_hint: 'VER', code_hint: 'V0001234' } });
    assert.equal(page.status, 403);
    assert.match(page.body, /Els Maes is geen vertegenwoordiger/);

    // The session still acts for the Koepel: a plain silent sign-in keeps it.
    const silent = await authorize(config, browser, { prompt: 'none' });
    const kept = await exchange(config, silent.url, silent.verifier, silent.state);
    assert.equal(kept.claims()!['vo_orgcode'], 'V0001002');

    // Interactive switch to another association and back to citizen, each a plain redirect.
    const toToneel = await authorize(config, browser, { hint: { cap_hint: 'VER', code_hint: 'V0001003' } });
    assert.equal(toToneel.url.origin, RP_ORIGIN);
    assert.equal(
      (await exchange(config, toToneel.url, toToneel.verifier, toToneel.state)).claims()!['vo_orgnaam'],
      'Toneelkring De Schelde',
    );
    const toSelf = await authorize(config, browser, { hint: { cap_hint: 'BUR' }, prompt: 'none' });
    assert.equal((await exchange(config, toSelf.url, toSelf.verifier, toSelf.state)).claims()!['vo_doelgroepcode'], 'BUR');

    // A refresh after a switch gives tokens for the session's current capacity.
    const refreshed = await client.refreshTokenGrant(config, koepel.refresh_token!);
    assert.equal(decodeJwt(refreshed.access_token).payload['vo_doelgroepcode'], 'BUR');
  });

  test('switch_id shows the login page again and another person can sign in', async () => {
    const browser = new Browser();
    const first = await signIn(backend, 'p04', undefined, browser);
    const none = await authorize(config, browser, { hint: { switch_id: true }, prompt: 'none' });
    assert.equal(none.url.searchParams.get('error'), 'login_required');
    const page = await authorize(config, browser, { hint: { switch_id: true } });
    assert.equal(page.status, 200);
    assert.match(page.body, /Kies een testpersoon/);
    const done = await choosePerson(browser, page.url, page.body, 'p07');
    assert.equal(done.url.origin, RP_ORIGIN, `ended at ${done.url.href}`);
    const tokens = await exchange(config, done.url, page.verifier, page.state);
    assert.equal(tokens.claims()!['given_name'], 'Fatima');
    assert.notEqual(tokens.claims()!.sub, first.tokens.claims()!.sub);
  });
});

describe('refresh and logout', () => {
  test('refresh works; RP-initiated logout needs no confirmation and revokes the refresh token', async () => {
    const browser = new Browser();
    const { tokens } = await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' }, browser);
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    assert.equal(decodeJwt(refreshed.access_token).payload['vo_orgcode'], 'V0001234');
    assert.equal((await api(backend, '/api/me/identities', refreshed.access_token)).status, 200);
    const rt = refreshed.refresh_token ?? tokens.refresh_token!;

    const end = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: `${RP_ORIGIN}/any/page?after=logout`,
      state: 'bye',
    });
    const { url } = await browser.follow(end);
    assert.equal(url.origin, RP_ORIGIN);
    assert.equal(url.pathname, '/any/page');
    assert.equal(url.searchParams.get('state'), 'bye');

    await assert.rejects(client.refreshTokenGrant(config, rt), (e: Error & { error?: string }) => e.error === 'invalid_grant');
    // The IdP session is gone: a silent sign-in now needs the user.
    const silent = await authorize(config, browser, { prompt: 'none' });
    assert.equal(silent.url.searchParams.get('error'), 'login_required');
  });

  test('refresh tokens rotate: a used one is refused', async () => {
    const { tokens } = await signIn(backend, 'p01');
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    assert.ok(refreshed.refresh_token);
    assert.notEqual(refreshed.refresh_token, tokens.refresh_token);
    await assert.rejects(
      client.refreshTokenGrant(config, tokens.refresh_token!),
      (e: Error & { error?: string }) => e.error === 'invalid_grant',
    );
  });

  test('a post-logout redirect to a foreign origin is refused', async () => {
    const browser = new Browser();
    const { tokens } = await signIn(backend, 'p01', undefined, browser);
    const end = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: 'http://evil.example/',
    });
    const { url, res } = await browser.follow(end);
    assert.equal(url.origin, backend.issuer);
    assert.equal(res.status, 400);
  });
});

describe('sign-out ends API access', () => {
  const refused = (res: { status: number; headers: Headers }, when: string) => {
    assert.equal(res.status, 401, when);
    assert.match(res.headers.get('www-authenticate') ?? '', /error="invalid_token"/, when);
  };

  test('after RP-initiated logout the access token is refused at once, also one from a refresh', async () => {
    const browser = new Browser();
    const { tokens } = await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' }, browser);
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    for (const at of [tokens.access_token, refreshed.access_token])
      assert.equal((await api(backend, '/api/dossiers', at)).status, 200, 'signed in');
    await browser.follow(
      client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: `${RP_ORIGIN}/` }),
    );
    refused(await api(backend, '/api/dossiers', tokens.access_token), 'first access token after logout');
    refused(await api(backend, '/api/me/identities', refreshed.access_token), 'refreshed access token after logout');
  });

  test('after revoking the refresh token the access token is refused at once', async () => {
    const { tokens } = await signIn(backend, 'p01');
    assert.equal((await api(backend, '/api/me/identities', tokens.access_token)).status, 200, 'signed in');
    await client.tokenRevocation(config, tokens.refresh_token!, { token_type_hint: 'refresh_token' });
    refused(await api(backend, '/api/me/identities', tokens.access_token), 'after revocation');
  });

  test('another session of the same person keeps working', async () => {
    const first = await signIn(backend, 'p01');
    const second = await signIn(backend, 'p01');
    await client.tokenRevocation(config, first.tokens.refresh_token!, { token_type_hint: 'refresh_token' });
    assert.equal((await api(backend, '/api/me/identities', second.tokens.access_token)).status, 200);
  });
});

describe('token lifetime', () => {
  test('accessTokenTtlSeconds shortens the access token; an expired token is a 401', async () => {
    const short = await startTestBackend({ accessTokenTtlSeconds: 4 });
    try {
      const { tokens } = await signIn(short, 'p01');
      assert.equal(tokens.expires_in, 4);
      const { exp, iat } = decodeJwt(tokens.access_token).payload as { exp: number; iat: number };
      assert.equal(exp - iat, 4);
      assert.equal((await api(short, '/api/me/identities', tokens.access_token)).status, 200);
      // Wait until just past the token's own expiry (jose allows no clock skew by default).
      await new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 1100));
      const res = await api(short, '/api/me/identities', tokens.access_token);
      assert.equal(res.status, 401);
      assert.match(res.headers.get('www-authenticate') ?? '', /invalid_token/);
    } finally {
      await short.close();
    }
  });
});

describe('single sign-on check: prompt=none answered by web message', () => {
  /** The identity provider's answer page for `response_mode=web_message`: what it posts, and to whom. */
  async function webMessage(browser: Browser) {
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: 'openid profile vo offline_access',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      prompt: 'none',
      response_mode: 'web_message',
    });
    const { res, body } = await browser.follow(url);
    assert.equal(res.headers.get('x-frame-options'), null, 'the page may be framed');
    // Also login_required: a 400 would be a console error on the site's page for every signed-out visitor.
    assert.equal(res.status, 200);
    const data = JSON.parse(/var data = (\{.*\});/.exec(body)![1]!) as {
      redirect_uri: string;
      response: Record<string, string>;
    };
    return { data, verifier, state };
  }

  test('without an IdP session: login_required at once, posted only to the site that asked', async () => {
    const { data, state } = await webMessage(new Browser());
    assert.equal(data.redirect_uri, REDIRECT_URI);
    assert.equal(data.response['error'], 'login_required');
    assert.equal(data.response['state'], state);
    assert.equal(data.response['code'], undefined);
  });

  test('with an IdP session: a code that the page redeems with its PKCE verifier for the same person', async () => {
    const browser = new Browser();
    const first = await signIn(backend, 'p02', undefined, browser);
    const { data, verifier, state } = await webMessage(browser);
    assert.equal(data.response['state'], state);
    assert.ok(data.response['code']);
    const callback = new URL(REDIRECT_URI);
    for (const [k, v] of Object.entries(data.response)) callback.searchParams.set(k, v);
    const tokens = await exchange(config, callback, verifier, state);
    assert.equal(tokens.claims()!.sub, first.tokens.claims()!.sub);
    assert.equal(tokens.claims()!['given_name'], 'Jan');
  });
});
