/**
 * Load benchmark (not a test): GET /api/dossiers (page size 20) for the 100,000-dossier
 * association and for a 100-dossier one, on loopback, with real access tokens. Bounded: a few
 * seconds per scenario, 10 connections. The backend runs in its own process (as with `npm start`),
 * the load generator in this one; every request is verified (JWT) and audit-logged as in normal use.
 * Prints requests/s and latency percentiles.
 *
 *   npm run bench -w @loket/mock-backend         (BENCH_SECONDS=5 BENCH_CONNECTIONS=10 by default)
 */
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import type { MockBackend } from '../src/index.ts';
import { api, signIn } from '../test/helpers.ts';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

const child = fork(new URL('./server.ts', import.meta.url), {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
const info = await new Promise<{ url: string; issuer: string; port: number }>((resolve, reject) => {
  child.once('message', (m) => resolve(m as { url: string; issuer: string; port: number }));
  child.once('exit', (code) => reject(new Error(`backend exited with ${code}`)));
});
const backend: MockBackend = { ...info, close: () => Promise.resolve() };
try {
  const koepel = (await signIn(backend, 'p03', { cap_hint: 'VER', code_hint: 'V0001002' })).tokens.access_token;
  const speelplein = (await signIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' })).tokens.access_token;

  const scenarios: { name: string; token: string; path: string; expectTotal: number }[] = [
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
  ];

  console.log(
    `GET /api/dossiers on ${backend.url} — ${connections} connections, ${seconds} s per scenario, Node ${process.version}\n`,
  );
  // Cold first request of every scenario (builds the owner's columns / sort order once).
  const cold = new Map<string, number>();
  for (const s of scenarios) {
    // Plain fetch: api() also validates against openapi.yaml, whose first schema compile is not the backend's time.
    const t = performance.now();
    const res = await fetch(`${backend.url}${s.path}`, { headers: { authorization: `Bearer ${s.token}` } });
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
    const warm = await api(backend, s.path, s.token);
    const firstMs = cold.get(s.name)!;
    if (warm.status !== 200) throw new Error(`${s.name}: warm-up answered ${warm.status}`);
    const total = (warm.body as { total: number }).total;
    if (s.expectTotal >= 0 && total !== s.expectTotal) throw new Error(`${s.name}: total ${total}, expected ${s.expectTotal}`);
    // One second of unmeasured load so the JIT has settled before measuring.
    await autocannon({
      url: `${backend.url}${s.path}`,
      connections,
      duration: 1,
      headers: { authorization: `Bearer ${s.token}` },
    });
    const result = await autocannon({
      url: `${backend.url}${s.path}`,
      connections,
      duration: seconds,
      headers: { authorization: `Bearer ${s.token}` },
    });
    rows.push([
      `${s.name} (total ${total}; cold first request ${firstMs.toFixed(0)} ms)`,
      result.requests.average.toFixed(0),
      String(result.latency.p50),
      String(result.latency.p99),
      String(result.latency.max),
      `${result.errors + result.timeouts}/${result.non2xx}`,
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
} finally {
  child.send('stop');
  await new Promise((r) => child.once('exit', r));
}
