import { expect, fixture, html } from '@open-wc/testing';
import '../embed.js';
import { hostProfileFromPage } from '../api.js';
import type { LoketHeaderComponent } from '../components/header/header.component.js';
import { pageRuntime } from './page.js';
import { cleanProfile } from './host-session.js';
import { pageSession } from '../session/facade.js';
import { FIXTURES, axeViolations, captureConsole, resetConfig, until } from '../../test/helpers.js';

const INSZ = '85073003328';
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function header(): Promise<LoketHeaderComponent> {
  const el = await fixture<LoketHeaderComponent>(
    html`<loket-header config=${`${FIXTURES}/voorbeeld.config.json`}></loket-header>`,
  );
  await until(() => !!$(el, '.bar'), 'the header');
  await el.updateComplete;
  return el;
}

describe('host-managed session (loket.useHostSession, data-loket-profile)', () => {
  beforeEach(() => resetConfig());

  it('shows the profile without auth configuration, and loads no sign-in code', async () => {
    const el = await header();
    const ok = await window.loket!.useHostSession({
      active: true,
      logoutUrl: '/afmelden',
      idpData: {
        user: { firstName: 'An', name: 'Peeters' },
        activeIdentity: { onBehalfOf: { code: 'EA', name: 'Bakkerij Peeters', identifier: '0428315871' } },
      },
    });
    expect(ok).to.equal(true);
    await el.updateComplete;
    expect(text($(el, '[part="account-button"]')))
      .to.contain('An')
      .and.to.contain('Bakkerij Peeters');
    expect(window.loket!.session.capacity).to.deep.equal({ type: 'EA', code: '0428315871', name: 'Bakkerij Peeters' });
    expect(await pageRuntime().session.getAccessToken(), 'tokens stay on the host').to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.filter((n) => /session\/(oidc|index)|oidc-client/.test(n))).to.deep.equal([]);

    // Later calls update the same session; null gives the page its own sign-in back.
    expect(await window.loket!.useHostSession({ active: false, loginUrl: '/aanmelden' })).to.equal(true);
    await el.updateComplete;
    expect($(el, '[part="login-button"]')).not.to.equal(null);
    expect(await window.loket!.useHostSession(null)).to.equal(true);
    expect(pageRuntime().session).to.equal(pageSession);
  });

  it('<script type="application/json" data-loket-profile> gives the session from the page itself', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.loketProfile = '';
    script.textContent = JSON.stringify({ active: true, idpData: { user: { firstName: 'Jan', name: 'Janssens' } } });
    document.body.append(script);
    try {
      hostProfileFromPage();
      const el = await header();
      await until(() => text($(el, '[part="account-button"]')).includes('Jan'), 'the profile');
    } finally {
      script.remove();
    }
    const bad = document.createElement('script');
    bad.type = 'application/json';
    bad.dataset.loketProfile = '';
    bad.textContent = '{ not json';
    document.body.append(bad);
    const out = captureConsole();
    try {
      hostProfileFromPage();
    } finally {
      out.restore();
      bad.remove();
    }
    expect(out.errors.join()).to.contain('data-loket-profile');
  });

  it('never keeps a national register number, whatever field the host puts it in', () => {
    const { profile, problems } = cleanProfile({
      active: true,
      rrn: INSZ,
      loginUrl: 'javascript:alert(1)',
      idpData: {
        user: { firstName: 'Jan', name: 'Janssens', insz: INSZ, ssin: INSZ },
        activeIdentity: { onBehalfOf: { code: 'BUR', firstName: 'Jan', name: 'Janssens', identifier: INSZ } },
        identities: [
          { onBehalfOf: { code: 'EA', name: 'Eenmanszaak Jan', identifier: INSZ } },
          { onBehalfOf: { code: 'LB', name: 'Gemeente X' } },
        ],
      },
    });
    expect(JSON.stringify(profile)).not.to.contain(INSZ);
    expect(profile.capacity).to.deep.equal({ type: 'BUR', code: null, name: 'Jan Janssens' });
    expect(profile.loginUrl).to.equal(null);
    expect(problems.join()).to.contain('loginUrl').and.to.contain('"LB"');
  });
});
