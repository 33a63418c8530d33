/**
 * Load benchmark (not a test), on loopback with real access tokens, bounded (a few seconds per
 * scenario, 10 connections unless said otherwise):
 * - GET /api/dossiers (page size 20) for the 100,000-dossier association and a 100-dossier one;
 * - GET /api/services, first page, on the realistic 104 products and on 10,000 (a second backend
 *   with `catalogue: 'large'`): anonymous, ranked for an association, and a new search per request
 *   (past the query cache); the cold first request of each is its time to first page;
 * - PATCH of the register (one connection, each request on the ETag of the previous answer, so
 *   every one is a real, audited change).
 * The backends run in their own processes (as with `npm start`), the load generator in this one;
 * every request is verified (JWT) and audit-logged as in normal use. Prints one table (its
 * header starts with "scenario"; bench/run.ts at the root reads it).
 *
 *   npm run bench -w @loket/mock-backend         (BENCH_SECONDS=5 BENCH_CONNECTIONS=10 by default)
 */
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import type { MockBackend } from '../src/index.ts';
import { api, signIn } from '../test/helpers.ts';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

function startChild(env: Record<string, string> = {}) {
  const child = fork(new URL('./server.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const ready = new Promise<{ url: string; issuer: string; port: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string; issuer: string; port: number }));
    child.once('exit', (code) => reject(new Error(`backend exited with ${code}`)));
  });
  return { child, ready };
}
const main = startChild();
const big = startChild({ BENCH_CATALOGUE: 'large' });
const children = [main.child, big.child];
const backend: MockBackend = { ...(await main.ready), close: () => Promise.resolve() };
const large: MockBackend = { ...(await big.ready), close: () => Promise.resolve() };
try {
  const koepel = (await signIn(backend, 'p03', { cap_hint: 'VER', code_hint: 'V0001002' })).tokens.access_token;
  const speelplein = (await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' })).tokens.access_token;

  const koepelLarge = (await signIn(large, 'p03', { cap_hint: 'VER', code_hint: 'V0001002' })).tokens.access_token;

  type Scenario = {
    name: string;
    token?: string;
    path: string;
    expectTotal: number;
    on?: MockBackend;
    connections?: number;
    /** Per-request setup (autocannon `requests`): a new search each time. */
    requests?: NonNullable<Parameters<typeof autocannon>[0]['requests']>;
  };
  const WORDS = ['subsidie', 'vergunning', 'premie', 'jeugd', 'sport', 'zaal', 'afval', 'parkeren', 'huwelijk', 'bib'];
  let searchCounter = 0;
  const newSearch = () => {
    // A different query each time (word + page size), so the 64-entry query cache does not answer.
    const n = searchCounter++;
    return `/api/services?q=${WORDS[n % WORDS.length]}&pageSize=${1 + (Math.floor(n / WORDS.length) % 100)}`;
  };
  const scenarios: Scenario[] = [
    { name: '100,000 dossiers (V0001002), newest first', token: koepel, path: '/api/dossiers?pageSize=20', expectTotal: 100_000 },
    { name: '100 dossiers (V0001234), newest first', token: speelplein, path: '/api/dossiers?pageSize=20', expectTotal: 100 },
    {
      name: '100,000 dossiers, open + action required, by due date, page 3',
      token: koepel,
      path: '/api/dossiers?status=open&actionRequired=true&sort=dueDate&page=3&pageSize=20',
      expectTotal: -1,
    },
    {
      name: '100,000 dossiers, text search "jeugdwerk"',
      token: koepel,
      path: '/api/dossiers?q=jeugdwerk&pageSize=20',
      expectTotal: -1,
    },
    { name: 'catalogue 104 products, first page', path: '/api/services?pageSize=20', expectTotal: 104 },
    { name: 'catalogue 10,000 products, first page', path: '/api/services?pageSize=20', expectTotal: 10_000, on: large },
    {
      name: 'catalogue 104 products, ranked for V0001002',
      token: koepel,
      path: '/api/services?pageSize=20&municipality=stad-scheldeburg',
      expectTotal: -1,
    },
    {
      name: 'catalogue 10,000 products, ranked for V0001002',
      token: koepelLarge,
      path: '/api/services?pageSize=20',
      expectTotal: -1,
      on: large,
    },
    {
      name: 'catalogue 10,000 products, a new search per request',
      path: '/api/services?q=premie&pageSize=20',
      expectTotal: -1,
      on: large,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: newSearch() }) }],
    },
  ];
  console.log(
    `mock backend ${backend.url} (and ${large.url} with 10,000 products) — ${connections} connections unless said, ${seconds} s per scenario, Node ${process.version}\n`,
  );
  // Cold first request of every scenario (builds the owner's columns / sort order once).
  const cold = new Map<string, number>();
  const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
  for (const s of scenarios) {
    // Plain fetch: api() also validates against openapi.yaml, whose first schema compile is not the backend's time.
    const t = performance.now();
    const res = await fetch(`${(s.on ?? backend).url}${s.path}`, { headers: auth(s.token) });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${s.name}: answered ${res.status}`);
    cold.set(s.name, performance.now() - t);
  }
  // Warm the whole request path (HTTP, JWT verification, audit log, JSON) before any scenario,
  // so the first one measured is not penalised by JIT compilation.
  for (const token of [speelplein, koepel]) {
    await autocannon({
      url: `${backend.url}/api/dossiers?pageSize=20`,
      connections,
      duration: 1,
      headers: { authorization: `Bearer ${token}` },
    });
  }
  const rows: string[][] = [['scenario', 'req/s (mean)', 'p50 ms', 'p99 ms', 'max ms', 'errors/non-2xx']];
  for (const s of scenarios) {
    const on = s.on ?? backend;
    const warm = await api(on, s.path, s.token);
    const firstMs = cold.get(s.name)!;
    if (warm.status !== 200) throw new Error(`${s.name}: warm-up answered ${warm.status}`);
    const total = (warm.body as { total: number }).total;
    if (s.expectTotal >= 0 && total !== s.expectTotal) throw new Error(`${s.name}: total ${total}, expected ${s.expectTotal}`);
    const options = {
      url: `${on.url}${s.path}`,
      connections: s.connections ?? connections,
      headers: auth(s.token),
      ...(s.requests ? { requests: s.requests } : {}),
    };
    // One second of unmeasured load so the JIT has settled before measuring.
    await autocannon({ ...options, duration: 1 });
    const result = await autocannon({ ...options, duration: seconds });
    rows.push([
      `${s.name} (total ${total}; cold first request ${firstMs.toFixed(0)} ms)`,
      result.requests.average.toFixed(0),
      String(result.latency.p50),
      String(result.latency.p99),
      String(result.latency.max),
      `${result.errors + result.timeouts}/${result.non2xx}`,
    ]);
  }

  // PATCH: autocannon builds each request before the previous answer arrives, so it cannot send
  // the ETag that answer gave; a plain loop per record can. Every request is a real, validated,
  // audited change on the current ETag (a 412 would be counted as non-2xx).
  const reps: [string, string, string][] = [
    ['p03', 'V0001003', ''],
    ['p04', 'V0001005', ''],
    ['p05', 'V0001006', ''],
    ['p12', 'V0001011', ''],
  ];
  for (const r of reps) r[2] = (await signIn(backend, r[0], { cap_hint: 'VER', code_hint: r[1] })).tokens.access_token;
  async function patchLoop(vCode: string, token: string, ms: number, latencies: number[]): Promise<number> {
    const url = `${backend.url}/api/associations/${vCode}`;
    const got = await fetch(url, { headers: auth(token) });
    await got.arrayBuffer();
    let etag = got.headers.get('etag')!;
    let failed = 0;
    const end = performance.now() + ms;
    for (let n = 0; performance.now() < end; n++) {
      const t = performance.now();
      const res = await fetch(url, {
        method: 'PATCH',
        headers: { ...auth(token), 'if-match': etag, 'content-type': 'application/json' },
        body: JSON.stringify({ korteBeschrijving: `Beschrijving, versie ${n}.` }),
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      if (res.status !== 200) failed++;
      etag = res.headers.get('etag') ?? etag;
    }
    return failed;
  }
  for (const parallel of [1, 4]) {
    const name =
      parallel === 1
        ? 'PATCH /api/associations/{vCode}, 1 record, sequential on the last ETag'
        : 'PATCH /api/associations/{vCode}, 4 records in parallel, each on its last ETag';
    const targets = reps.slice(0, parallel);
    await Promise.all(targets.map(([, vCode, token]) => patchLoop(vCode, token, 1000, []))); // warm-up
    const latencies: number[] = [];
    const started = performance.now();
    const failed = (
      await Promise.all(targets.map(([, vCode, token]) => patchLoop(vCode, token, seconds * 1000, latencies)))
    ).reduce((a, b) => a + b, 0);
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
    rows.push([name, (latencies.length / elapsed).toFixed(0), pct(0.5), pct(0.99), pct(1), `0/${failed}`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
} finally {
  for (const child of children) {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  }
}
