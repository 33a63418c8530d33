// @ts-check
/**
 * Shared by `npm run size` and `npm run bench`: the JavaScript and CSS a signed-out page with
 * header and footer loads before first render (loket.js, the chunks it imports statically and
 * the config validator the first render waits for), and every lazy chunk reachable through `import()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

export const CDN_DIR = new URL('../packages/elements/dist/cdn/', import.meta.url).pathname;
/**
 * The JavaScript a signed-out page with header and footer loads before the header's first render,
 * Lit and configuration validation included: decided in issue 13 (16 KB brotli). Printed, not tested.
 */
export const BUDGET_BROTLI = 16 * 1024;

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/** @param {string} file @returns {Sizes} */
export const sizes = (file) => {
  const buf = readFileSync(file);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["'`](\.[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g;

/** Static imports only: `import … from "./chunks/x.js"` (not `import("./chunks/x.js")`). */
export function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) staticClosure(join(file, '..', m[1]), seen);
  return seen;
}

/** Every file reachable through static and dynamic imports (stale chunks of older builds are not). */
function reachable(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const re of [STATIC_IMPORT, DYNAMIC_IMPORT]) for (const m of code.matchAll(re)) reachable(join(file, '..', m[1]), seen);
  return seen;
}

/**
 * @param {string} [cdn]
 * @returns {{ firstRender: (Sizes & { file: string })[], css: Sizes & { file: string }, totalJs: Sizes,
 *   totalBeforeFirstRender: Sizes, budgetBrotli: number, withinBudget: boolean, lazy: (Sizes & { file: string })[] }}
 */
export function measureBundle(cdn = CDN_DIR) {
  const entry = join(cdn, 'loket.js');
  const first = [...staticClosure(entry)];
  // The elements' first render waits for the configuration validator; should it ever become a
  // chunk of its own again (loaded in parallel with the remote configuration), it still counts.
  const validator = [...reachable(entry)].find((f) => /[\\/]validate-[\w-]+\.js$/.test(f));
  if (validator) for (const f of staticClosure(validator)) if (!first.includes(f)) first.push(f);
  const add = (/** @type {Sizes} */ a, /** @type {Sizes} */ b) => ({
    raw: a.raw + b.raw,
    gzip: a.gzip + b.gzip,
    brotli: a.brotli + b.brotli,
  });
  const firstRender = first.map((f) => ({ file: relative(cdn, f), ...sizes(f) }));
  const totalJs = firstRender.reduce(add, { raw: 0, gzip: 0, brotli: 0 });
  const css = { file: 'loket.css', ...sizes(join(cdn, 'loket.css')) };
  const lazy = [...reachable(entry)]
    .filter((f) => !first.includes(f))
    .sort()
    .map((f) => ({ file: relative(cdn, f), ...sizes(f) }));
  return {
    firstRender,
    css,
    totalJs,
    totalBeforeFirstRender: add(totalJs, css),
    budgetBrotli: BUDGET_BROTLI,
    withinBudget: totalJs.brotli <= BUDGET_BROTLI,
    lazy,
  };
}

export const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;

/** Which part of loket a source file belongs to, for the breakdown. */
const PARTS = /** @type {const} */ ([
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['valibot (schema library)', /node_modules\/valibot\//],
  ['configuration (schema, validation, loading)', /src\/config\//],
  ['<loket-header> (markup and logic)', /src\/components\/header\/(?!header\.styles)/],
  ['<loket-header> styles', /src\/components\/header\/header\.styles/],
  ['<loket-footer> (markup, logic and styles)', /src\/components\/footer\//],
  ['strings and language switching', /src\/i18n\//],
  ['session state (without the sign-in code)', /src\/session\//],
  ['window.loket, embed, autoload, fetch', /src\/(api|embed|api\/client|core\/(autoload|log))\b/],
  ['shared element base, styles and links', /src\/core\//],
  ['theme', /src\/theme\//],
]);

/**
 * Where the bytes of one bundle file go, by part (from its source map). Each part's bytes are
 * compressed on their own and then scaled to the file's real brotli size, because parts compress
 * better together than alone: the figures are shares of the real total, approximately.
 * @param {string} file
 * @returns {{ part: string, raw: number, brotli: number }[]}
 */
export function breakdown(file) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  /** @type {{ line: number, column: number, source: string }[]} */
  const segments = [];
  consumer.eachMapping((m) => segments.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '' }));
  segments.sort((a, b) => a.line - b.line || a.column - b.column);
  /** @type {Map<string, string>} */
  const text = new Map();
  segments.forEach((seg, i) => {
    const next = segments[i + 1];
    const line = lines[seg.line - 1] ?? '';
    const end = next && next.line === seg.line ? next.column : line.length;
    const part = PARTS.find(([, re]) => re.test(seg.source))?.[0] ?? 'other (bundler glue)';
    text.set(part, (text.get(part) ?? '') + line.slice(seg.column, end));
  });
  const alone = [...text].map(([part, t]) => ({ part, raw: Buffer.byteLength(t), alone: brotliCompressSync(t).length }));
  const sumAlone = alone.reduce((n, p) => n + p.alone, 0);
  const total = sizes(file).brotli;
  return alone
    .map(({ part, raw, alone: a }) => ({ part, raw, brotli: Math.round((a / sumAlone) * total) }))
    .sort((a, b) => b.brotli - a.brotli);
}
