/**
 * The JSON APIs under /api (and /healthz). Plain node:http: one route table (method, path
 * template, query parameters, auth, audit operation, handler) and one dispatcher that answers
 * 404/405 and writes the audit entry. Every response is JSON or application/problem+json; every
 * endpoint answers only for the identity in the access token.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import type { BackendContext } from '../context.ts';
import {
  CAPACITY_AUDIENCE,
  DOSSIER_SORTS,
  DOSSIER_STATUS_FILTERS,
  LPDC_THEMES,
  LPDC_TYPES,
  SERVICE_AUDIENCE_FILTERS,
  type Capacity,
  type RegisterAction,
} from '../../../elements/src/api/contract.ts';
import type { DossierQuery } from '../data/dossiers.ts';
import { associationsOf, companiesOf, identitiesOf, type Association } from '../data/fixtures.ts';
import { InvalidChange, type ItemSection } from '../data/register.ts';
import { isValidVCode } from '../data/ids.ts';
import { widgetConfig } from '../data/widget-config.ts';
import { createVerifier, type Principal } from './auth.ts';
import { ProblemError, applyCors, canonicalPath, sendJson, sendProblem } from './http.ts';

const MAX_URL = 2048;
/** Requests without a body (GET, DELETE) may carry at most this much; changes at most MAX_CHANGE. */
const MAX_BODY = 1024;
const MAX_CHANGE = 16_384;
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** The audit log's resource for a request-target that was refused as non-canonical. */
const NON_CANONICAL = '(non-canonical request-target)';

type Params = URLSearchParams;

function badParam(name: string, reason: string): ProblemError {
  return new ProblemError(400, 'Bad Request', `Invalid query parameter "${name}": ${reason}`, {
    invalidParams: [{ name, reason }],
  });
}

/** Reject unknown and repeated parameters: a typo should be a 400, not silently ignored. */
function checkParams(params: Params, allowed: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!allowed.includes(key)) throw badParam(key, `unknown parameter (allowed: ${allowed.join(', ') || 'none'})`);
    if (seen.has(key)) throw badParam(key, 'given more than once');
    seen.add(key);
  }
}

function intParam(params: Params, name: string, def: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return def;
  if (!/^\d{1,7}$/.test(raw)) throw badParam(name, `must be an integer between ${min} and ${max}`);
  const n = Number(raw);
  if (n < min || n > max) throw badParam(name, `must be an integer between ${min} and ${max}`);
  return n;
}

function enumParam<T extends string, D extends T | null>(params: Params, name: string, values: readonly T[], def: D): T | D {
  const raw = params.get(name);
  if (raw === null) return def;
  if (!(values as readonly string[]).includes(raw)) throw badParam(name, `must be one of ${values.join(', ')}`);
  return raw as T;
}

function textParam(params: Params, name: string, max: number): string | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (raw.length > max) throw badParam(name, `must be at most ${max} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw badParam(name, 'must not contain control characters');
  return raw.trim() || undefined;
}

function identityOf(bc: BackendContext, p: Principal) {
  return { type: p.capacity.type, code: p.capacity.code };
}

function identities(bc: BackendContext, p: Principal) {
  return identitiesOf(bc.fx, p.person, identityOf(bc, p));
}

/** The owner key of the dossiers the token acts for: INSZ, vCode or KBO number. */
function dossierOwner(p: Principal): { type: Capacity; key: string } {
  return p.capacity.type === 'BUR' ? { type: 'BUR', key: p.person.insz } : { type: p.capacity.type, key: p.capacity.code! };
}

/** What a handler gets: the path's named parameters, the query, the verified principal, the body. */
interface Call<P> {
  params: Record<string, string>;
  query: Params;
  principal: P;
  headers: IncomingHttpHeaders;
  /** The JSON body of a route with `body: 'json'`: 415 unless application/json, 400 unless JSON. */
  json(): unknown;
  /** The names of the fields a change changed, for the audit entry (never values). */
  auditFields(fields: string[]): void;
}

/** A handler's answer when it is more than a 200 JSON body: extra headers. */
class Reply {
  constructor(
    readonly body: unknown,
    readonly headers: Record<string, string>,
  ) {}
}

/**
 * One API route. `path` uses the contract's templates (`/api/dossiers/{id}`); `operation` is the
 * name the audit log gives the request. Query parameters not listed in `query` are a 400.
 */
type Route = {
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE';
  path: string;
  operation: string;
  query: readonly string[];
  /** A JSON request body (changes): read up to MAX_CHANGE bytes and parsed before the handler. */
  body?: 'json';
  /** Health checks are not data access: not audited. */
  audited?: false;
} & (
  | { auth: 'required'; handle(call: Call<Principal>): unknown }
  | { auth: 'optional'; handle(call: Call<Principal | undefined>): unknown }
  | { auth: 'none'; handle(call: Call<undefined>): unknown }
);

/** The association a change or history read is about: only the one the token acts for (403), existing (404). */
function ownAssociation(bc: BackendContext, vCode: string, p: Principal, verb: 'read' | 'change'): Association {
  if (!isValidVCode(vCode)) throw new ProblemError(400, 'Bad Request', 'A vCode is "V" followed by 7 digits (from V0001001).');
  // Its representatives' contact data are in it: no one else may read it, and only a
  // representative acting for it (not the same person as a citizen) may change it.
  if (p.capacity.type !== 'VER' || p.capacity.code !== vCode)
    throw new ProblemError(403, 'Forbidden', `You can only ${verb} the association you are acting for.`);
  const a = bc.register.get(vCode);
  if (!a) throw new ProblemError(404, 'Not Found', 'No such association.');
  return a;
}

/**
 * If-Match against the record's strong ETag: absent, `*` or only weak tags → 428 (they do not
 * name the version the change was made on); no match → 412 with the current ETag.
 */
function checkIfMatch(headers: IncomingHttpHeaders, current: string): void {
  const raw = headers['if-match'];
  const tags = (raw ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const strong = tags.filter((t) => /^"[^"]*"$/.test(t));
  if (strong.length === 0)
    throw new ProblemError(
      428,
      'Precondition Required',
      "Send the ETag of the record you changed as If-Match, so that no one else's change is overwritten.",
    );
  if (!strong.includes(current))
    throw new ProblemError(
      412,
      'Precondition Failed',
      'The record was changed since you read it. Reload it and make your change again.',
      {},
      { ETag: current },
    );
}

/** The register's write routes: basics, and per item for locations, contact data and representatives. */
function changeRoutes(bc: BackendContext): Route[] {
  const base = '/api/associations/{vCode}';
  const change = (sectie: 'basisgegevens' | ItemSection, actie: RegisterAction) => (call: Call<Principal>) => {
    const { params, principal: p, headers } = call;
    const a = ownAssociation(bc, params['vCode']!, p, 'change');
    let itemId: number | null = null;
    if (sectie !== 'basisgegevens' && actie !== 'toegevoegd') {
      const raw = Object.entries(params).find(([k]) => k !== 'vCode')![1];
      if (!/^[1-9][0-9]{0,8}$/.test(raw)) throw new ProblemError(400, 'Bad Request', 'An item id is a positive integer.');
      itemId = Number(raw);
      if (!bc.register.hasItem(a, sectie, itemId)) throw new ProblemError(404, 'Not Found', `No such item in ${sectie}.`);
    }
    checkIfMatch(headers, bc.register.etag(a));
    const body = actie === 'verwijderd' ? undefined : call.json();
    let result;
    try {
      result = bc.register.apply(a, { sectie, actie, itemId, body }, `${p.person.voornaam} ${p.person.achternaam}`);
    } catch (error) {
      if (!(error instanceof InvalidChange)) throw error;
      const n = error.issues.length;
      throw new ProblemError(400, 'Bad Request', n === 1 ? '1 field is invalid.' : `${n} fields are invalid.`, {
        invalidParams: error.issues,
      });
    }
    call.auditFields(result.velden);
    const out: Record<string, string> = { ETag: bc.register.etag(a) };
    if (actie === 'toegevoegd') out['Location'] = `${base.replace('{vCode}', a.vCode)}/${sectie}/${result.itemId}`;
    return new Reply(bc.register.record(a), out);
  };
  const routes: Route[] = [
    {
      method: 'PATCH',
      path: base,
      operation: 'update',
      query: [],
      body: 'json',
      auth: 'required',
      handle: change('basisgegevens', 'gewijzigd'),
    },
  ];
  for (const [sectie, id] of [
    ['locaties', 'locatieId'],
    ['contactgegevens', 'contactgegevenId'],
    ['vertegenwoordigers', 'vertegenwoordigerId'],
  ] as const) {
    routes.push(
      {
        method: 'POST',
        path: `${base}/${sectie}`,
        operation: 'update',
        query: [],
        body: 'json',
        auth: 'required',
        handle: change(sectie, 'toegevoegd'),
      },
      {
        method: 'PATCH',
        path: `${base}/${sectie}/{${id}}`,
        operation: 'update',
        query: [],
        body: 'json',
        auth: 'required',
        handle: change(sectie, 'gewijzigd'),
      },
      {
        method: 'DELETE',
        path: `${base}/${sectie}/{${id}}`,
        operation: 'update',
        query: [],
        auth: 'required',
        handle: change(sectie, 'verwijderd'),
      },
    );
  }
  return routes;
}

function routes(bc: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      operation: 'health',
      audited: false,
      query: [],
      auth: 'none',
      handle: () => ({ status: 'ok' }),
    },
    {
      method: 'GET',
      path: '/api/widget-config/{municipality}',
      operation: 'read-widget-config',
      query: [],
      // Public and the same for everyone: any Authorization header is ignored (see openapi.yaml).
      auth: 'none',
      handle({ params: { municipality: id } }) {
        if (!/^[a-z0-9-]{1,64}$/.test(id!))
          throw new ProblemError(400, 'Bad Request', 'The municipality id must be lowercase letters, digits and dashes.');
        const config = widgetConfig(id!, { issuer: bc.issuer, apiBase: bc.apiAudience });
        if (!config) throw new ProblemError(404, 'Not Found', `No widget configuration for municipality "${id}".`);
        return config;
      },
    },
    {
      method: 'GET',
      path: '/api/services',
      operation: 'list-services',
      query: ['audience', 'theme', 'type', 'q', 'municipality', 'page', 'pageSize'],
      auth: 'optional',
      handle({ query: params, principal: p }) {
        const explicit = enumParam(params, 'audience', SERVICE_AUDIENCE_FILTERS, null);
        const audience = explicit ?? (p ? CAPACITY_AUDIENCE[p.capacity.type] : 'all');
        const municipality = textParam(params, 'municipality', 64);
        if (municipality !== undefined && !bc.fx.municipalities.some((m) => m.id === municipality))
          throw badParam('municipality', 'unknown municipality');
        const association = p?.capacity.type === 'VER' ? bc.register.get(p.capacity.code!) : undefined;
        const page = intParam(params, 'page', 1, 1, 100_000);
        const pageSize = intParam(params, 'pageSize', 20, 1, 100);
        const result = bc.catalogue.search({
          audience,
          theme: enumParam(params, 'theme', LPDC_THEMES, null),
          type: enumParam(params, 'type', LPDC_TYPES, null),
          q: textParam(params, 'q', 100),
          municipality: municipality ?? null,
          activities: association?.hoofdactiviteitenVerenigingsloket.map((h) => h.code) ?? [],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        });
        return {
          items: result.items,
          total: result.total,
          page,
          pageSize,
          audience,
          rankedFor: p ? identityOf(bc, p) : null,
        };
      },
    },
    {
      method: 'GET',
      path: '/api/me/identities',
      operation: 'list-identities',
      query: [],
      auth: 'required',
      handle: ({ principal: p }) => identities(bc, p),
    },
    {
      method: 'GET',
      path: '/api/me/export',
      operation: 'export-personal-data',
      query: [],
      auth: 'required',
      handle({ principal: p }) {
        const person = p.person;
        return {
          exportedAt: new Date().toISOString(),
          person: {
            sub: p.sub,
            insz: person.insz,
            voornaam: person.voornaam,
            achternaam: person.achternaam,
            geboortedatum: person.geboortedatum,
            email: person.email,
            telefoon: person.telefoon,
            adres: person.adres,
          },
          identities: identities(bc, p).identities,
          vertegenwoordigingen: associationsOf(bc.fx, person).map(({ association: a, rep }) => ({
            vCode: a.vCode,
            naam: a.naam,
            rol: rep.rol,
            isPrimair: rep.isPrimair,
          })),
          ondernemingen: companiesOf(bc.fx, person).map((c) => ({
            kboNummer: c.kboNummer,
            naam: c.naam,
            rechtsvorm: c.rechtsvorm,
            adres: c.adres,
          })),
          dossiers: bc.dossiers.all('BUR', person.insz),
          auditLog: bc.audit.entriesFor(p.subject),
        };
      },
    },
    {
      method: 'GET',
      path: '/api/associations/{vCode}',
      operation: 'read-association',
      query: [],
      auth: 'required',
      handle({ params: { vCode }, principal: p }) {
        const a = ownAssociation(bc, vCode!, p, 'read');
        return new Reply(bc.register.record(a), { ETag: bc.register.etag(a) });
      },
    },
    {
      method: 'GET',
      path: '/api/associations/{vCode}/historiek',
      operation: 'read-association-history',
      query: [],
      auth: 'required',
      handle({ params: { vCode }, principal: p }) {
        const a = ownAssociation(bc, vCode!, p, 'read');
        return { vCode: a.vCode, gebeurtenissen: bc.register.history(a.vCode) };
      },
    },
    ...changeRoutes(bc),
    {
      method: 'GET',
      path: '/api/dossiers',
      operation: 'list-dossiers',
      query: ['status', 'actionRequired', 'q', 'sort', 'page', 'pageSize'],
      auth: 'required',
      handle({ query: params, principal: p }) {
        const rawAction = params.get('actionRequired');
        if (rawAction !== null && rawAction !== 'true' && rawAction !== 'false')
          throw badParam('actionRequired', 'must be true or false');
        const query: DossierQuery = {
          status: enumParam(params, 'status', DOSSIER_STATUS_FILTERS, 'all'),
          actionRequired: rawAction === 'true',
          q: textParam(params, 'q', 100),
          sort: enumParam(params, 'sort', DOSSIER_SORTS, '-lastChanged'),
          page: intParam(params, 'page', 1, 1, 1_000_000),
          pageSize: intParam(params, 'pageSize', 20, 1, 100),
        };
        const owner = dossierOwner(p);
        return bc.dossiers.query(owner.type, owner.key, query);
      },
    },
    {
      method: 'GET',
      path: '/api/dossiers/{id}',
      operation: 'read-dossier',
      query: [],
      auth: 'required',
      handle({ params: { id }, principal: p }) {
        if (!/^[A-Za-z0-9-]{1,40}$/.test(id!)) throw new ProblemError(400, 'Bad Request', 'Malformed dossier id.');
        const owner = dossierOwner(p);
        // Someone else's dossier is indistinguishable from a dossier that does not exist.
        const d = bc.dossiers.get(owner.type, owner.key, id!);
        if (!d) throw new ProblemError(404, 'Not Found', 'No such dossier for the identity you are acting as.');
        return d;
      },
    },
  ];
}

/** `/api/dossiers/{id}` → a regex with a named group `id` that matches one path segment. */
function compile(template: string): RegExp {
  const source = template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
  return new RegExp(`^${source}$`);
}

/** Routes grouped by path template, in table order; each template's routes keyed by method. */
function table(list: Route[]) {
  const paths = new Map<string, { pattern: RegExp; byMethod: Map<string, Route> }>();
  for (const route of list) {
    const entry = paths.get(route.path) ?? { pattern: compile(route.path), byMethod: new Map<string, Route>() };
    if (entry.byMethod.has(route.method)) throw new Error(`route declared twice: ${route.method} ${route.path}`);
    entry.byMethod.set(route.method, route);
    // A GET route also answers HEAD: sendJson leaves the body out.
    if (route.method === 'GET') entry.byMethod.set('HEAD', route);
    paths.set(route.path, entry);
  }
  /** The methods of the API as a whole: on a path no route has, any other method is a 405. */
  const served = new Set([...paths.values()].flatMap((e) => [...e.byMethod.keys()]));
  return function lookup(path: string) {
    for (const { pattern, byMethod } of paths.values()) {
      const m = pattern.exec(path);
      if (m) return { byMethod, params: { ...m.groups } as Record<string, string>, methods: new Set(byMethod.keys()) };
    }
    return { byMethod: undefined, params: {}, methods: served };
  };
}

/** Per request: what the audit entry names. */
interface RequestState {
  principal?: Principal;
  /** 'request' until a route is dispatched: then the route's operation. */
  operation: string;
  /** The canonical path that was served or refused. */
  resource: string;
  audited: boolean;
  /** The names of the fields a change changed. */
  fields?: string[];
}

/** The request body as text, at most `max` bytes (413 beyond). */
async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new ProblemError(413, 'Content Too Large', `A change is at most ${max} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(headers: IncomingHttpHeaders, text: string): unknown {
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new ProblemError(415, 'Unsupported Media Type', 'Send the change as application/json.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError(400, 'Bad Request', 'The body is not valid JSON.', {
      invalidParams: [{ name: '', reason: 'is not valid JSON', code: 'invalid-json' }],
    });
  }
}

export function createApiHandler(bc: BackendContext, signingJwk: JWK) {
  const authenticate = createVerifier(bc, signingJwk);
  const lookup = table(routes(bc));

  async function dispatch(req: IncomingMessage, route: Route, params: Record<string, string>, url: URL, state: RequestState) {
    state.operation = route.operation;
    checkParams(url.searchParams, route.query);
    const text = route.body === 'json' ? await readBody(req, MAX_CHANGE) : '';
    const call = {
      params,
      query: url.searchParams,
      headers: req.headers,
      json: () => parseJson(req.headers, text),
      auditFields: (fields: string[]) => (state.fields = fields),
    };
    switch (route.auth) {
      case 'none':
        return route.handle({ ...call, principal: undefined });
      case 'optional': {
        const principal = await authenticate(req.headers.authorization, false);
        state.principal = principal;
        return route.handle({ ...call, principal });
      }
      case 'required': {
        const principal = (await authenticate(req.headers.authorization, true))!;
        state.principal = principal;
        return route.handle({ ...call, principal });
      }
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    // Echo a well-formed correlation id; anything else gets a fresh one (never reflected as is).
    const sent = req.headers['x-correlation-id'];
    const correlationId = typeof sent === 'string' && CORRELATION_ID.test(sent) ? sent : randomUUID();
    res.setHeader('X-Correlation-Id', correlationId);
    // Refused before routing, so that a target like /api/dossiers/<own>#/../<other> can neither
    // be served as one resource and logged as another.
    const path = canonicalPath(rawUrl);
    const state: RequestState = { operation: 'request', resource: path ?? NON_CANONICAL, audited: req.method !== 'OPTIONS' };
    let status = 500;
    try {
      const cors = applyCors(req, res, bc.origins);
      if (path === undefined) {
        throw new ProblemError(
          400,
          'Bad Request',
          'The path must be canonical: no fragment, dot segments, percent-encoding, backslashes or empty segments.',
        );
      }
      const found = lookup(path);
      if (found.byMethod?.values().next().value?.audited === false) state.audited = false;
      if (cors === 'preflight') {
        res.writeHead(204, { 'Content-Length': '0' });
        res.end();
        return;
      }
      if (cors === 'forbidden-preflight') throw new ProblemError(403, 'Forbidden', 'This origin is not allowed.');
      if (rawUrl.length > MAX_URL) throw new ProblemError(414, 'URI Too Long', `URLs are limited to ${MAX_URL} characters.`);
      if (!found.methods.has(req.method ?? '')) {
        throw new ProblemError(
          405,
          'Method Not Allowed',
          'This path does not answer that method.',
          {},
          { Allow: [...found.methods, 'OPTIONS'].join(', ') },
        );
      }
      const route = found.byMethod?.get(req.method!);
      const length = Number(req.headers['content-length'] ?? 0);
      if (route?.body !== 'json' && (length > MAX_BODY || req.headers['transfer-encoding'])) {
        throw new ProblemError(413, 'Content Too Large', `${req.method} requests carry no body.`);
      }
      if (route?.body === 'json' && length > MAX_CHANGE)
        throw new ProblemError(413, 'Content Too Large', `A change is at most ${MAX_CHANGE} bytes.`);
      let url: URL;
      try {
        url = new URL(rawUrl, 'http://localhost');
      } catch {
        throw new ProblemError(400, 'Bad Request', 'Malformed URL.');
      }
      if (!route) throw new ProblemError(404, 'Not Found', 'No such endpoint.');
      const body = await dispatch(req, route, found.params, url, state);
      status = 200;
      if (body instanceof Reply) sendJson(res, 200, body.body, body.headers);
      else sendJson(res, 200, body);
    } catch (error) {
      let problem: ProblemError;
      if (error instanceof ProblemError) problem = error;
      else {
        console.error('mock-backend: unexpected API error:', (error as Error)?.message ?? error);
        problem = new ProblemError(500, 'Internal Server Error', 'The request could not be handled.');
      }
      status = problem.status;
      sendProblem(res, problem, path);
    } finally {
      if (state.audited) {
        const p = state.principal;
        bc.audit.record({
          ip: req.socket.remoteAddress,
          resource: state.resource,
          operation: state.operation,
          status,
          person: p?.person,
          capacity: p?.capacity,
          client: p?.clientId,
          fields: state.fields,
          correlationId,
        });
      }
    }
  };
}
