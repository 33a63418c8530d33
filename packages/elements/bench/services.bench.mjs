// @ts-check
/**
 * `npm run bench:services`: <loket-services> against the realistic catalogue (104 products) and
 * the large one (10,000, `catalogue: 'large'`), in Debian Chromium. Per catalogue and caller
 * (signed out, and an association whose products are ranked first with reasons): the time from
 * the element entering the page to its first rows in the shadow DOM (a MutationObserver), of
 * which the API's share (Resource Timing of GET /api/services) and the render after the response.
 * The default view a visit shows (the backend keeps that query's matches cached, as it would for a
 * municipality's visitors; the backend bench measures a new search per request). Prints figures;
 * it never fails on them.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleForBench, iqm, median, pad, startBench } from './harness.mjs';

const RUNS = Number(process.env.RUNS ?? 61);
const PAGE_SIZE = 10;

// The element as a production bundle, with a handle to give the page runtime a session.
const widgetJs = await bundleForBench(`import './src/components/services/services.ts';
  import { pageRuntime } from './src/runtime/page.ts';
  window.provideSession = (s) => pageRuntime().provideSession(s);`);

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title></head>
<body><main id="main"></main><script type="module">
  import '/widget.js';
  /** One fresh widget for the caller of \`token\` (null: signed out): resolves with its figures once rows show. */
  window.measure = (token, capacity, apiBase) => new Promise((resolve) => {
    performance.clearResourceTimings();
    const state = token
      ? { status: 'signed-in', firstName: 'Bench', capacity, error: null }
      : { status: 'signed-out', firstName: null, capacity: null, error: null };
    window.provideSession({ state, apiBase, subscribe: () => () => {}, signIn: async () => {}, signOut: async () => {}, switchCapacity: async () => {}, getAccessToken: async () => token });
    const el = document.createElement('loket-services');
    el.setAttribute('page-size', '${PAGE_SIZE}');
    const main = document.getElementById('main');
    const start = performance.now();
    const done = () => {
      const rows = el.shadowRoot.querySelectorAll('.product').length;
      if (!rows) return false;
      const at = performance.now();
      const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/services'));
      resolve({ rows, total: at - start, render: api ? at - api.responseEnd : NaN, api: api ? api.responseEnd - api.startTime : NaN });
      return true;
    };
    main.replaceChildren(el);
    new MutationObserver((_, obs) => done() && obs.disconnect()).observe(el.shadowRoot, { childList: true, subtree: true });
  });
</script></body></html>`;

const bench = await startBench({ page: PAGE, script: widgetJs, backends: { realistic: {}, large: { catalogue: 'large' } } });
const { origin, backends, helpers, context } = bench;
const results = [];
let version = '';
try {
  /** Who asks: signed out (public), and an association (ranked, with reasons). */
  const callers = [];
  for (const [size, backend] of Object.entries(backends)) {
    const apiBase = `${backend.url}/api`;
    const { tokens } = await helpers.signIn(backend, 'p08', { cap_hint: 'VER', code_hint: 'V0001004' });
    const capacity = { type: 'VER', code: 'V0001004', name: 'Wielertoeristen Scheldeburg vzw' };
    const products = size === 'large' ? '10,000' : '104';
    callers.push({ label: `${products} products, signed out`, apiBase, token: null, capacity: null, size });
    callers.push({ label: `${products} products, association`, apiBase, token: tokens.access_token, capacity, size });
  }
  const runs = new Map(callers.map((c) => [c.label, []]));
  const page = await context.newPage();
  version = context.browser()?.version() ?? '';
  await page.goto(`${origin}/?warm`);
  // Interleaved, so that the load of this shared machine falls on every caller alike.
  for (let i = -3; i < RUNS; i++) {
    for (const c of callers) {
      const r = await page.evaluate(([t, cap, b]) => window.measure(t, cap, b), [c.token, c.capacity, c.apiBase]);
      if (i >= 0) runs.get(c.label).push(r);
    }
  }
  for (const c of callers) {
    const rs = runs.get(c.label);
    results.push({
      label: c.label,
      total: iqm(rs.map((r) => r.total)),
      api: median(rs.map((r) => r.api)),
      render: iqm(rs.map((r) => r.render)),
      rows: rs[0].rows,
    });
  }
} finally {
  await bench.close();
}

console.log(`<loket-services>, page size ${PAGE_SIZE}, Chromium ${version}: ${RUNS} samples per caller (interleaved)`);
console.log(
  `${'catalogue, caller'.padEnd(36)}${pad('rows', 5)}${pad('to first rows ms (IQM)', 24)}${pad('API ms', 9)}${pad('render ms', 11)}`,
);
for (const r of results)
  console.log(
    `${r.label.padEnd(36)}${pad(r.rows, 5)}${pad(r.total.toFixed(1), 24)}${pad(r.api.toFixed(1), 9)}${pad(r.render.toFixed(1), 11)}`,
  );
const diff = (x, y) => ((x - y) / y) * 100;
const differences = ['signed out', 'association'].map((who) => {
  const small = results.find((r) => r.label === `104 products, ${who}`);
  const large = results.find((r) => r.label === `10,000 products, ${who}`);
  return { who, percent: diff(large.total, small.total) };
});
console.log(
  `10,000 vs 104: ${differences.map((d) => `${d.who} ${d.percent >= 0 ? '+' : ''}${d.percent.toFixed(1)} %`).join(', ')} (aim: within 10 %); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
);
// For `npm run bench` (bench/run.ts folds it into bench/results.latest.json); git-ignored.
writeFileSync(
  fileURLToPath(new URL('./services-results.json', import.meta.url)),
  `${JSON.stringify({ date: new Date().toISOString(), chromium: version, pageSize: PAGE_SIZE, samples: RUNS, callers: results, differences, loadAverage: loadavg()[0] }, null, 2)}\n`,
);
