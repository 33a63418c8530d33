// @ts-check
/**
 * Debian's Chromium and the flags proven on these machines, for every place that drives it
 * (element tests, end-to-end tests, benchmarks). No browser is ever downloaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium calls home at start, which this closed network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium with these flags on a fresh, temporary profile (Playwright wants a persistent
 * context rather than `--user-data-dir` in the flags); `close()` also removes the profile.
 * @param {Parameters<import('playwright-core').BrowserType['launchPersistentContext']>[1] & { profilePrefix?: string }} [options]
 *   Playwright's context options; `args` are added to CHROMIUM_ARGS.
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchChromium({ profilePrefix = 'loket-chromium-', args = [], ...options } = {}) {
  const dir = mkdtempSync(join(tmpdir(), profilePrefix));
  try {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      ...options,
      args: [...CHROMIUM_ARGS, ...args],
    });
    // Not on the 'close' event: the browser still writes to its profile then. close() resolves once
    // the browser has exited.
    const close = context.close.bind(context);
    context.close = async (...args) => {
      try {
        await close(...args);
      } finally {
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      }
    };
    return context;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
