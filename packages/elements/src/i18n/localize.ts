import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES, type Language } from '../config/constants.js';
import { log } from '../core/log.js';
import { loaders, nl, type StringKey, type Strings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** `nl-BE` → `nl`; anything loket does not speak → `nl`. */
export function toLanguage(tag: string | null | undefined): Language {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'nl';
}

const loaded: Partial<Record<Language, Strings>> = { nl };
const loading = new Map<Language, Promise<void>>();

/** Resolves when the strings of `lang` are available (at once for Dutch). */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'nl' || loaded[lang]) return Promise.resolve();
  let promise = loading.get(lang);
  if (!promise) {
    promise = loaders[lang]()
      .then((m) => void (loaded[lang] = m.default))
      .catch(() => log.warn(`could not load the "${lang}" strings; showing Dutch.`));
    loading.set(lang, promise);
  }
  return promise;
}

/** The language an element speaks: its own `lang` attribute, else `<html lang>`. */
export function languageOf(el: Element): Language {
  return toLanguage(el.getAttribute('lang') || document.documentElement.lang);
}

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function observeDocumentLanguage(): void {
  if (observer) return;
  // One observer for the whole page, however many elements: <html lang> changes re-render them all.
  observer = new MutationObserver(() => {
    const lang = toLanguage(document.documentElement.lang);
    void loadLanguage(lang).then(() => hosts.forEach((h) => h.requestUpdate()));
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** An element's own strings in every language (they live in its chunk, not in the shared table). */
export type StringTables<K extends string> = Record<Language, Record<K, string>>;

/**
 * Follows `<html lang>` (or the element's own `lang` attribute) and translates built-in strings,
 * with per-instance overrides. `K` is the key type of an element's own tables, if it has them.
 */
export class LocalizeController<K extends string = never> implements ReactiveController {
  constructor(
    private readonly host: Host,
    /** Per-instance overrides by language then key, from configuration. */
    private readonly overrides: () => Partial<Record<Language, Record<string, string>>> | undefined = () => undefined,
    /** The element's own strings, looked up before the shared ones. */
    private readonly own?: StringTables<K>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observeDocumentLanguage();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  get lang(): Language {
    return languageOf(this.host);
  }

  /** The string for `key` in the current language, with `{placeholders}` filled in. */
  t(key: StringKey | K, values: Record<string, string> = {}): string {
    const lang = this.lang;
    const own = this.own?.[lang] as Record<string, string> | undefined;
    const template = this.overrides()?.[lang]?.[key] ?? own?.[key] ?? (loaded[lang] ?? nl)[key as StringKey];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  }
}
