/**
 * Sign-in, capacity switch, tab sync, single sign-on and faults, end to end: the built CDN bundle
 * in Debian's Chromium against the real mock backend (identity provider + APIs), both in-process.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startMockBackend, type MockBackend } from '../../mock-backend/src/index.ts';
import { buildFixtures } from '../../mock-backend/src/data/fixtures.ts';
import { api, RP_ORIGIN, signIn as signInOverHttp } from '../../mock-backend/test/helpers.ts';
import { ensureBuilt, startSite, type Site } from './server.ts';
import { launchChromium } from '../../../scripts/chromium.mjs';

const INSZ = buildFixtures().persons.map((p) => p.insz);
const HOEVE = 'Speelpleinwerking Hoeve vzw';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** A TCP proxy in front of the identity provider; while `slow`, it never answers (a hung IdP). */
interface SlowProxy {
  port: number;
  setSlow(slow: boolean): void;
  close(): Promise<void>;
}

async function startSlowProxy(target: number): Promise<SlowProxy> {
  let slow = true;
  const sockets = new Set<Socket>();
  const held = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (slow) {
      held.add(client);
      return;
    }
    const upstream = connect(target, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    setSlow(value) {
      slow = value;
      // Connections held so far were given up by the browser; it opens new ones.
      if (!value) held.forEach((s) => s.destroy());
      held.clear();
    },
    close() {
      sockets.forEach((s) => s.destroy());
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

interface Watched {
  page: Page;
  console: string[];
  errors: string[];
  requests: string[];
}

describe('sign-in and capacity (e2e)', { timeout: 240_000 }, () => {
  let backend: MockBackend;
  let shortLived: MockBackend;
  let siteA: Site;
  let siteB: Site;
  let siteCross: Site;
  const configsA: Record<string, unknown> = {};
  const configsB: Record<string, unknown> = {};
  const configsCross: Record<string, unknown> = {};
  const contexts: BrowserContext[] = [];
  const watched: Watched[] = [];

  const auth = (b: MockBackend, extra: Record<string, unknown> = {}) => ({
    authority: b.issuer,
    clientId: 'loket-demo',
    apiBase: `${b.issuer}/api`,
    ...extra,
  });
  const config = (a: Record<string, unknown>) => ({ municipality: { name: 'Testgemeente', homeUrl: '/' }, auth: a });

  before(async () => {
    ensureBuilt();
    [siteA, siteB, siteCross] = await Promise.all([
      startSite('localhost', configsA),
      startSite('localhost', configsB),
      startSite('127.0.0.1', configsCross),
    ]);
    const origins = [siteA.origin, siteB.origin, siteCross.origin];
    backend = await startMockBackend({
      port: 0,
      // RP_ORIGIN: the Node relying party that reads the register directly, to compare with prefill().
      origins: [...origins, RP_ORIGIN],
      quiet: true,
      auditLogPath: join(tmpdir(), `loket-e2e-audit-${process.pid}.log`),
    });
    shortLived = await startMockBackend({
      port: 0,
      origins,
      quiet: true,
      accessTokenTtlSeconds: 33,
      auditLogPath: join(tmpdir(), `loket-e2e-audit-short-${process.pid}.log`),
    });
    const deadPort = await freePort();
    Object.assign(configsA, {
      default: config(auth(backend)),
      short: config(auth(shortLived)),
      prefill: config(auth(backend, { prefill: true })),
      down: config({
        authority: `http://localhost:${deadPort}`,
        clientId: 'loket-demo',
        apiBase: `http://localhost:${deadPort}/api`,
      }),
    });
    Object.assign(configsB, { default: config(auth(backend, { passive: true })) });
    Object.assign(configsCross, { default: config(auth(backend, { passive: true })) });
  });

  after(async () => {
    // Asserted across every run: nothing we watched leaked a national register number.
    for (const w of watched) {
      for (const line of [...w.console, ...w.errors])
        for (const insz of INSZ) assert.ok(!line.includes(insz), `INSZ in console: ${line}`);
    }
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await Promise.all([backend?.close(), shortLived?.close(), siteA?.close(), siteB?.close(), siteCross?.close()]);
  });

  async function browser(extraArgs: string[] = []): Promise<BrowserContext> {
    const context = await launchChromium({
      profilePrefix: 'loket-e2e-',
      args: extraArgs,
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context;
  }

  async function watch(page: Page): Promise<Watched> {
    const w: Watched = { page, console: [], errors: [], requests: [] };
    page.on('console', (m) => w.console.push(m.text()));
    page.on('pageerror', (e) => w.errors.push(e.message));
    page.on('request', (r) => w.requests.push(r.url()));
    // Unhandled rejections as well as uncaught exceptions end up in `errors`.
    await page.addInitScript(
      `addEventListener('unhandledrejection', (e) => console.error('unhandled rejection: ' + (e.reason?.message ?? e.reason)));`,
    );
    page.on('console', (m) => {
      if (m.text().startsWith('unhandled rejection:')) w.errors.push(m.text());
    });
    watched.push(w);
    return w;
  }

  async function open(context: BrowserContext, url: string): Promise<Watched> {
    const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    const w = await watch(page);
    await page.goto(url);
    return w;
  }

  const header = (page: Page) => page.locator('loket-header');
  const accountButton = (page: Page) => header(page).locator('[part="account-button"]');
  const loginButton = (page: Page) => header(page).getByRole('button', { name: 'Aanmelden', exact: true });

  async function signIn(page: Page, person = 'Jan Janssens'): Promise<void> {
    await loginButton(page).click();
    await page.getByRole('button', { name: person }).click();
    await accountButton(page).waitFor();
  }

  /** Everything the page shows, shadow roots included, plus what the host heard and stored. */
  async function assertNoLeaks(page: Page): Promise<void> {
    // A string, not a function: tsx would add helpers (__name) the page does not have.
    const { markup, events, local } = (await page.evaluate(`(() => {
      const walk = (root) =>
        (root instanceof Document ? root.documentElement.outerHTML : root.innerHTML) +
        [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? walk(el.shadowRoot) : '')).join('');
      return { markup: walk(document), events: JSON.stringify(window.loketEvents ?? []), local: JSON.stringify({ ...localStorage }) };
    })()`)) as { markup: string; events: string; local: string };
    for (const insz of INSZ) {
      assert.ok(!markup.includes(insz), 'no INSZ in the DOM');
      assert.ok(!events.includes(insz), 'no INSZ in events');
    }
    assert.ok(!/token|oidc/i.test(local), `nothing of the session in localStorage: ${local}`);
  }

  const events = (page: Page) =>
    page.evaluate(() => (window as unknown as { loketEvents: { name: string; detail: string }[] }).loketEvents);

  it('signs in as a citizen: oidc-client-ts loads only on "Aanmelden", the callback URL is cleaned', async () => {
    const context = await browser();
    const w = await open(context, `${siteA.origin}/`);
    const { page } = w;
    await loginButton(page).waitFor();
    assert.ok(!w.requests.some((u) => /\/chunks\/oidc-/.test(u)), 'sign-in code not loaded while signed out');
    await signIn(page);
    assert.ok(
      w.requests.some((u) => /\/chunks\/oidc-/.test(u)),
      'sign-in code loaded after the click',
    );
    assert.equal((await accountButton(page).textContent())?.trim(), 'Jan');
    assert.equal(new URL(page.url()).search, '', 'no code/state left in the address bar');
    const history = await page.evaluate(() => location.href);
    assert.ok(!/code=|state=/.test(history));
    const sessionEvents = (await events(page)).filter((e) => e.name === 'loket-session-change');
    assert.deepEqual(JSON.parse(sessionEvents.at(-1)!.detail), {
      signedIn: true,
      firstName: 'Jan',
      capacity: { type: 'BUR', code: null, name: 'Jan Janssens' },
    });
    // A reload keeps the session (sessionStorage), without the login page.
    await page.reload();
    await accountButton(page).waitFor();
    await assertNoLeaks(page);
    assert.deepEqual(w.errors, []);
  });

  it('switches to an association and back without leaving the page; a second tab follows; sign-out signs out both', async () => {
    const context = await browser();
    const a = await open(context, `${siteA.origin}/`);
    await signIn(a.page);
    const b = await open(context, `${siteA.origin}/`);
    await accountButton(b.page).waitFor({ timeout: 3000 });

    // Switch in tab A through the header's account menu.
    await accountButton(a.page).click();
    await header(a.page).getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    const option = header(a.page).getByRole('button', { name: new RegExp(HOEVE) });
    await option.click();
    await header(a.page).getByText(`namens ${HOEVE}`).first().waitFor();
    assert.equal((await accountButton(a.page).textContent())?.replace(/\s+/g, ' ').trim(), `Jan — namens ${HOEVE}`);
    assert.equal(new URL(a.page.url()).origin, siteA.origin, 'no visible page change');
    const changes = (await events(a.page)).filter((e) => e.name === 'loket-capacity-change').map((e) => JSON.parse(e.detail));
    assert.deepEqual(changes.at(-1), { capacity: { type: 'VER', code: 'V0001234', name: HOEVE } });

    // Tab B follows within a second.
    const started = Date.now();
    await header(b.page).getByText(`namens ${HOEVE}`).first().waitFor({ timeout: 1000 });
    assert.ok(Date.now() - started < 1000);

    // And back to acting as oneself.
    await accountButton(a.page).click();
    await header(a.page).getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    await header(a.page)
      .getByRole('button', { name: /Jan Janssens/ })
      .click();
    await header(a.page).locator('[part="account-button"]', { hasNotText: 'namens' }).waitFor();
    await header(b.page).locator('[part="account-button"]', { hasNotText: 'namens' }).waitFor({ timeout: 1000 });

    // The API agrees: the token acts as the citizen again.
    await assertNoLeaks(a.page);
    await assertNoLeaks(b.page);

    // Sign out in B: both tabs show "Aanmelden".
    await accountButton(b.page).click();
    await header(b.page).getByRole('button', { name: 'Afmelden' }).click();
    await loginButton(a.page).waitFor({ timeout: 1000 });
    await b.page.waitForURL(`${siteA.origin}/**`);
    await loginButton(b.page).waitFor();
    // The identity provider's session ended too: signing in asks who you are again.
    await loginButton(a.page).click();
    await a.page.getByRole('button', { name: 'Jan Janssens' }).waitFor();
    assert.deepEqual([...a.errors, ...b.errors], []);
  });

  it('standalone switcher lists identities from the API and switches', async () => {
    const context = await browser();
    const w = await open(context, `${siteA.origin}/`);
    await signIn(w.page);
    await w.page.goto(`${siteA.origin}/switcher.html`);
    const switcher = w.page.locator('loket-capacity-switcher');
    const options = switcher.locator('[part="option"]');
    await options.first().waitFor();
    assert.equal(await options.count(), 2, 'Jan: himself and one association');
    assert.equal(
      await switcher
        .locator('[aria-current="true"]')
        .textContent()
        .then((t) => t?.includes('Jan Janssens')),
      true,
    );
    await switcher.getByRole('button', { name: new RegExp(HOEVE) }).click();
    await switcher.locator('[aria-current="true"]', { hasText: HOEVE }).waitFor();
    const changes = (await events(w.page)).filter((e) => e.name === 'loket-capacity-change');
    assert.equal(changes.length, 1);
    await assertNoLeaks(w.page);
  });

  it('same-site single sign-on: signed in on site A, site B shows the user signed in on load', async () => {
    const context = await browser();
    const a = await open(context, `${siteA.origin}/`);
    await signIn(a.page);
    const b = await open(context, `${siteB.origin}/`);
    await accountButton(b.page).waitFor({ timeout: 5000 });
    assert.ok(!b.requests.some((u) => u.includes('/interaction/')), 'no login page');
    assert.equal(new URL(b.page.url()).origin, siteB.origin);
  });

  it('cross-site single sign-on: site B on 127.0.0.1 signs in with one click and no credentials', async () => {
    const context = await browser();
    const a = await open(context, `${siteA.origin}/`);
    await signIn(a.page);
    const b = await open(context, `${siteCross.origin}/`);
    // Passive detection cannot see the session (third-party cookies are blocked): "Aanmelden".
    await loginButton(b.page).waitFor();
    await b.page.waitForTimeout(300);
    await loginButton(b.page).click();
    await accountButton(b.page).waitFor();
    assert.ok(!b.requests.some((u) => u.includes('/interaction/')), 'no login page, no credentials');
    assert.equal(new URL(b.page.url()).origin, siteCross.origin);
  });

  it('renews an expired access token with the refresh token', async () => {
    const context = await browser();
    const w = await open(context, `${siteA.origin}/short/`);
    await signIn(w.page);
    const token = () =>
      w.page.evaluate(() => {
        const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
        return key ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token : null;
      });
    const first = await token();
    assert.ok(first);
    await w.page.waitForFunction(
      (old) => {
        const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
        return !!key && (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token !== old;
      },
      first,
      { timeout: 15_000 },
    );
    await accountButton(w.page).waitFor();
    assert.deepEqual(w.errors, []);
  });

  it('identity provider down: the header says sign-in is unavailable, offers a retry, and the page keeps working', async () => {
    const context = await browser();
    const w = await open(context, `${siteA.origin}/down/`);
    await loginButton(w.page).click();
    await header(w.page).getByText('Aanmelden is nu niet mogelijk').waitFor();
    await header(w.page).getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
    assert.equal(new URL(w.page.url()).origin, siteA.origin);
    await header(w.page).getByRole('link', { name: 'Over de gemeente' }).waitFor();
    assert.deepEqual(w.errors, []);
  });

  it('the sign-in code cannot load (CDN down): unavailable with a retry, no uncaught error; the retry signs in once it loads', async () => {
    const context = await browser();
    let blocked = true;
    await context.route(/\/chunks\/(session|oidc)-[\w-]+\.js$/, (route) => (blocked ? route.abort() : route.fallback()));
    const w = await open(context, `${siteA.origin}/`);
    await header(w.page).getByText('Aanmelden is nu niet mogelijk').waitFor();
    await header(w.page).getByRole('link', { name: 'Over de gemeente' }).waitFor();
    assert.deepEqual(w.errors, []);
    blocked = false;
    await header(w.page).getByRole('button', { name: 'Opnieuw proberen' }).click();
    await w.page.getByRole('button', { name: 'Jan Janssens' }).click();
    await accountButton(w.page).waitFor();
    assert.deepEqual(w.errors, []);
  });

  it('a stale or forged callback gives a clean message, never a crash', async () => {
    const context = await browser();
    const w = await open(context, `${siteA.origin}/?code=forged&state=nonsense`);
    await header(w.page).getByText('Aanmelden is niet gelukt').waitFor();
    await loginButton(w.page).waitFor();
    assert.equal(new URL(w.page.url()).search, '');
    assert.deepEqual(w.errors, []);
  });

  async function switchTo(page: Page, name: RegExp): Promise<void> {
    await accountButton(page).click();
    await header(page).getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    await header(page).getByRole('button', { name }).click();
  }

  const prefill = (page: Page) => page.evaluate('window.loket.session.prefill()');

  it('prefill: the active association’s register basics exactly as GET /api/associations/{vCode} holds them; null as citizen; off without the opt-in', async () => {
    const context = await browser();
    const w = await open(context, `${siteA.origin}/prefill/`);
    await signIn(w.page);
    assert.equal(await prefill(w.page), null, 'acting as a citizen: nothing to prefill');

    await switchTo(w.page, new RegExp(HOEVE));
    await header(w.page).getByText(`namens ${HOEVE}`).first().waitFor();
    const got = (await prefill(w.page)) as Record<string, unknown>;

    // The register itself, read in Node with a token acting for the association (as the backend's tests do).
    const { tokens } = await signInOverHttp(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' });
    const direct = await api(backend, '/api/associations/V0001234', tokens.access_token);
    assert.equal(direct.status, 200);
    type Locatie = { locatietype: string; isPrimair: boolean; adres: Record<string, string | null> };
    const r = (direct.body as { vereniging: Record<string, unknown> }).vereniging;
    const locaties = r.locaties as Locatie[];
    const main = locaties.find((l) => l.isPrimair && l.locatietype !== 'Activiteiten');
    assert.ok(main, 'the fixture has a primary postal address');
    assert.deepEqual(got, {
      vCode: 'V0001234',
      naam: r.naam,
      verenigingstype: r.verenigingstype,
      hoofdadres: {
        straat: main.adres.straatnaam,
        huisnummer: main.adres.huisnummer,
        busnummer: main.adres.busnummer,
        postcode: main.adres.postcode,
        gemeente: main.adres.gemeente,
      },
      email: (r.contactgegevens as { contactgegeventype: string; waarde: string; isPrimair: boolean }[]).find(
        (c) => c.contactgegeventype === 'E-mail' && c.isPrimair,
      )!.waarde,
    });
    assert.equal(got.naam, HOEVE);
    // Nothing personal: no INSZ, no representative's name or contact data.
    const json = JSON.stringify(got);
    for (const insz of INSZ) assert.ok(!json.includes(insz));
    const representatives = (r.vertegenwoordigers as Record<string, unknown>[])
      .flatMap((x) => Object.values(x))
      .filter((x): x is string => typeof x === 'string' && x.length > 3);
    assert.ok(representatives.length > 0);
    for (const value of representatives) assert.ok(!json.includes(value), `representative data in prefill: ${value}`);

    // Signed out: null again.
    await accountButton(w.page).click();
    await header(w.page).getByRole('button', { name: 'Afmelden' }).click();
    await w.page.waitForURL(`${siteA.origin}/**`);
    await loginButton(w.page).waitFor();
    assert.equal(await prefill(w.page), null);
    await assertNoLeaks(w.page);
    assert.deepEqual(w.errors, []);

    // Without `auth.prefill: true` the call says how to opt in.
    const off = await open(await browser(), `${siteA.origin}/`);
    await loginButton(off.page).waitFor();
    await assert.rejects(prefill(off.page), /auth\.prefill: true/);
    assert.deepEqual(off.errors, []);
  });

  it('renewal fails (the identity provider is gone and the token expires): every tab is signed out with a message', async () => {
    const dying = await startMockBackend({
      port: 0,
      origins: [siteA.origin],
      quiet: true,
      accessTokenTtlSeconds: 8,
      auditLogPath: join(tmpdir(), `loket-e2e-audit-dying-${process.pid}.log`),
    });
    try {
      configsA.dying = config(auth(dying));
      const context = await browser();
      const a = await open(context, `${siteA.origin}/dying/`);
      await signIn(a.page);
      const b = await open(context, `${siteA.origin}/dying/`);
      await accountButton(b.page).waitFor({ timeout: 3000 });
      await dying.close();
      for (const w of [a, b]) {
        await loginButton(w.page).waitFor({ timeout: 40_000 });
        await header(w.page).getByText('Uw sessie is verlopen. Meld opnieuw aan.').waitFor({ timeout: 2000 });
        await assertNoLeaks(w.page);
        assert.equal(
          await w.page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user:')).length),
          0,
        );
      }
      assert.deepEqual([...a.errors, ...b.errors], []);
    } finally {
      await dying.close().catch(() => undefined);
    }
  });

  it('identity provider slow: sign-in is unavailable with a retry, and the retry works once it answers again', async () => {
    const proxy = await startSlowProxy(Number(new URL(backend.issuer).port));
    try {
      configsA.slow = config({
        authority: `http://localhost:${proxy.port}`,
        clientId: 'loket-demo',
        apiBase: `${backend.issuer}/api`,
      });
      const context = await browser();
      const w = await open(context, `${siteA.origin}/slow/`);
      await loginButton(w.page).click();
      await header(w.page).getByText('Aanmelden is nu niet mogelijk').waitFor({ timeout: 20_000 });
      assert.equal(new URL(w.page.url()).origin, siteA.origin, 'no redirect');
      proxy.setSlow(false);
      await header(w.page).getByRole('button', { name: 'Opnieuw proberen' }).click();
      await w.page.getByRole('button', { name: 'Jan Janssens' }).click();
      await accountButton(w.page).waitFor();
      await assertNoLeaks(w.page);
      assert.deepEqual(w.errors, []);
    } finally {
      await proxy.close();
    }
  });

  it('refuses to sign in from a non-secure origin other than localhost: a clear message, no redirect', async () => {
    const context = await browser([`--host-resolver-rules=MAP demo.test 127.0.0.1`]);
    const w = await open(context, `http://demo.test:${siteA.port}/`);
    assert.equal(await w.page.evaluate(() => window.isSecureContext), false);
    await loginButton(w.page).click();
    await header(w.page).getByText('Aanmelden kan alleen op een beveiligde (https) website.').waitFor();
    assert.equal(
      await header(w.page)
        .getByRole('button', { name: /Aanmelden|Opnieuw proberen/ })
        .count(),
      0,
    );
    await w.page.waitForTimeout(500);
    assert.equal(new URL(w.page.url()).host, `demo.test:${siteA.port}`, 'no redirect');
    assert.ok(!w.requests.some((u) => u.startsWith(backend.issuer)), 'the identity provider is never contacted');
    assert.ok(
      w.console.some((m) => /not served over https/.test(m)),
      'the console says why',
    );
    await assertNoLeaks(w.page);
    assert.deepEqual(w.errors, []);
  });
});
