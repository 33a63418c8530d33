/**
 * The stories' backend data, made by the mock backend's own code (packages/mock-backend/src/data):
 * the same personas, associations, companies and generated dossiers the running mock serves, so a
 * story can never show data the backend would not give. Runs in Node (the contract test) and in the
 * browser (Storybook, the story tests), where node-shims.mjs stands in for `node:fs` and `node:crypto`.
 */
import { DossierStore, DATA_NOW } from '../../packages/mock-backend/src/data/dossiers.ts';
import {
  associationsOf,
  buildFixtures,
  capacitiesOf,
  companiesOf,
  resolveCapacity,
  type ActiveCapacity,
  type Person,
} from '../../packages/mock-backend/src/data/fixtures.ts';
import { hashString } from '../../packages/mock-backend/src/data/ids.ts';
import type { LoketCapacity } from '../../packages/elements/src/core/events.js';

export { DATA_NOW };

export const fx = buildFixtures();

/**
 * The dossier owners exactly as packages/mock-backend/src/index.ts registers them (counts and seeds);
 * story-data.node.test.ts compares pages with the running backend's, so a change there fails here.
 * The id key is fixed, so ids (and the links made of them) are the same on every load.
 */
export const dossiers = new DossierStore({ idKey: new Uint8Array(32).fill(7) as Buffer });
for (const p of fx.persons)
  dossiers.addOwner({ type: 'BUR', key: p.insz, seed: `BUR:${p.id}`, count: 2 + (hashString(p.id) % 11) });
for (const a of fx.associations) dossiers.addOwner({ type: 'VER', key: a.vCode, seed: `VER:${a.vCode}`, count: a.dossierCount });
for (const c of fx.companies)
  dossiers.addOwner({
    type: 'EA',
    key: c.kboNummer,
    seed: `EA:${c.kboNummer}`,
    count: 5 + (Number(c.kboNummer.slice(5, 8)) % 16),
  });

export function persona(id: string): Person {
  const person = fx.personsById.get(id);
  if (!person?.persona) throw new Error(`no persona ${id} in the mock backend's fixtures`);
  return person;
}

/** What a persona may act as, in the order the backend lists them: themselves, associations, companies. */
export function capacitiesOfPersona(id: string): LoketCapacity[] {
  return capacitiesOf(fx, persona(id));
}

/** The persona's capacity of this type (and vCode or KBO number), as the session would hold it. */
export function capacityOf(id: string, type: LoketCapacity['type'], code: string | null = null): LoketCapacity {
  const capacity: ActiveCapacity | undefined = resolveCapacity(fx, persona(id), type, code);
  if (!capacity) throw new Error(`persona ${id} cannot act as ${type} ${code ?? ''}`);
  return capacity;
}

/**
 * `GET /api/me/identities` for a person acting as `active`: the shape of the backend's
 * `identities()` (packages/mock-backend/src/api/router.ts) over the same fixture functions.
 * `atLeast` pads the list with other associations of the register, each with the role
 * "Bestuurslid": no persona represents 30 associations, and the switcher's long list needs them.
 */
export function identitiesOf(person: Person, active: { type: LoketCapacity['type']; code: string | null }, atLeast = 0) {
  const own = associationsOf(fx, person);
  const others = fx.associations
    .filter((a) => a.status === 'Actief' && !own.some((o) => o.association === a))
    .map((association) => ({ association, rep: { rol: 'Bestuurslid', isPrimair: false } }));
  const companies = companiesOf(fx, person);
  const padding = Math.max(0, atLeast - 1 - own.length - companies.length);
  return {
    person: { givenName: person.voornaam, familyName: person.achternaam },
    identities: [
      { type: 'BUR' as const, code: null, name: `${person.voornaam} ${person.achternaam}` },
      ...[...own, ...others.slice(0, padding)].map(({ association: a, rep }) => ({
        type: 'VER' as const,
        code: a.vCode,
        name: a.naam,
        vCode: a.vCode,
        verenigingstype: a.verenigingstype,
        rol: rep.rol,
        isPrimair: rep.isPrimair,
      })),
      ...companies.map((c) => ({ type: 'EA' as const, code: c.kboNummer, name: c.naam, kboNummer: c.kboNummer })),
    ],
    active: { type: active.type, code: active.code },
  };
}
