#!/usr/bin/env node
// Runs the element tests (web-test-runner.config.mjs) in the engines named by LOKET_BROWSERS
// (comma-separated chromium, firefox, webkit; default all three). WebKitGTK has no headless mode
// and is driven through WebKitWebDriver, so for WebKit this starts Xvfb and the driver first, and
// always stops them again. Extra arguments go to wtr: `npm run test:elements -- --files 'x.test.ts'`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

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
/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
const groups = new WeakSet();
/** @type {string | undefined} */
let configHome;
const env = { ...process.env, LOKET_BROWSERS: wanted.join(',') };

function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      // Xvfb and the driver lead their own process groups, so MiniBrowser (the driver's child) goes too.
      try {
        if (groups.has(child)) process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
        else child.kill('SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
  }
  children.length = 0;
  if (configHome) rmSync(configHome, { recursive: true, force: true });
  configHome = undefined;
}

/** Starts Xvfb on a free display; resolves with ":N" once it accepts clients. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.push(xvfb);
    groups.add(xvfb);
    let out = '';
    let err = '';
    xvfb.stderr?.on('data', (d) => (err += d));
    xvfb.stdio[3]?.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('error', (e) => reject(new Error(`Xvfb could not start (install xvfb): ${e.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${err.trim()}`)));
  });
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for the 320 and 360 px
 * viewports the tests use. A GTK stylesheet in a private XDG_CONFIG_HOME shrinks the toolbar (only
 * GTK widgets; WebKitGTK draws web content and form controls itself) so the window can go to ~290 px.
 */
function gtkConfigHome() {
  const dir = mkdtempSync(join(tmpdir(), 'loket-webkit-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(
    join(dir, 'gtk-3.0', 'gtk.css'),
    '* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }\n' +
      'image { -gtk-icon-transform: scale(0.1); }\n',
  );
  return dir;
}

/** Starts WebKitWebDriver on a free port; resolves with the port once it listens. */
async function startWebKitDriver(display) {
  const port = await freePort();
  configHome = gtkConfigHome();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...env, DISPLAY: display, XDG_CONFIG_HOME: configHome },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(driver);
  groups.add(driver);
  let failed;
  driver.on('error', (e) => (failed = new Error(`WebKitWebDriver could not start (install webkit2gtk-driver): ${e.message}`)));
  driver.on('exit', (code) => (failed ??= new Error(`WebKitWebDriver exited with ${code}`)));
  const deadline = Date.now() + 10000;
  for (;;) {
    if (failed) throw failed;
    const up = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) return port;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on port ${port} within 10 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}
process.on('exit', stopAll);

let code = 1;
try {
  if (wanted.includes('webkit')) {
    const display = await startXvfb();
    env.DISPLAY = display;
    env.LOKET_WEBKIT_DRIVER_PORT = String(await startWebKitDriver(display));
  }
  const wtr = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url)),
      '--config',
      'web-test-runner.config.mjs',
      ...process.argv.slice(2),
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  children.push(wtr);
  code = await new Promise((resolve) => {
    wtr.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    wtr.on('error', (e) => {
      console.error(e);
      resolve(1);
    });
  });
} catch (e) {
  console.error(`test-elements: ${e instanceof Error ? e.message : e}`);
  code = 1;
} finally {
  const helpers = children.filter((c) => groups.has(c) && c.exitCode === null && c.signalCode === null);
  const exited = helpers.map((c) => new Promise((r) => c.once('exit', r)));
  stopAll();
  // Give Xvfb and the driver a moment to go; whatever lingers is killed.
  const timer = setTimeout(() => {
    for (const c of helpers) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }, 3000);
  await Promise.all(exited);
  clearTimeout(timer);
}
process.exit(code);
