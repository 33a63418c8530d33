/**
 * A page written against the Flemish Global Header/Footer v5 API (demo/gemeente-voorbeeld/v5-integratie.html),
 * unchanged but for its script URLs, on the published loket-compat.js: the header and footer render,
 * the host's profile shows (sign in, switch, sign out go to the host's URLs), navigation can be
 * disabled, the contact panel opens from the page's own button, and no sign-in code is loaded.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startSitesWithBackend } from './e2e-kit.ts';
import { launchChromium } from '../scripts/chromium.mjs';
// The v5 types give `window.globalHeaderClient` its type inside page.evaluate().
import type {} from '@govflanders/vl-widget-global-header-types';

describe('v5 integration page on loket-compat.js', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let url = '';
  let context: BrowserContext;

  before(async () => {
    running = await startSitesWithBackend(['gemeente-voorbeeld']);
    url = running.sites['gemeente-voorbeeld']!.url;
    context = await launchChromium({ profilePrefix: 'loket-v5-', viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await running?.close();
  });

  const shadow = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const el = document.querySelector('loket-header')?.shadowRoot?.querySelector<HTMLElement>(s);
      return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    }, selector);

  async function open(
    path: string,
  ): Promise<{ page: Page; messages: string[]; requests: string[]; loginShown: () => Promise<boolean> }> {
    const page = await context.newPage();
    const messages: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (['error', 'warning'].includes(m.type())) messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    // Whether "Aanmelden" ever showed: a signed-in profile must show from the header's first render.
    await page.addInitScript(`
      window.__loginShown = false;
      const check = () => {
        if (document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="login-button"]')) window.__loginShown = true;
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    `);
    await page.goto(`${url}${path}`);
    await page.waitForFunction(
      () => document.querySelector('loket-header')?.shadowRoot?.querySelector('.name')?.textContent === 'Gemeente Voorbeeld',
    );
    return {
      page,
      messages,
      requests,
      loginShown: () => page.evaluate(() => (window as unknown as { __loginShown: boolean }).__loginShown),
    };
  }

  it('renders header and footer, signs in, switches and signs out through the host, loads no sign-in code', async () => {
    const { page, messages, requests, loginShown } = await open('/v5-integratie');
    assert.equal(await page.evaluate(() => typeof window.globalHeaderClient?.mount), 'function');
    await page.waitForFunction(() => !!document.querySelector('loket-footer')?.shadowRoot?.querySelector('[part="legal"]'));
    assert.match((await page.textContent('#status')) ?? '', /niet aangemeld/);
    assert.equal(await shadow(page, '[part="login-button"]'), 'Aanmelden');

    // "Aanmelden" goes to the host's loginUrl; its server (here: the address) says who is signed in.
    await page.locator('loket-header').getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(/\?aangemeld=1$/);
    await page.waitForFunction(() =>
      /Jan/.test(document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-button"]')?.textContent ?? ''),
    );
    await page.waitForFunction(() => /U bent aangemeld/.test(document.getElementById('status')?.textContent ?? ''));

    // "Wissel van hoedanigheid" lists the profile's identities; choosing one goes to switchCapacityUrl.
    await page.locator('loket-header [part="account-button"]').click();
    await page.locator('loket-header').getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    await page
      .locator('loket-capacity-switcher')
      .getByRole('button', { name: /Speelpleinwerking Hoeve vzw/ })
      .click();
    await page.waitForURL(/wissel=1$/);
    await page.waitForFunction(() =>
      /Hoeve/.test(
        document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-button"]')?.textContent ?? '',
      ),
    );
    assert.equal(await loginShown(), false, 'signed in from the first render: "Aanmelden" never showed');

    // "Afmelden" goes to the host's logoutUrl.
    await page.locator('loket-header [part="account-button"]').click();
    await page.locator('loket-header').getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL(/\/v5-integratie$/);
    await page.waitForFunction(
      () => !!document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="login-button"]'),
    );

    assert.deepEqual(
      requests.filter((r) => /oidc|chunks\/session-/.test(r)),
      [],
      'a host-managed session loads no sign-in code',
    );
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(messages, []);
    await page.close();
  });

  it('navigation disabled on the consent screen; the contact panel opens from the page', async () => {
    const { page, messages } = await open('/v5-integratie?aangemeld=1');
    await page.waitForFunction(() => !!document.querySelector('loket-header')?.shadowRoot?.querySelector('.help-button'));

    await page.click('#contact');
    await page.waitForFunction(
      () =>
        document.querySelector('loket-header')?.shadowRoot?.querySelector<HTMLElement>('[part="help-panel"]')?.hidden === false,
    );
    const panel = (await shadow(page, '[part="help-panel"]')) ?? '';
    assert.match(panel, /\+3291234567/);
    assert.match(panel, /vergunningen@voorbeeld\.example/);
    assert.equal(await page.evaluate(() => window.globalHeaderClient.contact.isOpen()), true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () =>
        document.querySelector('loket-header')?.shadowRoot?.querySelector<HTMLElement>('[part="help-panel"]')?.hidden === true,
    );

    await page.click('#consent');
    await page.waitForFunction(() => document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));
    assert.equal(await shadow(page, '.tools'), null, 'no sign-in, help or language controls');
    assert.equal(
      await page.evaluate(
        () => document.querySelector('loket-header')!.shadowRoot!.querySelectorAll('a[href]:not(.skip)').length,
      ),
      0,
    );
    await page.click('#agree');
    await page.waitForFunction(() => !document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));
    assert.notEqual(await shadow(page, '.tools'), null);

    // The v5 colours went through the contrast check and reached the header.
    const link = await page.evaluate(() =>
      document.querySelector<HTMLElement>('loket-header')!.style.getPropertyValue('--loket-color-link'),
    );
    assert.equal(link, '#0b58a7');
    assert.deepEqual(messages, []);
    await page.close();
  });
});
