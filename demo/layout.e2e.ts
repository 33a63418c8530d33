/**
 * Layout shift on every demo page, in every session state, in two fonts, at three widths, with
 * the browser's text size at 100 % and at 200 % (WCAG 1.4.4) with a 60-character municipality
 * name. The page is loaded as a citizen gets it (the published snippet, the running mock backend,
 * Debian's Chromium) and its cumulative layout shift is summed from the first paint until the
 * elements have settled. Each font setup is the only font the browser sees (scripts/chromium.mjs),
 * so a result never depends on the fonts a machine happens to have.
 *
 * Targets: CLS 0 everywhere, except the dossier widget's empty and error states (≤ 0.02): their
 * space is reserved for a page of rows that does not come.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startSitesWithBackend, type Started } from './e2e-kit.ts';
import { launchChromium, type FontSetup } from '../scripts/chromium.mjs';

const SITES = {
  'gemeente-voorbeeld': { name: 'Gemeente Voorbeeld', pages: ['/', '/wonen', '/vrije-tijd', '/verenigingen', '/mijn-dossiers'] },
  'stad-scheldeburg': { name: 'Stad Scheldeburg', pages: ['/', '/verenigingsloket'] },
} as const;
type Site = keyof typeof SITES;

const FONTS: FontSetup[] = ['dejavu', 'liberation'];
const WIDTHS = [1280, 360, 320];
/** A real-length Flemish municipality name would be shorter; 60 characters is the worst case we promise. */
const LONG_NAME = 'Gemeente Sint-Maria-Lierde-aan-de-Schelde en Boven-Nete-Zuid';
const VARIANTS = [
  { name: '100 %', textScale: 1, longName: false },
  { name: '200 % + long name', textScale: 2, longName: true },
] as const;
const STATES = [
  { name: 'signed out' },
  { name: 'citizen', person: 'Jan Janssens' },
  // The longest association name a persona represents.
  { name: 'association', person: 'Els Maes', capacity: /Koepel Jeugdwerk Scheldeburg vzw/ },
  { name: 'company', person: 'Pieter De Smet', capacity: /Bakkerij De Smet BV/ },
] as const;

interface Row {
  site: Site;
  page: string;
  state: string;
  font: FontSetup;
  variant: string;
  width: number;
  cls: number;
  widget: string;
  target: number;
}

describe('layout shift: every demo page × session state × font × width × text size', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let sites: Record<string, Started> = {};
  const rows: Row[] = [];

  before(async () => {
    assert.equal(LONG_NAME.length, 60);
    running = await startSitesWithBackend(Object.keys(SITES));
    sites = running.sites;
  });

  after(async () => {
    await running?.close();
    printTable(rows);
  });

  async function launch(font: FontSetup, textScale: number, longName: boolean, site: Site): Promise<BrowserContext> {
    const context = await launchChromium({
      profilePrefix: 'loket-layout-',
      font,
      textScale,
      viewport: { width: 1280, height: 900 },
    });
    // Strings, not functions: tsx would add helpers (__name) the page does not have.
    await context.addInitScript(`
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Whether "Aanmelden" was ever on screen: a stored session must show signed in from the first render.
      window.__sawLogin = false;
      (function look() {
        if (document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="login-button"]')) window.__sawLogin = true;
        else if (document.readyState !== 'complete' || performance.now() < 5000) requestAnimationFrame(look);
      })();
    `);
    if (longName) {
      const short = SITES[site].name;
      // What a municipality with a long name puts in its configuration…
      await context.route(`${sites[site]!.url}/config/*.json`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replaceAll(`"name":"${short}"`, `"name":"${LONG_NAME}"`);
        return route.fulfill({ response, body });
      });
      // …and in its snippet's home link, as the parser adds it. (Not by rewriting the document:
      // a page Playwright fulfils is no longer on loopback, and Chromium's local network access
      // check then blocks its requests to the identity provider.)
      await context.addInitScript(`
        new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) {
            if (node instanceof Text && node.data === ${JSON.stringify(short)} && node.parentElement?.matches('loket-header > a[rel~="home"]')) {
              node.data = ${JSON.stringify(LONG_NAME)};
            }
          }
        }).observe(document, { childList: true, subtree: true });
      `);
    }
    return context;
  }

  const header = (page: Page) => page.locator('loket-header');
  const accountButton = (page: Page) => header(page).locator('[part="account-button"]');

  async function signIn(page: Page, site: Site, person: string, capacity?: RegExp): Promise<void> {
    await page.goto(`${sites[site]!.url}/`);
    await header(page).getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByRole('button', { name: person }).click();
    await accountButton(page).waitFor();
    if (capacity) {
      await accountButton(page).click();
      await header(page).getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
      await header(page).getByRole('button', { name: capacity }).click();
      await page.waitForFunction(
        (source) =>
          new RegExp(source).test(
            document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-panel"]')?.textContent ?? '',
          ),
        capacity.source,
      );
    }
  }

  /** Loads `path`, waits until every element on it has settled, and returns the page's CLS. */
  async function measure(
    page: Page,
    url: string,
    signedIn: boolean,
  ): Promise<{ cls: number; widget: string; sawLogin: boolean }> {
    await page.goto(url);
    await page.waitForFunction(
      (signedIn) => {
        const h = document.querySelector('loket-header')?.shadowRoot;
        const f = document.querySelector('loket-footer')?.shadowRoot;
        const access = signedIn ? h?.querySelector('[part="account-button"]') : h?.querySelector('[part="login-button"]');
        return !!access && !!f?.querySelector('[part="contact"]');
      },
      signedIn,
      { timeout: 20_000 },
    );
    await page.waitForLoadState('networkidle');
    // The list widgets have settled: their rows, a message or an error, not the placeholder.
    await page.waitForFunction(
      `[['loket-dossiers', 'dossier'], ['loket-services', 'product']].every(([tag, row]) => { const r = document.querySelector(tag)?.shadowRoot; return !document.querySelector(tag) || (!!r && !r.querySelector('[part="placeholder"]') && !!r.querySelector('[part="message"], [part="' + row + '"]')); })`,
      undefined,
      { timeout: 20_000 },
    );
    // A string, not a function: tsx would add helpers (__name) the page does not have.
    const widget = (await page.evaluate(`(() => {
      const root = document.querySelector('loket-dossiers')?.shadowRoot;
      if (!root) return '-';
      if (root.querySelector('.message.error')) return 'error';
      const rows = root.querySelectorAll('[part="dossier"]').length;
      if (rows) return rows + ' rows';
      if (root.querySelector('[part="placeholder"]')) return 'loading';
      return root.querySelector('[part="message"]') ? 'message' : 'other';
    })()`)) as string;
    await page.waitForTimeout(300); // let the last frame be observed
    const { cls, sawLogin } = await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __sawLogin: boolean };
      return { cls: w.__cls, sawLogin: w.__sawLogin };
    });
    return { cls: Math.round(cls * 10_000) / 10_000, widget, sawLogin };
  }

  for (const site of Object.keys(SITES) as Site[]) {
    for (const font of FONTS) {
      for (const variant of VARIANTS) {
        for (const state of STATES) {
          it(`${site}, ${font}, ${variant.name}, ${state.name}: CLS 0 on every page at 1280, 360 and 320 px`, async () => {
            const context = await launch(font, variant.textScale, variant.longName, site);
            try {
              const page = context.pages()[0] ?? (await context.newPage());
              const errors: string[] = [];
              page.on('pageerror', (e) => errors.push(e.message));
              if ('person' in state) await signIn(page, site, state.person, 'capacity' in state ? state.capacity : undefined);
              const failures: Row[] = [];
              const flashes: string[] = [];
              for (const width of WIDTHS) {
                await page.setViewportSize({ width, height: 900 });
                for (const path of SITES[site].pages) {
                  const { cls, widget, sawLogin } = await measure(page, `${sites[site]!.url}${path}`, 'person' in state);
                  if ('person' in state && sawLogin) flashes.push(`${path} at ${width}px`);
                  const target = widget === 'message' && 'person' in state ? 0.02 : widget === 'error' ? 0.02 : 0;
                  const row = { site, page: path, state: state.name, font, variant: variant.name, width, cls, widget, target };
                  rows.push(row);
                  if (cls > target) failures.push(row);
                }
              }
              assert.deepEqual(errors, []);
              assert.deepEqual(flashes, [], 'signed in, yet "Aanmelden" showed before the session was known');
              assert.deepEqual(
                failures.map((r) => `${r.page} at ${r.width}px: CLS ${r.cls} (widget: ${r.widget}) > ${r.target}`),
                [],
              );
            } finally {
              await context.close();
            }
          });
        }
      }
    }
  }
});

/**
 * Single sign-on: signed in on Gemeente Voorbeeld, a page of Stad Scheldeburg first shows
 * "Aanmelden" and then, when the identity provider has answered, the account button. That change
 * must move nothing: the access slot keeps one width.
 */
describe('layout shift of the header: "Aanmelden" → signed in by single sign-on × font × width × text size', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  const rows: Row[] = [];
  before(async () => {
    running = await startSitesWithBackend(['gemeente-voorbeeld', 'stad-scheldeburg']);
  });
  after(async () => {
    await running?.close();
    printTable(rows);
  });

  for (const font of FONTS) {
    for (const variant of VARIANTS) {
      it(`sso transition, ${font}, ${variant.name}: CLS 0 at 1280, 360 and 320 px`, async () => {
        const context = await launchChromium({
          profilePrefix: 'loket-layout-sso-',
          font,
          textScale: variant.textScale,
          viewport: { width: 1280, height: 900 },
        });
        try {
          await context.addInitScript(`
            // The header's part of the layout shift: shifts of boxes that were in the header's band
            // (its own controls), and any change of its height (which would push the page down).
            window.__cls = 0;
            window.__heights = new Set();
            new PerformanceObserver((list) => {
              const bottom = document.querySelector('loket-header')?.getBoundingClientRect().bottom ?? 0;
              for (const e of list.getEntries())
                if (!e.hadRecentInput && e.sources.some((s) => s.previousRect.top < bottom)) window.__cls += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
            addEventListener('DOMContentLoaded', () => {
              const header = document.querySelector('loket-header');
              if (header) new ResizeObserver(() => window.__heights.add(Math.round(header.getBoundingClientRect().height))).observe(header);
            });
          `);
          const page = context.pages()[0] ?? (await context.newPage());
          const voorbeeld = running!.sites['gemeente-voorbeeld']!.url;
          const scheldeburg = running!.sites['stad-scheldeburg']!.url;
          await page.goto(`${voorbeeld}/`);
          await page.locator('loket-header').getByRole('button', { name: 'Aanmelden', exact: true }).click();
          await page.getByRole('button', { name: 'Els Maes' }).click();
          await page.locator('loket-header [part="account-button"]').waitFor();
          const failures: string[] = [];
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            for (const path of SITES['stad-scheldeburg'].pages) {
              // No session in this tab yet: the header learns it from the identity provider.
              await page.goto(`${scheldeburg}/leeg`);
              await page.evaluate(() => sessionStorage.clear());
              await page.goto(`${scheldeburg}${path}`);
              await page.locator('loket-header [part="account-button"]').waitFor({ timeout: 10_000 });
              await page.waitForLoadState('networkidle');
              await page.waitForTimeout(300); // let the last frame be observed
              const cls = Math.round(((await page.evaluate('window.__cls')) as number) * 10_000) / 10_000;
              rows.push({
                site: 'stad-scheldeburg',
                page: path,
                state: 'sso',
                font,
                variant: variant.name,
                width,
                cls,
                widget: '-',
                target: 0,
              });
              const heights = (await page.evaluate('[...window.__heights]')) as number[];
              if (cls > 0 || heights.length > 1)
                failures.push(`${path} at ${width}px: CLS ${cls}, header heights ${heights.join(' → ')}`);
            }
          }
          assert.deepEqual(failures, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});

function printTable(rows: Row[]): void {
  if (!rows.length) return;
  const lines = [
    'site | page | state | font | text | width | widget | CLS | target',
    '--- | --- | --- | --- | --- | --- | --- | --- | ---',
  ];
  for (const r of rows) {
    lines.push(
      `${r.site} | ${r.page} | ${r.state} | ${r.font} | ${r.variant} | ${r.width} | ${r.widget} | ${r.cls} | ${r.cls > r.target ? `> ${r.target} ✗` : '✓'}`,
    );
  }
  const over = rows.filter((r) => r.cls > r.target).length;
  console.log(`\nLayout shift, ${rows.length} page loads, ${over} over target:\n${lines.join('\n')}\n`);
}
