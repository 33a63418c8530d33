import * as v from 'valibot';
import { isSafeUrl } from '../config/url.js';
import type { ApiResult } from './client.js';
import {
  AUTHORITY_LEVELS,
  CAPACITIES,
  HOOFDACTIVITEITEN,
  LPDC_AUDIENCES,
  LPDC_THEMES,
  LPDC_TYPES,
  PRODUCT_LINK_KINDS,
  SERVICE_AUDIENCE_FILTERS,
  SERVICE_REASONS,
  type LpdcTheme,
  type LpdcType,
  type ServiceAudienceFilter,
} from './contract.js';
import { contractUrl } from './url.js';
import { getJson } from './validated.js';

/**
 * The product catalogue (LPDC) as described in packages/mock-backend/openapi.yaml:
 * `GET /api/services` (`listServices`), one page, searched, filtered and ranked on the server.
 * Public; with a token the audience follows the capacity and an association's fitting products
 * come first, with `reasons`.
 */

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const httpUrl = (u: string) => /^https?:/i.test(u.trim()) && isSafeUrl(u);

const TitelBeschrijving = v.object({ titel: v.string(), beschrijving: v.string() });

const LinkSchema = v.object({ soort: v.picklist(PRODUCT_LINK_KINDS), label: v.string(), url: v.string() });

export const ProductSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,40}$/)),
  productId: v.string(),
  titel: v.string(),
  beschrijving: v.string(),
  type: v.picklist(LPDC_TYPES),
  doelgroepen: v.array(v.picklist(LPDC_AUDIENCES)),
  themas: v.array(v.picklist(LPDC_THEMES)),
  zoektermen: v.array(v.string()),
  bevoegdBestuursniveau: v.picklist(AUTHORITY_LEVELS),
  bevoegdeOverheid: v.string(),
  uitvoerendBestuursniveau: v.picklist(AUTHORITY_LEVELS),
  uitvoerendeOverheid: v.string(),
  voorwaarden: v.array(TitelBeschrijving),
  procedures: v.array(TitelBeschrijving),
  kosten: v.array(TitelBeschrijving),
  contactpunt: v.object({
    naam: v.string(),
    email: v.optional(v.string()),
    telefoon: v.optional(v.string()),
    // Only http(s): a `javascript:` website from a compromised catalogue never reaches an href.
    website: v.pipe(
      v.optional(v.string()),
      v.transform((u) => (u !== undefined && httpUrl(u) ? u : undefined)),
    ),
    openingsuren: v.optional(v.string()),
    adres: v.optional(v.string()),
  }),
  // A link that is not http(s) is dropped, not the product: the rest of it is still worth showing.
  links: v.pipe(
    v.array(LinkSchema),
    v.transform((links) => links.filter((l) => httpUrl(l.url))),
  ),
  eigen: v.boolean(),
  reasons: v.array(
    v.object({
      reason: v.picklist(SERVICE_REASONS),
      code: v.picklist(HOOFDACTIVITEITEN),
      naam: v.string(),
      thema: v.picklist(LPDC_THEMES),
    }),
  ),
});

export const ProductPageSchema = v.object({
  items: v.pipe(v.array(ProductSchema), v.maxLength(100)),
  total: Count,
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  audience: v.picklist(SERVICE_AUDIENCE_FILTERS),
  rankedFor: v.nullable(v.object({ type: v.picklist(CAPACITIES), code: v.nullable(v.string()) })),
});

export type Product = v.InferOutput<typeof ProductSchema>;
export type ProductPage = v.InferOutput<typeof ProductPageSchema>;

export interface ServiceQuery {
  audience?: ServiceAudienceFilter;
  theme?: LpdcTheme | null;
  type?: LpdcType | null;
  q?: string;
  /** `municipality.id` of the configuration: its own products are marked and come first. */
  municipality?: string | null;
  page?: number;
  pageSize?: number;
}

export interface ServiceCallOptions {
  /** Ranks for the identity the token acts as; null for the public catalogue. */
  accessToken: string | null;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The query string of the contract, leaving defaults out so URLs stay short and cacheable. */
export function serviceSearchParams(query: ServiceQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.audience) params.set('audience', query.audience);
  if (query.theme) params.set('theme', query.theme);
  if (query.type) params.set('type', query.type);
  const q = query.q?.trim().slice(0, 100);
  if (q) params.set('q', q);
  if (query.municipality && /^[a-z0-9-]{1,64}$/.test(query.municipality)) params.set('municipality', query.municipality);
  if (query.page && query.page > 1) params.set('page', String(Math.min(100_000, Math.round(query.page))));
  if (query.pageSize) params.set('pageSize', String(Math.min(100, Math.max(1, Math.round(query.pageSize)))));
  return params;
}

/** One page of the catalogue, ranked for the token's identity when a token is given. */
export function listServices(apiBase: string, query: ServiceQuery, options: ServiceCallOptions): Promise<ApiResult<ProductPage>> {
  const url = contractUrl(apiBase, '/api/services');
  url.search = serviceSearchParams(query).toString();
  return getJson(url.href, ProductPageSchema, options);
}
