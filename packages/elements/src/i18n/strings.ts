import type { Language } from '../config/schema.js';

/** Every built-in string, in Dutch (the default). Placeholders are written {name}. */
export const nl = {
  skipLink: 'Naar de hoofdinhoud',
  home: 'Startpagina van {name}',
  homePage: 'Startpagina',
  mainNav: 'Hoofdmenu',
  menu: 'Menu',
  language: 'Taal',
  languageCurrent: 'Huidige taal: {language}',
  help: 'Hulp nodig?',
  helpTitle: 'Hulp en contact',
  helpPhone: 'Telefoon',
  helpHours: 'Openingsuren',
  helpEmail: 'E-mail',
  helpContactForm: 'Naar het contactformulier',
  helpAddress: 'Adres',
  close: 'Sluiten',
  login: 'Aanmelden',
  logout: 'Afmelden',
  loginUnavailable: 'Aanmelden is nu niet mogelijk',
  retry: 'Opnieuw proberen',
  external: '(externe website)',
  alertDismiss: 'Melding sluiten',
  alertInfo: 'Informatie',
  alertSuccess: 'Gelukt',
  alertWarning: 'Waarschuwing',
  alertError: 'Fout',
  footer: 'Voettekst van {name}',
  contact: 'Contact',
  address: 'Adres',
  phone: 'Telefoon',
  email: 'E-mail',
  hours: 'Openingsuren',
  legal: 'Juridische informatie',
  social: 'Sociale media',
  languages: 'Andere talen',
  footerMore: 'Meer over deze website',
  officialLine: 'Dit is een officiële website van {name}.',
  umbrella: 'Vlaanderen',
  loginFailed: 'Aanmelden is niet gelukt. Probeer opnieuw.',
  sessionExpired: 'Uw sessie is verlopen. Meld opnieuw aan.',
  loginInsecure: 'Aanmelden kan alleen op een beveiligde (https) website.',
  actingFor: 'namens {name}',
  account: 'Uw account',
  signedInAs: 'Aangemeld als {name}',
  switchCapacity: 'Wissel van hoedanigheid',
  eDeskCitizen: 'Mijn Burgerprofiel',
  eDeskAssociation: 'Verenigingsloket',
  eDeskCompany: 'e-loket voor ondernemers',
  mainLinks: 'Uw e-loketten',
  applicationLinksOf: 'Toepassingen van {name}',
  applicationLinks: 'Toepassingen',
} as const;

export type StringKey = keyof typeof nl;
export type Strings = Record<StringKey, string>;

/**
 * Dutch is built in; the other languages are separate chunks, loaded before an element's first
 * render on a page in that language (so there is no flash of Dutch).
 */
export const loaders: Record<Exclude<Language, 'nl'>, () => Promise<{ default: Strings }>> = {
  fr: () => import('./lang/fr.js'),
  en: () => import('./lang/en.js'),
  de: () => import('./lang/de.js'),
};

/** Each language's name in that language, for the language switcher. */
export const languageNames: Record<Language, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
  de: 'Deutsch',
};
