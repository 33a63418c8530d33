/**
 * @loket/mock-backend — one origin serving the identity provider (OpenID Connect, shaped like
 * ACM), the JSON APIs of the register, dossier, catalogue and widget-config services, and a
 * backend-for-frontend demo under /bff/ (src/bff/).
 */
import { createHmac, hkdfSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair } from 'jose';
import { createApiHandler } from './api/router.ts';
import { createBff } from './bff/bff.ts';
import { ProblemError, sendProblem } from './api/http.ts';
import { AuditLog } from './audit/log.ts';
import type { BackendContext } from './context.ts';
import { DossierStore } from './data/dossiers.ts';
import {
  buildFixtures,
  capacitiesOf,
  registerDossierOwners,
  resolveCapacity,
  type ActiveCapacity,
  type Person,
} from './data/fixtures.ts';
import { Catalogue } from './data/catalogue.ts';
import { buildProducts } from './data/products.ts';
import { Register } from './data/register.ts';
import { Store } from './idp/adapter.ts';
import { createProvider } from './idp/provider.ts';
import { loadOrCreateSecrets } from './keys.ts';

export { BFF_CLIENT_ID, DEMO_CLIENT_ID, DEMO_SCOPES } from './idp/provider.ts';
export { encodeLoginHint, parseLoginHint } from './idp/hint.ts';

export const DEFAULT_PORT = 3000;
export const DEFAULT_ORIGINS = [
  'http://localhost:4000',
  'http://localhost:4001',
  'http://127.0.0.1:4001',
  'http://localhost:6006',
];

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface MockBackendOptions {
  /** Port on 127.0.0.1; default 3000; 0 picks a free port. */
  port?: number;
  /** Allowed browser origins: CORS and the demo client's redirect / post-logout URIs. */
  origins?: string[];
  /** Persist IdP state (sessions, grants, refresh tokens, capacities) here; in memory if absent. */
  dataDir?: string;
  /** Access-token lifetime in seconds (default 300). */
  accessTokenTtlSeconds?: number;
  /** JSON-lines audit log; default packages/mock-backend/.data/audit.log (git-ignored). */
  auditLogPath?: string;
  /** Audit retention in days (default 10). */
  auditRetentionDays?: number;
  /** Where signing keys and secrets are kept (default packages/mock-backend/.keys, git-ignored). */
  keysDir?: string;
  /** No console output. */
  quiet?: boolean;
  /** The catalogue: the realistic 104 products (default), or 10,000 for benchmarks ('large'). */
  catalogue?: 'realistic' | 'large';
  /**
   * Serve HTTPS with this PEM key and certificate (for `localhost`): the issuer becomes
   * https://localhost:PORT and the provider's cookies get `Secure`.
   */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface MockBackend {
  /** http://localhost:PORT (https:// with the `tls` option) */
  url: string;
  issuer: string;
  port: number;
  close(): Promise<void>;
}

export async function startMockBackend(options: MockBackendOptions = {}): Promise<MockBackend> {
  const started = performance.now();
  const origins = new Set((options.origins ?? DEFAULT_ORIGINS).map((o) => new URL(o).origin));
  const secrets = await loadOrCreateSecrets(options.keysDir ?? join(PACKAGE_DIR, '.keys'));
  const fx = buildFixtures();
  // Dossier ids are keyed with this instance's secret (kept in keysDir): another instance gives
  // the same owner other ids, and no unkeyed computation on an INSZ yields one.
  const idKey = Buffer.from(hkdfSync('sha256', secrets.hashKey, '', 'loket dossier ids', 32));
  const dossiers = new DossierStore({ idKey });
  registerDossierOwners(fx, dossiers);

  const audit = new AuditLog({
    path: options.auditLogPath ?? join(PACKAGE_DIR, '.data', 'audit.log'),
    key: secrets.hashKey,
    retentionDays: options.auditRetentionDays ?? 10,
  });
  const store = new Store(options.dataDir ? join(options.dataDir, 'idp-store.json') : undefined);

  const subs = new Map<string, Person>();
  const subOf = (p: Person) => createHmac('sha256', secrets.hashKey).update(`sub:${p.insz}`).digest('base64url').slice(0, 27);
  for (const p of fx.persons) if (p.persona) subs.set(subOf(p), p);

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503).end();
  };
  const serverOptions = { requestTimeout: 30_000, headersTimeout: 10_000, maxHeaderSize: 16_384 };
  const server = options.tls
    ? createTlsServer({ ...serverOptions, key: options.tls.key, cert: options.tls.cert }, (req, res) => handler(req, res))
    : createServer(serverOptions, (req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `${options.tls ? 'https' : 'http'}://localhost:${port}`;

  const bc: BackendContext = {
    fx,
    register: new Register(fx),
    dossiers,
    catalogue: new Catalogue(buildProducts(options.catalogue ?? 'realistic')),
    audit,
    store,
    issuer,
    apiAudience: `${issuer}/api`,
    origins,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 300,
    subOf,
    personBySub: (sub) => subs.get(sub),
    capacityOfSession(sessionUid, person): ActiveCapacity {
      const saved = sessionUid
        ? (store.extras.get(`capacity:${sessionUid}`) as { type: string; code: string | null } | undefined)
        : undefined;
      return (saved && resolveCapacity(fx, person, saved.type, saved.code)) || capacitiesOf(fx, person)[0]!;
    },
    setSessionCapacity(sessionUid, capacity) {
      store.extras.set(`capacity:${sessionUid}`, { type: capacity.type, code: capacity.code });
      store.changed();
    },
    clearSession(sessionUid) {
      store.extras.delete(`capacity:${sessionUid}`);
      store.changed();
    },
    // The adapter keys oidc-provider's models as `<Model>:<id>`.
    grantAlive: (grantId) => store.get(`Grant:${grantId}`) !== undefined,
  };

  // The backend-for-frontend's client key: made at every start (its sessions live in memory too).
  const bffKey = await generateKeyPair('ES256');
  const bffKid = randomUUID();
  const provider = createProvider(bc, secrets, { ...(await exportJWK(bffKey.publicKey)), kid: bffKid, alg: 'ES256', use: 'sig' });
  // Unknown routes of the provider's Koa app: 404 problem+json instead of a bare "Not Found".
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) {
      ctx.status = 404;
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify({
        type: 'https://loket.example/problems/not-found',
        title: 'Not Found',
        status: 404,
        detail: 'No such endpoint.',
        instance: ctx.path,
      });
    }
  });
  // oidc-provider answers CORS for any origin on public endpoints (discovery, JWKS) and on
  // every preflight; browsers get CORS from the configured origins only.
  provider.use(async (ctx, next) => {
    await next();
    const origin = ctx.get('Origin');
    if (origin && !origins.has(origin)) {
      for (const header of [
        'Access-Control-Allow-Origin',
        'Access-Control-Allow-Methods',
        'Access-Control-Allow-Headers',
        'Access-Control-Max-Age',
        'Access-Control-Expose-Headers',
      ]) {
        ctx.remove(header);
      }
    }
  });
  const oidc = provider.callback();
  const api = createApiHandler(bc, secrets.signingJwk);
  const bff = createBff({ bc, key: { key: bffKey.privateKey, kid: bffKid }, ...(options.tls ? { ca: options.tls.cert } : {}) });
  handler = (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz' || path === '/api' || path.startsWith('/api/')) {
      void api(req, res);
      return;
    }
    if (path === '/bff' || path.startsWith('/bff/')) {
      void bff.handle(req, res);
      return;
    }
    if (path.length > 4096) {
      sendProblem(res, new ProblemError(414, 'URI Too Long'), '/');
      return;
    }
    oidc(req, res);
  };

  if (!options.quiet) {
    const ms = Math.round(performance.now() - started);
    console.log(
      [
        `loket mock backend ready in ${ms} ms`,
        `  issuer / discovery  ${issuer}/.well-known/openid-configuration`,
        `  APIs                ${issuer}/api   (contract: packages/mock-backend/openapi.yaml)`,
        `  health              ${issuer}/healthz`,
        `  backend-for-frontend ${issuer}/bff/profile   (a site serves it by proxying /bff/)`,
        `  allowed origins     ${[...origins].join(', ')}`,
        `  audit log           ${audit.path}`,
      ].join('\n'),
    );
  }

  let closing: Promise<void> | undefined;
  return {
    url: issuer,
    issuer,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }).then(() => {
        bff.close();
        audit.close();
        store.flush();
      });
      return closing;
    },
  };
}
