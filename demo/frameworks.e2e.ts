/**
 * loket as a React 19 app, a Vue 3 app and a WordPress theme use it (examples/): each example is
 * built the way its developers build it (Vite, the npm package `@loket/elements`; the WordPress
 * page takes the CDN files), served, and driven in Chromium. What is checked is what such a
 * developer relies on: the elements render, the framework's event binding hears loket's events,
 * and its property binding reaches the element's properties (not only attributes).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const examples = join(root, 'examples');
const cdn = join(root, 'packages/elements/dist/cdn');

describe('loket in React 19, Vue 3 and a WordPress page (examples/)', () => {
  const out = mkdtempSync(join(tmpdir(), 'loket-examples-'));
  let server: Server;
  let url = '';
  let context: BrowserContext;

  before(async () => {
    for (const app of ['react', 'vue']) {
      await build({
        configFile: false,
        root: join(examples, app),
        base: `/${app}/`,
        logLevel: 'error',
        // Vue's bundler build asks for its feature flags; these are the production defaults.
        define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
        build: { outDir: join(out, app), emptyOutDir: true },
      });
    }
    const apps = sirv(out, { dev: true });
    const files = sirv(examples, { dev: true, extensions: ['html'] });
    const loket = sirv(cdn, { dev: true });
    server = createServer((req, res) => {
      const next = () => {
        res.statusCode = 404;
        res.end('Niet gevonden');
      };
      if (/^\/(react|vue)\//.test(req.url ?? '')) return apps(req, res, next);
      if (/^\/(loket\.js|loket\.css|chunks\/|themes\/)/.test(req.url ?? '')) return loket(req, res, next);
      return files(req, res, next);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    context = await launchChromium({ profilePrefix: 'loket-examples-', viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(out, { recursive: true, force: true });
  });

  async function open(path: string): Promise<{ page: Page; messages: string[] }> {
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => {
      if (['error', 'warning'].includes(m.type())) messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && messages.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(`${url}${path}`);
    await page.waitForFunction(
      () => document.querySelector('loket-header')?.shadowRoot?.querySelector('.name')?.textContent === 'Gemeente Voorbeeld',
    );
    return { page, messages };
  }

  for (const app of ['react', 'vue'] as const) {
    it(`${app}: renders, hears loket's events and sets its properties`, async () => {
      const { page, messages } = await open(`/${app}/`);
      const header = page.locator('loket-header');
      await page.locator('loket-footer').locator('[part="contact"]').waitFor();

      // Event binding: the framework's handler hears loket-help-toggle.
      assert.equal(await page.textContent('#help-state'), 'dicht');
      await header.getByRole('button', { name: 'Hulp nodig?' }).click();
      await page.waitForFunction(() => document.querySelector('#help-state')?.textContent === 'open');

      // Property binding: the framework sets navigationDisabled, the header hides its navigation.
      assert.equal(await header.getByRole('navigation', { name: 'Hoofdmenu' }).count(), 1);
      await page.click('#consent');
      await page.waitForFunction(() => document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));
      assert.equal(await header.getByRole('navigation', { name: 'Hoofdmenu' }).count(), 0);
      await page.click('#consent');
      await page.waitForFunction(() => !document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));

      assert.deepEqual(messages, []);
      await page.close();
    });
  }

  it('WordPress page: the snippet in a theme renders header and footer, the skip link goes to the theme’s content', async () => {
    const { page, messages } = await open('/cms/wordpress');
    await page.locator('loket-footer').locator('[part="contact"]').waitFor();
    const navigation = await page
      .locator('loket-header')
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link')
      .allTextContents();
    assert.deepEqual(navigation, ['Wonen en bouwen', 'Vrije tijd']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // the theme's own skip link, then loket's
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'primary');
    assert.deepEqual(messages, []);
    await page.close();
  });
});
