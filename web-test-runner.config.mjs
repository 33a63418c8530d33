// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { WebKitLauncher } from './scripts/wtr-webkit-launcher.mjs';
import { mockBackendPlugin } from './packages/elements/test/mock-backend-plugin.mjs';
import { storiesPlugin } from './stories/wtr-plugin.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { webkitCapabilities } from './scripts/webkit.mjs';

/**
 * Element tests in real browsers, all from Debian (nothing downloads one): Chromium and Firefox ESR
 * through puppeteer-core (Firefox over WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver.
 * LOKET_BROWSERS=chromium,firefox,webkit picks engines. `npm run test:elements` (scripts/test-elements.mjs)
 * defaults to all three and starts Xvfb + WebKitWebDriver for WebKit; plain `wtr` defaults to Chromium.
 */
const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.LOKET_BROWSERS || 'chromium')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((e) => !ENGINES.includes(e));
if (unknown.length) throw new Error(`LOKET_BROWSERS: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);

// No update checks, telemetry or first-run pages: the test machine has no network beyond localhost.
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * puppeteer's WebDriver BiDi keyboard (Firefox) rejects the key name "Space" that its CDP keyboard
 * (Chromium) accepts; send the character instead, so `sendKeys({ press: 'Space' })` works everywhere.
 * @param {import('puppeteer-core').Page} page
 */
function bidiKeyNames(page) {
  const keyboard = /** @type {any} */ (page.keyboard);
  for (const method of ['press', 'down', 'up']) {
    const send = keyboard[method].bind(keyboard);
    keyboard[method] = (/** @type {string} */ key, /** @type {unknown} */ options) => send(key === 'Space' ? ' ' : key, options);
  }
  return page;
}

// Passing puppeteer-core explicitly makes the launcher name its browser ("Chromium", "Firefox") in reports.
const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
      createPage: async ({ context }) => bidiKeyNames(await context.newPage()),
    }),
  webkit: () => {
    const port = Number(process.env.LOKET_WEBKIT_DRIVER_PORT);
    if (!port) {
      throw new Error('WebKit needs Xvfb and WebKitWebDriver: run it as `LOKET_BROWSERS=webkit npm run test:elements`');
    }
    return new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: webkitCapabilities(),
    });
  },
};

const browsers = ENGINES.filter((e) => wanted.includes(e)).map((e) => launchers[e]());

export default {
  rootDir: '.',
  // *.node.test.ts run in Node (npm run test:unit).
  files: ['packages/elements/src/**/*.test.ts', 'stories/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // Starts the real mock backend on demand for tests that need real tokens (/__test/*).
    mockBackendPlugin(),
    // The stories index, Mock Service Worker and the mock data's browser stand-ins for the story tests.
    storiesPlugin(),
  ],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
