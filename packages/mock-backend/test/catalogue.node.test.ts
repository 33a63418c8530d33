/**
 * The catalogue (LPDC) over HTTP: search in title, description and keywords; filters by theme,
 * type and audience; paging with a total; the municipality's own products; ranking for the
 * caller's identity with machine-readable reasons; and the 10,000-product set.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACTIVITY_THEMES } from '../src/data/activity-themes.ts';
import { api, signIn, startTestBackend, type TestBackend } from './helpers.ts';

interface Item {
  id: string;
  titel: string;
  type: string;
  doelgroepen: string[];
  themas: string[];
  zoektermen: string[];
  uitvoerendeOverheid: string;
  eigen: boolean;
  reasons: { reason: string; code: string; naam: string; thema: string }[];
  links: { soort: string; url: string }[];
}
interface Page {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
  audience: string;
  rankedFor: { type: string; code: string | null } | null;
}

let backend: TestBackend;
const tokens: Record<string, string> = {};
const get = async (query: string, token?: string) => {
  const res = await api(backend, `/api/services${query ? `?${query}` : ''}`, token);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body as Page;
};

before(async () => {
  backend = await startTestBackend();
  tokens['citizen'] = (await signIn(backend, 'p01')).tokens.access_token;
  tokens['koepel'] = (await signIn(backend, 'p03', { cap_hint: 'VER', code_hint: 'V0001002' })).tokens.access_token;
  tokens['company'] = (await signIn(backend, 'p04', { cap_hint: 'EA', code_hint: '0765123429' })).tokens.access_token;
});
after(() => backend.close());

describe('catalogue: search, filters, paging', () => {
  test('search finds title, description and "ook bekend als" keywords, accent- and case-insensitive', async () => {
    const paspoort = await get('q=paspoort&pageSize=100');
    assert.ok(paspoort.total >= 3);
    assert.ok(
      paspoort.items.every((p) => p.titel === 'Reispas aanvragen'),
      'found by keyword only',
    );
    const cafe = await get('q=CAFÉ');
    assert.ok(
      cafe.items.some((p) => p.titel === 'Drank- en exploitatievergunning'),
      'keyword "cafe" matches "CAFÉ"',
    );
    const twoWords = await get('q=subsidie%20jeugd&pageSize=100');
    assert.ok(twoWords.total > 0);
    for (const p of twoWords.items) assert.match(JSON.stringify(p).toLowerCase(), /subsidie/);
    assert.equal((await get('q=xyzzy')).total, 0);
  });

  test('filters by theme, type and audience combine', async () => {
    const all = await get('pageSize=100');
    assert.equal(all.total, 104);
    const t = await get('type=Toelating&theme=EconomieWerk&audience=Onderneming&pageSize=100');
    assert.ok(t.total > 0 && t.total < all.total);
    for (const p of t.items) {
      assert.equal(p.type, 'Toelating');
      assert.ok(p.themas.includes('EconomieWerk') && p.doelgroepen.includes('Onderneming'));
    }
    for (const query of ['type=Vergunning', 'theme=Sport', 'audience=Martian', 'municipality=atlantis', 'municipality=Bad_Id']) {
      const res = await api(backend, `/api/services?${query}`);
      assert.equal(res.status, 400, query);
    }
  });

  test('server paging: a total, disjoint pages that add up, in a stable order', async () => {
    const seen = new Set<string>();
    let total = 0;
    for (let page = 1; page <= 6; page++) {
      const p = await get(`pageSize=20&page=${page}`);
      total = p.total;
      assert.equal(p.page, page);
      for (const i of p.items) seen.add(i.id);
    }
    assert.equal(seen.size, total, 'every product once over the pages');
    const titles = (await get('pageSize=100')).items.map((p) => p.titel);
    assert.deepEqual(
      titles,
      [...titles].sort((a, b) => a.localeCompare(b, 'nl')),
      'by title without a ranking',
    );
    assert.equal((await get('page=99')).items.length, 0);
  });

  test("with municipality: its own products first and marked, other municipalities' local products left out", async () => {
    const p = await get('municipality=stad-scheldeburg&pageSize=100');
    assert.equal(p.total, 32 + 5 + 3);
    const firstForeign = p.items.findIndex((i) => !i.eigen);
    assert.equal(firstForeign, 32);
    assert.ok(p.items.slice(0, 32).every((i) => i.uitvoerendeOverheid === 'Stad Scheldeburg'));
    assert.ok(!p.items.some((i) => /Voorbeeld|Heidebeek/.test(i.uitvoerendeOverheid)));
    assert.ok(
      (await get('pageSize=100')).items.every((i) => !i.eigen),
      'nothing is "own" without a municipality',
    );
  });
});

describe('catalogue: for whom', () => {
  test('signed out: all audiences, not ranked', async () => {
    const p = await get('');
    assert.equal(p.audience, 'all');
    assert.equal(p.rankedFor, null);
    assert.ok(p.items.every((i) => i.reasons.length === 0));
  });

  test('the audience follows the capacity (BUR → Burger, EA → Onderneming, VER → Vereniging); an explicit one wins', async () => {
    for (const [key, audience] of [
      ['citizen', 'Burger'],
      ['company', 'Onderneming'],
      ['koepel', 'Vereniging'],
    ] as const) {
      const p = await get('pageSize=100', tokens[key]);
      assert.equal(p.audience, audience);
      assert.ok(
        p.items.every((i) => i.doelgroepen.includes(audience)),
        key,
      );
    }
    const explicit = await get('audience=all', tokens['citizen']);
    assert.equal(explicit.audience, 'all');
    assert.equal(explicit.total, 104);
    assert.deepEqual((await get('', tokens['koepel'])).rankedFor, { type: 'VER', code: 'V0001002' });
  });

  test('an association sees the products that fit its main activities first, each with a reason', async () => {
    // Koepel Jeugdwerk: JGDW (Jeugdwerk) and VORM (Onderwijs & Vorming).
    const p = await get('pageSize=100&municipality=stad-scheldeburg', tokens['koepel']);
    const first = p.items[0]!;
    assert.deepEqual(
      first.reasons.map((r) => r.code),
      ['JGDW', 'VORM'],
      'a product fitting both activities comes first',
    );
    assert.deepEqual(first.reasons[0], {
      reason: 'hoofdactiviteit',
      code: 'JGDW',
      naam: 'Jeugdwerk',
      thema: first.reasons[0]!.thema,
    });
    const fits = (i: Item) =>
      i.themas.some((t) => ACTIVITY_THEMES.JGDW.includes(t as never) || ACTIVITY_THEMES.VORM.includes(t as never));
    const firstOther = p.items.findIndex((i) => i.reasons.length === 0);
    assert.ok(firstOther > 0);
    assert.ok(p.items.slice(0, firstOther).every(fits), 'every ranked product fits');
    assert.ok(
      p.items.slice(firstOther).every((i) => !fits(i)),
      'the rest does not',
    );
    const counts = p.items.map((i) => i.reasons.length);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'most matching activities first',
    );
  });

  test("the ranking follows the register at once: change the association's activities, the reasons change", async () => {
    const rec = await api(backend, '/api/associations/V0001002', tokens['koepel']);
    const res = await api(backend, '/api/associations/V0001002', tokens['koepel'], {
      method: 'PATCH',
      headers: { 'if-match': rec.headers.get('etag')!, 'content-type': 'application/json' },
      body: JSON.stringify({ hoofdactiviteitenVerenigingsloket: ['SPRT'] }),
    });
    assert.equal(res.status, 200);
    const p = await get('', tokens['koepel']);
    assert.deepEqual(p.items[0]!.reasons, [
      { reason: 'hoofdactiviteit', code: 'SPRT', naam: 'Sport', thema: 'CultuurSportVrijeTijd' },
    ]);
  });
});

describe('catalogue: 10,000 products', () => {
  test('pages, filters and searches the large set', async () => {
    const large = await startTestBackend({ catalogue: 'large' });
    try {
      const q = async (query: string) => {
        const res = await api(large, `/api/services?${query}`);
        assert.equal(res.status, 200);
        return res.body as Page;
      };
      const first = await q('pageSize=100');
      assert.equal(first.total, 10_000);
      assert.equal(first.items.length, 100);
      const last = await q('pageSize=100&page=100');
      assert.equal(last.items.length, 100);
      assert.equal((await q('pageSize=100&page=101')).items.length, 0);
      const ids = new Set([...first.items, ...last.items].map((i) => i.id));
      assert.equal(ids.size, 200, 'first and last pages are disjoint');
      const search = await q('q=paspoort&pageSize=5');
      assert.ok(search.total > 250, `${search.total} passport products over all municipalities`);
      const own = await q('municipality=gemeente-voorbeeld');
      assert.equal(own.total, 40, 'one municipality sees its own and the supra-local products only');
    } finally {
      await large.close();
    }
  });
});
