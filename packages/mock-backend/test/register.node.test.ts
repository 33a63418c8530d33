/**
 * Register changes over real HTTP with real tokens: conditional requests (428 / 412 / ETag),
 * field validation (400 invalidParams per field kind), the rules of the real register per type
 * (FV vs in the KBO), representatives (one primary remains), authorization (403 for a citizen
 * capacity and for another association), audit (field names, never values), history, and that
 * every reader sees a change at once. Every response is validated against openapi.yaml.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { buildFixtures } from '../src/data/fixtures.ts';
import { api, decodeJwt, signIn, startTestBackend, type TestBackend } from './helpers.ts';

let backend: TestBackend;
const tokens: Record<string, string> = {};
const fx = buildFixtures();
const INSZ = fx.persons.map((p) => p.insz);

interface Record_ {
  vereniging: {
    naam: string;
    roepnaam: string | null;
    korteBeschrijving: string;
    doelgroep: { minimumleeftijd: number; maximumleeftijd: number };
    hoofdactiviteitenVerenigingsloket: { code: string; naam: string }[];
    locaties: { locatieId: number; locatietype: string; isPrimair: boolean; naam: string | null; adres: { postcode: string } }[];
    contactgegevens: {
      contactgegevenId: number;
      contactgegeventype: string;
      waarde: string;
      beschrijving: string;
      isPrimair: boolean;
    }[];
    vertegenwoordigers: {
      vertegenwoordigerId: number;
      voornaam: string;
      achternaam: string;
      isPrimair: boolean;
      rol: string | null;
    }[];
  };
  wijzigbaar: { bron: string | null; basisgegevens: string[] };
}
type Problem = { status: number; detail?: string; invalidParams?: { name: string; reason: string; code?: string }[] };

const read = async (vCode: string, token: string) => {
  const res = await api(backend, `/api/associations/${vCode}`, token);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return { record: res.body as Record_, etag: res.headers.get('etag')!, headers: res.headers };
};

/** A change with If-Match (unless `ifMatch` is null) and a JSON body (unless undefined). */
function change(
  method: 'PATCH' | 'POST' | 'DELETE',
  path: string,
  token: string | undefined,
  body: unknown,
  ifMatch: string | null,
  headers: Record<string, string> = {},
) {
  const h: Record<string, string> = { ...headers };
  if (ifMatch !== null) h['if-match'] = ifMatch;
  if (body !== undefined) h['content-type'] ??= 'application/json';
  return api(backend, path, token, {
    method,
    headers: h,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

/** PATCH/POST/DELETE on the current ETag; asserts 200 and returns the new record and ETag. */
async function ok(method: 'PATCH' | 'POST' | 'DELETE', vCode: string, sub: string, token: string, body?: unknown) {
  const { etag } = await read(vCode, token);
  const res = await change(method, `/api/associations/${vCode}${sub}`, token, body, etag);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const next = res.headers.get('etag')!;
  assert.notEqual(next, etag, 'a change gets a new ETag');
  return { record: res.body as Record_, etag: next, headers: res.headers };
}

/** Asserts a 400 that names `name` with `code`. */
async function refused(res: Awaited<ReturnType<typeof change>>, name: string, code: string) {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  const params = (res.body as Problem).invalidParams ?? [];
  assert.ok(
    params.some((p) => p.name === name && p.code === code && p.reason.length > 0),
    `expected ${name}/${code} in ${JSON.stringify(params)}`,
  );
}

before(async () => {
  backend = await startTestBackend();
  const sign = async (key: string, person: string, code?: string) =>
    (tokens[key] = (await signIn(backend, person, code ? { cap_hint: 'VER', code_hint: code } : undefined)).tokens.access_token);
  await Promise.all([
    sign('toneel', 'p03', 'V0001003'), // Els Maes, primary representative of an FV
    sign('koepel', 'p03', 'V0001002'), // Els Maes, secretary of a VZW
    sign('elsCitizen', 'p03'),
    sign('molenwijk', 'p04', 'V0001005'), // Pieter De Smet, sole representative of an FV
    sign('toren', 'p12', 'V0001011'), // Koen Goossens, a VZER
    sign('anna', 'p01'),
  ]);
});
after(() => backend.close());

describe('the register record', () => {
  test('has the register fields, a strong ETag, what the type may change, and never an INSZ', async () => {
    const { record, etag, headers } = await read('V0001002', tokens['koepel']!);
    assert.match(etag, /^"[A-Za-z0-9_-]+"$/);
    assert.equal(record.vereniging.roepnaam, 'Jeugdraad Scheldeburg');
    assert.deepEqual(record.vereniging.doelgroep, { minimumleeftijd: 6, maximumleeftijd: 30 });
    assert.equal(record.wijzigbaar.bron, 'KBO');
    assert.ok(!record.wijzigbaar.basisgegevens.includes('naam'));
    const fv = await read('V0001003', tokens['toneel']!);
    assert.equal(fv.record.wijzigbaar.bron, null);
    assert.ok(fv.record.wijzigbaar.basisgegevens.includes('naam'));
    const text = JSON.stringify([record, fv.record]);
    for (const insz of INSZ) assert.ok(!text.includes(insz), 'no INSZ in the record');
    assert.doesNotMatch(text, /insz/i);
    assert.match(headers.get('x-correlation-id') ?? '', /^[0-9a-f-]{36}$/, 'a correlation id is made when none is sent');
    // Reading twice gives the same ETag (content hash, not a counter per read).
    assert.equal((await read('V0001002', tokens['koepel']!)).etag, etag);
  });

  test('X-Correlation-Id is echoed on every answer, success and problem alike', async () => {
    const id = 'loket-test:42';
    for (const [path, token, status] of [
      ['/api/associations/V0001003', tokens['toneel'], 200],
      ['/api/associations/V0001002', tokens['toneel'], 403],
      ['/api/services', undefined, 200],
      ['/api/dossiers', undefined, 401],
    ] as const) {
      const res = await api(backend, path, token, { headers: { 'x-correlation-id': id } });
      assert.equal(res.status, status, path);
      assert.equal(res.headers.get('x-correlation-id'), id, path);
    }
    const res = await change('PATCH', '/api/associations/V0001003', tokens['toneel'], { korteNaam: 'x' }, null, {
      'x-correlation-id': id,
    });
    assert.equal(res.status, 428);
    assert.equal(res.headers.get('x-correlation-id'), id);
    const bad = await api(backend, '/healthz', undefined, { headers: { 'x-correlation-id': 'a b<script>' } });
    assert.match(bad.headers.get('x-correlation-id') ?? '', /^[0-9a-f-]{36}$/, 'a malformed one is replaced, not reflected');
  });
});

describe('conditional changes', () => {
  const path = '/api/associations/V0001003';
  test('without If-Match → 428; * and weak tags do not count either; nothing changes', async () => {
    const before = await read('V0001003', tokens['toneel']!);
    for (const ifMatch of [null, '*', `W/${before.etag}`]) {
      const res = await change('PATCH', path, tokens['toneel'], { korteNaam: 'Schelde' }, ifMatch);
      assert.equal(res.status, 428, String(ifMatch));
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    }
    const after = await read('V0001003', tokens['toneel']!);
    assert.equal(after.etag, before.etag);
  });

  test('a stale If-Match → 412 with the current ETag; the other change is kept', async () => {
    const first = await read('V0001003', tokens['toneel']!);
    const done = await change('PATCH', path, tokens['toneel'], { korteBeschrijving: 'Amateurtoneel sinds 1962.' }, first.etag);
    assert.equal(done.status, 200);
    const current = done.headers.get('etag')!;
    // A second tab still holds the first ETag.
    const stale = await change('PATCH', path, tokens['toneel'], { korteBeschrijving: 'Overschreven?' }, first.etag);
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('etag'), current);
    const now = await read('V0001003', tokens['toneel']!);
    assert.equal(now.record.vereniging.korteBeschrijving, 'Amateurtoneel sinds 1962.');
    assert.equal(now.etag, current);
    // Retrying on the current ETag works; a list of tags that includes it works too.
    const retry = await change('PATCH', path, tokens['toneel'], { korteBeschrijving: 'Tweede versie.' }, `"x", ${current}`);
    assert.equal(retry.status, 200);
  });

  test('a change that changes nothing keeps the ETag', async () => {
    const { record, etag } = await read('V0001003', tokens['toneel']!);
    const res = await change('PATCH', path, tokens['toneel'], { korteNaam: record.vereniging.naam ? 'De Schelde' : '' }, etag);
    assert.equal(res.status, 200);
    const again = await change('PATCH', path, tokens['toneel'], { korteNaam: 'De Schelde' }, res.headers.get('etag'));
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('etag'), res.headers.get('etag'));
  });
});

describe('validation: 400 with invalidParams per field', () => {
  const base = '/api/associations/V0001003';
  const t = () => tokens['toneel']!;
  const etag = async () => (await read('V0001003', t())).etag;

  test('e-mail, Belgian phone, http(s) URL for contact data', async () => {
    for (const [type, waarde, code] of [
      ['E-mail', 'not-an-address', 'email'],
      ['E-mail', 'a@b', 'email'],
      ['Telefoon', '+31 20 123 45 67', 'phone'],
      ['Telefoon', '12345', 'phone'],
      ['Website', 'javascript:alert(1)', 'url'],
      ['Website', 'ftp://toneel.example', 'url'],
      ['SocialMedia', 'facebook', 'url'],
    ] as const) {
      const res = await change('POST', `${base}/contactgegevens`, t(), { contactgegeventype: type, waarde }, await etag());
      await refused(res, 'waarde', code);
    }
    for (const [type, waarde] of [
      ['E-mail', 'secretariaat@toneelkring.example'],
      ['Telefoon', '09 234 56 78'],
      ['Telefoon', '+32 470 12 34 56'],
      ['Website', 'https://toneelkring.example/agenda'],
    ] as const) {
      const res = await change('POST', `${base}/contactgegevens`, t(), { contactgegeventype: type, waarde }, await etag());
      assert.equal(res.status, 200, `${type} ${waarde}: ${JSON.stringify(res.body)}`);
    }
  });

  test('a Belgian address: postcode 1000–9992, street and number not empty', async () => {
    const adres = { straatnaam: 'Kapelstraat', huisnummer: '3', postcode: '9998', gemeente: 'Scheldeburg' };
    for (const [bad, name, code] of [
      [{ postcode: '0999' }, 'adres/postcode', 'postcode'],
      [{ postcode: '9993' }, 'adres/postcode', 'postcode'],
      [{ postcode: '9997' }, 'adres/postcode', 'postcode'],
      [{ postcode: '12345' }, 'adres/postcode', 'postcode'],
      [{ straatnaam: '  ' }, 'adres/straatnaam', 'required'],
      [{ huisnummer: '' }, 'adres/huisnummer', 'required'],
      [{ land: 'Nederland' }, 'adres/land', 'address'],
    ] as const) {
      const res = await change(
        'POST',
        `${base}/locaties`,
        t(),
        { locatietype: 'Activiteiten', adres: { ...adres, ...bad } },
        await etag(),
      );
      await refused(res, name, code);
    }
    const two = await change(
      'POST',
      `${base}/locaties`,
      t(),
      { locatietype: 'Activiteiten', adres: { ...adres, postcode: '999', straatnaam: '' } },
      await etag(),
    );
    assert.equal((two.body as Problem).invalidParams!.length, 2, 'every bad field is named at once');
    const good = await ok('POST', 'V0001003', '/locaties', t(), { locatietype: 'Activiteiten', naam: 'Parochiezaal', adres });
    const added = good.record.vereniging.locaties.at(-1)!;
    assert.equal(added.naam, 'Parochiezaal');
    assert.match(good.headers.get('location') ?? '', new RegExp(`/api/associations/V0001003/locaties/${added.locatieId}$`));
    await ok('PATCH', 'V0001003', `/locaties/${added.locatieId}`, t(), { adres: { ...adres, postcode: '1000' } });
    const removed = await ok('DELETE', 'V0001003', `/locaties/${added.locatieId}`, t());
    assert.ok(!removed.record.vereniging.locaties.some((l) => l.locatieId === added.locatieId));
    // The register's own rules: one correspondence address, the registered office from the KBO only.
    await refused(
      await change('POST', `${base}/locaties`, t(), { locatietype: 'Correspondentie', adres }, await etag()),
      'locatietype',
      'duplicate',
    );
    await refused(
      await change('POST', `${base}/locaties`, t(), { locatietype: 'Maatschappelijke zetel volgens KBO', adres }, await etag()),
      'locatietype',
      'changed-in-kbo',
    );
  });

  test('age range: whole years 0..150, minimum ≤ maximum', async () => {
    for (const [doelgroep, name] of [
      [{ minimumleeftijd: -1 }, 'doelgroep/minimumleeftijd'],
      [{ maximumleeftijd: 151 }, 'doelgroep/maximumleeftijd'],
      [{ minimumleeftijd: 12.5 }, 'doelgroep/minimumleeftijd'],
      [{ minimumleeftijd: 60, maximumleeftijd: 18 }, 'doelgroep/minimumleeftijd'],
      [{ minimumleeftijd: 151, maximumleeftijd: 151 }, 'doelgroep/minimumleeftijd'],
    ] as const) {
      await refused(await change('PATCH', base, t(), { doelgroep }, await etag()), name, 'range');
    }
    const done = await ok('PATCH', 'V0001003', '', t(), { doelgroep: { minimumleeftijd: 12 } });
    assert.deepEqual(done.record.vereniging.doelgroep, { minimumleeftijd: 12, maximumleeftijd: 150 });
  });

  test('code lists: main activities (at most 3), areas of operation', async () => {
    await refused(
      await change('PATCH', base, t(), { hoofdactiviteitenVerenigingsloket: ['KECU', 'XXXX'] }, await etag()),
      'hoofdactiviteitenVerenigingsloket/1',
      'code-list',
    );
    await refused(
      await change('PATCH', base, t(), { hoofdactiviteitenVerenigingsloket: ['KECU', 'HOSP', 'SPRT', 'TOER'] }, await etag()),
      'hoofdactiviteitenVerenigingsloket',
      'too-many',
    );
    await refused(
      await change('PATCH', base, t(), { werkingsgebieden: ['BE99'] }, await etag()),
      'werkingsgebieden/0',
      'code-list',
    );
    await refused(
      await change('PATCH', base, t(), { werkingsgebieden: ['NVT', 'BE21'] }, await etag()),
      'werkingsgebieden',
      'code-list',
    );
    const done = await ok('PATCH', 'V0001003', '', t(), { hoofdactiviteitenVerenigingsloket: ['KECU', 'VORM'] });
    assert.deepEqual(done.record.vereniging.hoofdactiviteitenVerenigingsloket, [
      { code: 'KECU', naam: 'Kunsten, Erfgoed & Cultuur' },
      { code: 'VORM', naam: 'Onderwijs & Vorming' },
    ]);
  });

  test('unknown and read-only fields, empty names, bad JSON, wrong media type', async () => {
    await refused(await change('PATCH', base, t(), { kleur: 'blauw' }, await etag()), 'kleur', 'unknown-field');
    await refused(await change('PATCH', base, t(), { vCode: 'V0001004' }, await etag()), 'vCode', 'read-only');
    await refused(await change('PATCH', base, t(), { naam: '   ' }, await etag()), 'naam', 'required');
    await refused(await change('PATCH', base, t(), { naam: 'x'.repeat(201) }, await etag()), 'naam', 'too-long');
    await refused(await change('PATCH', base, t(), { startdatum: '2999-01-01' }, await etag()), 'startdatum', 'date');
    await refused(await change('PATCH', base, t(), {}, await etag()), '', 'required');
    await refused(await change('PATCH', base, t(), '{"naam": ', await etag()), '', 'invalid-json');
    const text = await change('PATCH', base, t(), 'naam=x', await etag(), { 'content-type': 'text/plain' });
    assert.equal(text.status, 415);
    const huge = await change('PATCH', base, t(), { korteBeschrijving: 'x'.repeat(20_000) }, await etag());
    assert.equal(huge.status, 413);
  });

  test('an unknown item → 404; a malformed one → 400', async () => {
    assert.equal((await change('PATCH', `${base}/contactgegevens/99`, t(), { beschrijving: 'x' }, await etag())).status, 404);
    assert.equal((await change('DELETE', `${base}/vertegenwoordigers/99`, t(), undefined, await etag())).status, 404);
    assert.equal((await change('DELETE', `${base}/locaties/0`, t(), undefined, await etag())).status, 400);
  });
});

describe('what each type of association may change', () => {
  test('a feitelijke vereniging (FV, VZER) changes its basics, contact data and locations', async () => {
    const fv = await ok('PATCH', 'V0001003', '', tokens['toneel']!, {
      naam: 'Toneelkring De Schelde Scheldeburg',
      korteNaam: 'TDS',
    });
    assert.equal(fv.record.vereniging.naam, 'Toneelkring De Schelde Scheldeburg');
    const mail = fv.record.vereniging.contactgegevens.find((c) => c.contactgegeventype === 'E-mail')!;
    const changed = await ok('PATCH', 'V0001003', `/contactgegevens/${mail.contactgegevenId}`, tokens['toneel']!, {
      waarde: 'bestuur@toneelkring-de-schelde.example',
    });
    assert.ok(changed.record.vereniging.contactgegevens.some((c) => c.waarde === 'bestuur@toneelkring-de-schelde.example'));
    const vzer = await ok('PATCH', 'V0001011', '', tokens['toren']!, { naam: 'Schaakclub De Toren Voorbeeld' });
    assert.equal(vzer.record.vereniging.naam, 'Schaakclub De Toren Voorbeeld');
  });

  test('an association in the KBO (VZW) changes only what the KBO does not hold; the rest says "KBO"', async () => {
    const base = '/api/associations/V0001002';
    const t = tokens['koepel']!;
    const { record, etag } = await read('V0001002', t);
    for (const [body, name] of [
      [{ naam: 'Andere naam vzw' }, 'naam'],
      [{ korteNaam: 'Koepel' }, 'korteNaam'],
      [{ startdatum: '2000-01-01' }, 'startdatum'],
    ] as const) {
      const res = await change('PATCH', base, t, body, etag);
      await refused(res, name, 'changed-in-kbo');
      assert.match((res.body as Problem).invalidParams![0]!.reason, /KBO/);
    }
    const mail = record.vereniging.contactgegevens[0]!;
    await refused(
      await change('PATCH', `${base}/contactgegevens/${mail.contactgegevenId}`, t, { waarde: 'nieuw@koepel.example' }, etag),
      'waarde',
      'changed-in-kbo',
    );
    await refused(
      await change('POST', `${base}/contactgegevens`, t, { contactgegeventype: 'E-mail', waarde: 'x@koepel.example' }, etag),
      'contactgegevens',
      'changed-in-kbo',
    );
    await refused(
      await change('DELETE', `${base}/contactgegevens/${mail.contactgegevenId}`, t, undefined, etag),
      'contactgegevens',
      'changed-in-kbo',
    );
    await refused(await change('DELETE', `${base}/locaties/1`, t, undefined, etag), 'locaties', 'changed-in-kbo');
    await refused(await change('PATCH', `${base}/locaties/2`, t, { naam: 'Jeugdhuis' }, etag), 'naam', 'changed-in-kbo');
    assert.equal((await read('V0001002', t)).etag, etag, 'nothing changed');

    const done = await ok('PATCH', 'V0001002', '', t, {
      roepnaam: 'Jeugdkoepel',
      korteBeschrijving: 'Alle jeugdwerk in Scheldeburg.',
      doelgroep: { minimumleeftijd: 4, maximumleeftijd: 35 },
      hoofdactiviteitenVerenigingsloket: ['JGDW', 'SPRT'],
      werkingsgebieden: ['BE21'],
    });
    assert.equal(done.record.vereniging.roepnaam, 'Jeugdkoepel');
    const desc = await ok('PATCH', 'V0001002', `/contactgegevens/${mail.contactgegevenId}`, t, {
      beschrijving: 'Algemeen adres',
      isPrimair: true,
    });
    assert.equal(desc.record.vereniging.contactgegevens[0]!.beschrijving, 'Algemeen adres');
  });
});

describe('representatives', () => {
  test('the last primary representative cannot be removed or unset; making another primary moves it', async () => {
    const t = tokens['molenwijk']!;
    const { record, etag } = await read('V0001005', t);
    assert.equal(record.vereniging.vertegenwoordigers.length, 1);
    const only = record.vereniging.vertegenwoordigers[0]!;
    const base = '/api/associations/V0001005/vertegenwoordigers';
    await refused(
      await change('DELETE', `${base}/${only.vertegenwoordigerId}`, t, undefined, etag),
      'isPrimair',
      'primary-required',
    );
    await refused(
      await change('PATCH', `${base}/${only.vertegenwoordigerId}`, t, { isPrimair: false }, etag),
      'isPrimair',
      'primary-required',
    );
    await refused(
      await change('PATCH', `${base}/${only.vertegenwoordigerId}`, t, { voornaam: 'Piet' }, etag),
      'voornaam',
      'read-only',
    );
    await refused(await change('POST', base, t, { insz: '12345678901', voornaam: 'A', achternaam: 'B' }, etag), 'insz', 'insz');
    await refused(await change('POST', base, t, { insz: '85073003328', voornaam: 'Wim' }, etag), 'achternaam', 'required');
    const anna = fx.personsById.get('p01')!;
    await refused(
      await change('POST', base, t, { insz: anna.insz, voornaam: 'Anna', achternaam: 'Janssens' }, etag),
      'achternaam',
      'national-register',
    );
    const phone = await change(
      'POST',
      base,
      t,
      { insz: anna.insz, voornaam: 'Anna', achternaam: 'Peeters', mobiel: '0470', socialMedia: 'data:x' },
      etag,
    );
    await refused(phone, 'mobiel', 'phone');
    await refused(phone, 'socialMedia', 'url');

    // Add Anna Peeters as the new primary representative: the old one stays, not primary.
    const added = await ok('POST', 'V0001005', '/vertegenwoordigers', t, {
      insz: anna.insz,
      voornaam: 'Anna',
      achternaam: 'Peeters',
      rol: 'Voorzitter',
      isPrimair: true,
      'e-mail': 'anna.peeters@example.be',
      mobiel: '+32 478 12 34 56',
    });
    const reps = added.record.vereniging.vertegenwoordigers;
    assert.deepEqual(
      reps.map((r) => [r.voornaam, r.isPrimair]),
      [
        ['Pieter', false],
        ['Anna', true],
      ],
    );
    assert.ok(!JSON.stringify(added.record).includes(anna.insz), 'the INSZ sent is never given back');
    await refused(
      await change('POST', base, t, { insz: anna.insz, voornaam: 'Anna', achternaam: 'Peeters' }, added.etag),
      'insz',
      'duplicate',
    );
    // Anna may act for Buurtcomité Molenwijk at once: her identities list it.
    const ids = (await api(backend, '/api/me/identities', tokens['anna'])).body as { identities: { code: string | null }[] };
    assert.ok(ids.identities.some((i) => i.code === 'V0001005'));
    // Now Pieter (not primary) may be changed and removed; Anna (primary) may not be removed.
    const pieter = reps[0]!;
    const roled = await ok('PATCH', 'V0001005', `/vertegenwoordigers/${pieter.vertegenwoordigerId}`, t, {
      rol: 'Secretaris',
      telefoon: '09 223 34 45',
    });
    assert.equal(roled.record.vereniging.vertegenwoordigers[0]!.rol, 'Secretaris');
    const annaRep = reps[1]!;
    await refused(
      await change('DELETE', `${base}/${annaRep.vertegenwoordigerId}`, t, undefined, roled.etag),
      'isPrimair',
      'primary-required',
    );
    const back = await ok('PATCH', 'V0001005', `/vertegenwoordigers/${pieter.vertegenwoordigerId}`, t, { isPrimair: true });
    assert.deepEqual(
      back.record.vereniging.vertegenwoordigers.map((r) => r.isPrimair),
      [true, false],
    );
    const gone = await ok('DELETE', 'V0001005', `/vertegenwoordigers/${annaRep.vertegenwoordigerId}`, t);
    assert.equal(gone.record.vereniging.vertegenwoordigers.length, 1);
    const after = (await api(backend, '/api/me/identities', tokens['anna'])).body as { identities: { code: string | null }[] };
    assert.ok(!after.identities.some((i) => i.code === 'V0001005'), 'removed: no longer offered');
  });
});

describe('who may change', () => {
  test('403 for the same person acting as a citizen, and for another association; 401 without a token', async () => {
    const { etag } = await read('V0001003', tokens['toneel']!);
    const citizen = await change('PATCH', '/api/associations/V0001003', tokens['elsCitizen'], { korteNaam: 'x' }, etag);
    assert.equal(citizen.status, 403);
    const other = await change('PATCH', '/api/associations/V0001003', tokens['koepel'], { korteNaam: 'x' }, etag);
    assert.equal(other.status, 403);
    for (const [method, sub, body] of [
      ['POST', '/contactgegevens', { contactgegeventype: 'E-mail', waarde: 'a@b.example' }],
      ['DELETE', '/contactgegevens/1', undefined],
      ['PATCH', '/vertegenwoordigers/1', { rol: 'x' }],
    ] as const) {
      assert.equal((await change(method, `/api/associations/V0001003${sub}`, tokens['koepel'], body, etag)).status, 403);
      assert.equal((await change(method, `/api/associations/V0001003${sub}`, tokens['elsCitizen'], body, etag)).status, 403);
    }
    assert.equal((await change('PATCH', '/api/associations/V0001003', undefined, { korteNaam: 'x' }, etag)).status, 401);
    assert.equal((await api(backend, '/api/associations/V0001003/historiek', tokens['elsCitizen'])).status, 403);
    assert.equal((await read('V0001003', tokens['toneel']!)).etag, etag, 'nothing changed');
  });
});

describe('audit and history', () => {
  test('each change is an audit entry "update" with the names of the fields, never their values', async () => {
    const value = 'auditproef-4711@toneelkring.example';
    const done = await ok('POST', 'V0001003', '/contactgegevens', tokens['toneel']!, {
      contactgegeventype: 'E-mail',
      waarde: value,
      beschrijving: 'Auditproef Beschrijving',
    });
    const id = done.record.vereniging.contactgegevens.at(-1)!.contactgegevenId;
    const log = readFileSync(backend.auditLogPath, 'utf8');
    assert.ok(!log.includes(value) && !log.includes('Auditproef'), 'no values in the audit log');
    const entries = log
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as { operation: string; resource: string; status: number; fields?: string[]; correlationId?: string },
      );
    const entry = entries.findLast((e) => e.resource === '/api/associations/V0001003/contactgegevens' && e.status === 200)!;
    assert.equal(entry.operation, 'update');
    assert.deepEqual([...entry.fields!].sort(), ['beschrijving', 'contactgegeventype', 'waarde']);
    assert.equal(entry.correlationId, done.headers.get('x-correlation-id'));
    const refusedEntry = entries.findLast((e) => e.operation === 'update' && e.status === 412);
    assert.ok(refusedEntry && !refusedEntry.fields, 'refused changes are logged too, without fields');
    await ok('DELETE', 'V0001003', `/contactgegevens/${id}`, tokens['toneel']!);
  });

  test('the history says when, which section and item, which fields and who — no values, no INSZ', async () => {
    const res = await api(backend, '/api/associations/V0001003/historiek', tokens['toneel']);
    assert.equal(res.status, 200);
    const h = res.body as {
      gebeurtenissen: {
        tijdstip: string;
        sectie: string;
        actie: string;
        itemId: number | null;
        velden: string[];
        door: string;
      }[];
    };
    assert.ok(h.gebeurtenissen.length >= 8);
    const times = h.gebeurtenissen.map((e) => e.tijdstip);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    assert.deepEqual(
      h.gebeurtenissen.slice(0, 2).map((e) => [e.sectie, e.actie]),
      [
        ['contactgegevens', 'verwijderd'],
        ['contactgegevens', 'toegevoegd'],
      ],
    );
    const basics = h.gebeurtenissen.find((e) => e.sectie === 'basisgegevens' && e.velden.includes('naam'))!;
    assert.deepEqual(basics.velden, ['naam', 'korteNaam']);
    assert.equal(basics.itemId, null);
    assert.equal(basics.door, 'Els Maes');
    const text = JSON.stringify(h);
    assert.ok(!text.includes('Toneelkring De Schelde Scheldeburg'), 'no values');
    for (const insz of INSZ) assert.ok(!text.includes(insz));
    // Another association's history is its own.
    const other = (await api(backend, '/api/associations/V0001011/historiek', tokens['toren'])).body as typeof h;
    assert.ok(other.gebeurtenissen.every((e) => e.door === 'Koen Goossens'));
  });
});

describe('once-only: every reader sees a change at once', () => {
  test("the record (prefill), the switcher's identities and the next token's vo_orgnaam", async () => {
    const t = tokens['toneel']!;
    const name = 'Toneelkring De Schelde vzw-in-oprichting';
    await ok('PATCH', 'V0001003', '', t, { naam: name });
    // What prefill() reads.
    assert.equal((await read('V0001003', t)).record.vereniging.naam, name);
    // What the capacity switcher lists, for every representative.
    for (const token of [t, tokens['koepel']!, tokens['elsCitizen']!]) {
      const ids = (await api(backend, '/api/me/identities', token)).body as {
        identities: { code: string | null; name: string }[];
      };
      assert.equal(ids.identities.find((i) => i.code === 'V0001003')!.name, name);
    }
    // The identity line of the next token (capacity claims) names it too.
    const fresh = await signIn(backend, 'p03', { cap_hint: 'VER', code_hint: 'V0001003' });
    assert.equal(decodeJwt(fresh.tokens.access_token).payload['vo_orgnaam'], name);
  });
});

describe('CORS for changes', () => {
  test('a preflight from an allowed origin may PATCH with If-Match and read the ETag', async () => {
    const res = await fetch(`${backend.url}/api/associations/V0001003`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:4000',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type, if-match, x-correlation-id',
      },
    });
    assert.equal(res.status, 204);
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /PATCH/);
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /If-Match/);
    const get = await api(backend, '/api/associations/V0001003', tokens['toneel'], {
      headers: { origin: 'http://localhost:4000' },
    });
    assert.match(get.headers.get('access-control-expose-headers') ?? '', /ETag/);
    assert.match(get.headers.get('access-control-expose-headers') ?? '', /X-Correlation-Id/);
  });
});
