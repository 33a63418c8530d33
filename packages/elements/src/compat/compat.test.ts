import { expect, fixture, html } from '@open-wc/testing';
import type { GlobalHeaderClient, ProfileConfig } from '@govflanders/vl-widget-global-header-types';
import type { GlobalFooterClient } from '@govflanders/vl-widget-global-footer-types';
import { queuedClients, installCompat } from './loader.js';
import type { LoketHeaderComponent } from '../components/header/header.component.js';
import type { LoketFooterComponent } from '../components/footer/footer.component.js';
import { checkTheme } from '../theme/contrast.js';
import { presets } from '../theme/generated/presets.js';
import { FIXTURES, axeViolations, captureConsole, resetConfig, until } from '../../test/helpers.js';

const CONFIG = `${FIXTURES}/voorbeeld.config.json`;
const INSZ = '85073003328';
const load = () => import('./client.js');

const errors: unknown[] = [];
window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(e.reason));

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const JAN: Partial<ProfileConfig> = {
  active: true,
  loginUrl: '/aanmelden',
  logoutUrl: '/afmelden',
  switchCapacityUrl: '/wissel',
  idpData: { user: { firstName: 'Jan', name: 'Janssens' } },
};

/** Fresh clients (as the loader makes them) with the header mounted in a container. */
async function mounted(): Promise<{ header: GlobalHeaderClient; footer: GlobalFooterClient; el: LoketHeaderComponent }> {
  const clients = queuedClients({ config: CONFIG, load });
  const spot = await fixture<HTMLDivElement>(html`<div></div>`);
  expect(await clients.header.mount(spot)).to.equal(true);
  const el = spot.querySelector<LoketHeaderComponent>('loket-header')!;
  await until(() => !!$(el, '.bar'), 'the header to render');
  await el.updateComplete;
  return { ...clients, el };
}

describe('loket-compat: globalHeaderClient', () => {
  let clients: { header: GlobalHeaderClient; footer: GlobalFooterClient } | undefined;
  beforeEach(() => {
    resetConfig();
    document.documentElement.lang = 'nl';
  });
  afterEach(async () => {
    await clients?.header.unmount();
    await clients?.footer.unmount();
    clients = undefined;
  });

  it('defines both clients at once and runs calls made before loket loaded in their order', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const installedClients = installCompat({ config: CONFIG, load: () => gate.then(load) });
    clients = installedClients;
    expect(window.globalHeaderClient).to.equal(installedClients.header);
    expect(window.globalFooterClient).to.equal(installedClients.footer);
    // A second copy of the script keeps the first clients.
    expect(installCompat({ config: CONFIG, load }).header).to.equal(installedClients.header);

    const spot = await fixture<HTMLDivElement>(html`<div></div>`);
    const order: string[] = [];
    const h = window.globalHeaderClient;
    const calls = [
      h.mount(spot).then((r) => (order.push('mount'), r)),
      h.accessMenu.setProfile(JAN).then((r) => (order.push('setProfile'), r)),
      h.branding.setHost({ label: 'Gemeente Compat', href: '/' }).then((r) => (order.push('setHost'), r)),
      h.setNavigationEnabled(true).then((r) => (order.push('setNavigationEnabled'), r)),
    ];
    await new Promise((r) => setTimeout(r, 50));
    expect(order, 'nothing runs before loket is there').to.deep.equal([]);
    release();
    expect(await Promise.all(calls)).to.deep.equal([true, true, true, true]);
    expect(order).to.deep.equal(['mount', 'setProfile', 'setHost', 'setNavigationEnabled']);
    const el = spot.querySelector<LoketHeaderComponent>('loket-header')!;
    await until(() => text($(el, '[part="account-button"]')).includes('Jan'), 'the profile in the header');
    expect(text($(el, '.home .name'))).to.equal('Gemeente Compat');
  });

  it('accessMenu.setProfile / getProfile: a host session, no national register number anywhere, no sign-in code loaded', async () => {
    const c = (clients = await mounted());
    const changes: string[] = [];
    document.addEventListener('loket-session-change', (e) => changes.push(JSON.stringify(e.detail)));
    const withInsz = {
      ...JAN,
      insz: INSZ,
      idpData: {
        user: { firstName: 'Jan', name: 'Janssens', rrn: INSZ },
        activeIdentity: { onBehalfOf: { code: 'VER', name: 'Speelpleinwerking Hoeve vzw', identifier: 'V0001234' } },
        identities: [
          { onBehalfOf: { code: 'BUR', firstName: 'Jan', name: 'Janssens', identifier: INSZ } },
          { onBehalfOf: { code: 'VER', name: 'Speelpleinwerking Hoeve vzw', identifier: 'V0001234' } },
        ],
      },
    } as unknown as ProfileConfig;
    expect(await c.header.accessMenu.setProfile(withInsz)).to.equal(true);
    const button = $(c.el, '[part="account-button"]')!;
    expect(text(button)).to.contain('Jan').and.to.contain('Speelpleinwerking Hoeve vzw');
    const profile = await c.header.accessMenu.getProfile();
    expect(profile.active).to.equal(true);
    expect(profile.logoutUrl).to.equal('/afmelden');
    expect(JSON.stringify(profile)).not.to.contain(INSZ);
    expect(c.el.shadowRoot!.innerHTML).not.to.contain(INSZ);
    expect(changes.join()).not.to.contain(INSZ);
    expect(await axeViolations(c.el)).to.deep.equal([]);

    // The account menu lists the profile's identities; the switcher asks no backend.
    button.click();
    await c.el.updateComplete;
    $(c.el, '.switch')!.click();
    await c.el.updateComplete;
    const switcher = $(c.el, 'loket-capacity-switcher')!;
    await until(() => !!switcher.shadowRoot?.querySelector('[part="option"]'), 'the identities');
    const names = [...switcher.shadowRoot!.querySelectorAll('[part="option"] .name')].map(text);
    expect(names, 'in the order the host gave them').to.deep.equal(['Jan Janssens', 'Speelpleinwerking Hoeve vzw']);
    expect(await axeViolations(c.el)).to.deep.equal([]);

    // Signed out by the host: "Aanmelden" again.
    expect(await c.header.accessMenu.setProfile({ active: false })).to.equal(true);
    expect($(c.el, '[part="login-button"]')).not.to.equal(null);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.filter((n) => /session\/(oidc|index)|oidc-client/.test(n))).to.deep.equal([]);
  });

  it('accessMenu: main links, application links and name go to the configuration, validated; visibility', async () => {
    const c = (clients = await mounted());
    expect(
      await c.header.accessMenu.setMainLinks([
        { label: 'Mijn Burgerprofiel', href: 'https://mijn.vlaanderen.be/', isExternal: true },
      ]),
    ).to.equal(true);
    expect(
      await c.header.accessMenu.setApplicationMenuLinks([{ label: 'Mijn aanvragen', href: '/aanvragen', icon: 'e-desk' }]),
    ).to.have.length(1);
    expect(await c.header.accessMenu.addApplicationMenuLink({ label: 'Berichten', href: '/berichten' })).to.have.length(2);
    const links = await c.header.accessMenu.addApplicationMenuLinks([
      { nl: { label: 'Profiel', href: '/profiel' }, fr: { label: 'Profil', href: '/fr/profil' } },
    ]);
    expect(links).to.have.length(3);
    expect(await c.header.accessMenu.setApplicationName({ nl: 'Mijn gemeente', fr: 'Ma commune' })).to.equal(true);
    expect(await c.header.accessMenu.getApplicationName()).to.equal('Mijn gemeente');
    const menu = (await c.header.getConfig()).extensions.find((e) => e.pluginTypeId === 'citizen_profile')!;
    expect(menu.application).to.deep.equal({ name: 'Mijn gemeente' });
    expect((menu.applicationMenu as { label: string }[]).map((l) => l.label)).to.deep.equal([
      'Mijn aanvragen',
      'Berichten',
      'Profiel',
    ]);
    expect((menu.mainLinks as { external?: boolean }[])[0]!.external).to.equal(true);
    document.documentElement.lang = 'fr';
    await until(() => document.documentElement.lang === 'fr', 'lang');
    expect(await c.header.accessMenu.getApplicationName()).to.equal('Ma commune');
    document.documentElement.lang = 'nl';

    const out = captureConsole();
    try {
      expect(await c.header.accessMenu.setMainLinks([{ label: 'Kwaad', href: 'javascript:alert(1)' }])).to.equal(false);
      expect(
        await c.header.accessMenu.setApplicationMenuLinks([{ label: 'Kwaad', href: '/x', target: 'ergens' }]),
      ).to.have.length(3);
    } finally {
      out.restore();
    }
    expect(out.errors.join()).to.contain('setMainLinks').and.to.contain('mainLinks.0.href');
    const after = (await c.header.getConfig()).extensions.find((e) => e.pluginTypeId === 'citizen_profile')!;
    expect((after.mainLinks as { label: string }[])[0]!.label, 'the valid links stay').to.equal('Mijn Burgerprofiel');

    await c.header.accessMenu.setProfile(JAN);
    expect(await c.header.accessMenu.setVisibility(false)).to.equal(true);
    expect($(c.el, '.access')).to.equal(null);
    expect(await c.header.accessMenu.setVisibility(true)).to.equal(true);
    expect($(c.el, '.access')).not.to.equal(null);
  });

  it('branding: host, umbrella and level; markup in any text stays text', async () => {
    const c = (clients = await mounted());
    const label = '<img src=x onerror="window.pwned=1">Gemeente <b>Vet</b>';
    expect(
      await c.header.branding.setHost({
        label,
        href: '/start',
        logo: { src: `${FIXTURES}/logo.svg`, alt: 'Logo', srcSet: [`${FIXTURES}/logo.svg 2x`] },
      }),
    ).to.equal(true);
    expect(await c.header.branding.setUmbrella({ label: 'Vlaanderen <i>x</i>', href: 'https://www.vlaanderen.be/' })).to.equal(
      true,
    );
    expect(text($(c.el, '.home .name'))).to.equal(label);
    expect(text($(c.el, '.umbrella'))).to.equal('Vlaanderen <i>x</i>');
    expect(c.el.shadowRoot!.querySelectorAll('b, i, img:not(.logo)')).to.have.length(0);
    expect($<HTMLImageElement>(c.el, 'img.logo')!.getAttribute('srcset')).to.equal(`${FIXTURES}/logo.svg 2x`);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect((await c.header.branding.getHost()).label).to.equal(label);
    expect((await c.header.branding.getUmbrella()).href).to.equal('https://www.vlaanderen.be/');
    expect(await c.header.branding.setLevel(2)).to.equal(true);
    expect(await c.header.branding.getLevel()).to.equal(2);
    const out = captureConsole();
    try {
      expect(await c.header.branding.setLevel(9)).to.equal(false);
      expect(await c.header.branding.setHost({ label: 'x', href: 'javascript:alert(1)' })).to.equal(false);
    } finally {
      out.restore();
    }
    expect(out.errors).to.have.length(2);
    expect(await c.header.branding.getLevel()).to.equal(2);
    expect(text($(c.el, '.home .name')), 'an invalid host changes nothing').to.equal(label);
    const config = await c.header.getConfig();
    expect(config.branding.level).to.equal(2);
    expect(config.branding.host?.label).to.equal(label);
  });

  it('branding colours: a colour failing WCAG AA is reported and corrected, never shipped', async () => {
    const c = (clients = await mounted());
    const out = captureConsole();
    let ok: boolean;
    try {
      ok = await c.header.branding.setColors({ primary: '#ffe615', functional: '#ffe615' });
    } finally {
      out.restore();
    }
    expect(ok).to.equal(true);
    expect(out.warnings.join()).to.contain('functional #ffe615 fails WCAG 2.1 AA');
    const colors = await c.header.branding.getColors();
    expect(colors.primary, 'yellow stays, with dark text on it').to.equal('#ffe615');
    expect(colors.functional).not.to.equal('#ffe615');
    const variables = await c.header.branding.getVariables();
    expect(variables['--loket-color-link']).to.equal(colors.functional);
    expect(variables['--loket-color-brand-contrast']).not.to.equal('#ffffff');
    const tokens = { ...(presets.default as Record<string, string>), ...variables };
    expect(
      checkTheme(tokens).filter((r) => !r.pass && Object.keys(variables).some((v) => v === r.fg || v === r.bg)),
    ).to.deep.equal([]);
    expect(c.el.style.getPropertyValue('--loket-color-link')).to.equal(colors.functional);
    expect(await axeViolations(c.el)).to.deep.equal([]);

    expect(await c.header.branding.setColor({ type: 'functional', value: '#0b58a7' })).to.equal(true);
    expect(await c.header.branding.getColor('functional')).to.equal('#0b58a7');
    const bad = captureConsole();
    try {
      expect(await c.header.branding.setColor({ type: 'functional', value: 'url(javascript:alert(1))' })).to.equal(false);
    } finally {
      bad.restore();
    }
    expect(bad.errors.join()).to.contain('is not a CSS colour');
    expect(await c.header.branding.getColor('functional')).to.equal('#0b58a7');
  });

  it('setNavigationEnabled hides every link and control, and brings them back', async () => {
    const c = (clients = await mounted());
    await c.header.accessMenu.setProfile(JAN);
    expect(await c.header.setNavigationEnabled(false)).to.equal(true);
    expect(c.el.navigationDisabled).to.equal(true);
    expect(c.el.shadowRoot!.querySelectorAll('.tools, nav, a.home')).to.have.length(0);
    expect(await axeViolations(c.el)).to.deep.equal([]);
    expect(await c.header.contact.open(), 'no help panel while navigation is disabled').to.equal(false);
    expect(await c.header.setNavigationEnabled(true)).to.equal(true);
    expect($(c.el, '.tools')).not.to.equal(null);
  });

  it('contact: service points become the help panel; open, close, toggle, isOpen; reset', async () => {
    const c = (clients = await mounted());
    const points = {
      contextual: [
        {
          key: 'compat',
          name: 'Gemeente Compat',
          label: 'Gemeente <b>Compat</b>',
          channels: [
            {
              name: 'Bel ons',
              type: 'link-mobile' as const,
              url: 'tel:+3250998877',
              availability: { openInformation: 'Ma–vr 9–17 uur', remark: 'OPEN' },
            },
            { name: 'Mail ons', type: 'form' as const, icon: 'mail' as const, url: 'mailto:info@compat.example' },
            { name: 'Loket', type: 'location' as const, information: 'Markt 1, 9999 Compat' },
            { name: 'Chat', type: 'chat' as const },
          ],
        },
        { type: 'contactOption' as const, contactGroupId: 'OVO002919' },
      ],
      defaults: [{ type: 'link' as const, href: '/contact-compat', label: 'Alle contactopties' }],
    };
    const out = captureConsole();
    try {
      expect(await c.header.contact.setServicePoints(points)).to.deep.equal(points);
    } finally {
      out.restore();
    }
    expect(out.warnings.join()).to.contain('OVO002919').and.to.contain('Chat');
    const enriched = await c.header.contact.getServicePoints();
    expect(enriched.contextual).to.have.length(1);
    expect(enriched.defaults).to.have.length(1);

    expect(await c.header.contact.isOpen()).to.equal(false);
    expect(await c.header.contact.open()).to.equal(true);
    expect(await c.header.contact.isOpen()).to.equal(true);
    const panel = $(c.el, '[part="help-panel"]')!;
    expect(panel.hidden).to.equal(false);
    expect(text(panel))
      .to.contain('+3250998877')
      .and.to.contain('info@compat.example')
      .and.to.contain('Markt 1, 9999 Compat')
      .and.to.contain('Ma–vr 9–17 uur');
    expect($<HTMLAnchorElement>(c.el, '[part="help-panel"] a[href="/contact-compat"]')).not.to.equal(null);
    expect(await axeViolations(c.el)).to.deep.equal([]);
    expect(await c.header.contact.toggle()).to.equal(false);
    expect(await c.header.contact.toggle()).to.equal(true);
    expect(await c.header.contact.close()).to.equal(true);
    expect(await c.header.contact.isOpen()).to.equal(false);
    expect(await c.header.contact.open('chat'), 'no chat in loket: the panel opens').to.equal(true);
    await c.header.contact.close();

    expect(await c.header.contact.resetServicePoints()).to.equal(true);
    await c.header.contact.open();
    expect(text($(c.el, '[part="help-panel"]'))).to.contain('050 12 34 56');
    await c.header.contact.close();
  });

  it('getConfig, mount into an element and at the top of the page, unmount', async () => {
    const c = (clients = await mounted());
    const config = await c.header.getConfig();
    expect(config.branding.host?.label).to.equal('Gemeente Voorbeeld');
    expect(config.branding.umbrella?.label).to.equal('Vlaanderen');
    expect(config.alert.enabled).to.equal(false);
    expect(config.extensions.map((e) => e.pluginTypeId)).to.deep.equal(['citizen_profile', 'contact']);

    expect(await c.header.unmount()).to.equal(true);
    expect(c.el.isConnected).to.equal(false);
    expect(await c.header.unmount()).to.equal(false);
    expect(await c.header.mount()).to.equal(true);
    expect(document.body.firstElementChild).to.equal(c.el);
    expect(await c.header.unmount()).to.equal(true);
  });

  it('bad input gives a console message and a settled promise, never an exception', async () => {
    const c = (clients = await mounted());
    const out = captureConsole();
    const anyHeader = c.header as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>> & {
      mount(x: unknown): Promise<unknown>;
      setNavigationEnabled(x: unknown): Promise<unknown>;
    };
    let results: unknown[];
    try {
      results = await Promise.all([
        anyHeader.accessMenu!.setProfile!('jan'),
        anyHeader.accessMenu!.setMainLinks!(null),
        anyHeader.accessMenu!.addApplicationMenuLinks!(42),
        anyHeader.accessMenu!.setVisibility!('yes'),
        anyHeader.branding!.setColors!(null),
        anyHeader.branding!.setColor!({ type: 'secondary', value: '#000' }),
        anyHeader.branding!.setUmbrella!('x'),
        anyHeader.contact!.setServicePoints!(7),
        anyHeader.setNavigationEnabled('no'),
        anyHeader.mount('#header'),
      ]);
    } finally {
      out.restore();
    }
    expect(results).to.deep.equal([false, false, [], false, false, false, false, {}, false, false]);
    expect(out.errors).to.have.length(10);
    expect(errors).to.deep.equal([]);
    expect($(c.el, '.bar'), 'the header is still there').not.to.equal(null);
  });
});

describe('loket-compat: globalFooterClient', () => {
  let clients: { header: GlobalHeaderClient; footer: GlobalFooterClient } | undefined;
  beforeEach(() => resetConfig());
  afterEach(async () => {
    await clients?.footer.unmount();
    clients = undefined;
  });

  it('every method: host, umbrella, site info, navigation and language links, collapsible; axe 0', async () => {
    const c = (clients = queuedClients({ config: CONFIG, load }));
    expect(await c.footer.mount()).to.equal(true);
    const el = document.querySelector<LoketFooterComponent>('body > loket-footer')!;
    expect(document.body.lastElementChild).to.equal(el);
    await customElements.whenDefined('loket-footer');
    await until(() => !!el.shadowRoot?.querySelector('.footer'), 'the footer to render');

    expect(await c.footer.setNavigationLinks([{ label: 'Privacy <b>!</b>', href: '/privacy-compat' }])).to.equal(true);
    expect(await c.footer.getNavigationLinks()).to.deep.equal([{ label: 'Privacy <b>!</b>', href: '/privacy-compat' }]);
    expect(await c.footer.setLanguageLinks([{ href: '/fr/', label: 'Français', langcode: 'fr' }])).to.equal(true);
    expect((await c.footer.getLanguageLinks())[0]!.langcode).to.equal('fr');
    expect(
      await c.footer.setSiteInfo({
        title: 'Compat site',
        subTitleItems: [
          { type: 'text', label: 'uitgegeven door Gemeente Compat' },
          { type: 'link', href: '/colofon', label: 'Colofon' },
        ],
      }),
    ).to.equal(true);
    expect(await c.footer.setSiteTitle('Nieuwe titel')).to.equal(true);
    expect(await c.footer.getSiteTitle()).to.equal('Nieuwe titel');
    expect(await c.footer.getSiteSubtitle()).to.have.length(2);
    expect((await c.footer.getSiteInfo()).title).to.equal('Nieuwe titel');
    expect(await c.footer.setHost({ type: 'text', department: 'Dienst Communicatie', siteOwner: 'Gemeente Compat' })).to.equal(
      true,
    );
    expect(await c.footer.getHost()).to.deep.equal({
      type: 'text',
      department: 'Dienst Communicatie',
      siteOwner: 'Gemeente Compat',
    });
    expect(await c.footer.setUmbrella({ alt: 'Vlaanderen', src: '/vlaanderen.svg' })).to.equal(true);
    expect((await c.footer.getUmbrella())?.alt).to.equal('Vlaanderen');
    await el.updateComplete;
    const line = text($(el, '[part="official-line"]'));
    expect(line).to.equal('Nieuwe titel · uitgegeven door Gemeente Compat · Dienst Communicatie, Gemeente Compat');
    const legal = text($(el, '[part="legal"]'));
    expect(legal).to.contain('Privacy <b>!</b>').and.to.contain('Colofon');
    expect(el.shadowRoot!.querySelectorAll('b')).to.have.length(0);
    expect($(el, 'a[hreflang="fr"]')?.getAttribute('href')).to.equal('/fr/');

    expect(await c.footer.isCollapsible()).to.equal(false);
    expect(await c.footer.collapse(), 'not collapsible yet').to.equal(false);
    expect(await c.footer.setCollapsible(true)).to.equal(true);
    expect(await c.footer.isCollapsible()).to.equal(true);
    await el.updateComplete;
    expect($(el, 'button.more')?.getAttribute('aria-expanded')).to.equal('true');
    expect(await c.footer.collapse()).to.equal(true);
    expect(await c.footer.isCollapsed()).to.equal(true);
    await el.updateComplete;
    expect($(el, '.columns')!.hidden).to.equal(true);
    expect($(el, 'button.more')?.getAttribute('aria-expanded')).to.equal('false');
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(await c.footer.toggle()).to.equal(true);
    expect(await c.footer.isCollapsed()).to.equal(false);
    expect(await c.footer.collapse()).to.equal(true);
    expect(await c.footer.expand()).to.equal(true);
    await el.updateComplete;
    expect($(el, '.columns')!.hidden).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);

    const config = await c.footer.getConfig();
    expect(config.collapsible).to.equal(true);
    expect(config.active).to.equal(true);
    expect(config.label).to.equal('Gemeente Voorbeeld');
    expect(config.navigationLinks.map((l) => l.href)).to.deep.equal(['/privacy-compat', '/colofon']);
    expect(config.host).to.deep.equal({ type: 'text', department: 'Dienst Communicatie', siteOwner: 'Gemeente Compat' });

    const out = captureConsole();
    try {
      expect(await c.footer.setNavigationLinks([{ label: 'Kwaad', href: 'javascript:alert(1)' }])).to.equal(false);
      expect(await c.footer.setCollapsible('ja' as never)).to.equal(false);
      expect(await c.footer.setSiteInfo(null as never)).to.equal(false);
    } finally {
      out.restore();
    }
    expect(out.errors).to.have.length(3);
    expect(await c.footer.getNavigationLinks()).to.have.length(1);

    expect(await c.footer.unmount()).to.equal(true);
    expect(await c.footer.unmount()).to.equal(false);
    const spot = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(await c.footer.mount(spot)).to.equal(true);
    expect(spot.firstElementChild).to.equal(el);
  });
});
