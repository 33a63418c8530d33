import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/components/header/header.js';
import '../packages/elements/src/components/capacity-switcher/capacity-switcher.js';
import type { AlertType, Language, LoketConfig, PresetName } from '../packages/elements/src/config/schema.js';
import {
  LOGO,
  LONG_NAME,
  REMOTE_CONFIG,
  alert,
  badConfig,
  headerConfig,
  help,
  languages,
  manyLinks,
  municipality,
  navigation,
  withPreset,
} from './examples.js';
import { docsPage } from './docs.js';
import {
  configArgTypes,
  narrowBox,
  noControls,
  openPopup,
  signedIn,
  storyAuth,
  waitFor,
  type LoketParameters,
} from './story-kit.js';

/** Light-DOM link: what a webmaster writes inside the element, working before and without JavaScript. */
interface PlainLink {
  label: string;
  href: string;
  rel?: string;
}

interface HeaderArgs {
  config?: string;
  municipalityName?: string;
  homeUrl?: string;
  logoSrc?: string;
  logoAlt?: string;
  skipTarget?: string;
  loginUrl?: string;
  sticky?: boolean;
  navigationDisabled?: boolean;
  /** The element's own `lang` attribute (otherwise it follows `<html lang>`). */
  lang?: Language;
  /** Inline configuration: a `<script type="application/json">` child. */
  inlineConfig?: LoketConfig | Record<string, unknown>;
  /** Plain `<a>` children. */
  links?: PlainLink[];
}

type Story = StoryObj<HeaderArgs> & { parameters?: { loket?: LoketParameters } };

const meta = {
  title: 'Elements/Header',
  component: 'loket-header',
  tags: ['autodocs'],
  // A new element whenever an arg changes: inline JSON and `lang` are read when the element starts.
  render: (args) =>
    html`${keyed(
      JSON.stringify(args),
      html`<loket-header
        config=${ifDefined(args.config)}
        municipality-name=${ifDefined(args.municipalityName)}
        home-url=${ifDefined(args.homeUrl)}
        logo-src=${ifDefined(args.logoSrc)}
        logo-alt=${ifDefined(args.logoAlt)}
        skip-target=${ifDefined(args.skipTarget)}
        login-url=${ifDefined(args.loginUrl)}
        lang=${ifDefined(args.lang)}
        ?sticky=${!!args.sticky}
        ?navigation-disabled=${!!args.navigationDisabled}
        >${(args.links ?? []).map((l) => html`<a href=${l.href} rel=${ifDefined(l.rel)}>${l.label}</a>`)}${
          args.inlineConfig
            ? html`<script type="application/json">
                ${JSON.stringify(args.inlineConfig)}
              </script>`
            : nothing
        }</loket-header
      >`,
    )}`,
  args: { inlineConfig: headerConfig },
  argTypes: {
    config: { control: 'text' },
    municipalityName: { control: 'text' },
    homeUrl: { control: 'text' },
    logoSrc: { control: 'text' },
    logoAlt: { control: 'text' },
    skipTarget: { control: 'text' },
    loginUrl: { control: 'text' },
    sticky: { control: 'boolean' },
    navigationDisabled: { control: 'boolean' },
    ...configArgTypes,
    // The attribute rows document the HTML API; the controls live on the property rows.
    ...noControls(['municipality-name', 'home-url', 'logo-src', 'logo-alt', 'skip-target', 'login-url', 'navigation-disabled']),
  },
  parameters: { layout: 'fullscreen', docs: docsPage('loket-header') },
} satisfies Meta<HeaderArgs>;

export default meta;

const configured: LoketParameters['shows'] = ['.name', 'nav', '.help-button', '.login'];

export const Default: Story = {
  parameters: { loket: { shows: [...configured, ['.name', 'Gemeente Voorbeeld']] } },
};

/** The snippet as a webmaster pastes it: `config` points at the widget configuration. */
export const RemoteConfiguration: Story = {
  args: { config: REMOTE_CONFIG, inlineConfig: undefined },
  parameters: { loket: { shows: [...configured, ['.umbrella', 'Vlaanderen']] } },
};

/** Attributes only: name, logo and login, no navigation. */
export const AttributesOnly: Story = {
  args: { inlineConfig: undefined, municipalityName: 'Gemeente Heidebeek', logoSrc: LOGO, logoAlt: '', loginUrl: '/aanmelden' },
  parameters: { loket: { shows: [['.name', 'Gemeente Heidebeek'], '.login'] } },
};

export const LongMunicipalityName: Story = {
  args: { inlineConfig: { ...headerConfig, municipality: { ...municipality, name: LONG_NAME } } },
  parameters: { loket: { shows: [['.name', LONG_NAME]] } },
};

export const ManyLinks: Story = {
  args: { inlineConfig: { ...headerConfig, navigation: manyLinks } },
  parameters: { loket: { shows: ['nav li:nth-child(12)'] } },
};

/** The viewport toolbar set to a 360 px phone. */
export const Mobile: Story = {
  globals: { viewport: { value: 'phone360', isRotated: false } },
  parameters: { loket: { shows: ['.menu-button', '.name'], reflow: true } },
};

/** WCAG 1.4.10 reflow at 320 px, in German (the longest labels), with an alert. */
export const Reflow320: Story = {
  args: { lang: 'de', inlineConfig: { ...headerConfig, alert: alert('warning') } },
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  parameters: { loket: { shows: ['.menu-button', ['.name', 'Gemeente Voorbeeld'], '.login'], reflow: true } },
};

/** The header in a 360 px column of a wider page (the container, not the viewport, is narrow). */
export const NarrowContainer: Story = {
  decorators: [narrowBox(360)],
  parameters: { loket: { shows: ['.name', 'nav'], reflow: true } },
};

export const MobileMenuOpen: Story = {
  globals: { viewport: { value: 'phone360', isRotated: false } },
  play: ({ canvasElement }) => openPopup(canvasElement, '.menu-button'),
  parameters: { loket: { shows: ['nav.open', '.menu-button[aria-expanded="true"]'], reflow: true } },
};

const alertStory = (type: AlertType): Story => ({
  args: { inlineConfig: { ...headerConfig, alert: alert(type) } },
  parameters: { loket: { shows: [`.alert.${type}`, ['.alert', alert(type).message]] } },
});

export const AlertInfo = alertStory('info');
export const AlertSuccess = alertStory('success');
export const AlertWarning = alertStory('warning');
export const AlertError = alertStory('error');

/** An alert the reader cannot dismiss (no close button). */
export const AlertNotDismissible: Story = {
  args: { inlineConfig: { ...headerConfig, alert: { ...alert('error'), dismissible: false } } },
  parameters: { loket: { shows: ['.alert.error'] } },
};

const skipLinks: Record<Language, string> = {
  nl: 'Naar de hoofdinhoud',
  fr: 'Aller au contenu principal',
  en: 'Skip to main content',
  de: 'Zum Hauptinhalt springen',
};

const languageStory = (lang: Language): Story => ({
  args: { lang, inlineConfig: { ...headerConfig, alert: alert('info') } },
  parameters: { loket: { shows: [['.skip', skipLinks[lang]], ['.language-button', lang.toUpperCase()], '.alert'] } },
});

export const LanguageDutch = languageStory('nl');
export const LanguageFrench = languageStory('fr');
export const LanguageEnglish = languageStory('en');
export const LanguageGerman = languageStory('de');

const presetStory = (preset: PresetName): Story => ({
  args: { inlineConfig: withPreset({ ...headerConfig, alert: alert('warning') }, preset) },
  parameters: { loket: { shows: ['.name', 'nav', '.alert.warning'] } },
});

export const PresetDefault = presetStory('default');
export const PresetVoorbeeld = presetStory('voorbeeld');
export const PresetScheldeburg = presetStory('scheldeburg');
export const PresetHeidebeek = presetStory('heidebeek');

/** For consent screens: branding only, nothing that leaves the page. */
export const NavigationDisabled: Story = {
  args: { navigationDisabled: true },
  parameters: { loket: { shows: ['span.home', '.name'] } },
};

export const HelpPanelOpen: Story = {
  play: ({ canvasElement }) => openPopup(canvasElement, '.help-button'),
  parameters: { loket: { shows: ['#help:not([hidden])', ['#help', help.email]] } },
};

/** Without language URLs the choices are buttons: the host handles `loket-language-change`. */
export const LanguageMenuOpen: Story = {
  args: { inlineConfig: { ...headerConfig, languages: undefined } },
  play: ({ canvasElement }) => openPopup(canvasElement, '.language-button'),
  parameters: { loket: { shows: ['#languages:not([hidden])', '#languages button[lang="fr"]'] } },
};

/** Stays at the top while the page scrolls. */
export const Sticky: Story = {
  args: { sticky: true },
  parameters: { loket: { shows: ['.name', 'nav'], longPage: true } },
};

/** No JavaScript configuration at all: the plain links a webmaster writes, read on upgrade. */
export const LightDomOnly: Story = {
  args: {
    inlineConfig: undefined,
    links: [
      { label: 'Gemeente Heidebeek', href: '/', rel: 'home' },
      ...navigation.slice(0, 4),
      { label: 'Verenigingsloket', href: 'https://www.verenigingsloket.be/', rel: 'external' },
    ],
  },
  parameters: { loket: { shows: [['.name', 'Gemeente Heidebeek'], 'nav li:nth-child(5)'] } },
};

/** Invalid fields are dropped and logged to the console; the rest still renders. */
export const BadConfig: Story = {
  args: { inlineConfig: badConfig },
  parameters: {
    loket: {
      shows: [['.name', 'Gemeente Voorbeeld'], 'nav li:nth-child(2)'],
      expectedConsoleError: /<loket-header>: invalid configuration/,
    },
  },
};

/** Language links point at the translated pages (otherwise the choice is an event for the host). */
export const LanguageLinks: Story = {
  args: { inlineConfig: { ...headerConfig, languages } },
  play: ({ canvasElement }) => openPopup(canvasElement, '.language-button'),
  parameters: { loket: { shows: ['#languages a[hreflang="fr"]'] } },
};

// ---- Signed in and out: a session of the story's own, through the runtime of its <loket-scope> ----

/** Signed out, with sign-in configured: "Aanmelden" signs in (here as Anna, a persona of the mock backend). */
export const SignedOut: Story = {
  parameters: {
    loket: {
      runtime: { persona: 'p01', session: { status: 'signed-out' }, config: { auth: storyAuth } },
      shows: ['.access .login'],
    },
  },
};

/** The session is still being established (its code loading, a silent sign-in running): nothing to say yet but "Aanmelden". */
export const SigningIn: Story = {
  parameters: {
    loket: {
      runtime: { persona: 'p01', session: { status: 'unknown' }, config: { auth: storyAuth } },
      shows: ['.access .login'],
    },
  },
};

/** Anna, acting for herself: her first name opens the account menu. */
export const SignedInCitizen: Story = {
  parameters: { loket: { runtime: signedIn('p01'), shows: [['[part="account-button"]', 'Anna']] } },
};

/** Koen, acting for the association with the longest name he represents; the name wraps, the tools stay on screen. */
export const SignedInAssociation: Story = {
  parameters: {
    loket: {
      runtime: signedIn('p12', { type: 'VER', code: 'V0001010' }),
      shows: [['[part="account-button"]', 'Harmonie Sint-Cecilia Voorbeeld vzw']],
    },
  },
};

/** The same, on a 360 px phone. */
export const SignedInAssociationMobile: Story = {
  ...SignedInAssociation,
  globals: { viewport: { value: 'phone360', isRotated: false } },
  parameters: { loket: { ...SignedInAssociation.parameters!.loket, reflow: true } },
};

/** Pieter, acting for his bakery. */
export const SignedInCompany: Story = {
  parameters: {
    loket: {
      runtime: signedIn('p04', { type: 'EA', code: '0765123429' }),
      shows: [['[part="account-button"]', 'Bakkerij De Smet BV']],
    },
  },
};

export const AccountMenuOpen: Story = {
  parameters: {
    loket: {
      runtime: signedIn('p03', { type: 'VER', code: 'V0001002' }),
      shows: ['#account:not([hidden])', '.switch', '.logout'],
    },
  },
  play: ({ canvasElement }) => openPopup(canvasElement, '.account-button'),
};

/**
 * The account menu as a municipality's e-loket configures it (`accessMenu`): the application's name,
 * the e-desks for the capacity (a link only for associations, one for everyone) and the site's
 * applications with the e-desk icon.
 */
export const AccountMenuWithApplications: Story = {
  parameters: {
    loket: {
      runtime: (() => {
        const runtime = signedIn('p03', { type: 'VER', code: 'V0001002' });
        return {
          ...runtime,
          config: {
            ...runtime.config,
            accessMenu: {
              applicationName: 'e-loket Gemeente Voorbeeld',
              mainLinks: [
                { label: 'Mijn dossiers', href: '/mijn-dossiers' },
                { label: 'Verenigingsloket', href: 'https://www.verenigingsloket.be', external: true, capacity: 'VER' },
                { label: 'Mijn Burgerprofiel', href: 'https://www.burgerprofiel.be', external: true, capacity: 'BUR' },
              ],
              applicationLinks: [
                { label: 'Zaalverhuur', href: '/zalen', icon: 'e-desk' },
                { label: 'Subsidies aanvragen', href: '/subsidies', icon: 'e-desk-lock' },
              ],
            },
          },
        };
      })(),
      shows: [
        ['.app-name', 'e-loket Gemeente Voorbeeld'],
        ['.main-links', 'Verenigingsloket'],
        ['.app-links', 'Zaalverhuur'],
      ],
    },
  },
  play: ({ canvasElement }) => openPopup(canvasElement, '.account-button'),
};

/**
 * Els chose another capacity in the account menu; the targeted login at the identity provider has
 * not come back (here it never does): the switcher says so and does not take a second choice.
 */
export const SwitchingInProgress: Story = {
  parameters: {
    loket: {
      runtime: signedIn('p03', { type: 'BUR' }, { switchHangs: true }),
      shows: ['#switcher:not([hidden]) loket-capacity-switcher'],
    },
  },
  play: async ({ canvasElement }) => {
    await openPopup(canvasElement, '.account-button');
    const header = canvasElement.querySelector('loket-header')!;
    header.shadowRoot!.querySelector<HTMLButtonElement>('.switch')!.click();
    const switcher = () => header.shadowRoot!.querySelector('loket-capacity-switcher');
    const option = () => switcher()?.shadowRoot?.querySelector<HTMLButtonElement>('[part="option"][aria-current="false"]');
    await waitFor(() => !!option(), 'the capacity switcher to list the identities');
    option()!.click();
    await waitFor(() => !!switcher()!.shadowRoot!.querySelector('[part="option"]:disabled'), 'the switch to start');
  },
};

/** The session could not be renewed: signed out, with the reason. */
export const SessionExpired: Story = {
  parameters: {
    loket: {
      runtime: { persona: 'p01', session: { status: 'signed-out', error: 'expired' }, config: { auth: storyAuth } },
      shows: ['.session-note', '.access .login'],
    },
  },
};

/** The identity provider did not answer: "Opnieuw proberen" tries again (here it then works). */
export const SignInUnavailable: Story = {
  parameters: {
    loket: {
      runtime: { persona: 'p01', session: { status: 'unavailable', error: 'unreachable' }, config: { auth: storyAuth } },
      shows: ['.session-note', '.access .retry'],
    },
  },
};

/** The page is served over http: only its owner can fix that, so there is no retry. */
export const NeedsHttps: Story = {
  parameters: {
    loket: {
      runtime: { persona: 'p01', session: { status: 'unavailable', error: 'insecure' }, config: { auth: storyAuth } },
      shows: ['.session-note'],
    },
  },
};
