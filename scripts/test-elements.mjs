#!/usr/bin/env node
// Runs the element tests (web-test-runner.config.mjs) in the engines named by LOKET_BROWSERS
// (comma-separated chromium, firefox, webkit; default all three). WebKitGTK has no headless mode
// and is driven through WebKitWebDriver, so for WebKit this starts Xvfb and the driver first, and
// always stops them again. Extra arguments go to wtr: `npm run test:elements -- --files 'x.test.ts'`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startWebKitDriver } from './webkit.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.LOKET_BROWSERS || ENGINES.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((e) => !ENGINES.includes(e));
if (unknown.length) {
  console.error(`LOKET_BROWSERS: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, LOKET_BROWSERS: wanted.join(',') };
/** @type {import('./webkit.mjs').WebKitDriver | undefined} */
let webkit;
/** @type {import('node:child_process').ChildProcess | undefined} */
let wtr;

// startWebKitDriver() kills Xvfb and the driver when this process exits; wtr is ours to stop.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    wtr?.kill('SIGTERM');
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

let code = 1;
try {
  if (wanted.includes('webkit')) {
    webkit = await startWebKitDriver({ env });
    env.DISPLAY = webkit.display;
    env.LOKET_WEBKIT_DRIVER_PORT = String(webkit.port);
  }
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url)),
      '--config',
      'web-test-runner.config.mjs',
      ...process.argv.slice(2),
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  wtr = child;
  code = await new Promise((resolve) => {
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      console.error(e);
      resolve(1);
    });
  });
} catch (e) {
  console.error(`test-elements: ${e instanceof Error ? e.message : e}`);
  code = 1;
} finally {
  await webkit?.stop();
}
process.exit(code);
