// @ts-check
/**
 * What the element benchmarks (`dossiers.bench.mjs`, `services.bench.mjs`) share: the element as a
 * production bundle, a loopback site that serves it in one page, the real mock backend, a throw-away
 * Debian Chromium profile, and the statistics. Each bench keeps its own page script, callers and table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Bundles `source` (TypeScript, resolved from packages/elements) as production code: minified, Lit in
 * production mode, one file.
 * @param {string} source
 */
export async function bundleForBench(source) {
  const bundle = await build({
    stdin: { contents: source, resolveDir: join(ROOT, 'packages/elements'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['browser', 'production'],
    define: { __LOKET_VERSION__: '"bench"' },
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  return bundle.outputFiles.map((f) => f.text).join('\n');
}

/**
 * Serves `page` at every path and `script` at /widget.js on 127.0.0.1 (a port the system picks), starts
 * the real mock backend once per entry of `backends` (options for the backend tests' helper, with this
 * site allowed as an origin), and opens Debian Chromium with a fresh profile. `close()` stops all of it
 * and removes the profile.
 * @param {{ page: string, script: string, backends: Record<string, Record<string, unknown>> }} options
 */
export async function startBench({ page, script, backends: wanted }) {
  const site = createServer((req, res) => {
    if (req.url?.startsWith('/widget.js')) res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise((r) => site.listen(0, '127.0.0.1', () => r(undefined)));
  const address = site.address();
  const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  const { register } = await import('tsx/esm/api');
  register();
  const helpers = await import('../../mock-backend/test/helpers.ts');
  /** @type {Record<string, any>} */
  const backends = {};
  for (const [name, options] of Object.entries(wanted)) {
    backends[name] = await helpers.startTestBackend({
      origins: [origin, helpers.RP_ORIGIN],
      accessTokenTtlSeconds: 3600,
      ...options,
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const close = async () => {
    await context.close();
    await Promise.all(Object.values(backends).map((b) => b.close()));
    site.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { origin, backends, helpers, context, close };
}

/** @param {number[]} xs */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Interquartile mean: the mean of the middle half, steadier than the median on a busy machine.
 * @param {number[]} xs
 */
export const iqm = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.slice(Math.floor(sorted.length / 4), Math.ceil((sorted.length * 3) / 4));
  return mid.reduce((a, b) => a + b, 0) / mid.length;
};

/**
 * The `p` quantile (0…1), nearest rank below.
 * @param {number[]} xs
 * @param {number} p
 */
export const quantile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)];

/**
 * @param {unknown} s
 * @param {number} n
 */
export const pad = (s, n) => String(s).padStart(n);
