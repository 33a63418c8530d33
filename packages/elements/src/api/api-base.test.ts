import { expect, fixture, html } from '@open-wc/testing';
import '../components/capacity-switcher/capacity-switcher.js';
import '../components/dossiers/dossiers.js';
import { prefill } from '../session/prefill.js';
import { BackendSession } from '../../test/backend-session.js';
import { configure, provideSession, resetConfig, until } from '../../test/helpers.js';

// A representative of Speelpleinwerking Hoeve vzw, acting for it (packages/mock-backend/src/data/fixtures.ts).
const HOEVE = { persona: 'p02', cap: 'VER', code: 'V0001234' } as const;

const shadow = (el: Element | null, sel: string) => [...(el?.shadowRoot?.querySelectorAll(sel) ?? [])];

/**
 * Every call loket makes (identities, dossiers, association basics) follows one reading of
 * `auth.apiBase`, against the real mock backend: the ways a webmaster may write the backend's
 * address all reach it, and never half of the calls only.
 */
describe('auth.apiBase: one meaning for every call', function () {
  this.timeout(30_000);
  let session: BackendSession;
  let origin: string;

  before(async () => {
    session = await BackendSession.as(HOEVE);
    origin = new URL(session.apiBase!).origin;
    session.apiBase = null; // the API base comes from the configuration, spelled as each case says
  });
  beforeEach(() => {
    resetConfig();
  });

  const spellings: [string, (origin: string) => string][] = [
    ['the backend’s origin', (o) => o],
    ['the origin with a trailing slash', (o) => `${o}/`],
    ['the origin + /api', (o) => `${o}/api`],
    ['the origin + /api/', (o) => `${o}/api/`],
  ];
  for (const [what, apiBase] of spellings) {
    it(`${what}: the switcher lists the identities, the widget the dossiers, prefill the association`, async () => {
      // The host's own session, and the configuration that opts in to prefill with this API base.
      provideSession(session);
      configure({ auth: { authority: origin, clientId: 'loket-demo', apiBase: apiBase(origin), prefill: true } });
      const page = await fixture(
        html`<div>
          <loket-capacity-switcher></loket-capacity-switcher>
          <loket-dossiers page-size="5"></loket-dossiers>
        </div>`,
      );
      const switcher = page.querySelector('loket-capacity-switcher');
      const dossiers = page.querySelector('loket-dossiers');
      const settled = () =>
        shadow(switcher, '[part="option"], .error').length > 0 && shadow(dossiers, '.dossier, .message.error').length > 0;
      await until(settled, 'both elements loaded or failed', 20_000);

      expect(shadow(switcher, '.error'), 'switcher error').to.have.length(0);
      expect(shadow(switcher, '[part="option"]').map((o) => o.textContent)).to.satisfy((names: string[]) =>
        names.some((n) => n.includes('Speelpleinwerking Hoeve vzw')),
      );
      expect(shadow(dossiers, '.message.error'), 'dossier widget error').to.have.length(0);
      expect(shadow(dossiers, '.dossier')).to.have.length(5);
      expect((await prefill())?.vCode).to.equal('V0001234');
    });
  }
});
