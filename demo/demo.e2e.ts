/**
 * The demo sites as a citizen gets them: the published snippet only, served like a municipality
 * would, against the running mock backend, in Debian's Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startSitesWithBackend, type Started } from './e2e-kit.ts';
import { launchChromium } from '../scripts/chromium.mjs';

describe('demo sites', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let demos: Record<string, Started> = {};

  async function browser(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<BrowserContext> {
    return launchChromium({
      profilePrefix: 'loket-demo-',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
    });
  }

  before(async () => {
    running = await startSitesWithBackend(['gemeente-voorbeeld', 'stad-scheldeburg']);
    demos = running.sites;
  });

  after(async () => {
    await running?.close();
  });

  async function upgraded(page: Page, name: string): Promise<void> {
    await page.waitForFunction(
      (n) =>
        document.querySelector('loket-header')?.shadowRoot?.querySelector('.name')?.textContent === n &&
        !!document.querySelector('loket-header')?.shadowRoot?.querySelector('.help-button') &&
        !!document.querySelector('loket-footer')?.shadowRoot?.querySelector('[part="contact"]'),
      name,
    );
  }

  for (const [site, name] of [
    ['gemeente-voorbeeld', 'Gemeente Voorbeeld'],
    ['stad-scheldeburg', 'Stad Scheldeburg'],
  ] as const) {
    for (const width of [1280, 360, 320]) {
      it(`${site} at ${width}px: the elements upgrade with no console messages, no cookies, no requests but the sign-on check at the identity provider (layout shift: layout.e2e.ts)`, async () => {
        const context = await browser({ width });
        try {
          const page = context.pages()[0] ?? (await context.newPage());
          const messages: string[] = [];
          const requests: string[] = [];
          page.on('console', (m) => {
            if (['error', 'warning'].includes(m.type())) messages.push(`${m.type()}: ${m.text()}`);
          });
          page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
          page.on('request', (r) => requests.push(r.url()));
          await page.goto(`${demos[site]!.url}/`);
          await upgraded(page, name);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300); // let the last frame be observed
          assert.deepEqual(messages, []);
          assert.deepEqual(await context.cookies(), []);
          const origin = demos[site]!.url;
          // Beyond the site itself only its identity provider, asked once whether the visitor is
          // signed in there (single sign-on, auth.passive): its discovery document and one prompt=none.
          const idp = running!.backend.url;
          assert.deepEqual(
            requests
              .filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))
              .map((u) => (u.startsWith(`${idp}/auth?`) && /[?&]prompt=none(&|$)/.test(u) ? `${idp}/auth?prompt=none…` : u)),
            [`${idp}/.well-known/openid-configuration`, `${idp}/auth?prompt=none…`],
          );
          // The preset class on <body> themes the elements: the header bar has the site's brand colour.
          const brand = await page.evaluate(() => {
            const bar = document.querySelector('loket-header')!.shadowRoot!.querySelector('.bar')!;
            return getComputedStyle(bar).backgroundColor;
          });
          assert.equal(brand, site === 'gemeente-voorbeeld' ? 'rgb(0, 89, 79)' : 'rgb(122, 20, 54)');
        } finally {
          await context.close();
        }
      });
    }

    it(`${site} without JavaScript: skip link, home link, navigation and footer links work`, async () => {
      const context = await browser({ javaScriptEnabled: false });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${demos[site]!.url}/`);
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de hoofdinhoud');
        assert.ok(await page.getByRole('link', { name }).first().isVisible());
        const navLinks = page.locator('loket-header nav a');
        assert.ok((await navLinks.count()) >= 3);
        for (const link of await navLinks.all()) assert.ok(await link.isVisible());
        assert.ok(await page.locator('loket-footer a[data-legal]').first().isVisible());
        await navLinks.nth(1).click();
        await page.waitForURL((u) => u.pathname !== '/');
        assert.notEqual(new URL(page.url()).pathname, '/');
      } finally {
        await context.close();
      }
    });
  }

  it('keyboard only: Tab reaches the skip link first, then every header control; the menu opens and closes', async () => {
    const context = await browser({ width: 360 });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${demos['gemeente-voorbeeld']!.url}/`);
      await upgraded(page, 'Gemeente Voorbeeld');
      const focused = () =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el ? `${el.localName}.${el.className}`.trim() : '';
        });
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        await page.keyboard.press('Tab');
        order.push(await focused());
      }
      assert.equal(order[0], 'a.skip');
      assert.ok(order.includes('button.menu-button'), order.join(' → '));
      assert.ok(order.includes('button.help-button'), order.join(' → '));
      while ((await focused()) !== 'button.menu-button') await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'a.'); // first navigation link
      await page.keyboard.press('Escape');
      assert.equal(await focused(), 'button.menu-button');
    } finally {
      await context.close();
    }
  });

  it('forced colours (Windows high contrast): every header stop shows its focus, buttons keep an edge, the current page stays marked', async () => {
    const context = await browser({ width: 1280 });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${demos['gemeente-voorbeeld']!.url}/`);
      await upgraded(page, 'Gemeente Voorbeeld');
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      // The system colours replace the theme's: a focus ring or edge drawn with box-shadow or
      // background alone disappears. Each stop must keep a solid outline of at least 2 px.
      const stops: { what: string; outline: string; width: number }[] = [];
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        stops.push(
          await page.evaluate(() => {
            let el: Element | null = document.activeElement;
            while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
            const style = getComputedStyle(el!);
            return {
              what: `${el!.localName}.${el!.className} ${el!.textContent?.trim().slice(0, 20)}`,
              outline: `${style.outlineStyle} ${style.outlineColor}`,
              width: parseFloat(style.outlineWidth),
            };
          }),
        );
      }
      const inHeader = stops.filter((s) => !s.what.startsWith('body'));
      assert.ok(inHeader.length >= 6, JSON.stringify(stops));
      for (const stop of inHeader) {
        assert.ok(stop.outline.startsWith('solid') && !/rgba\(0, 0, 0, 0\)/.test(stop.outline), JSON.stringify(stop));
        assert.ok(stop.width >= 2, JSON.stringify(stop));
      }
      type Edge = { style: string; width: string; color: string };
      // A string, not a function: tsx would add helpers (__name) the page does not have.
      const header = (await page.evaluate(`(() => {
        const root = document.querySelector('loket-header').shadowRoot;
        const edge = (el, side) => {
          const style = getComputedStyle(el);
          return { style: style['border' + side + 'Style'], width: style['border' + side + 'Width'], color: style['border' + side + 'Color'] };
        };
        const buttons = [...root.querySelectorAll('.tools button')].filter((b) => b.offsetParent !== null);
        const current = root.querySelector('nav a[aria-current="page"]');
        const other = root.querySelector('nav a:not([aria-current])');
        return {
          buttons: buttons.map((b) => ({ label: b.textContent.trim(), ...edge(b, 'Top') })),
          current: current ? edge(current, 'Bottom') : null,
          other: other ? edge(other, 'Bottom') : null,
        };
      })()`)) as { buttons: (Edge & { label: string })[]; current: Edge | null; other: Edge | null };
      assert.ok(header.buttons.length >= 2, JSON.stringify(header));
      for (const b of header.buttons) {
        assert.ok(b.style !== 'none' && parseFloat(b.width) >= 1 && b.color !== 'rgba(0, 0, 0, 0)', JSON.stringify(b));
      }
      // The current page is marked by an edge the other links do not have.
      assert.ok(header.current && header.other, JSON.stringify(header));
      assert.notEqual(header.current.color, header.other.color, JSON.stringify(header));
    } finally {
      await context.close();
    }
  });

  /** Signs in on `site` through the mock identity provider as `person`, acting for `capacity`. */
  async function signInFor(page: Page, site: string, person: string, capacity: RegExp): Promise<void> {
    const header = page.locator('loket-header');
    await page.goto(`${demos[site]!.url}/`);
    await header.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByRole('button', { name: person }).click();
    await header.locator('[part="account-button"]').click();
    await header.getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    await header.getByRole('button', { name: capacity }).click();
    // Switched once the account panel names the new identity.
    await page.waitForFunction(
      (source) =>
        new RegExp(source).test(
          document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-panel"]')?.textContent ?? '',
        ),
      capacity.source,
    );
  }

  it("stad-scheldeburg's Verenigingsloket: a representative sees the association's data, its dossiers and the services that fit it, ranked with the reason, and ranked again when it changes its main activities", async () => {
    const context = await browser({ width: 1280 });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const messages: string[] = [];
      page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
      // Tom Vermeulen chairs Wielertoeristen Scheldeburg vzw, whose main activity is Sport.
      await signInFor(page, 'stad-scheldeburg', 'Tom Vermeulen', /Wielertoeristen Scheldeburg vzw/);
      await page.goto(`${demos['stad-scheldeburg']!.url}/verenigingsloket`);
      await page.locator('loket-association').getByText('Wielertoeristen Scheldeburg vzw').first().waitFor();
      await page.locator('loket-dossiers [part="dossier"], loket-dossiers [part="message"]').first().waitFor();
      const services = page.locator('loket-services');
      await services.getByText('Voor Wielertoeristen Scheldeburg vzw (Vereniging)').waitFor();
      const first = services.locator('[part="product"]').first();
      await first.waitFor();
      assert.equal((await first.locator('[part="reason"]').textContent())?.trim(), 'Omdat uw vereniging actief is in Sport');
      assert.equal(await services.locator('[part="product"]').count(), 5);

      // The association's main activities become culture instead of sport: the services rank again.
      const record = page.locator('loket-association');
      await record.locator('[aria-labelledby="basisgegevens-heading"] [part="edit-button"]').click();
      await record.locator('input[name="hoofdactiviteitenVerenigingsloket"][value="SPRT"]').uncheck();
      await record.locator('input[name="hoofdactiviteitenVerenigingsloket"][value="KECU"]').check();
      await record.locator('form button[type="submit"]').click();
      await page.waitForFunction(
        `document.querySelector('loket-services').shadowRoot.querySelector('[part="reason"]')?.textContent.trim() === 'Omdat uw vereniging actief is in Kunsten, Erfgoed & Cultuur'`,
      );
      assert.equal(await services.locator('[part="product"]').count(), 5);
      assert.deepEqual(messages, []);
    } finally {
      await context.close();
    }
  });
});
