import { LANGUAGES, type Language } from '../config/constants.js';

/** The page language as the Flemish widgets read it: `<html lang>`, `nl-BE` and `NL` included; else nl. */
export function pageLanguage(): Language {
  const lang = (document.documentElement.lang || 'nl').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'nl';
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Whether `value` is a v5 `Translatable` dictionary (`{ nl: …, fr: … }`) rather than the value itself. */
export function isDictionary(value: unknown): value is Partial<Record<Language, unknown>> {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
}

/** A v5 `Translatable<T>` in the page language (else Dutch, else the first one given). */
export function translate<T>(value: T | Partial<Record<Language, T>> | undefined, lang: Language): T | undefined {
  if (!isDictionary(value)) return value as T | undefined;
  const dict = value as Partial<Record<Language, T>>;
  return dict[lang] ?? dict.nl ?? Object.values(dict)[0];
}
