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

/**
 * An element's own strings: Dutch in its chunk, each other language in a chunk of its own that
 * only a page in that language loads — as the shared strings are split.
 */
export interface OwnStrings<K extends string> {
  nl: Record<K, string>;
  load: Record<Exclude<Language, 'nl'>, () => Promise<{ default: Record<K, string> }>>;
}

/** The own strings of the elements on the page (registered by their LocalizeController): what each language loaded. */
interface OwnState {
  byLang: Partial<Record<Language, Record<string, string>>>;
  loading: Partial<Record<Language, Promise<void>>>;
}
const ownTables = new Map<OwnStrings<string>, OwnState>();

function loadOwn(table: OwnStrings<string>, state: OwnState, lang: Exclude<Language, 'nl'>): Promise<void> {
  return (state.loading[lang] ??= table.load[lang]()
    .then((m) => void (state.byLang[lang] = m.default))
    .catch(() => log.warn(`could not load an element's "${lang}" strings; showing Dutch.`)));
}

/**
 * Resolves when the strings of `lang` are available (at once for Dutch): the shared ones and
 * those of every element that registered its own.
 */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'nl') return Promise.resolve();
  let shared = loading.get(lang);
  if (!shared && !loaded[lang]) {
    shared = loaders[lang]()
      .then((m) => void (loaded[lang] = m.default))
      .catch(() => log.warn(`could not load the "${lang}" strings; showing Dutch.`));
    loading.set(lang, shared);
  }
  const own = [...ownTables].filter(([, state]) => !state.byLang[lang]).map(([table, state]) => loadOwn(table, state, lang));
  return own.length || shared ? Promise.all([shared, ...own]).then(() => undefined) : Promise.resolve();
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
    private readonly own?: OwnStrings<K>,
  ) {
    host.addController(this);
    // Registered before the host's first update, which waits for loadLanguage() of its language.
    if (own && !ownTables.has(own)) ownTables.set(own, { byLang: { nl: own.nl }, loading: {} });
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
    const table = this.own;
    // Dutch until (or when it cannot be) loaded: the first render waits for it, see loadLanguage().
    const own: Record<string, string> | undefined = table && (ownTables.get(table)?.byLang[lang] ?? table.nl);
    const template = this.overrides()?.[lang]?.[key] ?? own?.[key] ?? (loaded[lang] ?? nl)[key as StringKey];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  }
}
