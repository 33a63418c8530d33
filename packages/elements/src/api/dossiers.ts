import * as v from 'valibot';
import { isSafeUrl } from '../config/url.js';
import type { ApiResult, CallAuth } from './client.js';
import { DOSSIER_STATUS_CODES, ENTITY_LEVELS, type DossierSort, type DossierStatusFilter } from './contract.js';
import { contractUrl } from './url.js';
import { getJson } from './validated.js';

/**
 * The dossier service (DOSIS) as described in packages/mock-backend/openapi.yaml:
 * `GET /api/dossiers` (one page, filtered and sorted on the server) and `GET /api/dossiers/{id}`
 * (one dossier with its status history). The identity is always the access token's.
 */

const DateTime = v.pipe(v.string(), v.isoTimestamp());
const Day = v.pipe(v.string(), v.isoDate());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const DossierStatusSchema = v.object({
  code: v.picklist(DOSSIER_STATUS_CODES),
  label: v.string(),
});

const dossierFields = {
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,40}$/)),
  title: v.string(),
  reference: v.string(),
  entity: v.object({ name: v.string(), level: v.picklist(ENTITY_LEVELS) }),
  status: DossierStatusSchema,
  actionRequired: v.boolean(),
  action: v.optional(v.object({ description: v.string(), dueDate: Day })),
  lastChanged: DateTime,
  // Only http(s): a `javascript:` link from a compromised source system never reaches an href.
  sourceUrl: v.pipe(
    v.string(),
    v.url(),
    v.check((u) => /^https?:/i.test(u) && isSafeUrl(u), 'must be an http(s) URL'),
  ),
};

export const DossierSummarySchema = v.object(dossierFields);

export const DossierDetailSchema = v.object({
  ...dossierFields,
  history: v.pipe(
    v.array(v.object({ status: DossierStatusSchema, date: DateTime, note: v.optional(v.string()) })),
    v.minLength(1),
  ),
});

export const DossierPageSchema = v.object({
  items: v.pipe(v.array(DossierSummarySchema), v.maxLength(100)),
  total: Count,
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  counts: v.object({ open: Count, closed: Count, actionRequired: Count }),
});

export type DossierSummary = v.InferOutput<typeof DossierSummarySchema>;
export type DossierDetail = v.InferOutput<typeof DossierDetailSchema>;
export type DossierPage = v.InferOutput<typeof DossierPageSchema>;

export interface DossierQuery {
  status?: DossierStatusFilter;
  actionRequired?: boolean;
  q?: string;
  sort?: DossierSort;
  page?: number;
  pageSize?: number;
}

export interface DossierCallOptions extends CallAuth {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The query string of the contract, leaving defaults out so URLs stay short and cacheable. */
export function dossierSearchParams(query: DossierQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status && query.status !== 'all') params.set('status', query.status);
  if (query.actionRequired) params.set('actionRequired', 'true');
  const q = query.q?.trim().slice(0, 100);
  if (q) params.set('q', q);
  if (query.sort && query.sort !== '-lastChanged') params.set('sort', query.sort);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(Math.min(100, Math.max(1, Math.round(query.pageSize)))));
  return params;
}

/** One page of the dossiers of the identity the token acts as. */
export function listDossiers(apiBase: string, query: DossierQuery, options: DossierCallOptions): Promise<ApiResult<DossierPage>> {
  const url = contractUrl(apiBase, '/api/dossiers');
  url.search = dossierSearchParams(query).toString();
  return getJson(url.href, DossierPageSchema, options);
}

/** One dossier with its status history (oldest first). */
export function getDossier(apiBase: string, id: string, options: DossierCallOptions): Promise<ApiResult<DossierDetail>> {
  const url = contractUrl(apiBase, `/api/dossiers/${encodeURIComponent(id)}`);
  return getJson(url.href, DossierDetailSchema, options);
}
