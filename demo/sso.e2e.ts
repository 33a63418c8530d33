/**
 * Single sign-on between the demo sites as `npm start` serves them: Gemeente Voorbeeld and Stad
 * Scheldeburg on localhost (same-site with the identity provider) and Stad Scheldeburg on
 * 127.0.0.1 (cross-site). Signed in on one site, the other shows the person signed in on load;
 * cross-site, "Aanmelden" signs in with one click and no login page. A visitor without a session
 * at the identity provider never loads the sign-in code (oidc-client-ts) for that check.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { startSitesWithBackend, type Started } from './e2e-kit.ts';
import { launchChromium } from '../scripts/chromium.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OIDC_CHUNK = /\/chunks\/oidc-[^/]*\.js$/;

describe('single sign-on between the demo sites', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let sites: Record<string, Started> = {};
  let context: BrowserContext | undefined;

  before(async () => {
    running = await startSitesWithBackend(['gemeente-voorbeeld', 'stad-scheldeburg']);
    sites = running.sites;
  });
  after(async () => {
    await context?.close();
    await running?.close();
  });

  async function fresh(): Promise<Page> {
    await context?.close();
    context = await launchChromium({ profilePrefix: 'loket-sso-', viewport: { width: 1280, height: 900 } });
    return context.pages()[0] ?? (await context.newPage());
  }

  const header = (page: Page) => page.locator('loket-header');
  const account = (page: Page) => header(page).locator('[part="account-button"]');
  const login = (page: Page) => header(page).getByRole('button', { name: 'Aanmelden', exact: true });
  const voorbeeld = () => sites['gemeente-voorbeeld']!.url;
  const scheldeburg = () => sites['stad-scheldeburg']!.url;

  /** The header has upgraded and the single sign-on check has answered (its hidden frame is gone). */
  async function checked(page: Page): Promise<void> {
    await page.waitForFunction(() => document.querySelector('loket-header')?.shadowRoot?.querySelector('.tools'));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('iframe').count(), 0, 'the check leaves no frame behind');
  }

  async function axe(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string }[] }> } }).axe.run(
        document,
      );
      return result.violations.map((v) => v.id);
    });
  }

  async function signInOnVoorbeeld(page: Page): Promise<void> {
    await page.goto(`${voorbeeld()}/`);
    await login(page).click();
    await page.getByRole('button', { name: 'Jan Janssens' }).click();
    await account(page).waitFor();
  }

  it('a visitor without a session at the identity provider: "Aanmelden", and the sign-in code is never loaded', async () => {
    const page = await fresh();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const url of [`${voorbeeld()}/`, `${scheldeburg()}/`, `${scheldeburg().replace('localhost', '127.0.0.1')}/`]) {
      await page.goto(url);
      await checked(page);
      assert.equal(await login(page).count(), 1, url);
      assert.equal(await account(page).count(), 0, url);
    }
    assert.deepEqual(
      requests.filter((u) => OIDC_CHUNK.test(u)),
      [],
      'no oidc-client-ts for a signed-out visitor',
    );
    // It did ask: one prompt=none request per page, answered by the identity provider's web message.
    assert.equal(
      requests.filter((u) =>
        /\/auth\?.*prompt=none.*response_mode=web_message|\/auth\?.*response_mode=web_message.*prompt=none/.test(u),
      ).length,
      3,
    );
    assert.deepEqual(await axe(page), []);
  });

  it('signed in on Gemeente Voorbeeld, Stad Scheldeburg (same-site) shows the person signed in on load, without a click', async () => {
    const page = await fresh();
    await signInOnVoorbeeld(page);
    const visited: string[] = [];
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) visited.push(f.url());
    });
    await page.goto(`${scheldeburg()}/`);
    await account(page).waitFor({ timeout: 10_000 });
    assert.match((await account(page).textContent()) ?? '', /Jan/);
    assert.deepEqual(
      visited.map((u) => new URL(u).origin),
      [scheldeburg()],
      'no redirect through the identity provider: the page itself signed in',
    );
    assert.deepEqual(await axe(page), []);
    // And the site's own data with the session's token.
    await page.goto(`${scheldeburg()}/verenigingsloket`);
    await account(page).waitFor();
  });

  it('cross-site (127.0.0.1): "Aanmelden" signs in with one click, with no login page', async () => {
    const page = await fresh();
    await signInOnVoorbeeld(page);
    const cross = scheldeburg().replace('localhost', '127.0.0.1');
    await page.goto(`${cross}/`);
    await checked(page);
    assert.equal(await account(page).count(), 0, 'third-party cookies do not reach the identity provider from here');
    const pages: string[] = [];
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) pages.push(new URL(f.url()).pathname);
    });
    await login(page).click();
    await account(page).waitFor({ timeout: 10_000 });
    assert.match((await account(page).textContent()) ?? '', /Jan/);
    assert.ok(!pages.some((p) => p.startsWith('/interaction/')), `no login page: ${pages.join(', ')}`);
    assert.equal(new URL(page.url()).origin, cross);
  });
});
