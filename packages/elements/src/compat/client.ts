/**
 * The Flemish Global Header and Footer v5 JavaScript API (`window.globalHeaderClient`,
 * `window.globalFooterClient`) on loket: each call becomes configuration, a session or an element
 * action through the public `window.loket` API, like any host page's script would do it. Loaded
 * by the classic loader (./loader.ts) once loket.js is there; the loader keeps the calls made
 * before that in order.
 *
 * Everything given is data: labels are rendered as text (never parsed as HTML), links must pass
 * the configuration schema, invalid input is reported on the console and the promise resolves to
 * `false` (or the unchanged value); nothing throws.
 */
import '../embed.js';
import type {
  ApplicationMenuLink,
  BrandingConfigColors,
  BrandingConfigHost,
  BrandingConfigUmbrella,
  Config as HeaderConfig,
  EnrichedServicePoint,
  EnrichedServicePoints,
  GlobalHeaderClient,
  MainLink,
  ProfileConfig,
  ServicePoint,
  ServicePoints,
  Translatable,
} from '@govflanders/vl-widget-global-header-types';
import type {
  Config as FooterConfig,
  GlobalFooterClient,
  Host as FooterHost,
  LanguageLink,
  NavigationLink,
  SiteInfo,
  SubTitleItem,
  Umbrella as FooterUmbrella,
} from '@govflanders/vl-widget-global-footer-types';
import type { LoketHeaderComponent } from '../components/header/header.component.js';
import type { LoketFooterComponent } from '../components/footer/footer.component.js';
import type { Language } from '../config/constants.js';
import type { LoketConfig, LoketHelp } from '../config/schema.js';
import { mergeConfig, validateConfig } from '../config/validate.js';
import { log } from '../core/log.js';
import { cleanProfile, type HostProfile } from '../runtime/host-session.js';
import { pageRuntime } from '../runtime/page.js';
import { pageLanguage, translate } from './translate.js';

export interface CompatOptions {
  /** URL of the loket configuration (the loader's `config` parameter); null: the page's own. */
  config: string | null;
  /** Elements the embed form already placed where its script stands. */
  embedded?: { header?: HTMLElement; footer?: HTMLElement };
}

export interface CompatClients {
  header: GlobalHeaderClient;
  footer: GlobalFooterClient;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** A translated list item that is an object (an invalid one is left for the schema to report). */
const given = <T>(v: T | undefined | null): v is T => isObject(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Validates a piece of loket configuration; reports what was dropped; true when nothing was. */
function check(what: string, piece: Record<string, unknown>): boolean {
  const { issues } = validateConfig(piece);
  if (issues.length) {
    log.error(`${what}: invalid input, left out:\n${issues.map((i) => `  - ${i.field || '(value)'}: ${i.message}`).join('\n')}`);
  }
  return !issues.length;
}

/** Waits until mounted elements have rendered what the last change asked for. */
async function settled(...elements: (HTMLElement | null)[]): Promise<void> {
  for (const el of elements) {
    const update = el?.isConnected ? (el as Partial<LoketHeaderComponent>).updateComplete : undefined;
    if (update) await update;
  }
}

function bodyReady(): Promise<HTMLElement> {
  if (document.body) return Promise.resolve(document.body);
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(document.body), { once: true }));
}

const COLOR_TOKENS = { primary: '--loket-color-brand', functional: '--loket-color-link' } as const;

/**
 * The two clients. As in v5, the session is the host's: until `accessMenu.setProfile()` says
 * otherwise the page shows a signed-out host session, so loket's own sign-in never starts (an
 * `auth` in the configuration is not used) and a signed-in profile shows from the header's first render.
 */
export async function createClients(options: CompatOptions): Promise<CompatClients> {
  const loket = window.loket!;
  await loket.useHostSession({ active: false });
  // The embed form's elements (a second loader script may add one later), else what mount() made.
  let mountedHeader: HTMLElement | null = null;
  let mountedFooter: HTMLElement | null = null;
  const el = {
    get header() {
      return mountedHeader ?? options.embedded?.header ?? null;
    },
    get footer() {
      return mountedFooter ?? options.embedded?.footer ?? null;
    },
  };
  /** The raw profile last given, so a partial `setProfile()` changes only what it names. */
  let givenProfile: Record<string, unknown> = {};

  // What the v5 API was told, as given (translatable values stay translatable).
  const h = {
    level: 4 as number,
    colors: {} as Partial<BrandingConfigColors>,
    tokens: {} as Record<string, string>,
    host: undefined as Partial<BrandingConfigHost> | undefined,
    umbrella: undefined as Partial<BrandingConfigUmbrella> | undefined,
    mainLinks: [] as Translatable<MainLink>[],
    applicationLinks: [] as Translatable<ApplicationMenuLink>[],
    applicationName: undefined as Translatable<string> | undefined,
    visible: true,
    profile: undefined as Partial<ProfileConfig> | undefined,
    servicePoints: undefined as Translatable<ServicePoints> | undefined,
  };
  const f = {
    host: undefined as Translatable<FooterHost> | undefined,
    umbrella: undefined as Translatable<FooterUmbrella> | undefined,
    siteInfo: undefined as Translatable<SiteInfo> | undefined,
    navigationLinks: [] as Translatable<NavigationLink>[],
    languageLinks: [] as Translatable<LanguageLink>[],
    collapsible: false,
    collapsed: false,
  };

  /** The configuration of the page's remote document (the loader's `config`), validated. */
  function remote(): LoketConfig {
    const url = options.config ?? pageRuntime().sources.pageUrl;
    const state = url ? pageRuntime().sources.load(url) : undefined;
    return state?.status === 'loaded' ? validateConfig(state.data).config : {};
  }

  // ---- v5 state → loket configuration ----------------------------------------------------------

  function helpFrom(points: ServicePoints | undefined, report: boolean): LoketHelp | undefined {
    if (!points) return undefined;
    const help: LoketHelp = {};
    const dropped: string[] = [];
    const all: unknown[] = [...(points.contextual ?? []), ...(points.defaults ?? [])];
    for (const point of all) {
      if (!isObject(point)) continue;
      if (point.type === 'link') {
        if (!help.contactUrl && str(point.href)) help.contactUrl = str(point.href);
        else dropped.push(`link ${JSON.stringify(point.label ?? point.href)}`);
        continue;
      }
      if (str(point.contactGroupId) && !Array.isArray(point.channels)) {
        dropped.push(`contact group ${JSON.stringify(point.contactGroupId)} (resolved by the Flemish contact service only)`);
        continue;
      }
      for (const channel of Array.isArray(point.channels) ? (point.channels as unknown[]) : []) {
        if (!isObject(channel)) continue;
        const url = str(channel.url) ?? '';
        const hours = isObject(channel.availability) ? str(channel.availability.openInformation) : undefined;
        if (hours && !help.hours) help.hours = hours;
        if ((channel.type === 'link-mobile' || channel.icon === 'call' || /^tel:/i.test(url)) && !help.phone) {
          help.phone = url.replace(/^tel:/i, '') || str(channel.name);
        } else if ((channel.icon === 'mail' || /^mailto:/i.test(url)) && !help.email && /^mailto:/i.test(url)) {
          help.email = url.replace(/^mailto:/i, '');
        } else if (channel.type === 'location' && !help.address) {
          help.address = str(channel.information) ?? str(channel.name);
        } else if ((channel.type === 'form' || channel.type === 'link') && url && !help.contactUrl) {
          help.contactUrl = url;
        } else {
          dropped.push(`channel ${JSON.stringify(channel.name ?? channel.type)}`);
        }
      }
    }
    if (report && dropped.length) {
      log.warn(
        `contact.setServicePoints(): the help panel shows one phone, e-mail, address, hours and contact link; not shown:\n${dropped.map((d) => `  - ${d}`).join('\n')}`,
      );
    }
    return Object.values(help).some(Boolean) ? help : undefined;
  }

  function footerLine(lang: Language): string | undefined {
    const info = translate(f.siteInfo, lang);
    const host = translate(f.host, lang);
    const parts = [
      str(info?.title),
      ...(info?.subTitleItems ?? []).filter((i): i is SubTitleItem => i?.type === 'text').map((i) => str(i.label)),
      host?.type === 'text' ? [str(host.department), str(host.siteOwner)].filter(Boolean).join(', ') : str(host?.alt),
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : undefined;
  }

  /** The whole `loket.configure()` layer, from everything the v5 API was told, in the page language. */
  function toConfig(lang = pageLanguage(), report = false): Record<string, unknown> {
    const host = h.host;
    const logo =
      host?.logo && str(host.logo.src)
        ? { src: host.logo.src, alt: host.logo.alt ?? '', srcset: host.logo.srcSet?.join(', ') || undefined }
        : undefined;
    const umbrella =
      str(h.umbrella?.label) && str(h.umbrella?.href) ? { label: h.umbrella!.label, href: h.umbrella!.href } : undefined;
    const subtitleLinks = (translate(f.siteInfo, lang)?.subTitleItems ?? []).filter((i) => i?.type === 'link');
    const legal = [...f.navigationLinks.map((l) => translate(l, lang)), ...subtitleLinks]
      .filter(given)
      .map((l) => ({ label: l.label, href: l.href, external: l.target === '_blank' || undefined }));
    const languages = Object.fromEntries(
      f.languageLinks
        .map((l) => translate(l, lang))
        .filter(given)
        .map((l) => [l.langcode, l.href]),
    );
    const config = {
      municipality: host || umbrella ? { name: str(host?.label), homeUrl: str(host?.href), logo, umbrella } : undefined,
      theme: Object.keys(h.tokens).length ? { tokens: h.tokens } : undefined,
      accessMenu: {
        applicationName: translate(h.applicationName, lang),
        mainLinks: h.mainLinks.length
          ? h.mainLinks
              .map((l) => translate(l, lang))
              .filter(given)
              .map((l) => ({ label: l.label, href: l.href, external: l.isExternal, target: l.target }))
          : undefined,
        applicationLinks: h.applicationLinks.length
          ? h.applicationLinks
              .map((l) => translate(l, lang))
              .filter(given)
              .map((l) => ({ label: l.label, href: l.href, target: l.target, icon: l.icon }))
          : undefined,
        visible: h.visible ? undefined : false,
      },
      help: helpFrom(translate(h.servicePoints, lang), report),
      footer: {
        officialLine: footerLine(lang),
        legal: legal.length ? legal : undefined,
        collapsible: f.collapsible || undefined,
      },
      languages: Object.keys(languages).length ? languages : undefined,
    };
    return JSON.parse(JSON.stringify(config)) as Record<string, unknown>; // drops the undefined keys
  }

  function apply(report = false): Promise<void> {
    loket.configure(toConfig(pageLanguage(), report));
    return settled(el.header, el.footer);
  }

  // v5 follows <html lang>: translatable values are chosen again when it changes.
  new MutationObserver(() => void apply()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  /** Sets one piece of v5 state when its loket form is valid; reports and keeps the old one otherwise. */
  async function set(what: string, change: () => void, undo: () => void): Promise<boolean> {
    change();
    const piece = toConfig(pageLanguage());
    if (!check(what, piece)) {
      undo();
      return false;
    }
    await apply(what.startsWith('contact.'));
    return true;
  }

  // ---- branding: colours with the contrast guarantee --------------------------------------------

  async function setColors(what: string, colors: Partial<BrandingConfigColors>): Promise<boolean> {
    const given = (isObject(colors) ? Object.entries(colors) : []).filter(([type]) => type in COLOR_TOKENS) as [
      keyof BrandingConfigColors,
      unknown,
    ][];
    if (!given.length) {
      log.error(`${what}: expects { primary, functional } colours.`);
      return false;
    }
    const [{ checkTheme, nearestPassing }, { parse, formatHex }, { presets }] = await Promise.all([
      import('../theme/contrast.js'),
      import('culori'),
      import('../theme/generated/presets.js'),
    ]);
    const preset = (remote().theme?.preset ?? 'default') as keyof typeof presets;
    const tokens: Record<string, string> = { ...(presets[preset] as Record<string, string>), ...h.tokens };
    let ok = true;
    for (const [type, value] of given) {
      const colour = typeof value === 'string' ? parse(value) : undefined;
      if (!colour) {
        log.error(`${what}: ${type} ${JSON.stringify(value)} is not a CSS colour; unchanged.`);
        ok = false;
        continue;
      }
      const name = COLOR_TOKENS[type];
      const next = { ...tokens, [name]: formatHex(colour) };
      const fails = () => checkTheme(next).filter((r) => !r.pass && (r.fg === name || r.bg === name));
      if (type === 'primary' && fails().length) {
        // Keep the brand colour when text of another colour on it passes (e.g. dark text on yellow).
        for (const text of [tokens['--loket-color-brand-contrast'], '#ffffff', tokens['--loket-color-text']]) {
          next['--loket-color-brand-contrast'] = text ?? '#ffffff';
          if (!fails().length) break;
        }
      }
      let failing = fails();
      if (failing.length) {
        const fixed = nearestPassing(next, name, failing[0]!);
        log.warn(
          `${what}: ${type} ${String(value)} fails WCAG 2.1 AA (${failing.map((r) => `${r.where} ${r.ratio}:1 < ${r.required}:1`).join('; ')}); ` +
            (fixed ? `using ${fixed} instead.` : 'keeping the previous colour.'),
        );
        if (!fixed) continue;
        next[name] = fixed;
        failing = fails();
      }
      Object.assign(tokens, next);
      h.colors[type] = next[name];
      h.tokens[name] = next[name]!;
      if (type === 'primary') h.tokens['--loket-color-brand-contrast'] = next['--loket-color-brand-contrast']!;
    }
    await apply();
    return ok;
  }

  // ---- elements ----------------------------------------------------------------------------------

  function create(kind: 'header' | 'footer'): HTMLElement {
    const el = document.createElement(kind === 'header' ? 'loket-header' : 'loket-footer');
    if (options.config) el.setAttribute('config', options.config);
    return el;
  }

  async function mount(kind: 'header' | 'footer', target: unknown): Promise<boolean> {
    if (target !== undefined && target !== null && !(target instanceof HTMLElement)) {
      log.error(`global${kind === 'header' ? 'Header' : 'Footer'}Client.mount(element): element must be an HTML element.`);
      return false;
    }
    const element = el[kind] ?? create(kind);
    if (kind === 'header') mountedHeader = element;
    else mountedFooter = element;
    if (target) target.append(element);
    else if (!element.isConnected) {
      const body = await bodyReady();
      if (kind === 'header') body.prepend(element);
      else body.append(element);
    }
    if (kind === 'footer') element.toggleAttribute('collapsed', f.collapsible && f.collapsed);
    loket.configure(toConfig());
    // Done when the element is there and upgraded, not rendered: the calls after mount() (the
    // profile above all) then reach its first render instead of changing it afterwards. The footer
    // is a chunk loket.js loads after the header's first render: wait for it (a while).
    await Promise.race([customElements.whenDefined(element.localName), new Promise((r) => setTimeout(r, 3000))]);
    return element.isConnected;
  }

  async function unmount(kind: 'header' | 'footer'): Promise<boolean> {
    const element = el[kind];
    if (!element?.isConnected) return false;
    element.remove();
    return true;
  }

  const headerEl = () => {
    const header = el.header;
    return header?.isConnected && header.localName === 'loket-header' ? (header as LoketHeaderComponent) : null;
  };

  async function help(open: boolean | undefined): Promise<boolean> {
    const header = headerEl();
    if (!header) {
      log.warn('globalHeaderClient.contact: the header is not mounted.');
      return false;
    }
    await customElements.whenDefined('loket-header');
    // Let the click that called this finish first, or the header would take it for a click outside.
    await new Promise((r) => setTimeout(r));
    return header.toggleHelp(open);
  }

  function enriched(points: ServicePoint[] | null | undefined): EnrichedServicePoint[] {
    return (points ?? []).filter(
      (p): p is EnrichedServicePoint =>
        isObject(p) && (p.type === 'link' || Array.isArray((p as Record<string, unknown>).channels) || 'key' in p),
    );
  }

  function profileOut(): Partial<ProfileConfig> {
    return h.profile ?? { active: false };
  }

  // ---- the two clients ---------------------------------------------------------------------------

  const headerClient: GlobalHeaderClient = {
    contact: {
      getServicePoints: () => {
        const points = translate(h.servicePoints, pageLanguage());
        const out: EnrichedServicePoints = {
          ...points,
          contextual: enriched(points?.contextual),
          defaults: enriched(points?.defaults),
        };
        return Promise.resolve(out);
      },
      async setServicePoints(points) {
        if (!isObject(points)) {
          log.error('contact.setServicePoints(): expects { contextual, defaults } service points; unchanged.');
          return h.servicePoints ?? {};
        }
        const before = h.servicePoints;
        await set(
          'contact.setServicePoints()',
          () => (h.servicePoints = points),
          () => (h.servicePoints = before),
        );
        return h.servicePoints ?? {};
      },
      async resetServicePoints() {
        h.servicePoints = undefined;
        await apply();
        return true;
      },
      open: (channel) => {
        if (channel !== undefined && channel !== 'chat' && channel !== 'mail')
          log.warn(`contact.open(${JSON.stringify(channel)}): unknown channel; opening the panel.`);
        return help(true);
      },
      close: async () => !(await help(false)),
      toggle: () => help(undefined),
      isOpen: () => Promise.resolve(!!headerEl()?.helpOpen),
    },
    accessMenu: {
      async setMainLinks(links) {
        if (!Array.isArray(links)) {
          log.error('accessMenu.setMainLinks(): expects an array of links; unchanged.');
          return false;
        }
        const before = h.mainLinks;
        return set(
          'accessMenu.setMainLinks()',
          () => (h.mainLinks = [...links]),
          () => (h.mainLinks = before),
        );
      },
      addApplicationMenuLink: (link) => headerClient.accessMenu.addApplicationMenuLinks([link]),
      async addApplicationMenuLinks(links) {
        if (!Array.isArray(links)) {
          log.error('accessMenu.addApplicationMenuLinks(): expects an array of links; unchanged.');
          return [...h.applicationLinks];
        }
        return headerClient.accessMenu.setApplicationMenuLinks([...h.applicationLinks, ...links]);
      },
      async setApplicationMenuLinks(links) {
        if (!Array.isArray(links)) {
          log.error('accessMenu.setApplicationMenuLinks(): expects an array of links; unchanged.');
          return [...h.applicationLinks];
        }
        const before = h.applicationLinks;
        await set(
          'accessMenu application links',
          () => (h.applicationLinks = [...links]),
          () => (h.applicationLinks = before),
        );
        return [...h.applicationLinks];
      },
      async setProfile(profile) {
        if (!isObject(profile)) {
          log.error('accessMenu.setProfile(): expects { active, loginUrl, logoutUrl, switchCapacityUrl, idpData }; unchanged.');
          return false;
        }
        givenProfile = { ...givenProfile, ...profile };
        const { profile: clean, problems } = cleanProfile(givenProfile);
        // Kept as loket reads it: what getProfile() gives back has no national register number either.
        h.profile = {
          active: clean.active,
          ...(clean.loginUrl ? { loginUrl: clean.loginUrl } : {}),
          ...(clean.logoutUrl ? { logoutUrl: clean.logoutUrl } : {}),
          ...(clean.switchCapacityUrl ? { switchCapacityUrl: clean.switchCapacityUrl } : {}),
          ...(clean.active
            ? {
                idpData: {
                  user: { firstName: clean.firstName ?? '', name: clean.name ?? '' },
                  ...(clean.capacity
                    ? {
                        activeIdentity: {
                          onBehalfOf: {
                            code: clean.capacity.type,
                            name: clean.capacity.name,
                            ...(clean.capacity.code ? { identifier: clean.capacity.code } : {}),
                          },
                        },
                      }
                    : {}),
                } as ProfileConfig['idpData'],
              }
            : {}),
        };
        await loket.useHostSession(givenProfile as unknown as HostProfile);
        await settled(el.header);
        return !problems.length;
      },
      getProfile: () => Promise.resolve(profileOut()),
      getApplicationName: () => Promise.resolve(translate(h.applicationName, pageLanguage()) ?? ''),
      async setApplicationName(name) {
        const before = h.applicationName;
        return set(
          'accessMenu.setApplicationName()',
          () => (h.applicationName = name),
          () => (h.applicationName = before),
        );
      },
      async setVisibility(visible) {
        if (typeof visible !== 'boolean') {
          log.error('accessMenu.setVisibility(): expects true or false; unchanged.');
          return false;
        }
        h.visible = visible;
        await apply();
        return true;
      },
    },
    branding: {
      getLevel: () => Promise.resolve(h.level),
      async setLevel(level) {
        if (![1, 2, 3, 4].includes(level)) {
          log.error(`branding.setLevel(${JSON.stringify(level)}): the level is 1, 2, 3 or 4; unchanged.`);
          return false;
        }
        h.level = level;
        return true;
      },
      getColors: () => Promise.resolve({ primary: h.colors.primary ?? '', functional: h.colors.functional ?? '' }),
      getColor: (type) => Promise.resolve(h.colors[type] ?? ''),
      setColors: (colors) => setColors('branding.setColors()', colors),
      setColor: (args) =>
        isObject(args) && (args.type === 'primary' || args.type === 'functional')
          ? setColors('branding.setColor()', { [args.type]: args.value })
          : (log.error('branding.setColor(): expects { type: "primary" | "functional", value }.'), Promise.resolve(false)),
      getHost: () => Promise.resolve({ ...h.host }),
      async setHost(host) {
        if (!isObject(host)) {
          log.error('branding.setHost(): expects { label, href, logo }; unchanged.');
          return false;
        }
        const before = h.host;
        return set(
          'branding.setHost()',
          () => (h.host = { ...host }),
          () => (h.host = before),
        );
      },
      getUmbrella: () => Promise.resolve({ ...h.umbrella }),
      async setUmbrella(umbrella) {
        if (!isObject(umbrella)) {
          log.error('branding.setUmbrella(): expects { label, href }; unchanged.');
          return false;
        }
        const before = h.umbrella;
        return set(
          'branding.setUmbrella()',
          () => (h.umbrella = { ...umbrella }),
          () => (h.umbrella = before),
        );
      },
      getVariables: () => Promise.resolve({ ...h.tokens }),
    },
    async setNavigationEnabled(enabled) {
      if (typeof enabled !== 'boolean') {
        log.error('setNavigationEnabled(): expects true or false; unchanged.');
        return false;
      }
      loket.setNavigationEnabled(enabled);
      await settled(el.header);
      return true;
    },
    getConfig() {
      const lang = pageLanguage();
      const config = mergeConfig(remote(), toConfig(lang)) as LoketConfig;
      const m = config.municipality ?? {};
      const alert = config.alert;
      const result: HeaderConfig = {
        branding: {
          level: h.level as 1 | 2 | 3 | 4,
          colors: { ...h.colors },
          host: { label: m.name ?? '', href: m.homeUrl ?? '/', logo: m.logo ? { src: m.logo.src, alt: m.logo.alt } : null },
          ...(m.umbrella ? { umbrella: { label: m.umbrella.label, href: m.umbrella.href } } : {}),
        },
        alert: {
          enabled: !!alert,
          message: alert?.message ?? '',
          // v5 has no "info" modifier; its neutral bar is closest to loket's warning.
          modifier: alert ? (alert.type === 'info' ? 'warning' : alert.type) : 'warning',
        },
        extensions: [
          {
            pluginTypeId: 'citizen_profile',
            application: { name: config.accessMenu?.applicationName ?? '' },
            mainLinks: config.accessMenu?.mainLinks ?? [],
            applicationMenu: config.accessMenu?.applicationLinks ?? [],
          },
          { pluginTypeId: 'contact', help: config.help ?? {} },
        ],
      };
      return Promise.resolve(result);
    },
    mount: (element) => mount('header', element),
    unmount: () => unmount('header'),
  };

  const footerSet = async (what: string, change: () => void, undo: () => void) => set(what, change, undo);
  const collapse = async (collapsed: boolean): Promise<boolean> => {
    if (!f.collapsible) {
      log.warn('globalFooterClient: the footer is not collapsible (setCollapsible(true) first).');
      return false;
    }
    f.collapsed = collapsed;
    el.footer?.toggleAttribute('collapsed', collapsed);
    await settled(el.footer);
    return true;
  };

  const footerClient: GlobalFooterClient = {
    getConfig() {
      const lang = pageLanguage();
      const config = mergeConfig(remote(), toConfig(lang)) as LoketConfig;
      const result: FooterConfig = {
        branding: { colors: { primary: h.colors.primary ?? '', functional: h.colors.functional ?? '' } },
        collapsible: f.collapsible,
        active: !!el.footer?.isConnected,
        label: config.municipality?.name ?? '',
        host: translate(f.host, lang) ?? null,
        siteInfo: translate(f.siteInfo, lang) ?? { title: config.footer?.officialLine ?? '', subTitleItems: [] },
        umbrella: translate(f.umbrella, lang) ?? null,
        languageLinks: f.languageLinks.map((l) => translate(l, lang)).filter(given) as LanguageLink[],
        navigationLinks: (config.footer?.legal ?? []).map((l) => ({ label: l.label, href: l.href })),
        extensions: [],
      };
      return Promise.resolve(result);
    },
    getHost: () => Promise.resolve(translate(f.host, pageLanguage()) ?? null),
    async setHost(host) {
      if (host !== null && !isObject(host)) {
        log.error('globalFooterClient.setHost(): expects a text or image host, or null; unchanged.');
        return false;
      }
      const before = f.host;
      return footerSet(
        'globalFooterClient.setHost()',
        () => (f.host = host ?? undefined),
        () => (f.host = before),
      );
    },
    getUmbrella: () => Promise.resolve(translate(f.umbrella, pageLanguage()) ?? null),
    async setUmbrella(umbrella) {
      // The footer shows no umbrella image: kept for getUmbrella()/getConfig() only.
      f.umbrella = umbrella ?? undefined;
      return true;
    },
    getSiteInfo: () => Promise.resolve(translate(f.siteInfo, pageLanguage()) ?? { title: '', subTitleItems: [] }),
    async setSiteInfo(info) {
      if (!isObject(info)) {
        log.error('globalFooterClient.setSiteInfo(): expects { title, subTitleItems }; unchanged.');
        return false;
      }
      const before = f.siteInfo;
      return footerSet(
        'globalFooterClient.setSiteInfo()',
        () => (f.siteInfo = info),
        () => (f.siteInfo = before),
      );
    },
    getSiteTitle: () => Promise.resolve(translate(f.siteInfo, pageLanguage())?.title ?? ''),
    async setSiteTitle(title) {
      const lang = pageLanguage();
      const text = translate(title, lang);
      if (typeof text !== 'string') {
        log.error('globalFooterClient.setSiteTitle(): expects a text; unchanged.');
        return false;
      }
      const before = f.siteInfo;
      const current = translate(f.siteInfo, lang);
      return footerSet(
        'globalFooterClient.setSiteTitle()',
        () => (f.siteInfo = { title: text, subTitleItems: current?.subTitleItems ?? [] }),
        () => (f.siteInfo = before),
      );
    },
    getSiteSubtitle: () => Promise.resolve(translate(f.siteInfo, pageLanguage())?.subTitleItems ?? []),
    getNavigationLinks: () =>
      Promise.resolve(f.navigationLinks.map((l) => translate(l, pageLanguage())).filter(given) as NavigationLink[]),
    async setNavigationLinks(links) {
      if (!Array.isArray(links)) {
        log.error('globalFooterClient.setNavigationLinks(): expects an array of links; unchanged.');
        return false;
      }
      const before = f.navigationLinks;
      return footerSet(
        'globalFooterClient.setNavigationLinks()',
        () => (f.navigationLinks = [...links]),
        () => (f.navigationLinks = before),
      );
    },
    getLanguageLinks: () =>
      Promise.resolve(f.languageLinks.map((l) => translate(l, pageLanguage())).filter(given) as LanguageLink[]),
    async setLanguageLinks(links) {
      if (!Array.isArray(links)) {
        log.error('globalFooterClient.setLanguageLinks(): expects an array of links; unchanged.');
        return false;
      }
      const before = f.languageLinks;
      return footerSet(
        'globalFooterClient.setLanguageLinks()',
        () => (f.languageLinks = [...links]),
        () => (f.languageLinks = before),
      );
    },
    isCollapsible: () => Promise.resolve(f.collapsible),
    async setCollapsible(collapsible) {
      if (typeof collapsible !== 'boolean') {
        log.error('globalFooterClient.setCollapsible(): expects true or false; unchanged.');
        return false;
      }
      f.collapsible = collapsible;
      if (!collapsible) f.collapsed = false;
      el.footer?.toggleAttribute('collapsed', f.collapsed);
      await apply();
      return true;
    },
    isCollapsed: () => Promise.resolve(f.collapsible && f.collapsed),
    toggle: () => collapse(!f.collapsed),
    collapse: () => collapse(true),
    expand: () => collapse(false),
    mount: (element) => mount('footer', element),
    unmount: () => unmount('footer'),
  };

  return { header: headerClient, footer: footerClient };
}

/** The footer element's type, for tests. */
export type { LoketFooterComponent };
