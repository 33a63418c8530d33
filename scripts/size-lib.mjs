// @ts-check
/**
 * Shared by `npm run size` and `npm run bench`: the JavaScript and CSS a signed-out page with
 * header and footer loads before first render (loket.js, the chunks it imports statically and
 * the config validator the first render waits for), and every lazy chunk reachable through `import()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

export const CDN_DIR = new URL('../packages/elements/dist/cdn/', import.meta.url).pathname;
export const BUDGET_BROTLI = 12 * 1024;

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
  // The elements' first render waits for the configuration validator (a chunk loaded in
  // parallel with the remote configuration), so it counts as before-first-render too.
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
