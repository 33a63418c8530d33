/**
 * The enums of elements/src/api/contract.ts against the `enum` lists of openapi.yaml: a member
 * added or dropped on one side only fails here, before an element rejects a valid response or
 * the mock refuses a documented parameter.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import * as contract from '../../elements/src/api/contract.ts';

const spec = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The value at a JSON pointer into openapi.yaml (`~1` is `/`). */
function at(pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => {
      const k = key.replace(/~1/g, '/').replace(/~0/g, '~');
      assert.ok(node && typeof node === 'object' && k in node, `openapi.yaml has no ${pointer}`);
      return (node as Record<string, unknown>)[k];
    }, spec);
}

/** The `schema.enum` of a query parameter of an operation. */
function queryEnum(path: string, name: string): unknown {
  const params = at(`/paths/${path.replace(/\//g, '~1')}/get/parameters`) as { name: string; schema: { enum?: unknown } }[];
  const param = params.find((p) => p.name === name);
  assert.ok(param, `${path} has no parameter ${name}`);
  return param.schema.enum;
}

const S = '/components/schemas';
/** The exported lists of contract.ts (it also exports a mapping, CAPACITY_AUDIENCE, typed against them). */
type ListName = {
  [K in keyof typeof contract]: (typeof contract)[K] extends readonly string[] ? K : never;
}[keyof typeof contract];
/** [name in contract.ts, the list in openapi.yaml, whether order carries meaning]. */
const CASES: [ListName, unknown, boolean][] = [
  // Lifecycle order: open statuses first; the mock stores statuses by index.
  ['DOSSIER_STATUS_CODES', at(`${S}/DossierStatus/properties/code/enum`), true],
  ['DOSSIER_STATUS_FILTERS', queryEnum('/api/dossiers', 'status'), false],
  ['DOSSIER_SORTS', queryEnum('/api/dossiers', 'sort'), false],
  ['ENTITY_LEVELS', at(`${S}/DossierFields/properties/entity/properties/level/enum`), false],
  ['CAPACITIES', at(`${S}/Capacity/enum`), false],
  ['LPDC_THEMES', at(`${S}/Thema/enum`), false],
  ['LPDC_TYPES', at(`${S}/ProductType/enum`), false],
  ['LPDC_AUDIENCES', at(`${S}/Product/properties/doelgroepen/items/enum`), false],
  ['SERVICE_AUDIENCE_FILTERS', queryEnum('/api/services', 'audience'), false],
  ['AUTHORITY_LEVELS', at(`${S}/Bestuursniveau/enum`), false],
  ['VERENIGINGSTYPES', at(`${S}/Verenigingstype/enum`), false],
  ['VERENIGING_STATUSES', at(`${S}/AssociationRecord/properties/vereniging/properties/status/enum`), false],
  ['HOOFDACTIVITEITEN', at(`${S}/Hoofdactiviteit/enum`), false],
  ['LOCATIETYPES', at(`${S}/Locatietype/enum`), false],
  ['CONTACTGEGEVENTYPES', at(`${S}/Contactgegeventype/enum`), false],
  ['REGISTER_SECTIONS', at(`${S}/RegisterHistory/properties/gebeurtenissen/items/properties/sectie/enum`), false],
  ['REGISTER_ACTIONS', at(`${S}/RegisterHistory/properties/gebeurtenissen/items/properties/actie/enum`), false],
  ['PRODUCT_LINK_KINDS', at(`${S}/Product/properties/links/items/properties/soort/enum`), false],
  ['INVALID_PARAM_CODES', at(`${S}/Problem/properties/invalidParams/items/properties/code/enum`), false],
  ['SERVICE_REASONS', at(`${S}/Product/properties/reasons/items/properties/reason/enum`), false],
];

describe('contract enums match openapi.yaml', () => {
  test('every exported list of contract.ts is checked', () => {
    const lists = Object.keys(contract).filter((k) => Array.isArray(contract[k as keyof typeof contract]));
    assert.deepEqual(lists.sort(), CASES.map(([name]) => name).sort());
  });

  for (const [name, documented, ordered] of CASES) {
    test(name, () => {
      assert.ok(Array.isArray(documented), `openapi.yaml: no enum list for ${name}`);
      const ours: readonly string[] = contract[name];
      if (ordered) assert.deepEqual([...ours], documented, `${name}: members or order differ from openapi.yaml`);
      else assert.deepEqual([...ours].sort(), [...documented].sort(), `${name}: members differ from openapi.yaml`);
      assert.equal(new Set(ours).size, ours.length, `${name} lists a member twice`);
    });
  }
});
