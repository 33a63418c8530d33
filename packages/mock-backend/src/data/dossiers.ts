/**
 * DOSIS mock: the dossiers of an owner (citizen by INSZ, association by vCode, company by KBO
 * number) are generated lazily and deterministically from (owner seed, index). Ids are keyed
 * (HMAC with a per-instance secret), so they reveal nothing about the owner. Only compact columns
 * (typed arrays) are kept per owner, built on first access, so the 100,000-dossier association
 * costs ~2.5 MB and a few tens of milliseconds once, and nothing at startup. Filtering, sorting
 * and paging run over the columns, so `total` is always exact.
 */
import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import {
  DOSSIER_STATUS_CODES,
  type Capacity,
  type DossierSort,
  type DossierStatusCode,
  type DossierStatusFilter,
  type EntityLevel,
} from '../../../elements/src/api/contract.ts';
import { OPEN_STATUSES, statusLabel } from './codelists.ts';
import { hashString, prng, slug } from './ids.ts';

interface Template {
  entity: string;
  level: EntityLevel;
  title: string;
  ref: string;
  action: string;
}

const T = (entity: string, level: EntityLevel, title: string, ref: string, action: string): Template => ({
  entity,
  level,
  title,
  ref,
  action,
});

/** Realistic dossier types per audience; the source government ("entiteit") of each. */
const TEMPLATES: Record<Capacity, Template[]> = {
  BUR: [
    T(
      'Gemeente Voorbeeld',
      'lokaal',
      'Aanvraag bewonersparkeerkaart',
      'GVB-PK',
      'Bezorg een kopie van het inschrijvingsbewijs van uw wagen.',
    ),
    T(
      'Stad Scheldeburg',
      'lokaal',
      'Melding verbouwingswerken',
      'SCH-OV',
      'Bezorg een bouwplan met de afmetingen van de aanbouw.',
    ),
    T('Gemeente Heidebeek', 'lokaal', 'Premie regenwaterput', 'HDB-PR', 'Bezorg een foto van de geplaatste regenwaterput.'),
    T(
      'Agentschap Opgroeien',
      'Vlaams',
      'Groeipakket: schooltoeslag',
      'OPG-GP',
      'Bevestig de gezinssamenstelling in het formulier.',
    ),
    T(
      'Departement Onderwijs en Vorming',
      'Vlaams',
      'Studietoelage hoger onderwijs',
      'ONW-ST',
      'Bezorg het inkomensattest van uw ouders.',
    ),
    T('Wonen in Vlaanderen', 'Vlaams', 'Mijn VerbouwPremie', 'WIV-VP', 'Bezorg de eindfactuur van de aannemer.'),
    T(
      'Vlaamse Belastingdienst',
      'Vlaams',
      'Vermindering onroerende voorheffing',
      'VLABEL-OV',
      'Bezorg het attest van gezinslast.',
    ),
    T(
      'Departement Omgeving',
      'Vlaams',
      'Omgevingsvergunning: bouwen van een carport',
      'OMV',
      'Vul het dossier aan met een inplantingsplan.',
    ),
    T(
      'Provincie Oost-Vlaanderen',
      'provinciaal',
      'Subsidie kleinschalige erfgoedprojecten',
      'POV-ER',
      'Bezorg twee offertes voor de werken.',
    ),
    T(
      'FOD Financiën',
      'federaal',
      'Aangifte personenbelasting',
      'FIN-PB',
      'Onderteken het voorstel van vereenvoudigde aangifte.',
    ),
    T(
      'FOD Mobiliteit en Vervoer',
      'federaal',
      'Aanvraag gepersonaliseerde nummerplaat',
      'MOB-NP',
      'Betaal de retributie om de aanvraag te vervolledigen.',
    ),
  ],
  VER: [
    T(
      'Gemeente Voorbeeld',
      'lokaal',
      'Evenementenaanvraag buurtfeest',
      'GVB-EV',
      'Bezorg het veiligheidsplan van het evenement.',
    ),
    T('Stad Scheldeburg', 'lokaal', 'Ontlenen materiaal uitleendienst', 'SCH-UD', 'Bevestig de afhaaldatum van het materiaal.'),
    T(
      'Gemeente Heidebeek',
      'lokaal',
      'Werkingssubsidie erkende vereniging',
      'HDB-WS',
      'Bezorg het activiteitenverslag van vorig jaar.',
    ),
    T('Stad Scheldeburg', 'lokaal', 'Gebruik zaal De Kaai', 'SCH-ZA', 'Bezorg het attest brandverzekering.'),
    T(
      'Agentschap Opgroeien',
      'Vlaams',
      'Subsidie jeugdwerkinitiatief',
      'OPG-JW',
      'Vul de begroting aan met de personeelskosten.',
    ),
    T(
      'Departement Cultuur, Jeugd en Media',
      'Vlaams',
      'Projectsubsidie amateurkunsten',
      'CJM-PS',
      'Bezorg een gedetailleerde projectbeschrijving.',
    ),
    T('Sport Vlaanderen', 'Vlaams', 'Subsidie sportkampen', 'SV-SK', 'Bezorg de lijst met gekwalificeerde monitoren.'),
    T(
      'Agentschap Natuur en Bos',
      'Vlaams',
      'Toelating activiteit in natuurgebied',
      'ANB-TA',
      'Duid het parcours aan op de kaart.',
    ),
    T(
      'Provincie Antwerpen',
      'provinciaal',
      'Provinciale subsidie vrijetijdsinitiatief',
      'PANT-VT',
      'Bezorg het rekeningnummer van de vereniging.',
    ),
    T(
      'Provincie Oost-Vlaanderen',
      'provinciaal',
      'Ondersteuning vrijwilligersverzekering',
      'POV-VV',
      'Bevestig het aantal vrijwilligers.',
    ),
    T('FOD Financiën', 'federaal', 'Aangifte rechtspersonenbelasting', 'FIN-RPB', 'Dien de aangifte in via MyMinfin.'),
    T(
      'Nationale Bank van België',
      'federaal',
      'Neerlegging jaarrekening',
      'NBB-JR',
      'Vervolledig de toelichting bij de jaarrekening.',
    ),
  ],
  EA: [
    T('Gemeente Voorbeeld', 'lokaal', 'Terrasvergunning', 'GVB-TV', 'Bezorg een plan van de terrasinrichting.'),
    T('Stad Scheldeburg', 'lokaal', 'Aanvraag inname openbaar domein', 'SCH-IO', 'Bezorg de signalisatievergunning.'),
    T(
      'Agentschap Innoveren & Ondernemen',
      'Vlaams',
      'KMO-portefeuille: opleiding',
      'VLAIO-KP',
      'Bezorg het deelnameattest van de opleiding.',
    ),
    T('Departement Werk en Sociale Economie', 'Vlaams', 'Opleidingscheques', 'WSE-OC', 'Bevestig de gegevens van de werknemer.'),
    T(
      'Departement Omgeving',
      'Vlaams',
      'Omgevingsvergunning: uitbreiding werkplaats',
      'OMV',
      'Vul het dossier aan met een mobiliteitstoets.',
    ),
    T('Provincie Limburg', 'provinciaal', 'Subsidie duurzaam ondernemen', 'PLI-DO', 'Bezorg de energie-audit.'),
    T('FOD Financiën', 'federaal', 'Teruggaaf btw-tegoed', 'FIN-BTW', 'Bezorg de gevraagde aankoopfacturen.'),
    T('FOD Economie', 'federaal', 'Wijziging gegevens KBO', 'ECO-KBO', 'Bevestig het nieuwe adres van de vestigingseenheid.'),
    T(
      'Rijksdienst voor Sociale Zekerheid',
      'federaal',
      'Aangifte tewerkstelling (Dimona)',
      'RSZ-DIM',
      'Corrigeer de begindatum van de tewerkstelling.',
    ),
  ],
};

/** Status distribution (cumulative weights). */
const STATUS_WEIGHTS: [DossierStatusCode, number][] = [
  ['ontvangen', 0.12],
  ['in-behandeling', 0.37],
  ['aanvulling-gevraagd', 0.49],
  ['beslist-goedgekeurd', 0.74],
  ['beslist-afgewezen', 0.82],
  ['afgesloten', 1],
];

/** Fixed reference "now" so data is identical on every start: 2026-11-20T09:00:00Z. */
export const DATA_NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
const DAY = 86_400_000;

export interface DossierOwner {
  type: Capacity;
  /** INSZ, vCode or KBO number. Never exposed in dossier ids. */
  key: string;
  /** Seeds the generated content; a fixture handle, never an INSZ (references would betray it). */
  seed: string;
  count: number;
}

export interface DossierSummary {
  id: string;
  title: string;
  reference: string;
  entity: { name: string; level: EntityLevel };
  status: { code: DossierStatusCode; label: string };
  actionRequired: boolean;
  action?: { description: string; dueDate: string };
  lastChanged: string;
  sourceUrl: string;
}

export interface DossierDetail extends DossierSummary {
  history: { status: { code: DossierStatusCode; label: string }; date: string; note?: string }[];
}

export interface DossierQuery {
  status: DossierStatusFilter;
  actionRequired: boolean;
  q: string | undefined;
  sort: DossierSort;
  page: number;
  pageSize: number;
}

export interface DossierPage {
  items: DossierSummary[];
  total: number;
  page: number;
  pageSize: number;
  counts: { open: number; closed: number; actionRequired: number };
}

/** `D` and 32 hex digits (128 bits). */
export const DOSSIER_ID = /^D[0-9A-F]{32}$/;

if (
  DOSSIER_STATUS_CODES.indexOf('aanvulling-gevraagd') !== 2 ||
  DOSSIER_STATUS_CODES.slice(0, 3).some((c) => !OPEN_STATUSES.has(c))
) {
  throw new Error('DOSSIER_STATUS_CODES order changed: open statuses must come first, "aanvulling-gevraagd" third');
}

class DossierSet {
  readonly template: Uint8Array;
  readonly status: Uint8Array;
  readonly lastChanged: Float64Array;
  readonly due: Float64Array;
  readonly serial: Uint32Array;
  readonly counts: { open: number; closed: number; actionRequired: number };
  readonly #sorted = new Map<string, Uint32Array>();
  readonly #ids: string[] = [];
  #byId: Map<string, number> | undefined;

  constructor(
    readonly owner: DossierOwner,
    readonly idKey: KeyObject,
  ) {
    const n = owner.count;
    this.template = new Uint8Array(n);
    this.status = new Uint8Array(n);
    this.lastChanged = new Float64Array(n);
    this.due = new Float64Array(n);
    this.serial = new Uint32Array(n);
    const templates = TEMPLATES[owner.type];
    const rand = prng(hashString(owner.seed));
    let open = 0;
    let action = 0;
    for (let i = 0; i < n; i++) {
      this.template[i] = Math.floor(rand() * templates.length);
      const r = rand();
      const s = STATUS_WEIGHTS.findIndex(([, w]) => r < w);
      const code = STATUS_WEIGHTS[s]![0];
      this.status[i] = DOSSIER_STATUS_CODES.indexOf(code);
      // Open dossiers changed recently, closed ones up to two years ago; minute resolution.
      const maxDays = OPEN_STATUSES.has(code) ? 120 : 730;
      this.lastChanged[i] = DATA_NOW - Math.floor(rand() * maxDays * 1440) * 60_000;
      this.serial[i] = 100_000 + Math.floor(rand() * 900_000);
      if (code === 'aanvulling-gevraagd') {
        this.due[i] = Math.floor((this.lastChanged[i]! + (14 + Math.floor(rand() * 46)) * DAY) / DAY) * DAY;
        action++;
      } else {
        this.due[i] = Number.NaN;
      }
      if (OPEN_STATUSES.has(code)) open++;
    }
    this.counts = { open, closed: n - open, actionRequired: action };
  }

  /** Index order for a sort key, computed once per key. Ties break on index for stability. */
  /**
   * Index order for a sort key, computed once per key. Ties break on index (ascending for
   * ascending sorts, descending for descending ones), so every order is deterministic.
   * Sorting packs (value, index) into one float key and uses the native numeric sort: a
   * comparator function over 100,000 entries is an order of magnitude slower.
   */
  order(sort: DossierQuery['sort']): Uint32Array {
    const cached = this.#sorted.get(sort);
    if (cached) return cached;
    const n = this.owner.count;
    const desc = sort.startsWith('-');
    let idx: Uint32Array;
    if (sort.endsWith('lastChanged')) {
      idx = this.#sortBy(n, (i) => this.lastChanged[i]! / 60_000);
    } else {
      // Dossiers without a due date always come last, in both directions, newest first.
      const withDue = this.#sortBy(n, (i) => (Number.isNaN(this.due[i]!) ? Number.NaN : this.due[i]! / DAY));
      const rest = this.order('-lastChanged').filter((i) => Number.isNaN(this.due[i]!));
      if (desc) withDue.reverse();
      idx = new Uint32Array(n);
      idx.set(withDue, 0);
      idx.set(rest, withDue.length);
      this.#sorted.set(sort, idx);
      return idx;
    }
    if (desc) idx.reverse();
    this.#sorted.set(sort, idx);
    return idx;
  }

  /** Indexes with a finite integer key, ascending by (key, index); NaN keys are left out. */
  #sortBy(n: number, key: (i: number) => number): Uint32Array {
    const mult = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
    const keys = new Float64Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const k = key(i);
      if (Number.isNaN(k)) continue;
      keys[m++] = Math.round(k) * mult + i;
    }
    const sorted = keys.subarray(0, m).sort();
    const out = new Uint32Array(m);
    for (let j = 0; j < m; j++) out[j] = sorted[j]! % mult;
    return out;
  }

  /** 128 bits of HMAC-SHA-256 over (owner, index): unlinkable across owners and dossiers. */
  id(i: number): string {
    return (this.#ids[i] ??= `D${createHmac('sha256', this.idKey)
      .update(`${this.owner.type}:${this.owner.key}:${i}`)
      .digest()
      .subarray(0, 16)
      .toString('hex')
      .toUpperCase()}`);
  }

  /** Index of a dossier id, or -1. The reverse map is built on the first lookup. */
  indexOf(id: string): number {
    if (!DOSSIER_ID.test(id)) return -1;
    if (!this.#byId) {
      this.#byId = new Map();
      for (let i = 0; i < this.owner.count; i++) this.#byId.set(this.id(i), i);
    }
    return this.#byId.get(id) ?? -1;
  }

  summary(i: number): DossierSummary {
    const t = TEMPLATES[this.owner.type][this.template[i]!]!;
    const code = DOSSIER_STATUS_CODES[this.status[i]!]!;
    const last = this.lastChanged[i]!;
    const id = this.id(i);
    const year = new Date(last).getUTCFullYear();
    const out: DossierSummary = {
      id,
      title: t.title,
      reference: `${t.ref}-${year}-${this.serial[i]}`,
      entity: { name: t.entity, level: t.level },
      status: { code, label: statusLabel(code) },
      actionRequired: code === 'aanvulling-gevraagd',
      lastChanged: new Date(last).toISOString(),
      sourceUrl: `https://dossiers.${slug(t.entity)}.example/dossier/${id}`,
    };
    if (out.actionRequired) out.action = { description: t.action, dueDate: new Date(this.due[i]!).toISOString().slice(0, 10) };
    return out;
  }

  detail(i: number): DossierDetail {
    const s = this.summary(i);
    const code = s.status.code;
    const path: DossierStatusCode[] =
      code === 'ontvangen'
        ? ['ontvangen']
        : code === 'in-behandeling'
          ? ['ontvangen', 'in-behandeling']
          : code === 'aanvulling-gevraagd'
            ? ['ontvangen', 'in-behandeling', 'aanvulling-gevraagd']
            : code === 'afgesloten'
              ? ['ontvangen', 'in-behandeling', 'beslist-goedgekeurd', 'afgesloten']
              : ['ontvangen', 'in-behandeling', code];
    const rand = prng(hashString(`${this.owner.seed}:${i}:history`));
    let t = this.lastChanged[i]!;
    const history: DossierDetail['history'] = [];
    for (let k = path.length - 1; k >= 0; k--) {
      const c = path[k]!;
      const entry: DossierDetail['history'][number] = {
        status: { code: c, label: statusLabel(c) },
        date: new Date(t).toISOString(),
      };
      if (c === 'aanvulling-gevraagd' && s.action) entry.note = s.action.description;
      if (c === 'beslist-afgewezen')
        entry.note = 'De aanvraag voldoet niet aan de voorwaarden. U kunt binnen 30 dagen bezwaar indienen.';
      history.unshift(entry);
      t -= (2 + Math.floor(rand() * 20)) * DAY + Math.floor(rand() * 600) * 60_000;
    }
    return { ...s, history };
  }

  matchesText(i: number, q: string, templateHits: boolean[], mayBeReference: boolean, idHit: number): boolean {
    if (templateHits[this.template[i]!] || i === idHit) return true;
    if (!mayBeReference) return false;
    const t = TEMPLATES[this.owner.type][this.template[i]!]!;
    const year = new Date(this.lastChanged[i]!).getUTCFullYear();
    return `${t.ref}-${year}-${this.serial[i]}`.toLowerCase().includes(q);
  }

  query(query: DossierQuery): DossierPage {
    const order = this.order(query.sort);
    const start = (query.page - 1) * query.pageSize;
    const end = start + query.pageSize;
    const q = query.q?.trim().toLowerCase() || undefined;
    const items: DossierSummary[] = [];
    let total = 0;
    const wantOpen = query.status === 'open';
    const wantClosed = query.status === 'closed';
    const unfiltered = query.status === 'all' && !query.actionRequired && !q;
    // Text matches on title or entity are decided once per template; references (which contain
    // digits or dashes) are only built when the query could match one. An opaque id matches
    // only whole.
    const templateHits = q ? TEMPLATES[this.owner.type].map((t) => `${t.title}\n${t.entity}`.toLowerCase().includes(q)) : [];
    const mayBeReference = q ? /[\d-]/.test(q) || TEMPLATES[this.owner.type].some((t) => t.ref.toLowerCase().includes(q)) : false;
    const idHit = q ? this.indexOf(q.toUpperCase()) : -1;
    if (unfiltered) {
      total = order.length;
      for (let k = start; k < Math.min(end, total); k++) items.push(this.summary(order[k]!));
    } else {
      for (let k = 0; k < order.length; k++) {
        const i = order[k]!;
        // Status indexes follow DOSSIER_STATUS_CODES: 0..2 are open, 2 is "aanvulling gevraagd".
        const st = this.status[i]!;
        if (wantOpen && st > 2) continue;
        if (wantClosed && st <= 2) continue;
        if (query.actionRequired && st !== 2) continue;
        if (q && !this.matchesText(i, q, templateHits, mayBeReference, idHit)) continue;
        if (total >= start && total < end) items.push(this.summary(i));
        total++;
      }
    }
    return { items, total, page: query.page, pageSize: query.pageSize, counts: { ...this.counts } };
  }
}

/** All dossier owners and their lazily built sets. */
export class DossierStore {
  readonly #owners = new Map<string, DossierOwner>();
  readonly #sets = new Map<string, DossierSet>();
  readonly #idKey: KeyObject;

  /** `idKey` keys the dossier ids; random by default, so two stores never share ids. */
  constructor(options: { idKey?: Buffer } = {}) {
    this.#idKey = createSecretKey(options.idKey ?? randomBytes(32));
  }

  addOwner(owner: DossierOwner): void {
    this.#owners.set(`${owner.type}:${owner.key}`, owner);
  }

  #set(type: Capacity, key: string): DossierSet | undefined {
    const k = `${type}:${key}`;
    let set = this.#sets.get(k);
    if (set) return set;
    const owner = this.#owners.get(k);
    if (!owner) return undefined;
    set = new DossierSet(owner, this.#idKey);
    this.#sets.set(k, set);
    return set;
  }

  count(type: Capacity, key: string): number {
    return this.#owners.get(`${type}:${key}`)?.count ?? 0;
  }

  query(type: Capacity, key: string, query: DossierQuery): DossierPage {
    const set = this.#set(type, key);
    if (!set)
      return {
        items: [],
        total: 0,
        page: query.page,
        pageSize: query.pageSize,
        counts: { open: 0, closed: 0, actionRequired: 0 },
      };
    return set.query(query);
  }

  /** A dossier by id, only if it belongs to the given owner; otherwise undefined (→ 404). */
  get(type: Capacity, key: string, id: string): DossierDetail | undefined {
    const set = this.#set(type, key);
    const i = set ? set.indexOf(id) : -1;
    return i < 0 ? undefined : set!.detail(i);
  }

  /** Every dossier of an owner (used by the export of a citizen's own data). */
  all(type: Capacity, key: string): DossierDetail[] {
    const set = this.#set(type, key);
    if (!set) return [];
    return Array.from({ length: set.owner.count }, (_, i) => set.detail(i));
  }
}
