/**
 * `npm start -w @loket/mock-backend`: start the backend, print its URLs, stop cleanly on
 * SIGTERM / SIGINT. Env: LOKET_BACKEND_PORT, LOKET_ALLOWED_ORIGINS (comma-separated),
 * LOKET_DATA_DIR, LOKET_ACCESS_TOKEN_TTL (seconds), LOKET_AUDIT_LOG, LOKET_AUDIT_RETENTION_DAYS,
 * LOKET_TLS_CERT + LOKET_TLS_KEY (PEM files: serve HTTPS), LOKET_CATALOGUE (realistic | large).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_PORT, startMockBackend, type MockBackendOptions } from './index.ts';

function intEnv(name: string, min: number, max: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    process.exit(2);
  }
  return n;
}

const options: MockBackendOptions = {
  port: intEnv('LOKET_BACKEND_PORT', 0, 65535) ?? DEFAULT_PORT,
};
const origins = process.env['LOKET_ALLOWED_ORIGINS'];
if (origins)
  options.origins = origins
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
if (process.env['LOKET_DATA_DIR']) options.dataDir = process.env['LOKET_DATA_DIR'];
if (process.env['LOKET_AUDIT_LOG']) options.auditLogPath = process.env['LOKET_AUDIT_LOG'];
const ttl = intEnv('LOKET_ACCESS_TOKEN_TTL', 5, 3600);
if (ttl !== undefined) options.accessTokenTtlSeconds = ttl;
const retention = intEnv('LOKET_AUDIT_RETENTION_DAYS', 1, 3650);
if (retention !== undefined) options.auditRetentionDays = retention;
const catalogue = process.env['LOKET_CATALOGUE'];
if (catalogue !== undefined && catalogue !== '') {
  if (catalogue !== 'realistic' && catalogue !== 'large') {
    console.error(`LOKET_CATALOGUE must be realistic or large (got "${catalogue}")`);
    process.exit(2);
  }
  options.catalogue = catalogue;
}
const tlsCert = process.env['LOKET_TLS_CERT'];
const tlsKey = process.env['LOKET_TLS_KEY'];
if (tlsCert || tlsKey) {
  try {
    options.tls = { cert: readFileSync(tlsCert ?? ''), key: readFileSync(tlsKey ?? '') };
  } catch (error) {
    console.error(`LOKET_TLS_CERT and LOKET_TLS_KEY must both name readable PEM files (${(error as Error).message})`);
    process.exit(2);
  }
}

try {
  const backend = await startMockBackend(options);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping mock backend…`);
    backend.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  console.error(
    e.code === 'EADDRINUSE' ? `Port ${options.port} is already in use (set LOKET_BACKEND_PORT).` : `Cannot start: ${e.message}`,
  );
  process.exit(1);
}
