import { delay, http, HttpResponse } from 'msw';
import {
  CAPACITIES,
  CAPACITY_AUDIENCE,
  DOSSIER_SORTS,
  DOSSIER_STATUS_FILTERS,
  LPDC_THEMES,
  LPDC_TYPES,
  SERVICE_AUDIENCE_FILTERS,
} from '../../packages/elements/src/api/contract.js';
import type { LoketCapacity } from '../../packages/elements/src/core/events.js';
import { problemType } from '../../packages/mock-backend/src/api/http.ts';
import type { DossierQuery } from '../../packages/mock-backend/src/data/dossiers.ts';
import { resolveCapacity } from '../../packages/mock-backend/src/data/fixtures.ts';
import { InvalidChange } from '../../packages/mock-backend/src/data/validate.ts';
import type { ItemSection } from '../../packages/mock-backend/src/data/register.ts';
import { catalogue, dossiers, fx, identitiesOfPersona, register } from './data.js';

/**
 * The backend contract's identity and dossier endpoints for stories, answered by Mock Service
 * Worker from ./data.ts. Who is asking is in the access token, as with the real backend: a story's
 * session (story-kit.ts `storySession`) hands out a token naming a persona, the capacity it acts
 * as and how the backend behaves. So every story on a docs page gets its own answers from one set
 * of handlers, and no story changes what another one sees.
 */

/** Relative: the requests stay on the Storybook (or test runner) origin, where the worker answers them. */
export const API_BASE = 'mock-api';

/** How the backend answers a story's requests. */
export type BackendMode =
  /** As the mock backend does. */
  | 'ok'
  /** Never: the request stays pending (the elements give up after their 8 s time-out). */
  | 'never'
  /** 500 Internal Server Error, as problem+json. */
  | 'fail'
  /** No dossiers at all (the backend's answer for an owner it has none for). */
  | 'empty'
  /** 30 identities: the persona's own, padded with other associations of the register. */
  | 'many';

const MODES: BackendMode[] = ['ok', 'never', 'fail', 'empty', 'many'];

interface Caller {
  person: string;
  capacity: { type: LoketCapacity['type']; code: string | null };
  mode: BackendMode;
}

/** The access token of a story's session: `story:<persona>:<BUR|VER|EA>:<code or ->:<mode>`. */
export function storyToken(person: string, capacity: Caller['capacity'], mode: BackendMode = 'ok'): string {
  return ['story', person, capacity.type, capacity.code ?? '-', mode].join(':');
}

function parseToken(header: string | null): Caller | null {
  const [scheme, token] = (header ?? '').split(' ');
  const [prefix, person, type, code, mode] = (token ?? '').split(':');
  if (scheme !== 'Bearer' || prefix !== 'story' || !person || !code) return null;
  if (!(CAPACITIES as readonly string[]).includes(type!) || !MODES.includes(mode as BackendMode)) return null;
  return {
    person,
    capacity: { type: type as LoketCapacity['type'], code: code === '-' ? null : code },
    mode: mode as BackendMode,
  };
}

function problem(status: number, title: string, detail: string, instance: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: problemType(status), title, status, detail, instance },
    { status, headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers } },
  );
}

/** The caller, or the response that refuses the request (401, 403, or the story's 500 or endless wait). */
async function authorize(request: Request): Promise<{ caller: Caller; refusal?: never } | { refusal: Response }> {
  const instance = new URL(request.url).pathname.replace(/^.*(?=\/api\/)/, '');
  const caller = parseToken(request.headers.get('authorization'));
  if (!caller) {
    return {
      refusal: problem(401, 'Unauthorized', 'The access token is invalid or expired.', instance, {
        'www-authenticate': 'Bearer realm="loket", error="invalid_token"',
      }),
    };
  }
  const person = fx.personsById.get(caller.person);
  if (!person || (caller.mode !== 'empty' && !resolveCapacity(fx, person, caller.capacity.type, caller.capacity.code))) {
    return { refusal: problem(403, 'Forbidden', 'This token may not act as that identity.', instance) };
  }
  if (caller.mode === 'never') await delay('infinite');
  if (caller.mode === 'fail')
    return { refusal: problem(500, 'Internal Server Error', 'The request could not be handled.', instance) };
  return { caller };
}

/** The dossier owner the token acts for: the person (by INSZ), the association or the company. */
function owner(caller: Caller): { type: LoketCapacity['type']; key: string } {
  if (caller.mode === 'empty') return { type: caller.capacity.type, key: 'no-dossiers' };
  const { type, code } = caller.capacity;
  return type === 'BUR' ? { type, key: fx.personsById.get(caller.person)!.insz } : { type, key: code! };
}

function oneOf<T extends string>(value: string | null, values: readonly T[], fallback: T): T {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

function int(value: string | null, fallback: number, min: number, max: number): number {
  const n = Number(value ?? fallback);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/**
 * The register record the caller acts for, or the refusal the backend gives: only a token acting
 * for that association (VER with its vCode) reads or changes it.
 */
function ownRecord(caller: Caller, vCode: string, instance: string) {
  const association = register.get(vCode);
  if (!association) return { refusal: problem(404, 'Not Found', 'No association with that vCode.', instance) };
  if (caller.capacity.type !== 'VER' || caller.capacity.code !== vCode)
    return {
      refusal: problem(403, 'Forbidden', 'Only a representative acting for this association may see or change it.', instance),
    };
  return { association };
}

/** A change to the register, with the backend's own rules: If-Match on the ETag, then Register.apply. */
function registerChange(sectie: 'basisgegevens' | ItemSection, actie: 'gewijzigd' | 'toegevoegd' | 'verwijderd') {
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const auth = await authorize(request);
    if (auth.refusal) return auth.refusal;
    const instance = new URL(request.url).pathname.replace(/^.*(?=\/api\/)/, '');
    const own = ownRecord(auth.caller, String(params.vCode), instance);
    if (own.refusal) return own.refusal;
    const a = own.association;
    const itemId = params.id === undefined ? null : Number(params.id);
    if (itemId !== null && !register.hasItem(a, sectie as ItemSection, itemId))
      return problem(404, 'Not Found', `No such item in ${sectie}.`, instance);
    const ifMatch = request.headers.get('if-match');
    if (!ifMatch) return problem(428, 'Precondition Required', 'Send the record’s ETag as If-Match.', instance);
    if (ifMatch !== register.etag(a))
      return problem(412, 'Precondition Failed', 'The record changed since you read it.', instance, { etag: register.etag(a) });
    const body: unknown = actie === 'verwijderd' ? undefined : await request.json().catch(() => null);
    try {
      register.apply(a, { sectie, actie, itemId, body }, 'Storybook');
    } catch (error) {
      if (!(error instanceof InvalidChange)) throw error;
      return HttpResponse.json(
        {
          type: problemType(400),
          title: 'Bad Request',
          status: 400,
          detail: `${error.issues.length} field(s) are invalid.`,
          instance,
          invalidParams: error.issues,
        },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    return HttpResponse.json(register.record(a), { headers: { etag: register.etag(a) } });
  };
}

/** `GET /api/services`: public; with a token the audience follows its capacity and an association's products are ranked. */
async function listServices({ request }: { request: Request }): Promise<Response> {
  let caller: Caller | undefined;
  if (request.headers.get('authorization')) {
    const auth = await authorize(request);
    if (auth.refusal) return auth.refusal;
    caller = auth.caller;
  }
  const params = new URL(request.url).searchParams;
  const municipality = params.get('municipality');
  if (municipality !== null && !fx.municipalities.some((m) => m.id === municipality))
    return problem(400, 'Bad Request', 'Unknown municipality.', '/api/services');
  const explicit = params.get('audience');
  const audience = explicit
    ? oneOf(explicit, SERVICE_AUDIENCE_FILTERS, 'all')
    : caller
      ? CAPACITY_AUDIENCE[caller.capacity.type]
      : 'all';
  const association = caller?.capacity.type === 'VER' ? register.get(caller.capacity.code!) : undefined;
  const page = int(params.get('page'), 1, 1, 100_000);
  const pageSize = int(params.get('pageSize'), 20, 1, 100);
  const theme = params.get('theme');
  const type = params.get('type');
  const result = catalogue.search({
    audience,
    theme: theme ? oneOf(theme, LPDC_THEMES, LPDC_THEMES[0]) : null,
    type: type ? oneOf(type, LPDC_TYPES, LPDC_TYPES[0]) : null,
    q: params.get('q')?.trim() || undefined,
    municipality,
    activities: association?.hoofdactiviteitenVerenigingsloket.map((h) => h.code) ?? [],
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return HttpResponse.json({
    items: result.items,
    total: result.total,
    page,
    pageSize,
    audience,
    rankedFor: caller ? { type: caller.capacity.type, code: caller.capacity.code } : null,
  });
}

export const handlers = [
  http.get('*/mock-api/api/services', listServices),
  http.get('*/mock-api/api/associations/:vCode', async ({ request, params }) => {
    const auth = await authorize(request);
    if (auth.refusal) return auth.refusal;
    const own = ownRecord(auth.caller, String(params.vCode), `/api/associations/${String(params.vCode)}`);
    if (own.refusal) return own.refusal;
    return HttpResponse.json(register.record(own.association), { headers: { etag: register.etag(own.association) } });
  }),
  http.patch('*/mock-api/api/associations/:vCode', registerChange('basisgegevens', 'gewijzigd')),
  ...(['locaties', 'contactgegevens', 'vertegenwoordigers'] as const).flatMap((sectie) => [
    http.post(`*/mock-api/api/associations/:vCode/${sectie}`, registerChange(sectie, 'toegevoegd')),
    http.patch(`*/mock-api/api/associations/:vCode/${sectie}/:id`, registerChange(sectie, 'gewijzigd')),
    http.delete(`*/mock-api/api/associations/:vCode/${sectie}/:id`, registerChange(sectie, 'verwijderd')),
  ]),
  http.get('*/mock-api/api/me/identities', async ({ request }) => {
    const auth = await authorize(request);
    if (auth.refusal) return auth.refusal;
    const { caller } = auth;
    return HttpResponse.json(
      identitiesOfPersona(fx.personsById.get(caller.person)!, caller.capacity, caller.mode === 'many' ? 30 : 0),
    );
  }),
  http.get('*/mock-api/api/dossiers', async ({ request }) => {
    const auth = await authorize(request);
    if (auth.refusal) return auth.refusal;
    const params = new URL(request.url).searchParams;
    // The parameters as the backend's route reads them (its defaults and limits; the elements send only valid ones).
    const query: DossierQuery = {
      status: oneOf(params.get('status'), DOSSIER_STATUS_FILTERS, 'all'),
      actionRequired: params.get('actionRequired') === 'true',
      q: params.get('q')?.trim() || undefined,
      sort: oneOf(params.get('sort'), DOSSIER_SORTS, '-lastChanged'),
      page: int(params.get('page'), 1, 1, 1_000_000),
      pageSize: int(params.get('pageSize'), 20, 1, 100),
    };
    const { type, key } = owner(auth.caller);
    return HttpResponse.json(dossiers.query(type, key, query));
  }),
  http.get('*/mock-api/api/dossiers/:id', async ({ request, params }) => {
    const auth = await authorize(request);
    if (auth.refusal) return auth.refusal;
    const { type, key } = owner(auth.caller);
    const dossier = dossiers.get(type, key, String(params.id));
    if (!dossier)
      return problem(404, 'Not Found', 'No such dossier for the identity you are acting as.', `/api/dossiers/${params.id}`);
    return HttpResponse.json(dossier);
  }),
];
