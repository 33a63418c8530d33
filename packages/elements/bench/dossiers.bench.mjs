// @ts-check
/**
 * `npm run bench:dossiers`: <loket-dossiers> against the 100,000-dossier association and a
 * 100-dossier one, in Debian Chromium. Per association: time from the API response (Resource
 * Timing `responseEnd` of GET /api/dossiers) to the first rows in the widget's shadow DOM
 * (a MutationObserver, so no frame-rate rounding), and the number of DOM nodes in the widget.
 * Server-side paging is what keeps both alike; the server's own query time is printed apart.
 * Prints figures; it is not a test, but it exits 1 when the two differ by more than 10 %.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 161);
const PAGE_SIZE = 20;
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ASSOCIATIONS = [
  { label: 'V0001002 (100,000 dossiers)', persona: 'p12', code: 'V0001002' },
  { label: 'V0001234 (100 dossiers)', persona: 'p02', code: 'V0001234' },
];

// The widget as a production bundle: minified, Lit in production mode, one file.
const bundle = await build({
  entryPoints: [join(ROOT, 'packages/elements/src/components/dossiers/dossiers.ts')],
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
const widgetJs = bundle.outputFiles.map((f) => f.text).join('\n');

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title></head>
<body><main id="main"></main><script type="module">
  import '/widget.js';
  const state = { status: 'signed-in', firstName: 'Bench', capacity: { type: 'VER', code: 'x', name: 'x' }, error: null };
  /** One fresh widget for the identity of \`token\`: resolves with its figures once rows show. */
  window.measure = (token, apiBase) => new Promise((resolve) => {
    performance.clearResourceTimings();
    const session = { state, subscribe: () => () => {}, signIn: async () => {}, signOut: async () => {}, switchCapacity: async () => {}, getAccessToken: async () => token };
    const el = document.createElement('loket-dossiers');
    el.setAttribute('page-size', '${PAGE_SIZE}');
    el.setAttribute('api-base', apiBase);
    el.session = session;
    const main = document.getElementById('main');
    main.replaceChildren(el);
    const done = () => {
      const rows = el.shadowRoot.querySelectorAll('.dossier').length;
      if (!rows) return false;
      const at = performance.now();
      const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/dossiers'));
      let nodes = 0;
      const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) nodes++;
      resolve({ rows, render: at - api.responseEnd, api: api.responseEnd - api.startTime, nodes, elements: el.shadowRoot.querySelectorAll('*').length });
      return true;
    };
    new MutationObserver((_, obs) => done() && obs.disconnect()).observe(el.shadowRoot, { childList: true, subtree: true });
  });
</script></body></html>`;

const site = createServer((req, res) => {
  if (req.url?.startsWith('/widget.js')) res.writeHead(200, { 'content-type': 'text/javascript' }).end(widgetJs);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
});
await new Promise((r) => site.listen(0, '127.0.0.1', () => r(undefined)));
const address = site.address();
const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;

// The real mock backend and a real sign-in per association (the backend tests' helper).
const { register } = await import('tsx/esm/api');
register();
const helpers = await import('../../mock-backend/test/helpers.ts');
const backend = await helpers.startTestBackend({ origins: [origin, helpers.RP_ORIGIN], accessTokenTtlSeconds: 3600 });
const dir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let version = '';
/** Interquartile mean: the mean of the middle half, steadier than the median on a busy machine. */
const iqm = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.slice(Math.floor(sorted.length / 4), Math.ceil((sorted.length * 3) / 4));
  return mid.reduce((a, b) => a + b, 0) / mid.length;
};
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)];
const results = [];
try {
  for (const a of ASSOCIATIONS) {
    const { tokens } = await helpers.signIn(backend, a.persona, { cap_hint: 'VER', code_hint: a.code });
    a.token = tokens.access_token;
    a.apiBase = `${backend.url}/api`;
  }
  const runs = new Map(ASSOCIATIONS.map((a) => [a.label, []]));
  const page = await context.newPage();
  version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''));
  // Cold: a fresh document per association (module load, first Lit render, compiled templates).
  // (after one throw-away load, so that neither pays for the browser's own first start)
  await page.goto(`${origin}/?first`);
  await page.evaluate(([t, b]) => window.measure(t, b), [ASSOCIATIONS[1].token, ASSOCIATIONS[1].apiBase]);
  for (const a of ASSOCIATIONS) {
    await page.goto(`${origin}/?cold=${a.code}`);
    a.cold = await page.evaluate(([t, b]) => window.measure(t, b), [a.token, a.apiBase]);
  }
  // Warm: one document, a new widget per sample, the two associations interleaved so that the
  // load of this shared machine falls on both alike.
  await page.goto(`${origin}/?warm`);
  for (let i = -3; i < RUNS; i++) {
    for (const a of ASSOCIATIONS) {
      const r = await page.evaluate(([t, b]) => window.measure(t, b), [a.token, a.apiBase]);
      if (i >= 0) runs.get(a.label).push(r);
      if (process.env.VERBOSE) console.log(a.code, JSON.stringify(r));
    }
  }
  for (const a of ASSOCIATIONS) {
    const rs = runs.get(a.label);
    results.push({
      label: a.label,
      render: iqm(rs.map((r) => r.render)),
      p25: q(
        rs.map((r) => r.render),
        0.25,
      ),
      p75: q(
        rs.map((r) => r.render),
        0.75,
      ),
      api: median(rs.map((r) => r.api)),
      nodes: median(rs.map((r) => r.nodes)),
      elements: median(rs.map((r) => r.elements)),
      rows: rs[0].rows,
      cold: a.cold.render,
    });
  }
} finally {
  await context.close();
  await backend.close();
  site.close();
  rmSync(dir, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padStart(n);
console.log(
  `<loket-dossiers>, page size ${PAGE_SIZE}, Chromium ${version}: ${RUNS} warm samples per association (interleaved) + 1 cold page load`,
);
console.log(
  `${'association'.padEnd(30)}${pad('rows', 5)}${pad('response→rows ms (IQM)', 25)}${pad('p25–p75', 13)}${pad('cold', 8)}${pad('DOM nodes', 11)}${pad('elements', 10)}${pad('API ms', 8)}`,
);
for (const r of results)
  console.log(
    `${r.label.padEnd(30)}${pad(r.rows, 5)}${pad(r.render.toFixed(1), 25)}${pad(`${r.p25.toFixed(1)}–${r.p75.toFixed(1)}`, 13)}${pad(r.cold.toFixed(1), 8)}${pad(r.nodes, 11)}${pad(r.elements, 10)}${pad(r.api.toFixed(1), 8)}`,
  );
const [big, small] = results;
const diff = (x, y) => (Math.abs(x - y) / Math.min(x, y)) * 100;
const renderDiff = diff(big.render, small.render);
const nodeDiff = diff(big.nodes, small.nodes);
console.log(
  `difference: response→rows ${renderDiff.toFixed(1)} %, DOM nodes ${nodeDiff.toFixed(1)} % (bar: ≤ 10 %); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
);
// For `npm run bench` (bench/run.ts folds it into bench/results.latest.json).
writeFileSync(
  fileURLToPath(new URL('./results.json', import.meta.url)),
  `${JSON.stringify({ date: new Date().toISOString(), chromium: version, pageSize: PAGE_SIZE, samples: RUNS, associations: results, difference: { renderPercent: renderDiff, nodesPercent: nodeDiff }, loadAverage: loadavg()[0] }, null, 2)}\n`,
);
if (renderDiff > 10 || nodeDiff > 10) process.exitCode = 1;
