// @ts-check
/**
 * Debian's Chromium and the flags proven on these machines, for every place that drives it
 * (element tests, end-to-end tests, benchmarks). No browser is ever downloaded.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
 * The font setups a layout measurement runs in. Each is the only font the browser can see, so
 * every family a page asks for (serif, system-ui, Arial, …) falls back to it, whatever else the
 * machine has installed. Both come from Debian packages that `npm test` installs
 * (scripts/prerequisites: fonts-dejavu-core, fonts-liberation2).
 */
export const FONTS = {
  /** Wide: DejaVu Sans, the only font on a fresh Debian machine. */
  dejavu: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf',
  ],
  /** Narrow: Liberation Sans, metric-compatible with Arial and Helvetica. */
  liberation: ['/usr/share/fonts/truetype/liberation2/LiberationSans-*.ttf'],
};

/** Every font file by its name (a glob on a folder would skip the folder before any file is accepted). */
const REJECT = ['*.ttf', '*.otf', '*.ttc', '*.pf?', '*.pcf*', '*.woff*'].map((g) => `<glob>${g}</glob>`).join('');

/** A fontconfig file that accepts only `files` and rejects every other font on the machine. */
function fontConfig(/** @type {string[]} */ files, /** @type {string} */ cacheDir) {
  const accept = files.map((f) => `<glob>${f}</glob>`).join('');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${cacheDir}</cachedir>
  <selectfont>
    <acceptfont>${accept}</acceptfont>
    <rejectfont>${REJECT}</rejectfont>
  </selectfont>
</fontconfig>
`;
}

/**
 * Debian's Chromium with these flags on a fresh, temporary profile (Playwright wants a persistent
 * context rather than `--user-data-dir` in the flags); `close()` also removes the profile.
 * @param {Parameters<import('playwright-core').BrowserType['launchPersistentContext']>[1] & {
 *   profilePrefix?: string, font?: keyof typeof FONTS, textScale?: number }} [options]
 *   Playwright's context options; `args` are added to CHROMIUM_ARGS. `font`: the one font the
 *   browser sees (default `dejavu`, so results never depend on the machine's other fonts).
 *   `textScale`: the browser's text size setting (2 = 200 %, WCAG 1.4.4), as a user sets it.
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchChromium({
  profilePrefix = 'loket-chromium-',
  args = [],
  font = 'dejavu',
  textScale = 1,
  env,
  ...options
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), profilePrefix));
  try {
    const fontsConf = join(dir, 'fonts.conf');
    writeFileSync(fontsConf, fontConfig(FONTS[font], join(dir, 'fontconfig-cache')));
    if (textScale !== 1) {
      // The text size a user picks in the settings ("Lettergrootte"): it scales rem and the
      // default font size, not the viewport.
      mkdirSync(join(dir, 'Default'), { recursive: true });
      const prefs = {
        webkit: {
          webprefs: { default_font_size: Math.round(16 * textScale), default_fixed_font_size: Math.round(13 * textScale) },
        },
      };
      writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
    }
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      ...options,
      env: { ...process.env, ...env, FONTCONFIG_FILE: fontsConf },
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
