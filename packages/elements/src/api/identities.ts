import * as v from 'valibot';
import { CAPACITIES } from './contract.js';
import { contractUrl } from './url.js';
import { getJson } from './validated.js';
import type { ApiResult, RequestOptions } from './client.js';

const Identity = v.variant('type', [
  v.object({ type: v.literal('BUR'), code: v.null(), name: v.string() }),
  v.object({
    type: v.literal('VER'),
    code: v.pipe(v.string(), v.regex(/^V\d{7}$/)),
    name: v.string(),
    rol: v.optional(v.string()),
    verenigingstype: v.optional(v.object({ code: v.string(), naam: v.string() })),
  }),
  v.object({ type: v.literal('EA'), code: v.pipe(v.string(), v.regex(/^\d{10}$/)), name: v.string() }),
]);

/** `GET /api/me/identities` (openapi.yaml `listIdentities`): what the signed-in person may act as. */
export const IdentitiesSchema = v.object({
  identities: v.pipe(v.array(Identity), v.maxLength(5000)),
  active: v.object({ type: v.picklist(CAPACITIES), code: v.nullable(v.string()) }),
});

export type Identities = v.InferOutput<typeof IdentitiesSchema>;
export type Identity = Identities['identities'][number];

export function fetchIdentities(apiBase: string, options: RequestOptions): Promise<ApiResult<Identities>> {
  return getJson(contractUrl(apiBase, '/api/me/identities').href, IdentitiesSchema, options);
}
