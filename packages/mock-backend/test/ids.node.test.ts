/** Identifiers that leave the backend (dossier ids, source links, audit subjects) reveal nothing about a person. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DossierStore } from '../src/data/dossiers.ts';
import { buildFixtures } from '../src/data/fixtures.ts';
import { hashString } from '../src/data/ids.ts';
import { api, signIn, startTestBackend } from './helpers.ts';

type Page = { items: { id: string; sourceUrl: string }[] };

const query = { status: 'all', actionRequired: false, q: undefined, sort: '-lastChanged', page: 1, pageSize: 100 } as const;
const anna = buildFixtures().persons.find((p) => p.id === 'p01')!;

/** Every unkeyed digest of the INSZ this code base computes, in the encodings an id could carry. */
function unkeyedDigests(insz: string): string[] {
  const inputs = [insz, `BUR:${insz}`, `dossier-owner:BUR:${insz}`, `insz:${insz}`, `sub:${insz}`];
  return inputs.flatMap((s) => {
    const fnv = hashString(s);
    const sha = createHash('sha256').update(s).digest();
    return [
      fnv.toString(36),
      fnv.toString(16).padStart(8, '0'),
      sha.toString('hex').slice(0, 12),
      sha.toString('base64url').slice(0, 12),
    ];
  });
}

describe('dossier ids', () => {
  test('keyed per instance: another key gives the same owner other ids, the same key the same ids', () => {
    const key = Buffer.alloc(32, 7);
    const [a, b, other] = [new DossierStore({ idKey: key }), new DossierStore({ idKey: key }), new DossierStore()];
    for (const s of [a, b, other]) s.addOwner({ type: 'BUR', key: anna.insz, seed: 'BUR:p01', count: 12 });
    const ids = (s: DossierStore) => s.query('BUR', anna.insz, query).items.map((d) => d.id);
    assert.deepEqual(ids(a), ids(b), 'fixtures stay deterministic when a key is given');
    const mine = new Set(ids(a));
    assert.ok(
      ids(other).every((id) => !mine.has(id)),
      'no id is shared with a store keyed otherwise',
    );
    // 128 bits: `D` + 32 hex digits, valid against the contract's id pattern.
    for (const id of ids(a)) assert.match(id, /^D[0-9A-F]{32}$/);
    assert.ok(a.get('BUR', anna.insz, ids(a)[0]!), 'an id finds its dossier');
    assert.equal(other.get('BUR', anna.insz, ids(a)[0]!), undefined, 'and only with the key it was made with');
  });

  test('two backend instances give a citizen different dossier ids, none made of an unkeyed hash of the INSZ', async () => {
    const instances = [
      await startTestBackend({ keysDir: mkdtempSync(join(tmpdir(), 'loket-keys-')) }),
      await startTestBackend({ keysDir: mkdtempSync(join(tmpdir(), 'loket-keys-')) }),
    ];
    try {
      const pages: Page[] = [];
      for (const backend of instances) {
        const { tokens } = await signIn(backend, 'p01');
        const res = await api(backend, '/api/dossiers?pageSize=100', tokens.access_token);
        assert.equal(res.status, 200);
        pages.push(res.body as Page);
      }
      const [first, second] = pages.map((p) => p.items.map((d) => d.id));
      assert.ok(first!.length > 0);
      assert.equal(first!.length, second!.length, 'same owner, same dossiers');
      assert.ok(
        first!.every((id) => !second!.includes(id)),
        `ids shared between instances: ${first!.filter((id) => second!.includes(id)).join(', ')}`,
      );
      const digests = unkeyedDigests(anna.insz).map((d) => d.toLowerCase());
      for (const d of pages.flatMap((p) => p.items)) {
        const text = `${d.id} ${d.sourceUrl}`.toLowerCase();
        assert.ok(!text.includes(anna.insz), 'no INSZ');
        for (const digest of digests) assert.ok(!text.includes(digest), `${d.id} carries ${digest}, an unkeyed hash of the INSZ`);
      }
      // The audit subject is keyed too: another instance, another pseudonym.
      const subjects = instances.map(
        (b) => (JSON.parse(readFileSync(b.auditLogPath, 'utf8').split('\n')[0]!) as { subject: string }).subject,
      );
      assert.notEqual(subjects[0], subjects[1]);
      for (const s of subjects) assert.ok(!digests.some((d) => s.toLowerCase().includes(d)));
    } finally {
      await Promise.all(instances.map((b) => b.close()));
    }
  });
});
