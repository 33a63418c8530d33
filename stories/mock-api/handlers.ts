import { delay, http, HttpResponse } from 'msw';
import { CAPACITIES, DOSSIER_SORTS, DOSSIER_STATUS_FILTERS } from '../../packages/elements/src/api/contract.js';
import type { LoketCapacity } from '../../packages/elements/src/core/events.js';
import { problemType } from '../../packages/mock-backend/src/api/http.ts';
import type { DossierQuery } from '../../packages/mock-backend/src/data/dossiers.ts';
import { resolveCapacity } from '../../packages/mock-backend/src/data/fixtures.ts';
import { dossiers, fx, identitiesOfPersona } from './data.js';

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

export const handlers = [
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
