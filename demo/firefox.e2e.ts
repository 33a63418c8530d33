/**
 * The published bundle in a second engine. The element tests run the TypeScript sources in three
 * engines; this runs what a webmaster actually gets — loket.js, its hashed lazy chunks importing
 * Lit and the stores back from loket.js — in Debian's Firefox ESR (puppeteer-core over WebDriver
 * BiDi), through a whole visit: upgrade, sign in at the mock identity provider, dossiers, sign out.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startSitesWithBackend, type Started } from './e2e-kit.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

describe('the published bundle in Firefox ESR', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let backend: Started;
  let site: Started;
  let browser: Browser;

  before(async () => {
    running = await startSitesWithBackend(['gemeente-voorbeeld']);
    backend = running.backend;
    site = running.sites['gemeente-voorbeeld']!;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false },
    });
  });

  after(async () => {
    await browser?.close();
    await running?.close();
  });

  /** Console errors and warnings, uncaught exceptions, and every script the page fetched. */
  function watch(page: Page): { messages: string[]; scripts: string[] } {
    const watched = { messages: [] as string[], scripts: [] as string[] };
    page.on('console', (m) => {
      if (['error', 'warn', 'warning'].includes(m.type())) watched.messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => watched.messages.push(`pageerror: ${String(e)}`));
    page.on('request', (r) => {
      if (/\.js(\?|$)/.test(r.url())) watched.scripts.push(new URL(r.url()).pathname);
    });
    return watched;
  }

  const shadowText = (page: Page, selector: string) =>
    page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

  it('upgrades header and footer, signs in, shows dossiers and signs out, without a console message', async () => {
    const page = await browser.newPage();
    const { messages, scripts } = watch(page);
    await page.goto(`${site.url}/mijn-dossiers.html`, { waitUntil: 'load' });

    await page.waitForSelector('loket-header >>> .name');
    assert.equal(await shadowText(page, 'loket-header >>> .name'), 'Gemeente Voorbeeld');
    await page.waitForSelector('loket-footer >>> [part="contact"]');
    await page.waitForSelector('loket-dossiers >>> .message button');
    assert.ok(!scripts.some((s) => /\/chunks\/oidc-/.test(s)), 'sign-in code not loaded while signed out');

    // Sign in: the lazy session and oidc chunks load, the identity provider asks who we are.
    await (await page.waitForSelector('loket-header >>> .login'))!.click();
    await page.waitForSelector('::-p-text(Jan Janssens)');
    assert.ok(page.url().startsWith(backend.url), `at the identity provider: ${page.url()}`);
    await Promise.all([page.waitForNavigation(), page.click('::-p-text(Jan Janssens)')]);

    // Back on the site: the account button names the person, the callback URL is cleaned.
    await page.waitForSelector('loket-header >>> [part="account-button"]');
    assert.match(await shadowText(page, 'loket-header >>> [part="account-button"]'), /^Jan\b/);
    assert.equal(new URL(page.url()).search, '');

    // The dossier widget (its own lazy chunk) reads the citizen's dossiers from the backend.
    await page.waitForSelector('loket-dossiers >>> .dossier');
    const rows = await page.$$('loket-dossiers >>> .dossier');
    assert.ok(rows.length > 0, 'dossiers listed');
    assert.ok(
      scripts.some((s) => /\/chunks\/dossiers-/.test(s)),
      'the dossier widget came as a lazy chunk',
    );

    // Sign out from the account menu: the header offers "Aanmelden" again.
    await page.click('loket-header >>> [part="account-button"]');
    await (await page.waitForSelector('loket-header >>> .logout'))!.click();
    await page.waitForSelector('loket-header >>> .login', { timeout: 15000 });

    assert.deepEqual(messages, []);
    await page.close();
  });

  it('the v5 integration page on loket-compat.js: host sign-in and sign-out, contact panel, navigation disabled, no sign-in code', async () => {
    const page = await browser.newPage();
    const { messages, scripts } = watch(page);
    await page.goto(`${site.url}/v5-integratie`, { waitUntil: 'load' });
    await page.waitForSelector('loket-header >>> .name');
    assert.equal(await shadowText(page, 'loket-header >>> .name'), 'Gemeente Voorbeeld');
    await page.waitForSelector('loket-footer >>> [part="legal"]');

    // "Aanmelden" goes to the host's loginUrl; the host's profile then shows who is signed in.
    await Promise.all([
      page.waitForNavigation(),
      (await page.waitForSelector('loket-header >>> [part="login-button"]'))!.click(),
    ]);
    await page.waitForSelector('loket-header >>> [part="account-button"]');
    assert.match(await shadowText(page, 'loket-header >>> [part="account-button"]'), /^Jan\b/);

    // The page's own contact button opens the header's help panel (contact.open()).
    await page.click('#contact');
    await page.waitForFunction(
      () =>
        document.querySelector('loket-header')?.shadowRoot?.querySelector<HTMLElement>('[part="help-panel"]')?.hidden === false,
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () =>
        document.querySelector('loket-header')?.shadowRoot?.querySelector<HTMLElement>('[part="help-panel"]')?.hidden === true,
    );

    // setNavigationEnabled(false) on the consent step, and back.
    await page.click('#consent');
    await page.waitForFunction(() => document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));
    await page.click('#agree');
    await page.waitForFunction(() => !document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));

    // "Afmelden" goes to the host's logoutUrl.
    await page.click('loket-header >>> [part="account-button"]');
    await Promise.all([page.waitForNavigation(), (await page.waitForSelector('loket-header >>> .logout'))!.click()]);
    await page.waitForSelector('loket-header >>> [part="login-button"]');

    assert.deepEqual(
      scripts.filter((s) => /oidc|chunks\/session-/.test(s)),
      [],
      'a host-managed session loads no sign-in code',
    );
    assert.deepEqual(messages, []);
    await page.close();
  });
});
