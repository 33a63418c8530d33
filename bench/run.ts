/**
 * `npm run bench`: one bounded run (a few minutes on 2 cores, loopback only) that prints one table,
 * each key figure next to the committed baseline (bench/baseline.json) and the difference, and
 * writes the run's figures to the git-ignored bench/results.latest.json. It changes no tracked file.
 *
 * - bytes before first render and per lazy chunk (scripts/size-lib.mjs, as `npm run size`);
 * - the Gemeente Voorbeeld demo page against the same page with a static GOV.UK Frontend header
 *   and footer, alternately, N loads each, without and with 4× CPU throttling: FCP, LCP, CLS, TBT;
 * - Lighthouse 12 (mobile, simulated throttling) on the demo page;
 * - `<loket-header>` upgrade time (definition → first render of its shadow root) at 4× CPU;
 * - the single sign-on check on load (auth.passive): script bytes and time to a known sign-in state
 *   for a visitor without a session at the identity provider and for one with a session there;
 * - the dossier widget at 100 vs 100,000 dossiers (`npm run bench:dossiers`, if present), the
 *   catalogue widget's time to first rows at 104 vs 10,000 products (`npm run bench:services`, if
 *   present) and the backend load figures (`npm run bench:backend`).
 *
 *   npm run bench                      builds loket first
 *   npm run bench -- --no-build        measures the current packages/elements/dist
 *   npm run bench -- --report          measures nothing: the table of the latest run vs the baseline
 *   npm run bench -- --save-baseline   also makes this run the baseline (a change to commit)
 *   npm run bench:baseline             makes the latest run the baseline, without measuring again
 *   BENCH_RUNS=5                       page loads per page and setting (median reported)
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import type { BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { startMockBackend } from '../packages/mock-backend/src/index.ts';
// @ts-expect-error -- plain ES modules without declarations
import { startDemo } from '../demo/server.mjs';
// @ts-expect-error -- plain ES modules without declarations
import { measureBundle } from '../scripts/size-lib.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../scripts/chromium.mjs';
import {
  formatReport,
  type Bundle,
  type LighthouseFigures,
  type Ratios,
  type Results,
  type SsoVisit,
  type Vitals,
} from './report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Math.min(15, Number(process.env['BENCH_RUNS'] ?? 5)));
const UPGRADE_RUNS = 7;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = performance.now();
const log = (msg: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${msg}\n`);

const LATEST = join(ROOT, 'bench/results.latest.json');
const BASELINE = join(ROOT, 'bench/baseline.json');
const REPORT_ONLY = process.argv.includes('--report');
const SAVE_BASELINE = process.argv.includes('--save-baseline');

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

/** The peer: the same page with GOV.UK Frontend's compiled CSS and static header/footer markup. */
async function startPeer(): Promise<{ url: string; close(): Promise<void> }> {
  const govuk = join(ROOT, 'node_modules/govuk-frontend/dist/govuk');
  const page = sirv(join(ROOT, 'bench/peer'), { dev: true });
  const css = sirv(govuk, { dev: true });
  const assets = sirv(join(govuk, 'assets'), { dev: true });
  const shared = sirv(join(ROOT, 'demo/shared'), { dev: true });
  const logo = sirv(join(ROOT, 'demo/gemeente-voorbeeld'), { dev: true });
  const notFound = (res: import('node:http').ServerResponse) => () => {
    res.statusCode = 404;
    res.end('Niet gevonden');
  };
  const server: Server = createHttpServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const strip = (prefix: string) => (req.url = req.url!.slice(prefix.length));
    if (path.startsWith('/govuk/')) return (strip('/govuk'), css(req, res, notFound(res)));
    if (path.startsWith('/assets/')) return (strip('/assets'), assets(req, res, notFound(res)));
    if (path.startsWith('/shared/')) return (strip('/shared'), shared(req, res, notFound(res)));
    if (path === '/logo.svg') return logo(req, res, notFound(res));
    return page(req, res, notFound(res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/** Runs before any page script: paint/LCP/CLS/long-task observers and the header upgrade marks. */
const INIT_SCRIPT = `(() => {
  const m = (window.__bench = { fcp: 0, lcp: 0, cls: 0, longTasks: [] });
  const observe = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') m.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { m.lcp = e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) m.cls += e.value; });
  observe('longtask', (e) => { m.longTasks.push([e.startTime, e.duration]); });
  const define = customElements.define.bind(customElements);
  customElements.define = function (name, ctor, options) {
    if (name !== 'loket-header') return define(name, ctor, options);
    performance.mark('loket-header-defined');
    const result = define(name, ctor, options); // upgrades the existing <loket-header> synchronously
    const el = document.querySelector('loket-header');
    const rendered = () => el && el.shadowRoot && el.shadowRoot.querySelector('*');
    const done = () => { if (!performance.getEntriesByName('loket-header-rendered').length) performance.mark('loket-header-rendered'); };
    if (rendered()) done();
    else if (el && el.shadowRoot) {
      const mo = new MutationObserver(() => { if (rendered()) { mo.disconnect(); done(); } });
      mo.observe(el.shadowRoot, { childList: true, subtree: true });
    } else {
      const poll = () => (rendered() ? done() : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    }
    return result;
  };
})();`;

async function newPage(context: BrowserContext, cpuRate: number): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return page;
}

async function loadVitals(context: BrowserContext, url: string, cpuRate: number, waitForHeader: boolean): Promise<Vitals> {
  const page = await newPage(context, cpuRate);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (waitForHeader)
      await page.waitForFunction(() => performance.getEntriesByName('loket-header-rendered').length > 0, undefined, {
        timeout: 15_000,
      });
    // Let late work (config fetch, lazy chunks, long tasks) finish before reading the figures.
    await page.waitForTimeout(1000);
    return await page.evaluate(() => {
      const m = (window as unknown as { __bench: { fcp: number; lcp: number; cls: number; longTasks: [number, number][] } })
        .__bench;
      // Total blocking time: the part over 50 ms of every long task after FCP (as Lighthouse).
      const tbt = m.longTasks.filter(([start]) => start >= m.fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      return { fcp: m.fcp, lcp: m.lcp, cls: m.cls, tbt };
    });
  } finally {
    await page.close();
  }
}

async function headerUpgrade(context: BrowserContext, url: string, cpuRate: number): Promise<number> {
  const page = await newPage(context, cpuRate);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('loket-header-rendered').length > 0, undefined, {
      timeout: 15_000,
    });
    return await page.evaluate(
      () =>
        performance.getEntriesByName('loket-header-rendered')[0]!.startTime -
        performance.getEntriesByName('loket-header-defined')[0]!.startTime,
    );
  } finally {
    await page.close();
  }
}

/** Lighthouse against a Chromium we start ourselves with a DevTools port (no chrome-launcher). */
/**
 * What the single sign-on check costs on load, per visitor, in a fresh tab (no session in it):
 * the scripts fetched (raw and brotli) and the time from navigation start until the header knows
 * the sign-in state — the check's hidden frame is gone (signed out) or the account button shows.
 */
async function ssoVisit(context: BrowserContext, url: string): Promise<SsoVisit> {
  const page = await context.newPage();
  const scripts: Promise<{ url: string; raw: number; br: number }>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    scripts.push(
      res
        .body()
        .then((b) => ({ url: res.url(), raw: b.length, br: brotliCompressSync(b).length }))
        .catch(() => ({ url: res.url(), raw: 0, br: 0 })),
    );
  });
  await page.addInitScript(`(() => {
    window.__known = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.removedNodes)
        if (n.nodeName === 'IFRAME' && !window.__known) window.__known = performance.now();
    }).observe(document, { childList: true, subtree: true });
    (function look() {
      if (document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-button"]')) window.__known ||= performance.now();
      else if (!window.__known) requestAnimationFrame(look);
    })();
  })();`);
  await page.goto(url);
  await page.waitForFunction('window.__known > 0', undefined, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const signedIn = (await page.locator('loket-header [part="account-button"]').count()) > 0;
  const knownMs = (await page.evaluate('window.__known')) as number;
  const loaded = await Promise.all(scripts);
  await page.close();
  return {
    signedIn,
    knownMs: round(knownMs),
    scriptBytes: loaded.reduce((a, x) => a + x.raw, 0),
    scriptBrotli: loaded.reduce((a, x) => a + x.br, 0),
    oidcChunk: loaded.some((x) => /\/chunks\/oidc-[^/]*\.js$/.test(x.url)),
  };
}

async function ssoBench(demoUrl: string, runs: number): Promise<Results['sso']> {
  const context = await launchChromium({ profilePrefix: 'loket-bench-sso-', viewport: { width: 1280, height: 800 } });
  const summary = (visits: SsoVisit[]) => ({
    signedIn: visits.every((v) => v.signedIn),
    knownMs: round(median(visits.map((v) => v.knownMs))),
    allMs: visits.map((v) => v.knownMs),
    scriptBytes: median(visits.map((v) => v.scriptBytes)),
    scriptBrotli: median(visits.map((v) => v.scriptBrotli)),
    oidcChunk: visits.some((v) => v.oidcChunk),
  });
  try {
    await ssoVisit(context, demoUrl); // warm-up
    const out: SsoVisit[] = [];
    for (let i = 0; i < runs; i++) out.push(await ssoVisit(context, demoUrl));
    // A session at the identity provider (signed in once, in another tab that is then closed).
    const tab = await context.newPage();
    await tab.goto(demoUrl);
    await tab.locator('loket-header').getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await tab.getByRole('button', { name: 'Jan Janssens' }).click();
    await tab.locator('loket-header [part="account-button"]').waitFor();
    await tab.close();
    const inside: SsoVisit[] = [];
    for (let i = 0; i < runs; i++) inside.push(await ssoVisit(context, demoUrl));
    return { runs, signedOut: summary(out), idpSession: summary(inside) };
  } finally {
    await context.close();
  }
}

async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const profile = mkdtempSync(join(tmpdir(), 'loket-bench-lh-'));
  const chrome = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: 'ignore',
    },
  );
  try {
    const portFile = join(profile, 'DevToolsActivePort');
    const deadline = Date.now() + 15_000;
    while (!existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2) {
      if (Date.now() > deadline) throw new Error('Chromium did not open its DevTools port');
      await new Promise((r) => setTimeout(r, 100));
    }
    const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      maxWaitForLoad: 30_000,
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    const score = (id: string) => (categories[id]?.score == null ? null : Math.round(categories[id]!.score! * 100));
    const num = (id: string, digits = 0) => (audits[id]?.numericValue == null ? null : round(audits[id]!.numericValue!, digits));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift', 4),
    };
  } catch (error) {
    return { performance: null, accessibility: null, bestPractices: null, error: (error as Error).message };
  } finally {
    chrome.kill('SIGTERM');
    await new Promise((r) => (chrome.exitCode === null ? chrome.once('exit', r) : r(undefined)));
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs an npm script as a child process (bounded) and returns what it printed. */
function runScript(script: string, env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ ok: boolean; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { cwd: ROOT, env: { ...process.env, ...env }, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\n(stopped after ${timeoutMs / 1000} s)`;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, stdout, stderr });
    });
  });
}

/** Parses a table printed with columns separated by two or more spaces (header line first). */
function parseTable(text: string, header: string): Record<string, string>[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(header));
  if (at < 0) return [];
  const cols = lines[at]!.trim().split(/\s{2,}/);
  return lines
    .slice(at + 1)
    .filter((l) => l.trim())
    .map((l) => {
      const cells = l.trim().split(/\s{2,}/);
      return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    });
}

/** An element's own bench script, if the package has it: its output and the JSON it wrote in this run. */
async function widgetBench(scripts: Record<string, string>, script: string, jsonPath: string) {
  if (!scripts[script]) return { available: false };
  log(`${script}…`);
  const since = Date.now();
  const run = await runScript(script, {}, 120_000);
  const jsonFile = join(ROOT, jsonPath);
  // Only this run's figures (an older file would be another run's).
  const json =
    existsSync(jsonFile) && statSync(jsonFile).mtimeMs >= since
      ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as unknown)
      : undefined;
  return { available: true, ok: run.ok, output: run.stdout.trim() || run.stderr.trim(), json };
}

// ---------------------------------------------------------------------------------------------
// The run

async function measure(): Promise<Results> {
  if (!process.argv.includes('--no-build') || !existsSync(join(ROOT, 'packages/elements/dist/cdn/loket.js'))) {
    log('building loket (npm run build)…');
    const build = spawnSync(npm, ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const bundle = measureBundle() as Bundle;

  const demoPort = await freePort();
  const demoOrigin = `http://localhost:${demoPort}`;
  const work = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  const backend = await startMockBackend({
    port: 0,
    origins: [demoOrigin],
    quiet: true,
    auditLogPath: join(work, 'audit.log'),
  });
  const demo = (await startDemo({ site: 'gemeente-voorbeeld', port: demoPort, backendUrl: backend.url })) as {
    url: string;
    close(): Promise<void>;
  };
  const peer = await startPeer();
  const demoUrl = `${demo.url}/`;

  const context = await launchChromium({
    profilePrefix: 'loket-bench-pw-',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(INIT_SCRIPT);

  const sideBySide: Record<string, { loket: Vitals; peer: Vitals; ratio: Ratios; runs: number }> = {};
  let upgradeMs: number[] = [];
  let sso: Results['sso'];
  let lh: Awaited<ReturnType<typeof runLighthouse>>;
  let backendBench: { ok: boolean; rows: Record<string, string>[]; output: string };
  let dossierBench: { available: boolean; ok?: boolean; output?: string; json?: unknown };
  let servicesBench: { available: boolean; ok?: boolean; output?: string; json?: unknown };
  try {
    // One warm-up load of each so that first-run costs (disk, JIT) do not land on iteration 1.
    await loadVitals(context, demoUrl, 1, true);
    await loadVitals(context, peer.url, 1, false);
    for (const cpu of [1, 4]) {
      log(`demo vs GOV.UK Frontend peer, CPU ${cpu}×, ${RUNS} loads each…`);
      const l: Vitals[] = [];
      const p: Vitals[] = [];
      for (let i = 0; i < RUNS; i++) {
        // Alternate so that drift in machine load hits both pages alike.
        l.push(await loadVitals(context, demoUrl, cpu, true));
        p.push(await loadVitals(context, peer.url, cpu, false));
      }
      const med = (xs: Vitals[]): Vitals => ({
        fcp: round(median(xs.map((x) => x.fcp))),
        lcp: round(median(xs.map((x) => x.lcp))),
        cls: round(median(xs.map((x) => x.cls)), 4),
        tbt: round(median(xs.map((x) => x.tbt))),
      });
      const a = med(l);
      const b = med(p);
      // No ratio against a zero (a peer without blocking time): null in JSON, "–" in the table.
      const ratio = (x: number, y: number) => (y === 0 ? (x === 0 ? 1 : null) : round(x / y, 2));
      sideBySide[`cpu${cpu}x`] = {
        loket: a,
        peer: b,
        ratio: { fcp: ratio(a.fcp, b.fcp), lcp: ratio(a.lcp, b.lcp), cls: ratio(a.cls, b.cls), tbt: ratio(a.tbt, b.tbt) },
        runs: RUNS,
      };
    }

    log(`header upgrade time at 4× CPU, ${UPGRADE_RUNS} loads…`);
    upgradeMs = [];
    for (let i = 0; i < UPGRADE_RUNS; i++) upgradeMs.push(await headerUpgrade(context, demoUrl, 4));

    log(`single sign-on check on load, ${RUNS} fresh tabs per visitor…`);
    sso = await ssoBench(demoUrl, RUNS);

    log('Lighthouse (mobile, simulated throttling)…');
    lh = await runLighthouse(demoUrl);

    log('backend load (npm run bench:backend, 2 s per scenario)…');
    const b = await runScript('bench:backend', { BENCH_SECONDS: '2' }, 90_000);
    backendBench = { ok: b.ok, rows: parseTable(b.stdout, 'scenario'), output: b.stdout.trim() || b.stderr.trim() };

    const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    if (rootPkg.scripts['bench:dossiers']) {
      log('dossier widget (npm run bench:dossiers)…');
      const since = Date.now();
      const d = await runScript('bench:dossiers', {}, 120_000);
      let json: unknown;
      // Its figures as JSON, if this run wrote them (an older file would be another run's).
      const jsonFile = join(ROOT, 'packages/elements/bench/results.json');
      if (existsSync(jsonFile) && statSync(jsonFile).mtimeMs >= since) json = JSON.parse(readFileSync(jsonFile, 'utf8'));
      dossierBench = { available: true, ok: d.ok, output: d.stdout.trim() || d.stderr.trim(), json };
    } else {
      dossierBench = { available: false };
    }
    servicesBench = await widgetBench(rootPkg.scripts, 'bench:services', 'packages/elements/bench/services-results.json');
  } finally {
    await context.close();
    await Promise.all([demo.close(), peer.close(), backend.close()]);
    rmSync(work, { recursive: true, force: true });
  }

  const chromiumVersion = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const results: Results = {
    date: new Date().toISOString(),
    environment: { node: process.version, chromium: chromiumVersion, cpus: (await import('node:os')).cpus().length, runs: RUNS },
    bytes: bundle,
    sideBySide,
    headerUpgrade4x: { runs: upgradeMs.length, medianMs: round(median(upgradeMs), 1), allMs: upgradeMs.map((x) => round(x, 1)) },
    sso,
    lighthouse: lh!,
    backend: backendBench!,
    dossiers: dossierBench!,
    services: servicesBench!,
    durationSeconds: round((performance.now() - started) / 1000),
  };
  return results;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Results;
const baseline = existsSync(BASELINE) ? readJson(BASELINE) : null;
let results: Results;
if (REPORT_ONLY) {
  if (!existsSync(LATEST)) {
    console.error('bench: no bench/results.latest.json yet: run `npm run bench` first');
    process.exit(1);
  }
  results = readJson(LATEST);
} else {
  results = await measure();
  writeFileSync(LATEST, `${JSON.stringify(results, null, 2)}\n`);
}
const notes: string[] = [];
if (SAVE_BASELINE) {
  if (REPORT_ONLY) copyFileSync(LATEST, BASELINE);
  else writeFileSync(BASELINE, `${JSON.stringify(results, null, 2)}\n`);
  notes.push(`bench/baseline.json is now this run (${results.date}): commit it, saying why the figures moved`);
}
console.log(formatReport(results, baseline, notes));
console.log(
  REPORT_ONLY
    ? `(no measuring: bench/results.latest.json of ${results.date})`
    : `${results.durationSeconds} s — figures in bench/results.latest.json (git-ignored); baseline: bench/baseline.json`,
);
