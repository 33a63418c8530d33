/**
 * The APIs over real HTTP with real tokens from the real sign-in: contract (every response
 * validated against openapi.yaml), data semantics (filter, sort, paging on 100,000 dossiers),
 * widget config against the elements' schema, CORS and robustness.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { LoketConfigSchema } from '../../elements/src/config/schema.ts';
import { Validator } from '@seriousme/openapi-schema-validator';
import { covered, spec, validateResponse } from './contract.ts';
import { api, signIn, startTestBackend, type TestBackend } from './helpers.ts';

let backend: TestBackend;
const tokens: Record<string, string> = {};

/** GET + contract validation of whatever comes back. */
async function get(path: string, token?: string, headers: Record<string, string> = {}) {
  const res = await api(backend, path, token, { headers });
  validateResponse('GET', path, res.status, res.headers.get('content-type'), res.body);
  return res;
}

type Page = {
  items: {
    id: string;
    title: string;
    reference: string;
    entity: { name: string };
    status: { code: string };
    actionRequired: boolean;
    action?: { dueDate: string };
    lastChanged: string;
  }[];
  total: number;
  page: number;
  pageSize: number;
  counts: { open: number; closed: number; actionRequired: number };
};

before(async () => {
  backend = await startTestBackend();
  tokens['citizen'] = (await signIn(backend, 'p01')).tokens.access_token;
  tokens['speelplein'] = (await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' })).tokens.access_token;
  tokens['koepel'] = (await signIn(backend, 'p03', { cap_hint: 'VER', code_hint: 'V0001002' })).tokens.access_token;
  tokens['company'] = (await signIn(backend, 'p04', { cap_hint: 'EA', code_hint: '0765123429' })).tokens.access_token;
  tokens['toneel'] = (await signIn(backend, 'p03', { cap_hint: 'VER', code_hint: 'V0001003' })).tokens.access_token;
});
after(async () => {
  await backend.close();
  // Every documented operation was exercised and validated with a success response.
  const ops = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ['get', 'put', 'post', 'patch', 'delete'].includes(m))
      .map((m) => `${m.toUpperCase()} ${path} 200`),
  );
  const missing = ops.filter((op) => !covered.has(op));
  assert.deepEqual(missing, [], 'operations never validated');
});

describe('contract: every endpoint, several personas', () => {
  test('health and public endpoints', async () => {
    assert.equal((await get('/healthz')).status, 200);
    for (const id of ['gemeente-voorbeeld', 'stad-scheldeburg', 'gemeente-heidebeek'])
      assert.equal((await get(`/api/widget-config/${id}`)).status, 200);
    assert.equal((await get('/api/widget-config/gemeente-onbekend')).status, 404);
    assert.equal((await get('/api/widget-config/Bad_Id')).status, 400);
    assert.equal((await get('/api/services')).status, 200);
    assert.equal((await get('/api/services', tokens['citizen'])).status, 200);
  });

  for (const persona of ['citizen', 'speelplein', 'koepel', 'company']) {
    test(`${persona}: identities, dossiers, dossier, export, association`, async () => {
      const token = tokens[persona]!;
      const ids = await get('/api/me/identities', token);
      assert.equal(ids.status, 200);
      const list = (await get('/api/dossiers?status=open&sort=dueDate&pageSize=5', token)).body as Page;
      assert.ok(list.items.length > 0);
      assert.equal((await get(`/api/dossiers/${list.items[0]!.id}`, token)).status, 200);
      assert.equal((await get('/api/me/export', token)).status, 200);
      const active = (ids.body as { active: { type: string; code: string | null } }).active;
      const own = await get(`/api/associations/${active.type === 'VER' ? active.code : 'V0001234'}`, token);
      assert.equal(own.status, active.type === 'VER' ? 200 : 403);
      assert.equal((await get('/api/associations/V0001044', token)).status, 403);
      assert.equal((await get('/api/dossiers/D0000000-000001', token)).status, 404);
      assert.equal((await get('/api/dossiers?pageSize=0', token)).status, 400);
    });
  }

  test('401 responses follow the contract', async () => {
    for (const path of [
      '/api/me/identities',
      '/api/me/export',
      '/api/dossiers',
      '/api/dossiers/D0000000-000001',
      '/api/associations/V0001234',
    ]) {
      const res = await get(path);
      assert.equal(res.status, 401);
      assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
  });
});

describe('contract: every register change operation', () => {
  test('PATCH basics, POST/PATCH/DELETE per item, history — each answered 200 as documented', async () => {
    const base = '/api/associations/V0001003';
    let etag = (await get(base, tokens['toneel'])).headers.get('etag')!;
    const send = async (method: string, path: string, body?: unknown) => {
      const res = await api(backend, path, tokens['toneel'], {
        method,
        headers: { 'if-match': etag, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      assert.equal(res.status, 200, `${method} ${path}: ${JSON.stringify(res.body)}`);
      etag = res.headers.get('etag')!;
      return res.body as { vereniging: Record<string, { [k: string]: number }[]> };
    };
    await send('PATCH', base, { korteBeschrijving: 'Amateurtoneel, twee producties per seizoen.' });
    const adres = { straatnaam: 'Vlasmarkt', huisnummer: '5', postcode: '9998', gemeente: 'Scheldeburg' };
    const sections: [string, string, unknown, unknown][] = [
      ['locaties', 'locatieId', { locatietype: 'Activiteiten', adres }, { naam: 'Repetitiezaal' }],
      [
        'contactgegevens',
        'contactgegevenId',
        { contactgegeventype: 'Telefoon', waarde: '09 234 56 78' },
        { beschrijving: 'Kassa' },
      ],
      [
        'vertegenwoordigers',
        'vertegenwoordigerId',
        { insz: '85073003328', voornaam: 'Wim', achternaam: 'Mertens', rol: 'Bestuurslid' },
        { rol: 'Penningmeester' },
      ],
    ];
    for (const [section, idKey, add, patch] of sections) {
      const added = await send('POST', `${base}/${section}`, add);
      const id = added.vereniging[section]!.at(-1)![idKey]!;
      await send('PATCH', `${base}/${section}/${id}`, patch);
      await send('DELETE', `${base}/${section}/${id}`);
    }
    const history = await get(`${base}/historiek`, tokens['toneel']);
    assert.equal((history.body as { gebeurtenissen: unknown[] }).gebeurtenissen.length, 10);
  });
});

describe('the contract document', () => {
  test('openapi.yaml is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(new URL('../openapi.yaml', import.meta.url).pathname);
    assert.deepEqual(result, { valid: true });
    assert.equal((spec as unknown as { openapi: string }).openapi, '3.1.0');
  });
});

describe('identities', () => {
  test('a representative of several associations and a company sees all of them, and the active one', async () => {
    const koepel = (await get('/api/me/identities', tokens['koepel'])).body as {
      identities: { type: string; code: string | null; rol?: string }[];
      active: unknown;
    };
    assert.deepEqual(
      koepel.identities.map((i) => `${i.type}:${i.code}`),
      ['BUR:null', 'VER:V0001002', 'VER:V0001003', 'VER:V0001004'],
    );
    assert.deepEqual(koepel.active, { type: 'VER', code: 'V0001002' });
    assert.equal(koepel.identities[1]!.rol, 'Secretaris');
    const company = (await get('/api/me/identities', tokens['company'])).body as {
      identities: { type: string; code: string | null }[];
      active: unknown;
    };
    assert.deepEqual(
      company.identities.map((i) => `${i.type}:${i.code}`),
      ['BUR:null', 'VER:V0001005', 'EA:0765123429'],
    );
    assert.deepEqual(company.active, { type: 'EA', code: '0765123429' });
    const citizen = (await get('/api/me/identities', tokens['citizen'])).body as { identities: unknown[] };
    assert.equal(citizen.identities.length, 1);
  });
});

describe('dossiers of the 100,000-dossier association', () => {
  const q = (query: string) => get(`/api/dossiers?${query}`, tokens['koepel']).then((r) => r.body as Page);

  test('totals are exact and counts describe the whole identity', async () => {
    const all = await q('');
    assert.equal(all.total, 100_000);
    assert.equal(all.items.length, 20);
    assert.equal(all.counts.open + all.counts.closed, 100_000);
    const open = await q('status=open');
    const closed = await q('status=closed');
    const action = await q('actionRequired=true');
    assert.equal(open.total, all.counts.open);
    assert.equal(closed.total, all.counts.closed);
    assert.equal(action.total, all.counts.actionRequired);
    assert.deepEqual(open.counts, all.counts, 'counts do not depend on the filter');
    assert.ok(open.items.every((d) => ['ontvangen', 'in-behandeling', 'aanvulling-gevraagd'].includes(d.status.code)));
    assert.ok(closed.items.every((d) => !['ontvangen', 'in-behandeling', 'aanvulling-gevraagd'].includes(d.status.code)));
    assert.ok(action.items.every((d) => d.actionRequired && d.action && d.status.code === 'aanvulling-gevraagd'));
  });

  test('sorting and paging', async () => {
    const p1 = await q('sort=-lastChanged&page=1&pageSize=50');
    const p2 = await q('sort=-lastChanged&page=2&pageSize=50');
    const times = [...p1.items, ...p2.items].map((d) => Date.parse(d.lastChanged));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first across pages',
    );
    const ids = new Set([...p1.items, ...p2.items].map((d) => d.id));
    assert.equal(ids.size, 100, 'pages do not overlap');
    const asc = await q('sort=lastChanged&pageSize=10');
    assert.ok(Date.parse(asc.items[0]!.lastChanged) <= Date.parse(asc.items[9]!.lastChanged));
    const last = await q('page=5000&pageSize=20');
    assert.equal(last.items.length, 20);
    const beyond = await q('page=5001&pageSize=20');
    assert.equal(beyond.items.length, 0);
    assert.equal(beyond.total, 100_000);
    const due = await q('actionRequired=true&sort=dueDate&pageSize=100');
    const dues = due.items.map((d) => d.action!.dueDate);
    assert.deepEqual(dues, [...dues].sort());
    const dueDesc = await q('actionRequired=true&sort=-dueDate&pageSize=100');
    const duesDesc = dueDesc.items.map((d) => d.action!.dueDate);
    assert.deepEqual(duesDesc, [...duesDesc].sort().reverse());
  });

  test('text search', async () => {
    const res = await q('q=Jeugdwerk&status=open&pageSize=100');
    assert.ok(res.total > 0 && res.total < res.counts.open);
    assert.ok(res.items.every((d) => `${d.title} ${d.entity.name} ${d.reference}`.toLowerCase().includes('jeugdwerk')));
    const one = res.items[0]!;
    const byRef = await q(`q=${encodeURIComponent(one.reference)}`);
    assert.ok(byRef.items.some((d) => d.id === one.id));
    const none = await q('q=bestaat-niet-xyz');
    assert.equal(none.total, 0);
  });

  test('dossier detail has a chronological history ending in the current status', async () => {
    const page = await q('actionRequired=true&pageSize=1');
    const d = (await get(`/api/dossiers/${page.items[0]!.id}`, tokens['koepel'])).body as Page['items'][number] & {
      history: { status: { code: string }; date: string; note?: string }[];
    };
    assert.equal(d.history.at(-1)!.status.code, d.status.code);
    assert.equal(d.history.at(-1)!.date, d.lastChanged);
    const dates = d.history.map((h) => Date.parse(h.date));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => a - b),
    );
    assert.equal(
      d.history.at(-1)!.note,
      (d as unknown as { action: { description: string } }).action.description,
      'the requested action is noted',
    );
  });

  test('the 100-dossier association has exactly 100', async () => {
    const res = (await get('/api/dossiers?pageSize=100', tokens['speelplein'])).body as Page;
    assert.equal(res.total, 100);
    assert.equal(res.items.length, 100);
    assert.equal(new Set(res.items.map((d) => d.id)).size, 100);
    const levels = new Set(res.items.map((d) => (d as unknown as { entity: { level: string } }).entity.level));
    assert.deepEqual([...levels].sort(), ['Vlaams', 'federaal', 'lokaal', 'provinciaal']);
  });
});

describe('catalogue', () => {
  test('filters by audience and theme, pages with a total', async () => {
    const all = (await get('/api/services?pageSize=100')).body as {
      items: { doelgroepen: string[]; themas: string[] }[];
      total: number;
    };
    assert.ok(all.total >= 100);
    const ver = (await get('/api/services?audience=Vereniging&pageSize=100')).body as typeof all;
    assert.ok(ver.total > 0 && ver.total < all.total);
    assert.ok(ver.items.every((p) => p.doelgroepen.includes('Vereniging')));
    const theme = (await get('/api/services?audience=Onderneming&theme=EconomieWerk')).body as typeof all;
    assert.ok(theme.total > 0);
    assert.ok(theme.items.every((p) => p.doelgroepen.includes('Onderneming') && p.themas.includes('EconomieWerk')));
    assert.equal((await get('/api/services?audience=Martian')).status, 400);
    assert.equal((await get('/api/services?theme=Nope')).status, 400);
  });
});

describe('widget configuration', () => {
  for (const id of ['gemeente-voorbeeld', 'stad-scheldeburg', 'gemeente-heidebeek']) {
    test(`${id} is valid against the elements' LoketConfigSchema and points at this backend`, async () => {
      const res = await get(`/api/widget-config/${id}`);
      const parsed = v.safeParse(LoketConfigSchema, res.body);
      assert.ok(parsed.success, JSON.stringify(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`)));
      const config = res.body as { municipality: { id: string }; auth: { authority: string; apiBase: string; clientId: string } };
      assert.equal(config.municipality.id, id);
      assert.deepEqual(config.auth, { authority: backend.issuer, apiBase: `${backend.issuer}/api`, clientId: 'loket-demo' });
    });
  }
});

describe('CORS', () => {
  test('preflight and responses for allowed origins only', async () => {
    const ok = await fetch(`${backend.url}/api/dossiers`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:4000',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:4000');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
    const evil = await fetch(`${backend.url}/api/dossiers`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const getAllowed = await api(backend, '/api/me/identities', tokens['citizen'], {
      headers: { origin: 'http://127.0.0.1:4001' },
    });
    assert.equal(getAllowed.headers.get('access-control-allow-origin'), 'http://127.0.0.1:4001');
    const getEvil = await api(backend, '/api/me/identities', tokens['citizen'], { headers: { origin: 'http://evil.example' } });
    assert.equal(getEvil.headers.get('access-control-allow-origin'), null);
    // The IdP's token endpoint answers CORS for the same origins (refresh from the browser).
    const token = await fetch(`${backend.url}/token`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'POST' },
    });
    assert.equal(token.headers.get('access-control-allow-origin'), 'http://localhost:6006');
    const tokenPreflightEvil = await fetch(`${backend.url}/token`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(tokenPreflightEvil.headers.get('access-control-allow-origin'), null);
    for (const path of ['/.well-known/openid-configuration', '/jwks']) {
      const good = await fetch(`${backend.url}${path}`, { headers: { origin: 'http://localhost:4001' } });
      assert.equal(good.headers.get('access-control-allow-origin'), 'http://localhost:4001', path);
      const evil = await fetch(`${backend.url}${path}`, { headers: { origin: 'http://evil.example' } });
      assert.equal(evil.status, 200);
      assert.equal(evil.headers.get('access-control-allow-origin'), null, path);
    }
    // The origin is also enforced on the actual token request, once the client is identified.
    const tokenEvil = await fetch(`${backend.url}/token`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x', client_id: 'loket-demo' }),
    });
    assert.equal(tokenEvil.status, 400);
    assert.equal(tokenEvil.headers.get('access-control-allow-origin'), null);
    assert.match(await tokenEvil.text(), /origin http:\/\/evil\.example not allowed/);
  });
});

describe('robustness', () => {
  const token = () => tokens['speelplein']!;
  for (const query of [
    'pageSize=0',
    'pageSize=101',
    'page=0',
    'page=abc',
    'page=1.5',
    'status=pending',
    'sort=title',
    'actionRequired=yes',
    'unknown=1',
    'page=1&page=2',
    `q=${'x'.repeat(101)}`,
    'q=%01',
  ]) {
    test(`GET /api/dossiers?${query.slice(0, 30)} → 400 problem`, async () => {
      const res = await get(`/api/dossiers?${query}`, token());
      assert.equal(res.status, 400);
      assert.equal((res.body as { status: number }).status, 400);
    });
  }

  test('unknown or repeated query parameters → 400 on every endpoint that takes none', async () => {
    for (const path of ['/healthz', '/api/me/identities', '/api/me/export', '/api/widget-config/gemeente-voorbeeld']) {
      for (const query of ['foo=1', 'foo=1&foo=2']) {
        const res = await get(`${path}?${query}`, token());
        assert.equal(res.status, 400, `${path}?${query}`);
        assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      }
    }
  });

  test('the public widget config ignores any Authorization header: it is the same for everyone', async () => {
    const plain = await get('/api/widget-config/gemeente-voorbeeld');
    for (const authorization of ['Bearer not-a-token', 'Basic YTpi', `Bearer ${token()}`]) {
      const res = await get('/api/widget-config/gemeente-voorbeeld', undefined, { authorization });
      assert.equal(res.status, 200, authorization.slice(0, 12));
      assert.deepEqual(res.body, plain.body);
    }
  });

  test('malformed path parameters → 400', async () => {
    assert.equal((await get('/api/associations/X123', token())).status, 400);
    assert.equal((await get('/api/associations/V0000999', token())).status, 400);
    assert.equal((await get('/api/dossiers/bad%20id!', token())).status, 400);
    const enc = await api(backend, '/api/dossiers/%E0%A4%A', token());
    assert.equal(enc.status, 400);
    assert.match(enc.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  test('unknown routes → 404 problem+json, on the API and the IdP', async () => {
    for (const path of ['/api/nope', '/api', '/nope', '/interaction']) {
      const res = await api(backend, path);
      assert.equal(res.status, 404, path);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/, path);
    }
  });

  test('non-GET methods, bodies and huge URLs are refused', async () => {
    const post = await api(backend, '/api/dossiers', token(), { method: 'POST', body: '{}' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
    // A request with a large body (raw request: fetch refuses GET bodies).
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${backend.url}/api/dossiers`,
        { method: 'GET', headers: { 'content-length': '50000', authorization: `Bearer ${token()}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('x'.repeat(50_000));
    });
    assert.equal(status, 413);
    const long = await api(backend, `/api/dossiers?q=${'a'.repeat(3000)}`, token());
    assert.equal(long.status, 414);
  });

  test('no stack traces or internals in any error body', async () => {
    for (const path of ['/api/dossiers?page=abc', '/api/dossiers/%E0%A4%A', '/nope', '/api/me/identities']) {
      const res = await api(backend, path, path.endsWith('identities') ? 'garbage.token.here' : undefined);
      const text = JSON.stringify(res.body);
      assert.doesNotMatch(text, /\bat [\w.<>]+ \(|node:internal|\/work\/|\.ts:\d+/);
    }
  });
});
