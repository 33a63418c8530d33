/**
 * The stories' backend data, made by the mock backend's own code (packages/mock-backend/src/data):
 * the same personas, associations, companies and generated dossiers the running mock serves, so a
 * story can never show data the backend would not give. Runs in Node (the contract test) and in the
 * browser (Storybook, the story tests), where node-shims.mjs stands in for `node:fs` and `node:crypto`.
 */
import { DossierStore, DATA_NOW } from '../../packages/mock-backend/src/data/dossiers.ts';
import { Register } from '../../packages/mock-backend/src/data/register.ts';
import { Catalogue } from '../../packages/mock-backend/src/data/catalogue.ts';
import { buildProducts } from '../../packages/mock-backend/src/data/products.ts';
import {
  associationsOf,
  buildFixtures,
  capacitiesOf,
  companiesOf,
  identitiesOf,
  registerDossierOwners,
  resolveCapacity,
  type ActiveCapacity,
  type Person,
} from '../../packages/mock-backend/src/data/fixtures.ts';
import type { LoketCapacity } from '../../packages/elements/src/core/events.js';

export { DATA_NOW };

export const fx = buildFixtures();

/** The association register over the same fixtures, with the backend's own rules for changes. */
export const register = new Register(fx);

/** The product catalogue (LPDC), the realistic 104 products, searched and ranked by the backend's own code. */
export const catalogue = new Catalogue(buildProducts());

/** The dossier owners as the backend registers them; the id key is fixed, so ids (and links) are the same on every load. */
export const dossiers = new DossierStore({ idKey: new Uint8Array(32).fill(7) as Buffer });
registerDossierOwners(fx, dossiers);

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
 * `GET /api/me/identities` for a person acting as `active`, made by the backend's own function.
 * `atLeast` pads the list with other associations of the register, each with the role
 * "Bestuurslid": no persona represents 30 associations, and the switcher's long list needs them.
 */
export function identitiesOfPersona(person: Person, active: { type: LoketCapacity['type']; code: string | null }, atLeast = 0) {
  const own = associationsOf(fx, person);
  const padding = Math.max(0, atLeast - 1 - own.length - companiesOf(fx, person).length);
  const others = fx.associations
    .filter((a) => a.status === 'Actief' && !own.some((o) => o.association === a))
    .slice(0, padding)
    .map((association) => ({ association, rep: { rol: 'Bestuurslid', isPrimair: false } }));
  return identitiesOf(fx, person, active, others);
}
