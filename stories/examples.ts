import type { AlertType, LoketConfig, LoketLink, PresetName } from '../packages/elements/src/config/schema.js';

/**
 * The example data behind every story and the story tests (GOV.UK's "examples" idea): one place,
 * so what the docs show is exactly what axe checks.
 */

/** Relative, so it resolves both in Storybook (static dir) and in the test runner (served from the root). */
export const LOGO = 'packages/elements/test/fixtures/logo.svg';
export const REMOTE_CONFIG = 'packages/elements/test/fixtures/voorbeeld.config.json';

export const municipality = {
  id: 'gemeente-voorbeeld',
  name: 'Gemeente Voorbeeld',
  homeUrl: '/',
  logo: { src: LOGO, alt: '' },
  umbrella: { label: 'Vlaanderen', href: 'https://www.vlaanderen.be/' },
} satisfies LoketConfig['municipality'];

/** 95 characters: the name wraps instead of pushing the tools off screen. */
export const LONG_NAME = 'Autonoom Gemeentebedrijf voor Stadsontwikkeling en Lokale Economie van Sint-Martens-Latem-Deurle';

export const navigation: LoketLink[] = [
  { label: 'Wonen en bouwen', href: '/wonen' },
  { label: 'Vrije tijd', href: '/vrije-tijd' },
  { label: 'Afval', href: '/afval' },
  { label: 'Gezin en welzijn', href: '/welzijn' },
  { label: 'Verenigingsloket', href: 'https://www.verenigingsloket.be/', external: true },
];

export const manyLinks: LoketLink[] = [
  'Wonen',
  'Bouwen en verbouwen',
  'Mobiliteit',
  'Afval',
  'Vrije tijd',
  'Sport',
  'Cultuur',
  'Onderwijs',
  'Gezin en welzijn',
  'Ondernemen',
  'Bestuur',
  'Nieuws',
].map((label) => ({ label, href: `/${label.toLowerCase().replace(/\s+/g, '-')}` }));

export const languages = {
  nl: '/nl/',
  fr: '/fr/',
  en: '/en/',
  de: '/de/',
} satisfies LoketConfig['languages'];

export const help = {
  phone: '050 12 34 56',
  hours: 'Ma–vr 9–12 uur, do ook 14–19 uur',
  email: 'info@voorbeeld.be',
  contactUrl: '/contact',
  address: 'Marktplein 1, 8000 Voorbeeld',
} satisfies LoketConfig['help'];

const alertMessages: Record<AlertType, string> = {
  info: 'Het gemeentehuis is gesloten op 11 november.',
  success: 'De storing in het e-loket is opgelost.',
  warning: 'Door onderhoud is het e-loket zaterdag van 8 tot 12 uur niet bereikbaar.',
  error: 'Het e-loket is nu niet bereikbaar. We werken aan een oplossing.',
};

export function alert(type: AlertType): NonNullable<LoketConfig['alert']> {
  return { id: `voorbeeld-${type}`, type, message: alertMessages[type], link: { label: 'Meer informatie', href: '/nieuws' } };
}

/** What a typical municipality configures: everything the header shows. */
export const headerConfig: LoketConfig = {
  municipality,
  navigation,
  languages,
  help,
  login: { url: '/aanmelden' },
};

export const contact = {
  address: 'Marktplein 1, 8000 Voorbeeld',
  phone: '050 12 34 56',
  email: 'info@voorbeeld.be',
  hours: 'Ma–vr 9–12 uur',
} satisfies NonNullable<LoketConfig['footer']>['contact'];

export const footerGroups: NonNullable<NonNullable<LoketConfig['footer']>['groups']> = [
  {
    title: 'Diensten',
    links: [
      { label: 'Afvalkalender', href: '/afval' },
      { label: 'Rijbewijs en identiteitskaart', href: '/identiteit' },
      { label: 'Omgevingsvergunning', href: '/vergunning' },
    ],
  },
  {
    title: 'Bestuur',
    links: [
      { label: 'Gemeenteraad', href: '/gemeenteraad' },
      { label: 'Bekendmakingen', href: '/bekendmakingen' },
      { label: 'Vacatures', href: '/vacatures' },
    ],
  },
  {
    title: 'Leven',
    links: [
      { label: 'Vrije tijd', href: '/vrije-tijd' },
      { label: 'Onderwijs', href: '/onderwijs' },
    ],
  },
  {
    title: 'Vlaanderen',
    links: [
      { label: 'Mijn Burgerprofiel', href: 'https://www.vlaanderen.be/mijn-burgerprofiel' },
      { label: 'Verenigingsloket', href: 'https://www.verenigingsloket.be/', external: true },
    ],
  },
];

export const legal: LoketLink[] = [
  { label: 'Privacy', href: '/privacy' },
  { label: 'Cookies', href: '/cookies' },
  { label: 'Toegankelijkheid', href: '/toegankelijkheid' },
];

export const social = [
  { label: 'Facebook', href: 'https://www.facebook.com/gemeentevoorbeeld', network: 'facebook' },
  { label: 'Instagram', href: 'https://www.instagram.com/gemeentevoorbeeld', network: 'instagram' },
  { label: 'LinkedIn', href: 'https://www.linkedin.com/company/gemeentevoorbeeld', network: 'linkedin' },
] satisfies NonNullable<LoketConfig['footer']>['social'];

/** A typical footer: contact details, two groups and the legal links. */
export const footerConfig: LoketConfig = {
  municipality: { name: municipality.name },
  footer: { contact, groups: footerGroups.slice(0, 2), legal },
};

/** Every block the footer has. */
export const fullFooterConfig: LoketConfig = {
  municipality: { name: municipality.name },
  languages,
  footer: { contact, groups: footerGroups, legal, social },
};

export function withPreset(config: LoketConfig, preset: PresetName): LoketConfig {
  return { ...config, theme: { preset } };
}

/**
 * Broken on purpose: a `javascript:` link, an unknown alert type, a token that tries to escape its
 * declaration, a key loket does not know. The element drops each bad field, logs why, and renders the rest.
 */
export const badConfig: Record<string, unknown> = {
  municipality: { name: 'Gemeente Voorbeeld', logo: { src: 'javascript:alert(1)', alt: '' } },
  navigation: [
    { label: 'Wonen', href: '/wonen' },
    { label: 'Kwaad', href: 'javascript:alert(1)' },
    { label: 'Vrije tijd', href: '/vrije-tijd' },
  ],
  alert: { id: 'kapot', type: 'panic', message: 'Dit type bestaat niet' },
  theme: { tokens: { '--loket-color-brand': 'red; } body { display: none' } },
  footer: { groups: 'not a list', legal },
  colour: 'purple',
};
