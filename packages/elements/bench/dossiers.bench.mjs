// @ts-check
/**
 * `npm run bench:dossiers`: <loket-dossiers> against the 100,000-dossier association and a
 * 100-dossier one, in Debian Chromium. Per association: time from the API response (Resource
 * Timing `responseEnd` of GET /api/dossiers) to the first rows in the widget's shadow DOM
 * (a MutationObserver, so no frame-rate rounding), and the number of DOM nodes in the widget.
 * Server-side paging is what keeps both alike; the server's own query time is printed apart.
 * Prints figures (and whether the two stay within 10 % of each other); it never fails on them.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleForBench, iqm, median, pad, quantile, startBench } from './harness.mjs';

const RUNS = Number(process.env.RUNS ?? 161);
const PAGE_SIZE = 20;
const ASSOCIATIONS = [
  { label: 'V0001002 (100,000 dossiers)', persona: 'p12', code: 'V0001002' },
  { label: 'V0001234 (100 dossiers)', persona: 'p02', code: 'V0001234' },
];

// The widget as a production bundle: minified, Lit in production mode, one file.
const widgetJs = await bundleForBench(`import './src/components/dossiers/dossiers.ts';`);

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

// The real mock backend and a real sign-in per association (the backend tests' helper).
const bench = await startBench({ page: PAGE, script: widgetJs, backends: { backend: {} } });
const { origin, helpers, context } = bench;
const { backend } = bench.backends;

let version = '';
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
      p25: quantile(
        rs.map((r) => r.render),
        0.25,
      ),
      p75: quantile(
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
  await bench.close();
}

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
  `difference: response→rows ${renderDiff.toFixed(1)} %, DOM nodes ${nodeDiff.toFixed(1)} % (aim: ≤ 10 %: ${renderDiff <= 10 && nodeDiff <= 10 ? 'within' : 'OVER'}); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
);
// For `npm run bench` (bench/run.ts folds it into bench/results.latest.json).
writeFileSync(
  fileURLToPath(new URL('./results.json', import.meta.url)),
  `${JSON.stringify({ date: new Date().toISOString(), chromium: version, pageSize: PAGE_SIZE, samples: RUNS, associations: results, difference: { renderPercent: renderDiff, nodesPercent: nodeDiff }, loadAverage: loadavg()[0] }, null, 2)}\n`,
);
