// @ts-check
/**
 * WebKitGTK for every place that drives it (element tests, demo end-to-end tests): Debian's
 * MiniBrowser under WebKitWebDriver (classic WebDriver, no BiDi) on a private Xvfb display, as
 * WebKitGTK has no headless mode. No browser is ever downloaded.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

/** Debian ships MiniBrowser in a multiarch, API-versioned folder, e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1. */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const found = readdirSync('/usr/lib')
    .filter((arch) => arch.endsWith('-linux-gnu'))
    .flatMap((arch) => readdirSync(`/usr/lib/${arch}`).map((d) => `/usr/lib/${arch}/${d}`))
    .filter((dir) => /\/webkit(2)?gtk-[\d.]+$/.test(dir) && existsSync(`${dir}/MiniBrowser`))
    .sort();
  if (!found.length) throw new Error('No MiniBrowser in /usr/lib/*-linux-gnu/webkit*gtk-*: install webkit2gtk-driver');
  return `${found.pop()}/MiniBrowser`;
}

/** The capabilities of a MiniBrowser session (webdriverio's `remote()` or @web/test-runner-webdriver). */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
    // WebKitWebDriver speaks classic WebDriver only, no BiDi.
    'wdio:enforceWebDriverClassic': true,
  };
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

/**
 * @typedef {object} WebKitDriver
 * @property {string} display the Xvfb display, ":N"
 * @property {number} port WebKitWebDriver's port on 127.0.0.1
 * @property {() => Promise<void>} stop stops the driver (and its MiniBrowsers) and Xvfb; safe to call twice
 */

/**
 * Starts Xvfb on a free display and WebKitWebDriver on a free port, and resolves once the driver
 * listens. If either fails to start, whatever did start is stopped before this rejects. Until
 * `stop()` is called, both are also stopped when this process exits.
 * @param {object} [options]
 * @param {NodeJS.ProcessEnv} [options.env] the driver's (and so MiniBrowser's) environment
 * @param {(text: string) => void} [options.onOutput] receives what the driver and its MiniBrowsers write
 *   on stdout (e.g. console messages, with MiniBrowser's `--enable-write-console-messages-to-stdout`)
 * @returns {Promise<WebKitDriver>}
 */
export async function startWebKitDriver({ env = process.env, onOutput } = {}) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  /** @type {string | undefined} */
  let configHome;

  // Xvfb and the driver lead their own process groups, so MiniBrowser (the driver's child) goes too.
  const signal = (/** @type {NodeJS.Signals} */ sig) => {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      try {
        process.kill(-(/** @type {number} */ (child.pid)), sig);
      } catch {
        child.kill(sig);
      }
    }
  };
  // On an abrupt exit there is no waiting: SIGTERM still lets Xvfb remove its lock and socket.
  const onExit = () => {
    signal('SIGTERM');
    if (configHome) rmSync(configHome, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    const exited = Promise.all(running.map((c) => new Promise((resolve) => c.once('exit', resolve))));
    signal('SIGTERM');
    // Give them a moment to go; whatever lingers is killed.
    const timer = setTimeout(() => signal('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    process.off('exit', onExit);
    if (configHome) rmSync(configHome, { recursive: true, force: true });
  };

  try {
    const display = await new Promise((resolve, reject) => {
      const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        detached: true,
      });
      children.push(xvfb);
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

    const port = await freePort();
    configHome = gtkConfigHome();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...env, DISPLAY: display, XDG_CONFIG_HOME: configHome },
      stdio: ['ignore', onOutput ? 'pipe' : 'ignore', 'inherit'],
      detached: true,
    });
    children.push(driver);
    driver.stdout?.setEncoding('utf8').on('data', (/** @type {string} */ text) => onOutput?.(text));
    /** @type {Error | undefined} */
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
      if (up) return { display, port, stop };
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on port ${port} within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (e) {
    await stop();
    throw e;
  }
}
