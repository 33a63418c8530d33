/**
 * The catalogue's search: filters (audience, theme, type, municipality, words) and the order
 * (products fitting the association's main activities first, then the municipality's own, then
 * by title), over indexes built once. One pass over the pre-sorted products per new query, and
 * the result is kept for the next pages, so page 1 and page 500 of 10,000 products cost alike.
 */
import {
  LPDC_AUDIENCES,
  LPDC_THEMES,
  type Hoofdactiviteit,
  type LpdcTheme,
  type LpdcType,
} from '../../../elements/src/api/contract.ts';
import { ACTIVITY_THEMES } from './activity-themes.ts';
import { codelists } from './codelists.ts';
import type { CatalogueEntry, Product } from './products.ts';

export interface CatalogueQuery {
  audience: 'Burger' | 'Vereniging' | 'Onderneming' | 'all';
  theme: LpdcTheme | null;
  type: LpdcType | null;
  q: string | undefined;
  /** Marks this municipality's products as its own (first) and leaves out other municipalities'. */
  municipality: string | null;
  /** The main activities of the association the caller acts for: its fitting products first. */
  activities: string[];
  offset: number;
  limit: number;
}

export interface Reason {
  reason: 'hoofdactiviteit';
  code: string;
  naam: string;
  thema: LpdcTheme;
}

const themeBit = (t: LpdcTheme) => 1 << LPDC_THEMES.indexOf(t);
const audienceBit = (a: string) => 1 << (LPDC_AUDIENCES as readonly string[]).indexOf(a);

/** Lower case without accents, for matching "Café" to "cafe". */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const CACHE_SIZE = 64;

export class Catalogue {
  readonly size: number;
  readonly #products: Product[];
  readonly #gemeente: (string | null)[];
  readonly #text: string[];
  readonly #themes: Uint16Array;
  readonly #audiences: Uint16Array;
  /** Product indexes by title (Dutch collation), then id. */
  readonly #byTitle: Uint32Array;
  readonly #cache = new Map<string, Uint32Array>();

  constructor(entries: CatalogueEntry[]) {
    this.size = entries.length;
    this.#products = entries.map((e) => e.product);
    this.#gemeente = entries.map((e) => e.gemeente);
    this.#text = this.#products.map((p) => fold(`${p.titel}\n${p.beschrijving}\n${p.zoektermen.join('\n')}`));
    this.#themes = Uint16Array.from(this.#products, (p) => p.themas.reduce((m, t) => m | themeBit(t), 0));
    this.#audiences = Uint16Array.from(this.#products, (p) => p.doelgroepen.reduce((m, a) => m | audienceBit(a), 0));
    const collator = new Intl.Collator('nl');
    this.#byTitle = Uint32Array.from(
      this.#products
        .map((_, i) => i)
        .sort((a, b) => collator.compare(this.#products[a]!.titel, this.#products[b]!.titel) || a - b),
    );
  }

  search(query: CatalogueQuery): { items: (Product & { eigen: boolean; reasons: Reason[] })[]; total: number } {
    const activities = [...new Set(query.activities)].filter((c): c is Hoofdactiviteit => c in ACTIVITY_THEMES);
    const order = this.#matches(query, activities);
    const items = [...order.subarray(query.offset, query.offset + query.limit)].map((i) => {
      const p = this.#products[i]!;
      const reasons: Reason[] = [];
      for (const code of activities) {
        const thema = ACTIVITY_THEMES[code].find((t) => p.themas.includes(t));
        if (thema)
          reasons.push({ reason: 'hoofdactiviteit', code, naam: codelists.hoofdactiviteitenVerenigingsloket[code]!, thema });
      }
      return { ...p, eigen: query.municipality !== null && this.#gemeente[i] === query.municipality, reasons };
    });
    return { items, total: order.length };
  }

  /** Every matching product index in answer order (cached per query, whatever the page). */
  #matches(query: CatalogueQuery, activities: Hoofdactiviteit[]): Uint32Array {
    const key = JSON.stringify([query.audience, query.theme, query.type, query.q, query.municipality, activities]);
    const hit = this.#cache.get(key);
    if (hit) {
      this.#cache.delete(key);
      this.#cache.set(key, hit);
      return hit;
    }
    const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
    const aud = query.audience === 'all' ? 0 : audienceBit(query.audience);
    const theme = query.theme ? themeBit(query.theme) : 0;
    const masks = activities.map((c) => ACTIVITY_THEMES[c].reduce((m, t) => m | themeBit(t), 0));
    // Buckets: activities matched (most first), then own products before the others.
    const buckets: number[][] = Array.from({ length: (masks.length + 1) * 2 }, () => []);
    for (const i of this.#byTitle) {
      if (aud && !(this.#audiences[i]! & aud)) continue;
      if (theme && !(this.#themes[i]! & theme)) continue;
      const p = this.#products[i]!;
      if (query.type && p.type !== query.type) continue;
      const g = this.#gemeente[i];
      if (query.municipality && g !== null && g !== query.municipality) continue;
      if (words.length && !words.every((w) => this.#text[i]!.includes(w))) continue;
      let score = 0;
      for (const m of masks) if (this.#themes[i]! & m) score++;
      const own = query.municipality !== null && g === query.municipality ? 0 : 1;
      buckets[(masks.length - score) * 2 + own]!.push(i);
    }
    const order = Uint32Array.from(buckets.flat());
    this.#cache.set(key, order);
    if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
    return order;
  }
}
