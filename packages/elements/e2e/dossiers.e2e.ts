/**
 * The dossier widget end to end: the built CDN bundle (the widget as its lazy chunk) in Debian's
 * Chromium, signed in through the header against the real mock backend. What the widget shows is
 * compared with what the backend's API answers for the same identity.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { MockBackend } from '../../mock-backend/src/index.ts';
import { RP_ORIGIN, api, signIn as nodeSignIn, startTestBackend } from '../../mock-backend/test/helpers.ts';
import { ensureBuilt, startSite, type Site } from './server.ts';
import { launchChromium } from '../../../scripts/chromium.mjs';

const HOEVE = 'Speelpleinwerking Hoeve vzw';

interface Page1 {
  items: { id: string; title: string }[];
  total: number;
  counts: { open: number; closed: number; actionRequired: number };
}

describe('dossier widget (e2e)', { timeout: 240_000 }, () => {
  let backend: MockBackend;
  let site: Site;
  let context: BrowserContext;
  const configs: Record<string, unknown> = {};
  /** Access tokens obtained from Node, to ask the backend what it holds for each identity. */
  const tokens: Record<string, string> = {};

  before(async () => {
    ensureBuilt();
    site = await startSite('localhost', configs);
    backend = await startTestBackend({ origins: [site.origin, RP_ORIGIN] });
    configs['default'] = {
      municipality: { name: 'Testgemeente', homeUrl: '/' },
      auth: { authority: backend.issuer, clientId: 'loket-demo', apiBase: `${backend.issuer}/api` },
    };
    tokens['citizen'] = (await nodeSignIn(backend, 'p02')).tokens.access_token;
    tokens['hoeve'] = (await nodeSignIn(backend, 'p02', { cap_hint: 'VER', code_hint: 'V0001234' })).tokens.access_token;
    context = await launchChromium({ profilePrefix: 'loket-e2e-dossiers-', viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await Promise.all([backend?.close(), site?.close()]);
  });

  const held = async (who: string, query: string): Promise<Page1> => {
    const r = await api(backend, `/api/dossiers?${query}`, tokens[who]);
    assert.equal(r.status, 200);
    return r.body as Page1;
  };
  const widget = (page: Page) => page.locator('loket-dossiers');
  const header = (page: Page) => page.locator('loket-header');
  /** The dossier ids the widget shows, from the links to the source systems. */
  const shownIds = (page: Page) =>
    widget(page)
      .locator('.dossier h3 a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href.split('/').pop()!));
  const countText = (page: Page) => widget(page).locator('.count').textContent();
  const settled = (page: Page) => widget(page).locator('ol.list[aria-busy="false"]').waitFor();

  async function switchTo(page: Page, name: RegExp): Promise<void> {
    await header(page).locator('[part="account-button"]').click();
    await header(page).getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    await header(page).getByRole('button', { name }).click();
  }

  it('signed out it invites to sign in; signed in as an association representative it shows only that vCode’s dossiers', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/dossiers.html`);
    await widget(page).getByText('Meld u aan om de stand van uw dossiers te zien.').waitFor();
    assert.ok(
      requests.some((u) => /\/chunks\/dossiers-/.test(u)),
      'the widget came as its own chunk',
    );
    assert.ok(!requests.some((u) => u.includes('/api/dossiers')), 'no API call while signed out');

    // Sign in from the widget's own button, as Jan, then act for his association.
    await widget(page).getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('button', { name: 'Jan Janssens' }).click();
    await header(page).locator('[part="account-button"]').waitFor();
    await switchTo(page, new RegExp(HOEVE));
    await widget(page).getByRole('button', { name: 'Alle (100)' }).waitFor();
    await settled(page);

    const expected = await held('hoeve', 'pageSize=10');
    assert.deepEqual(
      await shownIds(page),
      expected.items.map((d) => d.id),
    );
    assert.equal(await countText(page), `10 van ${expected.total} dossiers`);
    const counts = expected.counts;
    await widget(page)
      .getByRole('button', { name: `Lopend (${counts.open})` })
      .waitFor();
    await widget(page)
      .getByRole('button', { name: `Afgesloten (${counts.closed})` })
      .waitFor();
    await widget(page)
      .getByRole('button', { name: `Actie nodig (${counts.actionRequired})` })
      .waitFor();

    // Filters, search and paging return what the backend holds.
    await widget(page)
      .getByRole('button', { name: /^Afgesloten/ })
      .click();
    await widget(page).getByText(`10 van ${counts.closed} dossiers`, { exact: true }).waitFor();
    assert.deepEqual(
      await shownIds(page),
      (await held('hoeve', 'status=closed&pageSize=10')).items.map((d) => d.id),
    );

    await widget(page).getByRole('button', { name: /^Alle/ }).click();
    await widget(page).getByLabel('Zoeken in uw dossiers').fill('jaarrekening');
    await widget(page).getByLabel('Zoeken in uw dossiers').press('Enter');
    const search = await held('hoeve', 'q=jaarrekening&pageSize=10');
    await widget(page)
      .getByText(`${Math.min(10, search.total)} van ${search.total} dossiers`, { exact: true })
      .waitFor();
    assert.deepEqual(
      await shownIds(page),
      search.items.map((d) => d.id),
    );
    await widget(page).getByLabel('Zoeken in uw dossiers').fill('');
    await widget(page).getByLabel('Zoeken in uw dossiers').press('Enter');
    await widget(page).getByText(`10 van 100 dossiers`, { exact: true }).waitFor();

    await widget(page).getByRole('button', { name: 'Meer laden' }).click();
    await widget(page).getByText('20 van 100 dossiers', { exact: true }).waitFor();
    const two = await held('hoeve', 'pageSize=10&page=2');
    assert.deepEqual(
      (await shownIds(page)).slice(10),
      two.items.map((d) => d.id),
    );

    // History on demand.
    await widget(page).locator('[part="toggle"]').first().click();
    await widget(page).locator('.timeline li').first().waitFor();
    const detail = await api(backend, `/api/dossiers/${expected.items[0]!.id}`, tokens['hoeve']);
    const steps = (detail.body as { history: unknown[] }).history.length;
    assert.equal(await widget(page).locator('.timeline li').count(), steps);

    // Switch capacity: the list follows the new identity.
    await switchTo(page, /Jan Janssens/);
    const citizen = await held('citizen', 'pageSize=10');
    await widget(page)
      .getByRole('button', { name: `Alle (${citizen.total})` })
      .waitFor();
    await settled(page);
    assert.deepEqual(
      await shownIds(page),
      citizen.items.map((d) => d.id),
    );
    assert.equal(await widget(page).locator('.timeline').count(), 0, 'the previous identity’s history is gone');
    assert.deepEqual(errors, []);
  });

  it('alone on a page (no header) it starts the session from its own configuration', async (t) => {
    // A browser of its own: the first test's tab would otherwise share its session with this one.
    const own = await launchChromium({ profilePrefix: 'loket-e2e-dossiers-' });
    t.after(() => own.close().catch(() => undefined));
    const page = await own.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/default/dossiers-alone.html`);
    await widget(page).getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('button', { name: 'Jan Janssens' }).click();
    await page.waitForURL(`${site.origin}/**`);
    const closed = await held('citizen', 'status=closed&pageSize=5');
    await widget(page)
      .getByRole('button', { name: `Afgesloten (${closed.counts.closed})`, pressed: true })
      .waitFor();
    await settled(page);
    assert.deepEqual(
      await shownIds(page),
      closed.items.map((d) => d.id),
    );
    assert.deepEqual(errors, []);
  });
});
