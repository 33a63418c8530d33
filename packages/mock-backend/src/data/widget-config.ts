/**
 * The widget configuration platform: header and footer configuration of each municipality,
 * in the shape of the elements' LoketConfig schema (packages/elements/src/config/schema.ts).
 * `auth` points at this backend, so a page that only loads the remote config can sign in.
 */

export type WidgetConfig = Record<string, unknown>;

interface MunicipalitySite {
  id: string;
  name: string;
  host: string;
  preset: 'voorbeeld' | 'scheldeburg' | 'heidebeek';
  kind: 'Gemeente' | 'Stad';
  address: string;
  phone: string;
  email: string;
  hours: string;
  alert?: {
    id: string;
    type: 'info' | 'success' | 'warning' | 'error';
    message: string;
    link?: { label: string; href: string };
    dismissible?: boolean;
  };
  nav: [string, string][];
  tokens?: Record<string, string>;
}

const SITES: MunicipalitySite[] = [
  {
    id: 'gemeente-voorbeeld',
    name: 'Gemeente Voorbeeld',
    host: 'https://www.voorbeeld.example',
    preset: 'voorbeeld',
    kind: 'Gemeente',
    address: 'Dorpsplein 1, 9999 Voorbeeld',
    phone: '09 123 45 67',
    email: 'info@voorbeeld.example',
    hours: 'Maandag tot vrijdag van 9 tot 12 uur, woensdag ook van 14 tot 19 uur',
    alert: {
      id: 'werken-dorpsplein-2026',
      type: 'warning',
      message: 'Door werken aan het Dorpsplein is het gemeentehuis tot 15 december enkel bereikbaar via de Kerkstraat.',
      link: { label: 'Omleiding bekijken', href: 'https://www.voorbeeld.example/nieuws/werken-dorpsplein' },
      dismissible: true,
    },
    nav: [
      ['Wonen en verbouwen', '/wonen'],
      ['Vrije tijd', '/vrije-tijd'],
      ['Ondernemen', '/ondernemen'],
      ['Verenigingen', '/verenigingen'],
      ['Bestuur', '/bestuur'],
    ],
  },
  {
    id: 'stad-scheldeburg',
    name: 'Stad Scheldeburg',
    host: 'https://www.scheldeburg.example',
    preset: 'scheldeburg',
    kind: 'Stad',
    address: 'Grote Markt 1, 9998 Scheldeburg',
    phone: '03 987 65 43',
    email: 'contact@scheldeburg.example',
    hours: 'Elke werkdag van 8.30 tot 16 uur, donderdag tot 19 uur (op afspraak)',
    alert: {
      id: 'verkiezingen-2026',
      type: 'info',
      message: 'Vraag uw volmacht voor de verkiezingen tijdig aan bij de dienst Burgerzaken.',
      link: { label: 'Meer over volmachten', href: 'https://www.scheldeburg.example/verkiezingen' },
      dismissible: true,
    },
    nav: [
      ['Leven en welzijn', '/leven'],
      ['Mobiliteit', '/mobiliteit'],
      ['Cultuur en sport', '/cultuur-sport'],
      ['Ondernemen', '/ondernemen'],
      ['Verenigingsloket', '/verenigingsloket'],
      ['Stadsbestuur', '/bestuur'],
    ],
  },
  {
    id: 'gemeente-heidebeek',
    name: 'Gemeente Heidebeek',
    host: 'https://www.heidebeek.example',
    preset: 'heidebeek',
    kind: 'Gemeente',
    address: 'Heidestraat 2, 3999 Heidebeek',
    phone: '011 22 33 44',
    email: 'gemeente@heidebeek.example',
    hours: 'Maandag tot vrijdag van 8.30 tot 12 uur en op dinsdagavond van 17 tot 19 uur',
    nav: [
      ['Wonen', '/wonen'],
      ['Natuur en milieu', '/natuur'],
      ['Vrije tijd', '/vrije-tijd'],
      ['Verenigingen', '/verenigingen'],
      ['Contact', '/contact'],
    ],
    tokens: { '--loket-radius': '6px' },
  },
];

export const WIDGET_MUNICIPALITIES = SITES.map((s) => s.id);

export function widgetConfig(id: string, backend: { issuer: string; apiBase: string }): WidgetConfig | undefined {
  const s = SITES.find((x) => x.id === id);
  if (!s) return undefined;
  const config: WidgetConfig = {
    municipality: {
      id: s.id,
      name: s.name,
      homeUrl: `${s.host}/`,
      logo: { src: `${s.host}/assets/logo-${s.id}.svg`, alt: `Logo ${s.name}` },
      umbrella: { label: 'Vlaanderen', href: 'https://www.vlaanderen.be' },
    },
    navigation: s.nav.map(([label, path]) => ({ label, href: `${s.host}${path}` })),
    languages: { nl: `${s.host}/`, fr: `${s.host}/fr/`, en: `${s.host}/en/` },
    skipTarget: '#main',
    ...(s.alert ? { alert: s.alert } : {}),
    help: {
      phone: s.phone,
      hours: s.hours,
      email: s.email,
      contactUrl: `${s.host}/contact`,
      address: s.address,
    },
    login: { url: `${s.host}/aanmelden` },
    auth: { authority: backend.issuer, clientId: 'loket-demo', apiBase: backend.apiBase },
    sticky: false,
    footer: {
      contact: { address: s.address, phone: s.phone, email: s.email, hours: s.hours },
      groups: [
        {
          title: 'Snel naar',
          links: [
            { label: 'Afspraak maken', href: `${s.host}/afspraak` },
            { label: 'Afvalkalender', href: `${s.host}/afval` },
            { label: 'Vacatures', href: `${s.host}/vacatures` },
            { label: 'Meldingen en klachten', href: `${s.host}/melding` },
          ],
        },
        {
          title: s.kind === 'Stad' ? 'Stadsbestuur' : 'Gemeentebestuur',
          links: [
            { label: 'Gemeenteraad', href: `${s.host}/bestuur/gemeenteraad` },
            { label: 'Bekendmakingen', href: `${s.host}/bekendmakingen` },
            { label: 'Verenigingsloket', href: 'https://www.verenigingsloket.be', external: true },
          ],
        },
      ],
      legal: [
        { label: 'Privacyverklaring', href: `${s.host}/privacy` },
        { label: 'Cookieverklaring', href: `${s.host}/cookies` },
        { label: 'Toegankelijkheidsverklaring', href: `${s.host}/toegankelijkheid` },
      ],
      social: [
        { label: `${s.name} op Facebook`, href: `https://www.facebook.com/${s.id}`, network: 'facebook' },
        { label: `${s.name} op Instagram`, href: `https://www.instagram.com/${s.id.replace(/-/g, '')}`, network: 'instagram' },
      ],
      officialLine: `${s.name} is een lokaal bestuur in Vlaanderen.`,
    },
    theme: { preset: s.preset, ...(s.tokens ? { tokens: s.tokens } : {}) },
  };
  return config;
}
