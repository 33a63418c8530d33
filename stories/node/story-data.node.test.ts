/**
 * The stories' backend (stories/mock-api) keeps to the contract: every kind of answer a story gets
 * is validated against packages/mock-backend/openapi.yaml with the backend's own contract test
 * helper, so the stories cannot drift from what a real backend may send. And the stories are
 * complete: every element has a stories file and a docs entry.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { getResponse } from 'msw';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { spec, validateResponse } from '../../packages/mock-backend/test/contract.ts';
import { handlers, storyToken, type BackendMode } from '../mock-api/handlers.ts';
import { capacitiesOfPersona, fx } from '../mock-api/data.ts';
import { ELEMENT_DOCS } from '../docs.ts';

const ORIGIN = 'http://127.0.0.1:6006';

async function get(path: string, token?: string): Promise<{ status: number; type: string | null; body: unknown }> {
  const request = new Request(`${ORIGIN}/mock-api${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const response = await getResponse(handlers, request);
  assert.ok(response, `no handler answers ${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

/** GET, then validated against openapi.yaml: status documented, content type, body schema. */
async function valid(path: string, token?: string) {
  const res = await get(path, token);
  validateResponse('GET', path, res.status, res.type, res.body);
  return res;
}

const personas = fx.persons.filter((p) => p.persona).map((p) => p.id);
const token = (id: string, type: 'BUR' | 'VER' | 'EA' = 'BUR', code: string | null = null, mode: BackendMode = 'ok') =>
  storyToken(id, { type, code }, mode);

describe('stories backend: every answer follows openapi.yaml', () => {
  test('identities of every persona in every capacity, and the 30 of the long list', async () => {
    for (const id of personas) {
      for (const c of capacitiesOfPersona(id)) {
        const res = await valid('/api/me/identities', token(id, c.type, c.code));
        assert.equal((res.body as { identities: unknown[] }).identities.length, capacitiesOfPersona(id).length);
      }
    }
    const many = await valid('/api/me/identities', token('p12', 'BUR', null, 'many'));
    assert.equal((many.body as { identities: unknown[] }).identities.length, 30);
  });

  test('dossier pages: every filter, sort, search and a later page, for citizen, association (100,000) and company', async () => {
    const owners = [
      token('p01'),
      token('p02', 'VER', 'V0001234'),
      token('p03', 'VER', 'V0001002'),
      token('p04', 'EA', '0765123429'),
    ];
    const queries = [
      '',
      '?pageSize=5',
      '?status=open',
      '?status=closed',
      '?actionRequired=true',
      '?sort=dueDate',
      '?q=subsidie',
      '?page=3&pageSize=5',
    ];
    for (const t of owners) for (const q of queries) await valid(`/api/dossiers${q}`, t);
    const empty = await valid('/api/dossiers?pageSize=5', token('p01', 'BUR', null, 'empty'));
    assert.deepEqual((empty.body as { total: number }).total, 0);
  });

  test('a dossier with its history; someone else’s is a 404', async () => {
    const hoeve = token('p02', 'VER', 'V0001234');
    const page = (await valid('/api/dossiers?pageSize=5', hoeve)).body as { items: { id: string }[] };
    const detail = await valid(`/api/dossiers/${page.items[0]!.id}`, hoeve);
    assert.ok((detail.body as { history: unknown[] }).history.length > 0);
    assert.equal((await valid(`/api/dossiers/${page.items[0]!.id}`, token('p01'))).status, 404);
  });

  test('the stories’ mixed page has several statuses and an "actie nodig"', async () => {
    const page = (await valid('/api/dossiers?pageSize=5', token('p02', 'VER', 'V0001234'))).body as {
      items: { status: { code: string }; actionRequired: boolean }[];
    };
    assert.ok(new Set(page.items.map((i) => i.status.code)).size >= 3);
    assert.ok(page.items.some((i) => i.actionRequired));
  });

  test('catalogue pages: public and per capacity, with filters, search, paging and the municipality; an association ranked with reasons', async () => {
    const queries = [
      '',
      '?audience=Burger&pageSize=3',
      '?audience=Vereniging&municipality=stad-scheldeburg',
      '?theme=CultuurSportVrijeTijd&type=FinancieelVoordeel',
      '?q=paspoort',
      '?page=2&pageSize=3',
    ];
    for (const t of [undefined, token('p01'), token('p08', 'VER', 'V0001004'), token('p04', 'EA', '0765123429')])
      for (const q of queries) await valid(`/api/services${q}`, t);
    const ranked = (await valid('/api/services?municipality=stad-scheldeburg', token('p08', 'VER', 'V0001004'))).body as {
      audience: string;
      items: { reasons: { naam: string }[]; eigen: boolean }[];
    };
    assert.equal(ranked.audience, 'Vereniging');
    assert.deepEqual(
      ranked.items[0]!.reasons.map((r) => r.naam),
      ['Sport'],
    );
    assert.ok(ranked.items.some((i) => i.eigen));
    assert.equal((await valid('/api/services?municipality=atlantis')).status, 400);
  });

  test('refusals: no token 401, a capacity the persona does not have 403', async () => {
    assert.equal((await valid('/api/dossiers')).status, 401);
    assert.equal((await valid('/api/me/identities', token('p01', 'VER', 'V0001234'))).status, 403);
  });

  test('"fail" answers 500 as the contract describes unexpected failures: problem+json', async () => {
    // openapi.yaml lists no 500 per operation; its description says "an unexpected failure 500 —
    // always as problem+json": checked against the Problem schema.
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(spec as object, 'openapi.json');
    const problem = ajv.compile({ $ref: 'openapi.json#/components/schemas/Problem' });
    for (const path of ['/api/me/identities', '/api/dossiers', '/api/services']) {
      const res = await get(path, token('p03', 'BUR', null, 'fail'));
      assert.equal(res.status, 500);
      assert.match(res.type ?? '', /^application\/problem\+json/);
      assert.ok(problem(res.body), ajv.errorsText(problem.errors));
    }
  });

  test('"never" does not answer', async () => {
    const request = new Request(`${ORIGIN}/mock-api/api/dossiers`, {
      headers: { authorization: `Bearer ${token('p01', 'BUR', null, 'never')}` },
    });
    const outcome = await Promise.race([
      getResponse(handlers, request).then(() => 'answered'),
      new Promise((r) => setTimeout(r, 100, 'pending')),
    ]);
    assert.equal(outcome, 'pending');
  });
});

describe('stories backend: the association register follows openapi.yaml and the register’s rules', () => {
  async function send(method: string, path: string, tok: string, body?: unknown, ifMatch?: string) {
    const headers: Record<string, string> = { authorization: `Bearer ${tok}` };
    if (ifMatch) headers['if-match'] = ifMatch;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const request = new Request(`${ORIGIN}/mock-api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const response = await getResponse(handlers, request);
    assert.ok(response, `no handler answers ${method} ${path}`);
    const res = {
      status: response.status,
      type: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      body: await response.json(),
    };
    validateResponse(method, path, res.status, res.type, res.body);
    return res;
  }
  const toneelkring = token('p03', 'VER', 'V0001003');

  test('the record for its representative; 403 for the same person as a citizen', async () => {
    const res = await send('GET', '/api/associations/V0001003', toneelkring);
    assert.equal(res.status, 200);
    assert.match(res.etag ?? '', /^"[\w-]+"$/);
    assert.equal((await send('GET', '/api/associations/V0001003', token('p03'))).status, 403);
  });

  test('changes: 428 without If-Match, 412 with a stale one, 400 with invalidParams, 200 with a new ETag', async () => {
    const { etag } = await send('GET', '/api/associations/V0001003', toneelkring);
    assert.equal((await send('PATCH', '/api/associations/V0001003', toneelkring, { roepnaam: 'De Schelde' })).status, 428);
    assert.equal(
      (await send('PATCH', '/api/associations/V0001003', toneelkring, { roepnaam: 'De Schelde' }, '"stale"')).status,
      412,
    );
    const bad = await send('PATCH', '/api/associations/V0001003', toneelkring, { doelgroep: { minimumleeftijd: 200 } }, etag!);
    assert.equal(bad.status, 400);
    assert.ok((bad.body as { invalidParams: unknown[] }).invalidParams.length > 0);
    const ok = await send('PATCH', '/api/associations/V0001003', toneelkring, { roepnaam: 'De Schelde' }, etag!);
    assert.equal(ok.status, 200);
    assert.notEqual(ok.etag, etag);
  });
});

describe('every element has its stories and docs', () => {
  const root = new URL('../../', import.meta.url);
  const components = new URL('packages/elements/src/components/', root);
  const tags = readdirSync(components, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.component.ts'))
    .flatMap((f) => /@tagname\s+(\S+)/.exec(readFileSync(new URL(f, components), 'utf8'))?.[1] ?? []);
  const stories = readdirSync(new URL('stories/', root))
    .filter((f) => f.endsWith('.stories.ts'))
    .map((f) => readFileSync(new URL(`stories/${f}`, root), 'utf8'));

  test('the components were found', () => assert.ok(tags.length >= 4, tags.join()));
  for (const tag of tags) {
    test(`<${tag}>: a stories file with component '${tag}' and docsPage('${tag}'), and an entry in stories/docs.ts`, () => {
      assert.ok(
        stories.some((s) => s.includes(`component: '${tag}'`) && s.includes(`docsPage('${tag}')`)),
        `no stories for <${tag}>`,
      );
      assert.ok(ELEMENT_DOCS[tag], `stories/docs.ts has no snippet and accessibility criteria for <${tag}>`);
    });
  }
});
