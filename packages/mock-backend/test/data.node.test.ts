/** Fixture invariants: valid identifiers, real code lists, the personas the e2e tests rely on, scale. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codelists } from '../src/data/codelists.ts';
import { DossierStore, type DossierQuery } from '../src/data/dossiers.ts';
import { associationsOf, buildFixtures, capacitiesOf, companiesOf, KBO_TYPES } from '../src/data/fixtures.ts';
import { isValidInsz, isValidKbo, isValidVCode, makeInsz, makeKbo } from '../src/data/ids.ts';
import { buildProducts } from '../src/data/products.ts';
import { WIDGET_MUNICIPALITIES } from '../src/data/widget-config.ts';
import { startTestBackend } from './helpers.ts';

const fx = buildFixtures();

describe('identifiers', () => {
  test('check digits follow the published rules (examples from the code lists)', () => {
    for (const insz of ['88022999297', '85073003328', '20070199951']) assert.ok(isValidInsz(insz), insz);
    assert.ok(!isValidInsz('88022999298'));
    for (const kbo of ['0428315871', '0207509031', '0426994097']) assert.ok(isValidKbo(kbo), kbo);
    assert.ok(!isValidKbo('0428315872'));
    assert.equal(makeInsz('1988-02-29', 992), '88022999297');
    assert.equal(makeKbo(4_283_158), '0428315871');
    assert.ok(isValidVCode('V0001001') && !isValidVCode('V0001000') && !isValidVCode('V001001'));
    // Births from 2000: the check uses "2" + the first nine digits.
    const young = fx.persons.filter((p) => p.geboortedatum >= '2000');
    assert.ok(young.length >= 2);
    for (const p of young) assert.equal(97 - (Number(`2${p.insz.slice(0, 9)}`) % 97), Number(p.insz.slice(9)));
  });
});

describe('fixtures', () => {
  test('at least 12 personas and 3 municipalities; every INSZ and KBO number valid and unique', () => {
    const personas = fx.persons.filter((p) => p.persona);
    assert.ok(personas.length >= 12);
    assert.ok(fx.municipalities.length >= 3);
    assert.deepEqual(WIDGET_MUNICIPALITIES, ['gemeente-voorbeeld', 'stad-scheldeburg', 'gemeente-heidebeek']);
    for (const p of fx.persons) assert.ok(isValidInsz(p.insz), `${p.id} ${p.insz}`);
    assert.equal(new Set(fx.persons.map((p) => p.insz)).size, fx.persons.length);
    for (const c of fx.companies) assert.ok(isValidKbo(c.kboNummer), c.kboNummer);
    for (const a of fx.associations) if (a.kboNummer) assert.ok(isValidKbo(a.kboNummer), a.kboNummer);
  });

  test('at least 40 associations in the register shape with real code-list values', () => {
    assert.ok(fx.associations.length >= 40);
    assert.equal(new Set(fx.associations.map((a) => a.vCode)).size, fx.associations.length);
    assert.equal(new Set(fx.associations.map((a) => a.naam)).size, fx.associations.length);
    assert.deepEqual(new Set(fx.associations.map((a) => a.verenigingstype.code)), new Set(['FV', 'VZER', 'VZW']));
    for (const a of fx.associations) {
      assert.ok(isValidVCode(a.vCode), a.vCode);
      assert.equal(a.verenigingstype.naam, codelists.verenigingstype[a.verenigingstype.code]);
      assert.ok(a.hoofdactiviteitenVerenigingsloket.length > 0);
      for (const h of a.hoofdactiviteitenVerenigingsloket)
        assert.equal(h.naam, codelists.hoofdactiviteitenVerenigingsloket[h.code], h.code);
      for (const l of a.locaties) assert.ok(codelists.locatietype.includes(l.locatietype));
      for (const c of a.contactgegevens) assert.ok(codelists.contactgegeventype.includes(c.contactgegeventype));
      assert.ok(a.vertegenwoordigers.length >= 1);
      assert.equal(a.vertegenwoordigers.filter((v) => v.isPrimair).length, 1, `${a.vCode} has one primary representative`);
      assert.equal(
        KBO_TYPES.has(a.verenigingstype.code),
        a.kboNummer !== null,
        'a vzw has a KBO number, a feitelijke vereniging none',
      );
      const { minimumleeftijd: min, maximumleeftijd: max } = a.doelgroep;
      assert.ok(Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= 150, `${a.vCode} doelgroep`);
    }
  });

  test('the personas the end-to-end tests rely on', () => {
    const get = (id: string) => fx.personsById.get(id)!;
    assert.deepEqual(
      capacitiesOf(fx, get('p01')).map((c) => c.type),
      ['BUR'],
      'p01 is citizen only',
    );
    assert.deepEqual(
      associationsOf(fx, get('p02')).map((x) => x.association.naam),
      ['Speelpleinwerking Hoeve vzw'],
    );
    assert.equal(companiesOf(fx, get('p02')).length, 0);
    const p03 = associationsOf(fx, get('p03')).map((x) => x.association);
    assert.ok(p03.length >= 3);
    assert.ok(p03.some((a) => a.dossierCount === 100_000));
    assert.ok(companiesOf(fx, get('p04')).length === 1 && associationsOf(fx, get('p04')).length === 1);
    assert.equal(fx.associationsByVCode.get('V0001234')!.dossierCount, 100);
  });

  test('104 realistic catalogue products with LPDC code-list values; 10,000 in the large set, deterministic', () => {
    const products = buildProducts().map((e) => e.product);
    assert.equal(products.length, 104);
    assert.equal(new Set(products.map((p) => p.id)).size, products.length);
    for (const p of products) {
      assert.ok(codelists.lpdc.type.includes(p.type), p.type);
      for (const d of p.doelgroepen) assert.ok(codelists.lpdc.doelgroep.includes(d), d);
      for (const t of p.themas) assert.ok(codelists.lpdc.thema.includes(t), t);
      assert.ok(codelists.lpdc.bevoegdBestuursniveau.includes(p.bevoegdBestuursniveau));
      assert.ok(codelists.lpdc.bevoegdBestuursniveau.includes(p.uitvoerendBestuursniveau));
      assert.ok(p.links.some((l) => l.soort === 'MeerInfo'));
      assert.ok(p.voorwaarden.length && p.procedures.length && p.kosten.length && p.contactpunt.naam);
    }
    for (const audience of ['Burger', 'Vereniging', 'Onderneming'] as const)
      assert.ok(products.some((p) => p.doelgroepen.includes(audience)));
    for (const level of ['Federaal', 'Vlaams', 'Provinciaal', 'Lokaal'] as const)
      assert.ok(
        products.some((p) => p.bevoegdBestuursniveau === level),
        level,
      );
    assert.ok(products.some((p) => p.links.some((l) => l.soort === 'OnlineAanvragen')));
    assert.ok(products.filter((p) => p.zoektermen.length > 0).length >= 100, 'keywords ("ook bekend als") on nearly all');
    const large = buildProducts('large');
    assert.equal(large.length, 10_000);
    assert.equal(new Set(large.map((e) => e.product.id)).size, 10_000);
    assert.deepEqual(buildProducts('large')[9_999], large[9_999], 'deterministic');
    assert.deepEqual(
      large.slice(0, 104).map((e) => e.product),
      products,
      'the large set starts with the realistic one',
    );
  });

  test('dossiers are deterministic and come from all four levels of government', () => {
    // The same id key, as two starts of one instance share theirs.
    const idKey = Buffer.alloc(32, 1);
    const a = new DossierStore({ idKey });
    const b = new DossierStore({ idKey });
    for (const s of [a, b]) s.addOwner({ type: 'VER', key: 'V0001234', seed: 'VER:V0001234', count: 100 });
    const q = { status: 'all', actionRequired: false, q: undefined, sort: '-lastChanged', page: 1, pageSize: 100 } as const;
    const pa = a.query('VER', 'V0001234', q);
    assert.deepEqual(pa, b.query('VER', 'V0001234', q));
    assert.deepEqual(new Set(pa.items.map((d) => d.entity.level)), new Set(['lokaal', 'provinciaal', 'Vlaams', 'federaal']));
    assert.ok(pa.counts.actionRequired > 0);
    for (const d of pa.items) assert.ok(Object.keys(codelists.dossierStatus).includes(d.status.code));
  });
});

describe('dossier sorting', () => {
  test('every sort order equals a straightforward comparator sort, without-due-date last', () => {
    const store = new DossierStore();
    store.addOwner({ type: 'VER', key: 'V0009999', seed: 'VER:V0009999', count: 3000 });
    const all = (sort: DossierQuery['sort']) =>
      Array.from(
        { length: 30 },
        (_, p) =>
          store.query('VER', 'V0009999', { status: 'all', actionRequired: false, q: undefined, sort, page: p + 1, pageSize: 100 })
            .items,
      ).flat();
    const byLast = all('-lastChanged');
    assert.equal(byLast.length, 3000);
    const t = (d: { lastChanged: string }) => Date.parse(d.lastChanged);
    assert.deepEqual(
      byLast.map(t),
      byLast.map(t).sort((a, b) => b - a),
    );
    assert.deepEqual(
      all('lastChanged').map(t),
      byLast.map(t).sort((a, b) => a - b),
    );
    for (const sort of ['dueDate', '-dueDate'] as const) {
      const items = all(sort);
      assert.equal(new Set(items.map((d) => d.id)).size, 3000);
      const withDue = items.filter((d) => d.action);
      const firstWithout = items.findIndex((d) => !d.action);
      assert.equal(firstWithout, withDue.length, 'dossiers without a due date come last');
      const dues = withDue.map((d) => d.action!.dueDate);
      assert.deepEqual(dues, sort === 'dueDate' ? [...dues].sort() : [...dues].sort().reverse());
      const rest = items.slice(firstWithout).map(t);
      assert.deepEqual(
        rest,
        [...rest].sort((a, b) => b - a),
        'the rest newest first',
      );
    }
  });
});

describe('scale', () => {
  test('startup stays well under 2 s; the 100,000 dossiers are built on first use', async (t) => {
    const started = performance.now();
    const backend = await startTestBackend();
    const startupMs = performance.now() - started;
    try {
      t.diagnostic(`startup ${startupMs.toFixed(0)} ms`);
      assert.ok(startupMs < 2000, `startup took ${startupMs} ms`);
    } finally {
      await backend.close();
    }
  });
});
