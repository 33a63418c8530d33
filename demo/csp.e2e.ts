/**
 * The demo under a strict Content-Security-Policy with Trusted Types enforced: no inline script or
 * style, no string-to-script sinks. Sign-in, capacity switch and the dossier widget must work with
 * zero `securitypolicyviolation` events and no console errors.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { startSitesWithBackend, type Started } from './e2e-kit.ts';
import { launchChromium } from '../scripts/chromium.mjs';

const HOEVE = 'Speelpleinwerking Hoeve vzw';
const SITE = 'gemeente-voorbeeld';

/** The policy a careful municipality would send, with the identity provider/API origin added. */
export function strictCsp(backendUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${backendUrl}`,
    // oidc-client-ts signs in silently in a hidden iframe: it opens at the identity provider and
    // ends on the site's own redirect URI, so both origins are needed.
    `frame-src 'self' ${backendUrl}`,
    `form-action 'self' ${backendUrl}`,
    "base-uri 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

describe('demo under a strict CSP with Trusted Types', { timeout: 120_000 }, () => {
  let backend: Started;
  let demo: Started;
  let running: Awaited<ReturnType<typeof startSitesWithBackend>> | undefined;
  let context: BrowserContext;

  before(async () => {
    running = await startSitesWithBackend([SITE], (url) => ({ 'content-security-policy': strictCsp(url) }));
    backend = running.backend;
    demo = running.sites[SITE]!;
    context = await launchChromium({ profilePrefix: 'loket-csp-', viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await running?.close();
  });

  it('header and footer render, sign-in, capacity switch and dossiers work with 0 violations and no console errors', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('console', (m) => {
      // The identity provider's own login page has no favicon; that is not the site's console.
      if (m.type() === 'error' && m.location().url !== `${backend.url}/favicon.ico`)
        errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    // Collected per document (the sign-in round trip reloads the page), kept in sessionStorage.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const seen = JSON.parse(sessionStorage.getItem('__csp') ?? '[]') as string[];
        seen.push(`${location.origin} ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
        sessionStorage.setItem('__csp', JSON.stringify(seen));
      });
    });
    const violations = async () => page.evaluate(() => JSON.parse(sessionStorage.getItem('__csp') ?? '[]') as string[]);

    const response = await page.goto(`${demo.url}/mijn-dossiers`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    const header = page.locator('loket-header');
    const widget = page.locator('loket-dossiers');
    await header.locator('.name', { hasText: 'Gemeente Voorbeeld' }).waitFor();
    await page.locator('loket-footer [part="contact"]').waitFor();
    await widget.getByText('Meld u aan om de stand van uw dossiers te zien.').waitFor();

    await header.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByRole('button', { name: 'Jan Janssens' }).click();
    await page.waitForURL(`${demo.url}/**`);
    await header.locator('[part="account-button"]').waitFor();

    await header.locator('[part="account-button"]').click();
    await header.getByRole('button', { name: 'Wissel van hoedanigheid' }).click();
    await header.getByRole('button', { name: new RegExp(HOEVE) }).click();
    await header.getByText(`namens ${HOEVE}`).first().waitFor();

    await widget.locator('ol.list[aria-busy="false"]').waitFor();
    await widget.locator('.dossier h3 a').first().waitFor();
    assert.ok((await widget.locator('.dossier').count()) > 0, 'the widget shows rows');
    // History on demand renders too (a second template path under the policy).
    await widget.locator('[part="toggle"]').first().click();
    await widget.locator('.timeline li').first().waitFor();

    await page.waitForTimeout(300); // late violations are reported asynchronously
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
  });
});
