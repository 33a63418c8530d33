// @ts-check
/**
 * `npm run size`: the JavaScript and CSS a signed-out page with header and footer loads before
 * first render (loket.js and the chunks it imports statically), and every lazy chunk.
 * Prints figures; it is not a test.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

const cdn = new URL('../packages/elements/dist/cdn/', import.meta.url).pathname;
const sizes = (file) => {
  const buf = readFileSync(file);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
/** Static imports only: `import … from "./chunks/x.js"` (not `import("./chunks/x.js")`). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["'`](\.[^"'`]+)["'`]/g)) {
    staticClosure(join(file, '..', m[1]), seen);
  }
  return seen;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, s) => `${name.padEnd(44)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}`;

const first = [...staticClosure(join(cdn, 'loket.js'))];
const total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${'before first render'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const f of first) {
  const s = sizes(f);
  for (const k of Object.keys(total)) total[k] += s[k];
  console.log(row(relative(cdn, f), s));
}
const css = sizes(join(cdn, 'loket.css'));
console.log(row('loket.css', css));
console.log(row('TOTAL JavaScript before first render', total));
console.log(`budget: 12.0 KB brotli — ${total.brotli <= 12 * 1024 ? 'within' : 'OVER'} budget\n`);
console.log('lazy chunks (loaded on demand)');
const chunks = join(cdn, 'chunks');
for (const f of readdirSync(chunks)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const path = join(chunks, f);
  if (!first.includes(path) && statSync(path).isFile()) console.log(row(`chunks/${f}`, sizes(path)));
}
