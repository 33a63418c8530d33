// @ts-check
/**
 * `npm run size`: the JavaScript and CSS a signed-out page with header and footer loads before
 * first render (loket.js and the chunks it imports statically), and every lazy chunk.
 * Prints figures; it is not a test. The measuring is in size-lib.mjs (shared with `npm run bench`).
 */
import { join } from 'node:path';
import { breakdown, CDN_DIR, kb, measureBundle } from './size-lib.mjs';

const row = (name, s) => `${name.padEnd(44)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}`;

const m = measureBundle();
console.log(`${'before first render'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const f of m.firstRender) console.log(row(f.file, f));
console.log(row('loket.css', m.css));
console.log(row('TOTAL JavaScript before first render', m.totalJs));
console.log(`budget: ${kb(m.budgetBrotli)} brotli — ${m.withinBudget ? 'within' : 'OVER'} budget\n`);
console.log('where loket.js goes (share of its brotli size, from the source map; approximate)');
for (const p of breakdown(join(CDN_DIR, 'loket.js'))) console.log(`  ${p.part.padEnd(46)} ${kb(p.brotli).padStart(9)}`);
console.log('');
console.log('lazy chunks (loaded on demand)');
for (const f of m.lazy) console.log(row(f.file, f));
