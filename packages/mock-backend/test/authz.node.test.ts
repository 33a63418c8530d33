/**
 * Authorization matrix: each persona × each capacity they hold × each identity-bound endpoint,
 * against their own identity and every other identity. Counts cross-identity reads (must be 0),
 * and proves the matrix really tried (hundreds of foreign reads attempted).
 *
 * Token checks: tampered, expired, wrong audience, wrong issuer, wrong typ, alg none, foreign
 * key → 401. A correctly signed token for a capacity the person does not hold → 403.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, decodeJwt, forgeToken, signIn, startTestBackend, type Hint, type TestBackend } from './helpers.ts';

let backend: TestBackend;

interface Actor {
  label: string;
  person: string;
  token: string;
  identity: string; // BUR:<name> | VER:<vCode> | EA:<kbo>
  dossierIds: string[];
}

const SIGN_INS: { person: string; hint?: Hint }[] = [
  { person: 'p01' },
  { person: 'p02' },
  { person: 'p02', hint: { cap_hint: 'VER', code_hint: 'V0001234' } },
  { person: 'p03', hint: { cap_hint: 'VER', code_hint: 'V0001002' } },
  { person: 'p03', hint: { cap_hint: 'VER', code_hint: 'V0001003' } },
  { person: 'p04', hint: { cap_hint: 'EA', code_hint: '0765123429' } },
  { person: 'p04', hint: { cap_hint: 'VER', code_hint: 'V0001005' } },
  { person: 'p07', hint: { cap_hint: 'EA', code_hint: '0801234549' } },
  { person: 'p12', hint: { cap_hint: 'VER', code_hint: 'V0001002' } },
];
const actors: Actor[] = [];
/** Every vCode of the register, to probe /api/associations. */
const ALL_VCODES = ['V0001234', 'V0001002', 'V0001003', 'V0001005', 'V0001010', 'V0001044'];

before(async () => {
  backend = await startTestBackend();
  for (const s of SIGN_INS) {
    const { tokens } = await signIn(backend, s.person, s.hint);
    const claims = decodeJwt(tokens.access_token).payload;
    const identity =
      claims['vo_doelgroepcode'] === 'BUR' ? `BUR:${s.person}` : `${claims['vo_doelgroepcode']}:${claims['vo_orgcode']}`;
    const page = await api(backend, '/api/dossiers?pageSize=100', tokens.access_token);
    assert.equal(page.status, 200);
    const ids = (page.body as { items: { id: string }[] }).items.map((d) => d.id);
    actors.push({ label: `${s.person} as ${identity}`, person: s.person, token: tokens.access_token, identity, dossierIds: ids });
  }
});
after(() => backend.close());

describe('authorization matrix', () => {
  test('0 cross-identity reads over every persona, capacity and identity-bound endpoint', async (t) => {
    let attempts = 0;
    const leaks: string[] = [];
    const ownReads: Record<string, number> = {};
    for (const actor of actors) {
      // Own data is readable…
      for (const id of actor.dossierIds.slice(0, 3)) {
        const res = await api(backend, `/api/dossiers/${id}`, actor.token);
        assert.equal(res.status, 200, `${actor.label} reads own dossier ${id}`);
        ownReads[actor.label] = (ownReads[actor.label] ?? 0) + 1;
      }
      // …nobody else's dossiers, whichever identity they belong to (also the same person's
      // other capacities: a token acts for one identity only).
      for (const other of actors) {
        if (other.identity === actor.identity) continue;
        for (const id of other.dossierIds.slice(0, 5)) {
          if (actor.dossierIds.includes(id)) continue;
          attempts++;
          const res = await api(backend, `/api/dossiers/${id}`, actor.token);
          if (res.status !== 404 && res.status !== 403)
            leaks.push(`${actor.label} read dossier ${id} of ${other.identity}: ${res.status}`);
        }
      }
      // Register records (with representatives' contact data) only for the association acted for.
      for (const vCode of ALL_VCODES) {
        const res = await api(backend, `/api/associations/${vCode}`, actor.token);
        if (actor.identity === `VER:${vCode}`) {
          assert.equal(res.status, 200, `${actor.label} reads own register record`);
        } else {
          attempts++;
          if (res.status !== 403 && res.status !== 404) leaks.push(`${actor.label} read association ${vCode}: ${res.status}`);
          assert.doesNotMatch(JSON.stringify(res.body), /vertegenwoordigers|e-mail/);
        }
      }
      // The list endpoints answer with the token's identity, whatever is asked for.
      const list = await api(backend, '/api/dossiers?pageSize=100', actor.token);
      for (const d of (list.body as { items: { id: string }[] }).items) {
        const owner = actors.find((a) => a.identity !== actor.identity && a.dossierIds.includes(d.id));
        if (owner) leaks.push(`${actor.label} listed dossier ${d.id} of ${owner.identity}`);
      }
      for (const other of actors) {
        if (other.identity === actor.identity) continue;
        attempts++;
        const bySearch = await api(backend, `/api/dossiers?q=${encodeURIComponent(other.dossierIds[0]!)}`, actor.token);
        if ((bySearch.body as { total: number }).total !== 0)
          leaks.push(`${actor.label} found ${other.identity}'s dossier by searching its id`);
      }
      const ids = (await api(backend, '/api/me/identities', actor.token)).body as {
        identities: { type: string; code: string | null }[];
        active: { type: string; code: string | null };
      };
      const active = ids.active.type === 'BUR' ? `BUR:${actor.person}` : `${ids.active.type}:${ids.active.code}`;
      assert.equal(active, actor.identity);
      const exported = (await api(backend, '/api/me/export', actor.token)).body as { person: { voornaam: string } };
      const exportText = JSON.stringify(exported);
      for (const other of actors) {
        if (other.person === actor.person) continue;
        attempts++;
        const otherExport = (await api(backend, '/api/me/export', other.token)).body as { person: { insz: string } };
        if (exportText.includes(otherExport.person.insz)) leaks.push(`${actor.label}'s export contains ${other.person}'s INSZ`);
      }
    }
    t.diagnostic(
      `${actors.length} persona/capacity tokens, ${attempts} cross-identity reads attempted, ${leaks.length} succeeded`,
    );
    assert.deepEqual(leaks, [], 'cross-identity reads');
    assert.ok(attempts > 300, `the matrix attempted ${attempts} foreign reads`);
    assert.equal(Object.keys(ownReads).length, actors.length);
  });

  test('the same person acting for another capacity sees different dossiers', () => {
    const p03koepel = actors.find((a) => a.identity === 'VER:V0001002' && a.person === 'p03')!;
    const p12koepel = actors.find((a) => a.identity === 'VER:V0001002' && a.person === 'p12')!;
    const p03toneel = actors.find((a) => a.identity === 'VER:V0001003')!;
    assert.deepEqual(p03koepel.dossierIds, p12koepel.dossierIds, 'two representatives of one association see the same dossiers');
    assert.equal(p03koepel.dossierIds.filter((id) => p03toneel.dossierIds.includes(id)).length, 0);
  });
});

describe('access tokens', () => {
  let good: string;
  let sub: string;
  let grant: string;
  before(() => {
    const a = actors.find((x) => x.identity === 'VER:V0001234')!;
    good = a.token;
    sub = String(decodeJwt(good).payload['sub']);
    grant = String(decodeJwt(good).payload['grant_id']);
  });

  // A forged token names a live grant, so that each case below fails for its own reason only.
  const base = () => ({
    sub,
    grant_id: grant,
    vo_doelgroepcode: 'VER',
    vo_orgcode: 'V0001234',
    vo_orgnaam: 'Speelpleinwerking Hoeve vzw',
  });

  test('a correctly signed token is accepted (control)', async () => {
    assert.equal((await api(backend, '/api/dossiers', good)).status, 200);
    assert.equal((await api(backend, '/api/dossiers', await forgeToken(backend, base()))).status, 200);
  });

  const cases: [string, () => Promise<string>][] = [
    [
      'tampered payload',
      async () => {
        const [h, p, s] = good.split('.');
        const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
        payload['vo_orgcode'] = 'V0001002';
        return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
      },
    ],
    ['tampered signature', async () => `${good.slice(0, -6)}${good.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`],
    ['expired', () => forgeToken(backend, base(), { expiresIn: -60 })],
    ['wrong audience', () => forgeToken(backend, base(), { aud: 'http://localhost:9/api' })],
    ['audience = the client (an ID token)', () => forgeToken(backend, base(), { aud: 'loket-demo' })],
    ['wrong issuer', () => forgeToken(backend, base(), { iss: 'http://127.0.0.1:3000' })],
    ['typ JWT instead of at+jwt', () => forgeToken(backend, base(), { typ: 'JWT' })],
    ['signed with another key', () => forgeToken(backend, base(), { key: 'other' })],
    [
      'alg none',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        const h = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url');
        const p = Buffer.from(
          JSON.stringify({ ...base(), iss: backend.issuer, aud: `${backend.issuer}/api`, iat: now, exp: now + 300 }),
        ).toString('base64url');
        return `${h}.${p}.`;
      },
    ],
    ['unknown subject', () => forgeToken(backend, { ...base(), sub: 'not-a-known-pseudonym' })],
    ['no grant', () => forgeToken(backend, { ...base(), grant_id: undefined })],
    ['a grant the provider does not hold', () => forgeToken(backend, { ...base(), grant_id: 'not-a-grant' })],
    ['garbage', async () => 'not-a-jwt'],
  ];
  for (const [name, make] of cases) {
    test(`${name} → 401`, async () => {
      const token = await make();
      for (const path of ['/api/dossiers', '/api/me/identities', '/api/associations/V0001234']) {
        const res = await api(backend, path, token);
        assert.equal(res.status, 401, `${path}`);
        assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer realm="loket"/);
      }
    });
  }

  test('an ID token is not an access token', async () => {
    const { tokens } = await signIn(backend, 'p01');
    assert.equal((await api(backend, '/api/me/identities', tokens.id_token!)).status, 401);
  });

  test('a validly signed token for a capacity the person does not hold → 403, never data', async () => {
    for (const [type, code] of [
      ['VER', 'V0001002'],
      ['EA', '0765123429'],
      ['VER', 'V0009999'],
    ]) {
      const token = await forgeToken(backend, { ...base(), vo_doelgroepcode: type, vo_orgcode: code });
      // Also where a token is optional: one that is sent must still hold.
      for (const path of ['/api/dossiers', '/api/me/identities', '/api/services']) {
        const res = await api(backend, path, token);
        assert.equal(res.status, 403, `${path} ${type} ${code}`);
        assert.equal((res.body as { items?: unknown }).items, undefined);
      }
    }
  });

  test('wrong authorization scheme → 401', async () => {
    const res = await api(backend, '/api/dossiers', undefined, {
      headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    });
    assert.equal(res.status, 401);
  });
});
