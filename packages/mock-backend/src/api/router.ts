/**
 * The JSON APIs under /api (and /healthz). Plain node:http: one route table (method, path
 * template, query parameters, auth, audit operation, handler) and one dispatcher that answers
 * 404/405 and writes the audit entry. Every response is JSON or application/problem+json; every
 * endpoint answers only for the identity in the access token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import type { BackendContext } from '../context.ts';
import {
  DOSSIER_SORTS,
  DOSSIER_STATUS_FILTERS,
  LPDC_THEMES,
  SERVICE_AUDIENCE_FILTERS,
  type Capacity,
} from '../../../elements/src/api/contract.ts';
import type { DossierQuery } from '../data/dossiers.ts';
import { associationsOf, companiesOf, type Association } from '../data/fixtures.ts';
import { isValidVCode } from '../data/ids.ts';
import { widgetConfig } from '../data/widget-config.ts';
import { createVerifier, type Principal } from './auth.ts';
import { ProblemError, applyCors, canonicalPath, sendJson, sendProblem } from './http.ts';

const MAX_URL = 2048;
const MAX_BODY = 1024;
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
  const person = p.person;
  return {
    person: { givenName: person.voornaam, familyName: person.achternaam },
    identities: [
      { type: 'BUR' as const, code: null, name: `${person.voornaam} ${person.achternaam}` },
      ...associationsOf(bc.fx, person).map(({ association: a, rep }) => ({
        type: 'VER' as const,
        code: a.vCode,
        name: a.naam,
        vCode: a.vCode,
        verenigingstype: a.verenigingstype,
        rol: rep.rol,
        isPrimair: rep.isPrimair,
      })),
      ...companiesOf(bc.fx, person).map((c) => ({
        type: 'EA' as const,
        code: c.kboNummer,
        name: c.naam,
        kboNummer: c.kboNummer,
      })),
    ],
    active: identityOf(bc, p),
  };
}

/** The register's detail shape. Representatives are never given out with their INSZ. */
function registerRecord(a: Association) {
  return {
    vereniging: {
      vCode: a.vCode,
      naam: a.naam,
      korteNaam: a.korteNaam,
      korteBeschrijving: a.korteBeschrijving,
      verenigingstype: a.verenigingstype,
      status: a.status,
      startdatum: a.startdatum,
      kboNummer: a.kboNummer,
      hoofdactiviteitenVerenigingsloket: a.hoofdactiviteitenVerenigingsloket,
      werkingsgebieden: a.werkingsgebieden,
      locaties: a.locaties,
      contactgegevens: a.contactgegevens,
      vertegenwoordigers: a.vertegenwoordigers.map((v) => ({
        vertegenwoordigerId: v.vertegenwoordigerId,
        voornaam: v.voornaam,
        achternaam: v.achternaam,
        roepnaam: v.roepnaam,
        rol: v.rol,
        isPrimair: v.isPrimair,
        'e-mail': v.email,
        telefoon: v.telefoon,
      })),
    },
    metadata: { datumLaatsteAanpassing: '2026-11-01' },
  };
}

/** The owner key of the dossiers the token acts for: INSZ, vCode or KBO number. */
function dossierOwner(p: Principal): { type: Capacity; key: string } {
  return p.capacity.type === 'BUR' ? { type: 'BUR', key: p.person.insz } : { type: p.capacity.type, key: p.capacity.code! };
}

/** What a handler gets: the path's named parameters, the query and the verified principal. */
interface Call<P> {
  params: Record<string, string>;
  query: Params;
  principal: P;
}

/**
 * One API route. `path` uses the contract's templates (`/api/dossiers/{id}`); `operation` is the
 * name the audit log gives the request. Query parameters not listed in `query` are a 400.
 */
type Route = {
  method: 'GET';
  path: string;
  operation: string;
  query: readonly string[];
  /** Health checks are not data access: not audited. */
  audited?: false;
} & (
  | { auth: 'required'; handle(call: Call<Principal>): unknown }
  | { auth: 'optional'; handle(call: Call<Principal | undefined>): unknown }
  | { auth: 'none'; handle(call: Call<undefined>): unknown }
);

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
      query: ['audience', 'theme', 'q', 'page', 'pageSize'],
      auth: 'optional',
      handle({ query: params }) {
        const audience = enumParam(params, 'audience', SERVICE_AUDIENCE_FILTERS, 'all');
        const theme = enumParam(params, 'theme', LPDC_THEMES, null);
        const q = textParam(params, 'q', 100)?.toLowerCase();
        const page = intParam(params, 'page', 1, 1, 100_000);
        const pageSize = intParam(params, 'pageSize', 20, 1, 100);
        const all = bc.products.filter(
          (p) =>
            (audience === 'all' || p.doelgroepen.includes(audience)) &&
            (theme === null || p.themas.includes(theme)) &&
            (!q || `${p.titel}\n${p.beschrijving}\n${p.bevoegdBestuur}`.toLowerCase().includes(q)),
        );
        return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
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
        if (!isValidVCode(vCode!))
          throw new ProblemError(400, 'Bad Request', 'A vCode is "V" followed by 7 digits (from V0001001).');
        // Only the association the token acts for: its register record includes its
        // representatives' contact data, which no one else may read.
        if (p.capacity.type !== 'VER' || p.capacity.code !== vCode) {
          throw new ProblemError(403, 'Forbidden', 'You can only read the association you are acting for.');
        }
        const a = bc.fx.associationsByVCode.get(vCode);
        if (!a) throw new ProblemError(404, 'Not Found', 'No such association.');
        return registerRecord(a);
      },
    },
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
}

export function createApiHandler(bc: BackendContext, signingJwk: JWK) {
  const authenticate = createVerifier(bc, signingJwk);
  const lookup = table(routes(bc));

  async function dispatch(req: IncomingMessage, route: Route, params: Record<string, string>, url: URL, state: RequestState) {
    state.operation = route.operation;
    checkParams(url.searchParams, route.query);
    const query = url.searchParams;
    switch (route.auth) {
      case 'none':
        return route.handle({ params, query, principal: undefined });
      case 'optional': {
        const principal = await authenticate(req.headers.authorization, false);
        state.principal = principal;
        return route.handle({ params, query, principal });
      }
      case 'required': {
        const principal = (await authenticate(req.headers.authorization, true))!;
        state.principal = principal;
        return route.handle({ params, query, principal });
      }
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
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
          'The APIs are read-only: use GET.',
          {},
          { Allow: [...found.methods, 'OPTIONS'].join(', ') },
        );
      }
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > MAX_BODY || req.headers['transfer-encoding']) {
        throw new ProblemError(413, 'Content Too Large', 'GET requests carry no body.');
      }
      let url: URL;
      try {
        url = new URL(rawUrl, 'http://localhost');
      } catch {
        throw new ProblemError(400, 'Bad Request', 'Malformed URL.');
      }
      const route = found.byMethod?.get(req.method!);
      if (!route) throw new ProblemError(404, 'Not Found', 'No such endpoint.');
      const body = await dispatch(req, route, found.params, url, state);
      status = 200;
      sendJson(res, 200, body);
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
        });
      }
    }
  };
}
