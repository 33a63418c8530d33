/**
 * The bench's figures (what bench/run.ts measures) and its table, with each key figure next to the
 * committed baseline (bench/baseline.json) and the difference. Pure: no measuring, no files.
 */
// @ts-expect-error -- plain ES modules without declarations
import { kb } from '../scripts/size-lib.mjs';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface SizedFile extends Sizes {
  file: string;
}
export interface Bundle {
  firstRender: SizedFile[];
  css: SizedFile;
  totalJs: Sizes;
  totalBeforeFirstRender: Sizes;
  budgetBrotli: number;
  withinBudget: boolean;
  lazy: SizedFile[];
}
export interface Vitals {
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
}
export type Ratios = { [K in keyof Vitals]: number | null };
export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  fcpMs?: number | null;
  lcpMs?: number | null;
  tbtMs?: number | null;
  cls?: number | null;
  error?: string;
}
interface DossierAssociation {
  label: string;
  render: number;
  nodes: number;
}
/** One visit of a demo page in a fresh tab, for the single sign-on check. */
export interface SsoVisit {
  signedIn: boolean;
  /** Navigation start → the header knows the sign-in state. */
  knownMs: number;
  scriptBytes: number;
  scriptBrotli: number;
  /** Whether the sign-in code (oidc-client-ts) was fetched. */
  oidcChunk: boolean;
}

export interface SsoFigures {
  signedIn: boolean;
  knownMs: number;
  allMs: number[];
  scriptBytes: number;
  scriptBrotli: number;
  oidcChunk: boolean;
}

export interface Results {
  date: string;
  environment: { node: string; chromium: string; cpus: number; runs: number };
  bytes: Bundle;
  sideBySide: Record<string, { loket: Vitals; peer: Vitals; ratio: Ratios; runs: number }>;
  headerUpgrade4x: { runs: number; medianMs: number; allMs: number[] };
  /** The single sign-on check on load (absent in runs before it existed). */
  sso?: { runs: number; signedOut: SsoFigures; idpSession: SsoFigures };
  lighthouse: LighthouseFigures;
  backend: { ok: boolean; rows: Record<string, string>[]; output: string };
  dossiers: { available: boolean; ok?: boolean; output?: string; json?: unknown };
  /** `<loket-services>` at 104 vs 10,000 products (absent in runs before it existed). */
  services?: { available: boolean; ok?: boolean; output?: string; json?: unknown };
  durationSeconds: number;
}

type Cell = string | number | null | undefined;
type Num = number | null | undefined;

const W = 58;

/** "+12 (+4.8%)", "−0.3 KB", "±0": the change from `base` to `now` in the figure's own unit. */
export function delta(now: Num, base: Num, unit: 'n' | 'kb' = 'n', digits = 0): string {
  if (now == null || base == null || !Number.isFinite(now) || !Number.isFinite(base)) return '–';
  const d = now - base;
  const abs = unit === 'kb' ? (Math.abs(d) / 1024).toFixed(1) : Math.abs(d).toFixed(digits);
  if (Number(abs) === 0) return '±0';
  const sign = d > 0 ? '+' : '−';
  const text = unit === 'kb' ? `${sign}${abs} KB` : `${sign}${abs}`;
  return base === 0 ? text : `${text} (${sign}${Math.abs((d / base) * 100).toFixed(Math.abs(d / base) < 0.1 ? 1 : 0)}%)`;
}

/** The number in a cell of the backend table ("890", "0/0" → null). */
const cellNumber = (s: string | undefined): number | null => (s != null && /^\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : null);
const scenarioName = (s: string | undefined) => (s ?? '').replace(/ \(total.*$/, '');

interface ServicesCaller {
  label: string;
  total: number;
  api: number;
}

function servicesCallers(s: Results['services'] | undefined): ServicesCaller[] {
  const json = s?.json as { callers?: ServicesCaller[] } | undefined;
  return Array.isArray(json?.callers) ? json.callers : [];
}

function dossierAssociations(d: Results['dossiers'] | undefined): DossierAssociation[] {
  const json = d?.json as { associations?: DossierAssociation[] } | undefined;
  return Array.isArray(json?.associations) ? json.associations : [];
}

/** The whole table; every key figure gets a "baseline" and a "Δ" row when a baseline is given. */
export function formatReport(results: Results, baseline?: Results | null, notes: string[] = []): string {
  const out: string[] = [];
  const line = (...cells: Cell[]) =>
    out.push(cells.map((c, i) => (i === 0 ? String(c ?? '').padEnd(W) : String(c ?? '–').padStart(11))).join(' '));
  const rule = () => out.push('-'.repeat(W + 4 * 12));
  /** A figure row, then (with a baseline) the baseline's figures and the differences below it. */
  const compared = <T>(
    label: string,
    now: T | undefined,
    base: T | undefined,
    pick: (x: T) => Num[],
    show: (n: Num) => Cell = (n) => n,
    unit: 'n' | 'kb' = 'n',
    digits: number | number[] = 0,
  ) => {
    const a = now === undefined ? [] : pick(now);
    line(label, ...a.map(show));
    if (!baseline) return;
    const b = base === undefined ? a.map(() => null) : pick(base);
    line('    baseline', ...b.map(show));
    const places = (i: number) => (Array.isArray(digits) ? (digits[i] ?? 0) : digits);
    line('    Δ', ...a.map((x, i) => (x == null && b[i] == null ? '' : delta(x, b[i], unit, places(i)))));
  };
  const bytes = (s: Sizes) => [s.raw, s.gzip, s.brotli];
  const showKb = (n: Num) => (n == null ? '–' : kb(n));
  const { bytes: bundle, environment: env } = results;
  const base = baseline ?? undefined;

  out.push(`loket bench — ${results.date} — ${env.chromium}, Node ${env.node}, ${env.cpus} CPUs`);
  if (baseline) {
    out.push(
      `compared with bench/baseline.json — ${baseline.date} — ${baseline.environment.chromium}, Node ${baseline.environment.node}, ${baseline.environment.cpus} CPUs`,
    );
    const differs = (['chromium', 'node', 'cpus', 'runs'] as const).filter((k) => env[k] !== baseline.environment[k]);
    if (differs.length) out.push(`  note: ${differs.join(', ')} differ from the baseline's; timings are not like for like`);
  } else out.push('no bench/baseline.json to compare with (`npm run bench:baseline` makes the latest run the baseline)');
  for (const n of notes) out.push(n);
  rule();
  line('bytes before first render (signed out)', 'raw', 'gzip', 'brotli');
  for (const f of bundle.firstRender) line(`  ${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli));
  line(`  ${bundle.css.file}`, kb(bundle.css.raw), kb(bundle.css.gzip), kb(bundle.css.brotli));
  compared('  JavaScript total', bundle.totalJs, base?.bytes.totalJs, bytes, showKb, 'kb');
  compared('  JavaScript + CSS total', bundle.totalBeforeFirstRender, base?.bytes.totalBeforeFirstRender, bytes, showKb, 'kb');
  line(`  JS budget ${kb(bundle.budgetBrotli)} brotli`, '', '', bundle.withinBudget ? 'within' : 'OVER');
  line('lazy chunks (on demand)', 'raw', 'gzip', 'brotli');
  for (const f of bundle.lazy) line(`  ${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli));
  rule();
  const vitals = (v: Vitals) => [v.fcp, v.lcp, v.cls, v.tbt];
  for (const [key, s] of Object.entries(results.sideBySide)) {
    const b = base?.sideBySide[key];
    line(`demo vs GOV.UK Frontend, CPU ${key.slice(3)} (median of ${s.runs})`, 'FCP ms', 'LCP ms', 'CLS', 'TBT ms');
    compared('  loket (demo page)', s.loket, b?.loket, vitals, undefined, 'n', [0, 0, 4, 0]);
    line('  peer (GOV.UK Frontend 6, static)', ...vitals(s.peer));
    compared(
      '  ratio loket/peer',
      s.ratio,
      b?.ratio,
      (r) => [r.fcp, r.lcp, r.cls, r.tbt],
      (n) => n ?? '–',
      'n',
      2,
    );
  }
  rule();
  const up = results.headerUpgrade4x;
  compared(
    `<loket-header> upgrade at 4× CPU (median of ${up.runs}), ms`,
    up,
    base?.headerUpgrade4x,
    (u) => [null, null, null, u.medianMs],
    (n) => (n == null ? '' : n),
    'n',
    1,
  );
  out.push(`  definition → first render of the shadow root; all: ${up.allMs.join(', ')} ms`);
  rule();
  if (results.sso) {
    const sso = results.sso;
    line(`single sign-on check on load (median of ${sso.runs})`, 'known ms', 'JS KB', 'JS KB br', 'oidc chunk');
    for (const [label, key] of [
      ['  no session at the identity provider', 'signedOut'],
      ['  a session at the identity provider', 'idpSession'],
    ] as const) {
      const f = sso[key];
      const b = base?.sso?.[key];
      line(
        `${label}${f.signedIn ? ' → signed in' : ' → Aanmelden'}`,
        f.knownMs,
        (f.scriptBytes / 1024).toFixed(1),
        (f.scriptBrotli / 1024).toFixed(1),
        f.oidcChunk ? 'loaded' : 'not loaded',
      );
      if (b) line('    vs baseline', delta(f.knownMs, b.knownMs), '', delta(f.scriptBrotli, b.scriptBrotli, 'kb'), '');
      out.push(`    time to a known sign-in state, all: ${f.allMs.join(', ')} ms`);
    }
    rule();
  }
  const lh = results.lighthouse;
  if (lh.error) line('Lighthouse 12 (mobile, simulated)', 'failed:', lh.error);
  else {
    const blh = base?.lighthouse.error ? undefined : base?.lighthouse;
    line('Lighthouse 12, demo (mobile, simulated)', 'perf', 'a11y', 'best pr.', '');
    compared('  scores', lh, blh, (l) => [l.performance, l.accessibility, l.bestPractices]);
    compared(
      '  FCP / LCP / TBT ms, CLS',
      lh,
      blh,
      (l) => [l.fcpMs, l.lcpMs, l.tbtMs, l.cls],
      (n) => n,
      'n',
      [0, 0, 0, 4],
    );
  }
  rule();
  const d = results.dossiers;
  if (d.available) {
    line('dossier widget, 100 vs 100,000 (bench:dossiers)', d.ok ? '' : 'FAILED', '', '', '');
    for (const l of (d.output ?? '').split('\n')) out.push(`  ${l}`);
    const baseAssociations = dossierAssociations(base?.dossiers);
    const associations = dossierAssociations(d);
    if (associations.length) line('  per association', '', '', 'rows ms', 'DOM nodes');
    for (const a of associations)
      compared(
        `  ${a.label}`,
        a,
        baseAssociations.find((x) => x.label === a.label),
        (x) => [null, null, x.render, x.nodes],
        (n) => (n == null ? '' : Number(n.toFixed(1))),
        'n',
        1,
      );
  } else line('dossier widget, 100 vs 100,000 dossiers', '', '', '', 'not available');
  rule();
  const sv = results.services;
  if (sv?.available) {
    line('catalogue widget, 104 vs 10,000 (bench:services)', sv.ok ? '' : 'FAILED', '', '', '');
    for (const l of (sv.output ?? '').split('\n')) out.push(`  ${l}`);
    const baseCallers = servicesCallers(base?.services);
    const callers = servicesCallers(sv);
    if (callers.length) line('  per catalogue and caller', '', '', 'API ms', 'rows ms');
    for (const c of callers)
      compared(
        `  ${c.label}`,
        c,
        baseCallers.find((x) => x.label === c.label),
        (x) => [null, null, x.api, x.total],
        (n) => (n == null ? '' : Number(n.toFixed(1))),
        'n',
        1,
      );
  } else line('catalogue widget, 104 vs 10,000 products', '', '', '', 'not available');
  rule();
  const be = results.backend;
  if (be.rows.length) {
    line('backend: dossiers, catalogue, PATCH (bench:backend, 2 s)', 'req/s', 'p50 ms', 'p99 ms', 'err/non2xx');
    for (const r of be.rows) {
      const name = scenarioName(r['scenario']);
      const b = base?.backend.rows.find((x) => scenarioName(x['scenario']) === name);
      const label = `  ${name.slice(0, W - 2)}`;
      const nums = (x: Record<string, string>) => [
        cellNumber(x['req/s (mean)']),
        cellNumber(x['p50 ms']),
        cellNumber(x['p99 ms']),
      ];
      if (!baseline) line(label, r['req/s (mean)'] ?? '', r['p50 ms'] ?? '', r['p99 ms'] ?? '', r['errors/non-2xx'] ?? '');
      else {
        line(label, ...nums(r), r['errors/non-2xx'] ?? '');
        const bn = b ? nums(b) : [null, null, null];
        line('    baseline', ...bn, b?.['errors/non-2xx'] ?? '–');
        line('    Δ', ...nums(r).map((x, i) => delta(x, bn[i])), '');
      }
    }
  } else {
    line('backend (bench:backend)', '', '', '', 'FAILED');
    for (const l of be.output.split('\n').slice(-5)) out.push(`  ${l}`);
  }
  rule();
  return out.join('\n');
}
