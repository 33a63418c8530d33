/**
 * The v5 integration page (demo/gemeente-voorbeeld/v5-integratie.html) on the published
 * loket-compat.js in WebKitGTK, the third engine after Chromium (v5.e2e.ts) and Firefox
 * (firefox.e2e.ts): Debian's MiniBrowser under WebKitWebDriver on a private Xvfb display
 * (scripts/webkit.mjs), driven over classic WebDriver with webdriverio, as the element tests drive it.
 *
 * Classic WebDriver sees neither the console nor the network (and MiniBrowser ignores
 * `--enable-write-console-messages-to-stdout` for the views it opens under automation; tried with
 * WebKitGTK 2.50.6, Debian 12), so the page itself reports: console
 * errors and warnings and uncaught errors are collected by a hook installed once each document has
 * loaded (a load-time failure shows as a missing effect of the page's v5 calls, which are checked),
 * and the scripts a document fetched come from its resource timing, read before leaving it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { remote } from 'webdriverio';
import { startSitesWithBackend } from './e2e-kit.ts';
import { startWebKitDriver, webkitCapabilities, type WebKitDriver } from '../scripts/webkit.mjs';
// The v5 types give `window.globalHeaderClient` its type inside browser.execute().
import type {} from '@govflanders/vl-widget-global-header-types';

type Watched = Window & { __loketMessages?: string[] };

describe('v5 integration page on loket-compat.js in WebKit', () => {
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let webkit: WebKitDriver | undefined;
  let browser: WebdriverIO.Browser | undefined;
  let url = '';

  before(async () => {
    // Started one after the other so that a failure stops only what did start (after() stops the rest).
    running = await startSitesWithBackend(['gemeente-voorbeeld']);
    url = running.sites['gemeente-voorbeeld']!.url;
    webkit = await startWebKitDriver();
    browser = await remote({
      hostname: '127.0.0.1',
      port: webkit.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(),
    });
    await browser.setWindowRect(null, null, 1280, 900);
  });

  after(async () => {
    // Each step on its own: a failed one must not leave Xvfb, the driver or the servers running.
    await browser?.deleteSession().catch(() => {});
    await webkit?.stop();
    await running?.close();
  });

  /** Runs `fn` in the page; classic WebDriver serialises arguments and result as JSON. */
  const inPage = <T>(fn: () => T): Promise<T> => browser!.execute(fn) as Promise<T>;

  const headerText = (selector: string) =>
    browser!.execute((s) => {
      const el = document.querySelector('loket-header')?.shadowRoot?.querySelector(s);
      return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    }, selector);

  const until = (what: string, fn: () => boolean | null | undefined) =>
    browser!.waitUntil(() => inPage(fn), { timeout: 10000, interval: 50, timeoutMsg: `WebKit: ${what} (10 s)` });

  const header = (selector: string) => browser!.$('loket-header').shadow$(selector);

  /** What the current document reported and fetched; call before leaving it. */
  const messages: string[] = [];
  const scripts: string[] = [];
  async function leave() {
    const seen = await inPage(() => ({
      messages: (window as Watched).__loketMessages ?? ['the console hook was not installed'],
      scripts: performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js')),
    }));
    messages.push(...seen.messages);
    scripts.push(...seen.scripts);
  }

  /** After a navigation: the header upgraded, and the console hook in place for this document. */
  async function arrived(path: RegExp) {
    const here = async () => {
      const { pathname, search } = new URL(await browser!.getUrl());
      return pathname + search;
    };
    await browser!.waitUntil(async () => path.test(await here()), { timeout: 10000, timeoutMsg: `WebKit: not at ${path}` });
    await until(
      'header upgraded',
      () => document.querySelector('loket-header')?.shadowRoot?.querySelector('.name')?.textContent === 'Gemeente Voorbeeld',
    );
    await inPage(() => {
      const w = window as Watched;
      if (w.__loketMessages) return;
      const seen: string[] = (w.__loketMessages = []);
      for (const level of ['error', 'warn'] as const) {
        const original = console[level].bind(console);
        console[level] = (...args: unknown[]) => {
          seen.push(`${level}: ${args.map(String).join(' ')}`);
          original(...args);
        };
      }
      addEventListener('error', (e) => seen.push(`pageerror: ${e.message}`));
      addEventListener('unhandledrejection', (e) => seen.push(`unhandledrejection: ${String(e.reason)}`));
    });
  }

  it('v5 calls work; host sign-in and sign-out, contact panel, navigation disabled, no sign-in code', async () => {
    const b = browser!;
    await b.url(`${url}/v5-integratie`);
    await arrived(/^\/v5-integratie$/);

    // The page's v5 calls reached loket: the clients, getProfile(), branding, the footer's links.
    assert.equal(await inPage(() => typeof window.globalHeaderClient?.mount), 'function');
    await until('footer upgraded', () => !!document.querySelector('loket-footer')?.shadowRoot?.querySelector('[part="legal"]'));
    await until('getProfile() settled', () => /niet aangemeld/.test(document.getElementById('status')?.textContent ?? ''));
    assert.equal(
      await inPage(() => document.querySelector<HTMLElement>('loket-header')!.style.getPropertyValue('--loket-color-link')),
      '#0b58a7',
    );
    assert.deepEqual(
      await inPage(() =>
        Array.from(document.querySelector('loket-footer')?.shadowRoot?.querySelectorAll('[part="legal"] a') ?? [], (a) =>
          a.textContent?.trim(),
        ),
      ),
      ['Privacyverklaring', 'Toegankelijkheidsverklaring'],
    );

    // "Aanmelden" goes to the host's loginUrl; the host's profile then shows who is signed in.
    assert.equal(await headerText('[part="login-button"]'), 'Aanmelden');
    await leave();
    await (await header('[part="login-button"]')).click();
    await arrived(/^\/v5-integratie\?aangemeld=1$/);
    await until('account button', () =>
      /^Jan\b/.test(
        (document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="account-button"]')?.textContent ?? '').trim(),
      ),
    );
    await until('status says signed in', () => /U bent aangemeld/.test(document.getElementById('status')?.textContent ?? ''));

    // The page's own contact button opens the header's help panel (contact.open()); Escape closes it.
    // (Functions given to the page are sent as source: no closures over test code.)
    await (await b.$('#contact')).click();
    await until(
      'help panel open',
      () =>
        document.querySelector('loket-header')?.shadowRoot?.querySelector<HTMLElement>('[part="help-panel"]')?.hidden === false,
    );
    assert.match((await headerText('[part="help-panel"]')) ?? '', /\+3291234567/);
    assert.equal(await b.executeAsync((done) => void window.globalHeaderClient.contact.isOpen().then(done)), true);
    await b.keys('Escape');
    await until(
      'help panel closed by Escape',
      () =>
        document.querySelector('loket-header')?.shadowRoot?.querySelector<HTMLElement>('[part="help-panel"]')?.hidden === true,
    );
    assert.equal(await b.executeAsync((done) => void window.globalHeaderClient.contact.isOpen().then(done)), false);

    // setNavigationEnabled(false) on the consent step: no header controls or links; and back.
    await (await b.$('#consent')).click();
    await until('navigation disabled', () => !!document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));
    assert.equal(await headerText('.tools'), null, 'no sign-in, help or language controls');
    assert.equal(
      await inPage(() => document.querySelector('loket-header')!.shadowRoot!.querySelectorAll('a[href]:not(.skip)').length),
      0,
    );
    await (await b.$('#agree')).click();
    await until('navigation enabled', () => !document.querySelector('loket-header')?.hasAttribute('navigation-disabled'));
    assert.notEqual(await headerText('.tools'), null);

    // "Afmelden" goes to the host's logoutUrl.
    await (await header('[part="account-button"]')).click();
    const logout = await header('.logout');
    await logout.waitForDisplayed({ timeout: 10000 });
    await leave();
    await logout.click();
    await arrived(/^\/v5-integratie$/);
    await until('signed out', () => !!document.querySelector('loket-header')?.shadowRoot?.querySelector('[part="login-button"]'));
    await leave();

    assert.ok(
      scripts.some((s) => s.endsWith('/loket-compat.js')),
      `resource timing saw the scripts: ${scripts.join(' ')}`,
    );
    assert.deepEqual(
      scripts.filter((s) => /oidc|chunks\/session-/.test(s)),
      [],
      'a host-managed session loads no sign-in code',
    );
    assert.deepEqual(messages, []);
  });
});
