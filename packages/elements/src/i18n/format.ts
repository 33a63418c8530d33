import type { Language } from '../config/constants.js';

const FORMATS = {
  dateTime: (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }),
  day: (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
  number: (lang: string) => new Intl.NumberFormat(lang),
  relative: (lang: string) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
};
type Formats = { [K in keyof typeof FORMATS]: ReturnType<(typeof FORMATS)[K]> };
const formatters = new Map<string, unknown>();

/** Intl formatters are costly to create (about a millisecond each): one per language and kind. */
function formatter<K extends keyof Formats>(lang: Language, kind: K): Formats[K] {
  const key = `${lang}:${kind}`;
  let f = formatters.get(key) as Formats[K] | undefined;
  if (!f) formatters.set(key, (f = FORMATS[kind](lang) as Formats[K]));
  return f;
}

/** "1.234" */
export function formatNumber(n: number, lang: Language): string {
  return formatter(lang, 'number').format(n);
}

/** "3 maart 2025 om 14:05", in the reader's time zone. */
export function formatDateTime(date: Date, lang: Language): string {
  return formatter(lang, 'dateTime').format(date);
}

/** "3 maart 2025" for `2025-03-03`: a calendar day, read in UTC so no time zone moves it a day. */
export function formatDay(isoDay: string, lang: Language): string {
  return formatter(lang, 'day').format(new Date(`${isoDay}T00:00:00Z`));
}

/** "3 dagen geleden", "vorige maand": the largest unit that is at least one. */
export function formatRelative(date: Date, lang: Language, now = Date.now()): string {
  const seconds = (date.getTime() - now) / 1000;
  const format = formatter(lang, 'relative');
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(0, 'minute');
}
