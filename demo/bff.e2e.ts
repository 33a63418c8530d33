/**
 * The e-loket page whose session the municipality's server keeps (demo/gemeente-voorbeeld/e-loket-bff.html
 * with the backend-for-frontend under /bff/, proxied by the demo site as its reverse proxy would):
 * sign in, dossiers, capacity switch and sign-out through the BFF, with the header signed in from
 * its first render, no sign-in code loaded, no token in the page and only an HttpOnly cookie.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startSitesWithBackend } from './e2e-kit.ts';
import { launchChromium } from '../scripts/chromium.mjs';

describe('e-loket with a backend-for-frontend (host-kept session)', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let url = '';
  let context: BrowserContext;

  before(async () => {
    running = await startSitesWithBackend(['gemeente-voorbeeld']);
    url = running.sites['gemeente-voorbeeld']!.url;
    context = await launchChromium({ profilePrefix: 'loket-bff-', viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await running?.close();
  });

  const accountText = (page: Page) =>
    page.evaluate(
      () => document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-button"]')?.textContent ?? '',
    );
  const dossierCount = (page: Page) =>
    page.evaluate(() => document.querySelector('loket-dossiers')?.shadowRoot?.querySelectorAll('[part="dossier"]').length ?? 0);
  /** Whether "Aanmelden" showed at any frame of the current document. */
  const loginShown = (page: Page) => page.evaluate(() => (window as unknown as { __loginShown: boolean }).__loginShown);

  it('signs in, reads dossiers, switches capacity and signs out through the BFF; no token and no sign-in code in the browser', async () => {
    const page = await context.newPage();
    const messages: string[] = [];
    const requests: { url: string; authorization?: string }[] = [];
    page.on('console', (m) => {
      if (['error', 'warning'].includes(m.type())) messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push({ url: r.url(), authorization: r.headers()['authorization'] }));
    await page.addInitScript(`
      window.__loginShown = false;
      const check = () => {
        if (document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="login-button"]')) window.__loginShown = true;
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    `);

    // Signed out: "Aanmelden" goes to the BFF, which sends the browser to the identity provider.
    await page.goto(`${url}/e-loket-bff`);
    await page.locator('loket-header').getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(/\/interaction\//);
    await page.getByRole('button', { name: 'Jan Janssens' }).click();
    await page.waitForURL(`${url}/e-loket-bff`);

    // Back on the page, rendered with the profile in it: signed in from the first frame.
    await page.waitForFunction(
      () => !!document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-button"]'),
    );
    assert.match(await accountText(page), /Jan/);
    assert.equal(await loginShown(page), false, '"Aanmelden" never showed after the sign-in');
    await page.waitForFunction(
      () => (document.querySelector('loket-dossiers')?.shadowRoot?.querySelectorAll('[part="dossier"]').length ?? 0) > 0,
    );
    assert.ok((await dossierCount(page)) <= 5);
    const cookies = await context.cookies(url);
    const session = cookies.find((c) => c.name === 'loket_bff');
    assert.ok(session, 'a BFF session cookie');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Lax');
    assert.doesNotMatch(await page.evaluate(() => document.cookie), /loket_bff/, 'script cannot read it');
    assert.doesNotMatch(
      await page.evaluate(() => document.documentElement.outerHTML),
      /eyJ[\w-]+\.[\w-]+|\d{11}/,
      'no token and no national register number in the page',
    );

    // Switch: the header lists the profile's identities; the choice goes to the BFF's targeted login.
    await page.locator('loket-header [part="account-button"]').click();
    await page.locator('loket-header').getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    await page
      .locator('loket-capacity-switcher')
      .getByRole('button', { name: /Speelpleinwerking Hoeve vzw/ })
      .click();
    await page.waitForURL(`${url}/e-loket-bff`);
    await page.waitForFunction(() =>
      /Hoeve/.test(
        document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-button"]')?.textContent ?? '',
      ),
    );
    assert.equal(await loginShown(page), false);
    await page.waitForFunction(
      () => (document.querySelector('loket-dossiers')?.shadowRoot?.querySelectorAll('[part="dossier"]').length ?? 0) > 0,
    );
    assert.ok(
      requests.some((r) => /\/bff\/switch\?capacity=VER%3AV0001234&/.test(r.url)),
      'the chosen identity reached the BFF',
    );

    // Sign out: the BFF ends its session and the identity provider's, and brings the visitor back.
    await page.locator('loket-header [part="account-button"]').click();
    await page.locator('loket-header').getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForFunction(
      () => !!document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="login-button"]'),
    );
    assert.equal(page.url(), `${url}/e-loket-bff`);
    assert.ok(
      requests.some((r) => r.url.startsWith(`${running!.backend.url}/session/end`)),
      "the identity provider's session ended",
    );
    assert.equal(
      (await context.cookies(url)).find((c) => c.name === 'loket_bff'),
      undefined,
      'session cookie gone',
    );

    // The network log: no sign-in code, no token, every API call through the BFF.
    assert.deepEqual(
      requests.filter((r) => /oidc|chunks\/session-/.test(r.url)).map((r) => r.url),
      [],
      'a host-kept session loads no sign-in code',
    );
    assert.deepEqual(
      requests.filter((r) => r.authorization).map((r) => r.url),
      [],
      'no request from the browser carries a token',
    );
    const backend = running!.backend.url;
    assert.deepEqual(
      requests.filter((r) => r.url.startsWith(`${backend}/api/`)).map((r) => r.url),
      [],
      'the backend API is never called from the browser',
    );
    assert.ok(requests.some((r) => r.url.startsWith(`${url}/bff/api/dossiers`)));
    assert.deepEqual(messages, []);
    await page.close();
  });
});
