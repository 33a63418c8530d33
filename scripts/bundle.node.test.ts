/**
 * The CDN build's shape: a page that uses the header fetches one JavaScript file before the
 * header's first render. Rolldown moves shared modules into chunks of their own when the module
 * graph changes (a second entry, a new lazy chunk); vite.config.ts's codeSplitting group keeps
 * them in loket.js, and this test says so when that stops working. Runs after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const cdn = new URL('../packages/elements/dist/cdn/', import.meta.url);

test('loket.js imports nothing statically: its first render is one request', () => {
  const file = new URL('loket.js', cdn);
  assert.ok(existsSync(file), 'no build: run `npm run build` first (npm test does)');
  const code = readFileSync(file, 'utf8');
  const staticImports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{][^;]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g)].map(
    (m) => m[1],
  );
  assert.deepEqual(staticImports, [], 'loket.js has static imports: those chunks load before first render');
});

test('the compatibility client shares loket.js instead of carrying a copy of Lit', () => {
  const file = new URL('loket-compat-client.js', cdn);
  assert.ok(existsSync(file), 'no build: run `npm run build` first (npm test does)');
  const code = readFileSync(file, 'utf8');
  assert.match(code, /from\s*["']\.\/loket\.js["']/);
  assert.doesNotMatch(code, /lit-html|Lit is in dev mode|_\$litElement\$/);
});
