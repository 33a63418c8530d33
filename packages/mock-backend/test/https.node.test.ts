/** HTTPS (`tls` option, used by `npm start -- --https`): issuer, endpoints and Secure cookies. */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:https';
import { after, before, describe, test } from 'node:test';
import { DEMO_CLIENT_ID } from '../src/index.ts';
import { localhostCertificate, startTestBackend, type TestBackend } from './helpers.ts';

const RP = 'https://localhost:4000';

/** GET over TLS trusting only our certificate (as a browser that accepted it would). */
function get(
  url: string,
  ca: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('HTTPS', () => {
  let backend: TestBackend;
  let ca: string;
  before(async () => {
    const tls = await localhostCertificate();
    ca = tls.cert;
    backend = await startTestBackend({ origins: [RP], tls });
  });
  after(() => backend.close());

  test('the issuer, every discovered endpoint and the API are https://localhost', async () => {
    assert.match(backend.url, /^https:\/\/localhost:\d+$/);
    const res = await get(`${backend.url}/.well-known/openid-configuration`, ca);
    assert.equal(res.status, 200);
    const discovery = JSON.parse(res.body) as Record<string, unknown>;
    assert.equal(discovery['issuer'], backend.url);
    for (const key of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'end_session_endpoint']) {
      assert.ok(String(discovery[key]).startsWith(`${backend.url}/`), `${key}: ${String(discovery[key])}`);
    }
    assert.equal((await get(`${backend.url}/healthz`, ca)).status, 200);
  });

  test('a sign-in request sets only Secure, HttpOnly cookies', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const params = new URLSearchParams({
      client_id: DEMO_CLIENT_ID,
      redirect_uri: `${RP}/`,
      response_type: 'code',
      scope: 'openid',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    const discovery = JSON.parse((await get(`${backend.url}/.well-known/openid-configuration`, ca)).body) as {
      authorization_endpoint: string;
    };
    const res = await get(`${discovery.authorization_endpoint}?${params}`, ca);
    assert.equal(res.status, 303, res.body);
    const cookies = [res.headers['set-cookie'] ?? []].flat();
    assert.ok(cookies.length > 0, 'the interaction cookie is set');
    for (const c of cookies) {
      assert.match(c, /;\s*secure/i, c);
      assert.match(c, /;\s*httponly/i, c);
    }
  });

  test('plain HTTP on the HTTPS port gets no answer from the API', async () => {
    const plain = backend.url.replace('https:', 'http:');
    await assert.rejects(fetch(`${plain}/healthz`, { signal: AbortSignal.timeout(5000) }));
  });
});
