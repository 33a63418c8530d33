/**
 * <loket-association> end to end: the built CDN bundle (the element as its lazy chunk) in Debian's
 * Chromium, signed in through the real identity provider of the mock backend. A representative
 * changes the association's e-mail address and every reader sees it at once (prefill, once-only);
 * a second tab that edits the version it showed gets the conflict message and loses nothing; a
 * citizen gets no edit controls and the API refuses them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { MockBackend } from '../../mock-backend/src/index.ts';
import { RP_ORIGIN, api, signIn as nodeSignIn, startTestBackend } from '../../mock-backend/test/helpers.ts';
import { ensureBuilt, startSite, type Site } from './server.ts';
import { launchChromium } from '../../../scripts/chromium.mjs';

const TONEELKRING = 'Toneelkring De Schelde';
const VCODE = 'V0001003';

interface Contact {
  contactgegevenId: number;
  contactgegeventype: string;
  waarde: string;
  isPrimair: boolean;
}

describe('association record (e2e)', { timeout: 240_000 }, () => {
  let backend: MockBackend;
  let site: Site;
  let context: BrowserContext;
  const configs: Record<string, unknown> = {};
  let elsToken = '';
  let elsCitizenToken = '';

  before(async () => {
    ensureBuilt();
    site = await startSite('localhost', configs);
    backend = await startTestBackend({ origins: [site.origin, RP_ORIGIN] });
    configs['default'] = {
      municipality: { name: 'Testgemeente', homeUrl: '/' },
      auth: { authority: backend.issuer, clientId: 'loket-demo', apiBase: `${backend.issuer}/api`, prefill: true },
    };
    elsToken = (await nodeSignIn(backend, 'p03', { cap_hint: 'VER', code_hint: VCODE })).tokens.access_token;
    elsCitizenToken = (await nodeSignIn(backend, 'p03')).tokens.access_token;
    context = await launchChromium({ profilePrefix: 'loket-e2e-association-', viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await Promise.all([backend?.close(), site?.close()]);
  });

  const element = (page: Page) => page.locator('loket-association');
  const prefill = (page: Page) => page.evaluate('window.loket.session.prefill()') as Promise<{ email: string | null } | null>;
  /** The association's primary e-mail as the register holds it, read in Node. */
  const registered = async () => {
    const r = await api(backend, `/api/associations/${VCODE}`, elsToken);
    assert.equal(r.status, 200);
    const contacts = (r.body as { vereniging: { contactgegevens: Contact[] } }).vereniging.contactgegevens;
    return contacts.find((c) => c.contactgegeventype === 'E-mail' && c.isPrimair)!;
  };
  const emailItem = (page: Page) =>
    element(page)
      .locator('[aria-labelledby="contactgegevens-heading"] .item')
      .filter({ hasText: /^\s*E-mail/ })
      .first();

  /**
   * Opens the page in another tab: the session is shared between tabs (cross-tab sync, or the
   * identity provider's session), so it may be signed in at once; otherwise sign in as Els.
   */
  async function openSignedIn(page: Page): Promise<void> {
    await page.goto(`${site.origin}/association.html`);
    const signIn = element(page).getByRole('button', { name: 'Aanmelden' });
    const ready = element(page).locator('.section, loket-capacity-switcher').first();
    await Promise.race([signIn.waitFor(), ready.waitFor()]);
    if (!(await ready.isVisible().catch(() => false))) {
      await signIn.click();
      const person = page.getByRole('button', { name: 'Els Maes' });
      await Promise.race([person.waitFor(), ready.waitFor()]);
      if (await person.isVisible().catch(() => false)) await person.click();
      await ready.waitFor();
    }
  }

  it('a representative changes the e-mail address in the element; prefill sees it at once; a second tab’s stale edit gets the conflict message and loses nothing', async () => {
    const a = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    a.on('pageerror', (e) => errors.push(e.message));
    a.on('request', (r) => requests.push(r.url()));
    await a.goto(`${site.origin}/association.html`);
    await element(a).getByText('Meld u aan als vertegenwoordiger van uw vereniging').waitFor();
    assert.ok(
      requests.some((u) => /\/chunks\/association-/.test(u)),
      'the element came as its own chunk',
    );
    assert.ok(!requests.some((u) => u.includes('/api/associations')), 'no register call while signed out');

    // Sign in from the element, as Els (a citizen first): the element invites to switch, with the switcher inline.
    await element(a).getByRole('button', { name: 'Aanmelden' }).click();
    await a.getByRole('button', { name: 'Els Maes' }).click();
    await element(a).getByText('Kies hieronder de vereniging waarvoor u optreedt').waitFor();
    assert.equal(await element(a).locator('[part="edit-button"]').count(), 0, 'no edit controls as a citizen');
    await element(a)
      .locator('loket-capacity-switcher')
      .getByRole('button', { name: new RegExp(TONEELKRING) })
      .click();
    await emailItem(a).waitFor();

    const before = await registered();
    assert.equal((await prefill(a))?.email, before.waarde, 'prefill before the change');

    // Keyboard only: the item's "Wijzigen", the e-mail field, Enter.
    await emailItem(a)
      .getByRole('button', { name: /^Wijzigen/ })
      .focus();
    await a.keyboard.press('Enter');
    const field = element(a).locator('#f-waarde');
    await field.waitFor();
    await a.keyboard.press('Tab');
    assert.equal(await field.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), true);
    const first = `bestuur-${Date.now()}@toneelkring.example`;
    await field.fill(first);
    await a.keyboard.press('Enter');
    await element(a).getByRole('status').getByText('Het contactgegeven is opgeslagen.').waitFor();

    // Once-only: every reader sees it at once.
    assert.equal((await registered()).waarde, first, 'the register holds it');
    assert.equal((await prefill(a))?.email, first, 'prefill sees it');
    const events = await a.evaluate(() => (window as unknown as { loketEvents: { name: string; detail: string }[] }).loketEvents);
    assert.deepEqual(
      events.filter((e) => e.name === 'loket-association-change').map((e) => JSON.parse(e.detail) as unknown),
      [{ vCode: VCODE, section: 'contactgegevens', action: 'gewijzigd' }],
    );

    // A second tab shows the record and opens the same form; the first tab changes it again meanwhile.
    const b = await context.newPage();
    b.on('pageerror', (e) => errors.push(e.message));
    await openSignedIn(b);
    if (
      await element(b)
        .locator('loket-capacity-switcher')
        .isVisible()
        .catch(() => false)
    )
      await element(b)
        .locator('loket-capacity-switcher')
        .getByRole('button', { name: new RegExp(TONEELKRING) })
        .click();
    await emailItem(b)
      .getByRole('button', { name: /^Wijzigen/ })
      .click();
    const fieldB = element(b).locator('#f-waarde');
    await fieldB.waitFor();

    await emailItem(a)
      .getByRole('button', { name: /^Wijzigen/ })
      .click();
    const second = `secretariaat-${Date.now()}@toneelkring.example`;
    await field.fill(second);
    await field.press('Enter');
    await element(a).getByRole('status').getByText('Het contactgegeven is opgeslagen.').waitFor();

    // The second tab saves on the version it showed: refused, nothing lost, the current value shown.
    const mine = `voorzitter-${Date.now()}@toneelkring.example`;
    await fieldB.fill(mine);
    await fieldB.press('Enter');
    const conflict = element(b).getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' });
    await conflict.waitFor();
    assert.equal(await fieldB.inputValue(), mine, 'what the second tab typed is still there');
    await element(b).getByText(`Nu in het register: ${second}`).waitFor();
    assert.equal((await registered()).waarde, second, 'the stale edit overwrote nothing');

    // Re-applied on purpose, on the current version.
    await element(b).getByRole('button', { name: 'Opnieuw opslaan' }).click();
    await element(b).getByRole('status').getByText('Het contactgegeven is opgeslagen.').waitFor();
    assert.equal((await registered()).waarde, mine);
    assert.equal((await prefill(a))?.email, mine, 'prefill in the first tab sees the second tab’s change');
    assert.deepEqual(errors, []);
  });

  it('acting as a citizen the element offers no edit controls, and the API refuses a change from that token (403)', async () => {
    // The identity provider's session still acts for the association: a fresh browser signs in as a citizen.
    const own = await launchChromium({ profilePrefix: 'loket-e2e-association-' });
    try {
      const page = await own.newPage();
      await page.goto(`${site.origin}/association.html`);
      await element(page).getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('button', { name: 'Anna Peeters' }).click();
      await element(page).getByText('U vertegenwoordigt geen vereniging in het Verenigingsregister.').waitFor();
      assert.equal(await element(page).locator('[part="edit-button"], form').count(), 0);
    } finally {
      await own.close().catch(() => undefined);
    }
    const { etag } = await (async () => {
      const r = await api(backend, `/api/associations/${VCODE}`, elsToken);
      return { etag: r.headers.get('etag')! };
    })();
    const refused = await api(backend, `/api/associations/${VCODE}/contactgegevens/1`, elsCitizenToken, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ beschrijving: 'als burger' }),
    });
    assert.equal(refused.status, 403, 'the same person acting as a citizen may not change the association');
  });
});
