/**
 * The Verenigingsregister: reads and conditional, validated, per-section changes of the
 * association records in Fixtures. There is one copy of each record (the fixture object); a
 * change is applied to a draft and copied onto it only when every field is valid, so every
 * reader (the record, identities, the IdP's capacity names, prefill) sees it at once and never
 * half of it.
 */
import { createHash } from 'node:crypto';
import {
  CONTACTGEGEVENTYPES,
  HOOFDACTIVITEITEN,
  type RegisterAction,
  type RegisterSection,
  type Verenigingstype,
} from '../../../elements/src/api/contract.ts';
import { codelists } from './codelists.ts';
import {
  KBO_TYPES,
  adresvoorstelling,
  type Association,
  type Contactgegeven,
  type Fixtures,
  type Locatie,
  type Vertegenwoordiger,
} from './fixtures.ts';
import { isValidInsz } from './ids.ts';
import { check, InvalidChange, type Issue } from './validate.ts';

export { InvalidChange } from './validate.ts';

export interface ItemRights {
  toevoegen: boolean;
  verwijderen: boolean;
  velden: string[];
}

/** What an association may change itself (`wijzigbaar` in the record); the rest is changed at `bron`. */
export interface Rights {
  bron: 'KBO' | null;
  basisgegevens: string[];
  locaties: ItemRights;
  contactgegevens: ItemRights;
  vertegenwoordigers: ItemRights;
}

const ALL_BASICS = [
  'naam',
  'roepnaam',
  'korteNaam',
  'korteBeschrijving',
  'startdatum',
  'doelgroep',
  'hoofdactiviteitenVerenigingsloket',
  'werkingsgebieden',
];
const REPRESENTATIVES: ItemRights = {
  toevoegen: true,
  verwijderen: true,
  velden: ['roepnaam', 'rol', 'isPrimair', 'e-mail', 'telefoon', 'mobiel', 'socialMedia'],
};

/**
 * The real register's rules by type: a feitelijke vereniging (FV, and VZER, its name since 2024)
 * changes everything here; an association in the KBO only what the KBO does not hold.
 */
export const RIGHTS: Record<'feitelijk' | 'kbo', Rights> = {
  feitelijk: {
    bron: null,
    basisgegevens: ALL_BASICS,
    locaties: { toevoegen: true, verwijderen: true, velden: ['locatietype', 'naam', 'isPrimair', 'adres'] },
    contactgegevens: {
      toevoegen: true,
      verwijderen: true,
      velden: ['contactgegeventype', 'waarde', 'beschrijving', 'isPrimair'],
    },
    vertegenwoordigers: REPRESENTATIVES,
  },
  kbo: {
    bron: 'KBO',
    basisgegevens: ['roepnaam', 'korteBeschrijving', 'doelgroep', 'hoofdactiviteitenVerenigingsloket', 'werkingsgebieden'],
    locaties: { toevoegen: false, verwijderen: false, velden: [] },
    contactgegevens: { toevoegen: false, verwijderen: false, velden: ['beschrijving', 'isPrimair'] },
    vertegenwoordigers: REPRESENTATIVES,
  },
};

export const rightsOf = (type: Verenigingstype): Rights => RIGHTS[KBO_TYPES.has(type) ? 'kbo' : 'feitelijk'];

const IN_KBO = 'is changed in the KBO (Kruispuntbank van Ondernemingen), not here';

export interface HistoryEvent {
  tijdstip: string;
  sectie: RegisterSection;
  actie: RegisterAction;
  itemId: number | null;
  velden: string[];
  door: string;
}

export type ItemSection = Exclude<RegisterSection, 'basisgegevens'>;

/** A change as the API receives it: which section (and item), what to do, and the JSON body. */
export interface Change {
  sectie: RegisterSection;
  actie: RegisterAction;
  itemId: number | null;
  body: unknown;
}

const MAX_HISTORY = 1000;

export class Register {
  readonly #fx: Fixtures;
  readonly #versions = new Map<string, number>();
  readonly #etags = new Map<string, { version: number; etag: string }>();
  readonly #history = new Map<string, HistoryEvent[]>();

  constructor(fx: Fixtures) {
    this.#fx = fx;
  }

  get(vCode: string): Association | undefined {
    return this.#fx.associationsByVCode.get(vCode);
  }

  /** Whether the record has that location, contact detail or representative. */
  hasItem(a: Association, sectie: ItemSection, id: number): boolean {
    return items(a, sectie).some((x) => itemId(sectie, x) === id);
  }

  /** The record as the API gives it: never a representative's INSZ. */
  record(a: Association) {
    return {
      vereniging: {
        vCode: a.vCode,
        naam: a.naam,
        roepnaam: a.roepnaam,
        korteNaam: a.korteNaam,
        korteBeschrijving: a.korteBeschrijving,
        verenigingstype: a.verenigingstype,
        status: a.status,
        startdatum: a.startdatum,
        kboNummer: a.kboNummer,
        doelgroep: a.doelgroep,
        hoofdactiviteitenVerenigingsloket: a.hoofdactiviteitenVerenigingsloket,
        werkingsgebieden: a.werkingsgebieden,
        locaties: a.locaties,
        contactgegevens: a.contactgegevens,
        vertegenwoordigers: a.vertegenwoordigers.map((v) => ({
          vertegenwoordigerId: v.vertegenwoordigerId,
          voornaam: v.voornaam,
          achternaam: v.achternaam,
          roepnaam: v.roepnaam,
          rol: v.rol,
          isPrimair: v.isPrimair,
          'e-mail': v.email,
          telefoon: v.telefoon,
          mobiel: v.mobiel,
          socialMedia: v.socialMedia,
        })),
      },
      wijzigbaar: rightsOf(a.verenigingstype.code),
      metadata: { datumLaatsteAanpassing: a.datumLaatsteAanpassing },
    };
  }

  /** Strong ETag: a hash of the record's content, computed once per version. */
  etag(a: Association): string {
    const version = this.#versions.get(a.vCode) ?? 0;
    const cached = this.#etags.get(a.vCode);
    if (cached?.version === version) return cached.etag;
    const hash = createHash('sha256')
      .update(JSON.stringify(this.record(a)))
      .digest('base64url')
      .slice(0, 22);
    const etag = `"${hash}"`;
    this.#etags.set(a.vCode, { version, etag });
    return etag;
  }

  history(vCode: string): HistoryEvent[] {
    return [...(this.#history.get(vCode) ?? [])].reverse();
  }

  /**
   * Validates the change against the association's type and every field rule; applies it to the
   * stored record only when all is well (else throws InvalidChange listing every bad field).
   * Returns the names of the fields changed (for the audit log and the history).
   */
  apply(a: Association, change: Change, door: string): { velden: string[]; itemId: number | null } {
    const draft = structuredClone(a);
    const issues: Issue[] = [];
    const rights = rightsOf(a.verenigingstype.code);
    let velden: string[];
    let id = change.itemId;
    if (change.sectie === 'basisgegevens') {
      velden = patchBasics(draft, change.body, rights, issues);
    } else {
      const r = rights[change.sectie];
      if (change.actie === 'toegevoegd' && !r.toevoegen)
        throw new InvalidChange([{ name: change.sectie, reason: IN_KBO, code: 'changed-in-kbo' }]);
      if (change.actie === 'verwijderd' && !r.verwijderen)
        throw new InvalidChange([{ name: change.sectie, reason: IN_KBO, code: 'changed-in-kbo' }]);
      if (change.actie === 'verwijderd') {
        velden = removeItem(draft, change.sectie, id!, issues);
      } else {
        const result = upsertItem(this.#fx, draft, change.sectie, id, change.body, r, issues);
        velden = result.velden;
        id = result.id;
      }
    }
    if (issues.length) throw new InvalidChange(issues);
    if (velden.length === 0) return { velden, itemId: id };
    draft.datumLaatsteAanpassing = new Date().toISOString().slice(0, 10);
    Object.assign(a, draft);
    this.#versions.set(a.vCode, (this.#versions.get(a.vCode) ?? 0) + 1);
    const list = this.#history.get(a.vCode) ?? [];
    list.push({ tijdstip: new Date().toISOString(), sectie: change.sectie, actie: change.actie, itemId: id, velden, door });
    if (list.length > MAX_HISTORY) list.splice(0, list.length - MAX_HISTORY);
    this.#history.set(a.vCode, list);
    return { velden, itemId: id };
  }
}

type Item = Locatie | Contactgegeven | Vertegenwoordiger;

function items(a: Association, sectie: ItemSection): Item[] {
  return a[sectie];
}

function itemId(sectie: ItemSection, x: Item): number {
  if (sectie === 'locaties') return (x as Locatie).locatieId;
  if (sectie === 'contactgegevens') return (x as Contactgegeven).contactgegevenId;
  return (x as Vertegenwoordiger).vertegenwoordigerId;
}

function isObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/** Refuses a body that is not an object, and fields that do not exist (unknown) or are not for this type. */
function fieldsOf(body: unknown, known: string[], allowed: string[], issues: Issue[], notHere: Record<string, string> = {}) {
  if (!isObject(body)) {
    issues.push({ name: '', reason: 'the body must be a JSON object', code: 'type' });
    return {};
  }
  const keys = Object.keys(body);
  if (keys.length === 0) issues.push({ name: '', reason: 'names no field to change', code: 'required' });
  for (const k of keys) {
    if (notHere[k]) issues.push({ name: k, reason: notHere[k]!, code: 'read-only' });
    else if (!known.includes(k)) issues.push({ name: k, reason: 'is not a field of this section', code: 'unknown-field' });
    else if (!allowed.includes(k)) issues.push({ name: k, reason: IN_KBO, code: 'changed-in-kbo' });
  }
  return body;
}

const READ_ONLY_BASICS: Record<string, string> = {
  vCode: 'cannot be changed',
  status: 'cannot be changed here',
  verenigingstype: 'cannot be changed here',
  kboNummer: 'cannot be changed',
};

function patchBasics(d: Association, body: unknown, rights: Rights, issues: Issue[]): string[] {
  const b = fieldsOf(body, ALL_BASICS, rights.basisgegevens, issues, READ_ONLY_BASICS);
  if (issues.length) return [];
  const changed: string[] = [];
  const set = <K extends keyof Association>(key: K, value: Association[K] | undefined) => {
    if (value === undefined) return;
    if (JSON.stringify(d[key]) !== JSON.stringify(value)) changed.push(key);
    d[key] = value;
  };
  if ('naam' in b) set('naam', check.text(b, 'naam', issues, { max: 200, required: true }) as string | undefined);
  if ('roepnaam' in b) set('roepnaam', check.text(b, 'roepnaam', issues, { max: 200, nullable: true }));
  if ('korteNaam' in b) set('korteNaam', check.text(b, 'korteNaam', issues, { max: 80 }) as string | undefined);
  if ('korteBeschrijving' in b)
    set('korteBeschrijving', check.text(b, 'korteBeschrijving', issues, { max: 500 }) as string | undefined);
  if ('startdatum' in b) set('startdatum', check.pastDate(b, 'startdatum', issues));
  if ('doelgroep' in b) {
    const g = b['doelgroep'];
    if (!isObject(g) || Object.keys(g).length === 0) {
      issues.push({ name: 'doelgroep', reason: 'must be an object with minimumleeftijd and/or maximumleeftijd', code: 'type' });
    } else {
      for (const k of Object.keys(g))
        if (k !== 'minimumleeftijd' && k !== 'maximumleeftijd')
          issues.push({ name: `doelgroep/${k}`, reason: 'is not a field of doelgroep', code: 'unknown-field' });
      const min = 'minimumleeftijd' in g ? check.age(g, 'minimumleeftijd', 'doelgroep/', issues) : d.doelgroep.minimumleeftijd;
      const max = 'maximumleeftijd' in g ? check.age(g, 'maximumleeftijd', 'doelgroep/', issues) : d.doelgroep.maximumleeftijd;
      if (min !== undefined && max !== undefined) {
        if (min > max)
          issues.push({ name: 'doelgroep/minimumleeftijd', reason: 'must not be more than maximumleeftijd', code: 'range' });
        else set('doelgroep', { minimumleeftijd: min, maximumleeftijd: max });
      }
    }
  }
  if ('hoofdactiviteitenVerenigingsloket' in b) {
    const codes = check.codes(b, 'hoofdactiviteitenVerenigingsloket', HOOFDACTIVITEITEN, issues, { max: 3, min: 0 });
    if (codes)
      set(
        'hoofdactiviteitenVerenigingsloket',
        codes.map((code) => ({ code, naam: codelists.hoofdactiviteitenVerenigingsloket[code]! })),
      );
  }
  if ('werkingsgebieden' in b) {
    const codes = check.codes(b, 'werkingsgebieden', Object.keys(codelists.werkingsgebiedProvincie), issues, { min: 1 });
    if (codes && codes.includes('NVT') && codes.length > 1)
      issues.push({
        name: 'werkingsgebieden',
        reason: 'NVT (niet van toepassing) cannot be combined with areas',
        code: 'code-list',
      });
    else if (codes)
      set(
        'werkingsgebieden',
        codes.map((code) => ({ code, naam: codelists.werkingsgebiedProvincie[code]! })),
      );
  }
  return changed;
}

const KNOWN: Record<ItemSection, string[]> = {
  locaties: ['locatietype', 'naam', 'isPrimair', 'adres'],
  contactgegevens: ['contactgegeventype', 'waarde', 'beschrijving', 'isPrimair'],
  vertegenwoordigers: ['insz', 'voornaam', 'achternaam', ...REPRESENTATIVES.velden],
};
const REQUIRED_NEW: Record<ItemSection, string[]> = {
  locaties: ['locatietype', 'adres'],
  contactgegevens: ['contactgegeventype', 'waarde'],
  vertegenwoordigers: ['insz', 'voornaam', 'achternaam'],
};
const FROM_NATIONAL_REGISTER = 'comes from the national register and cannot be changed here';

function upsertItem(
  fx: Fixtures,
  d: Association,
  sectie: ItemSection,
  id: number | null,
  body: unknown,
  rights: ItemRights,
  issues: Issue[],
): { velden: string[]; id: number } {
  const isNew = id === null;
  const allowed = isNew ? KNOWN[sectie] : rights.velden;
  const notHere: Record<string, string> =
    !isNew && sectie === 'vertegenwoordigers'
      ? { insz: FROM_NATIONAL_REGISTER, voornaam: FROM_NATIONAL_REGISTER, achternaam: FROM_NATIONAL_REGISTER }
      : {};
  const b = fieldsOf(body, KNOWN[sectie], allowed, issues, notHere);
  if (issues.length) return { velden: [], id: id ?? 0 };
  if (isNew)
    for (const k of REQUIRED_NEW[sectie]) if (!(k in b)) issues.push({ name: k, reason: 'is required', code: 'required' });
  const list = items(d, sectie);
  const newId = isNew ? Math.max(0, ...list.map((x) => itemId(sectie, x))) + 1 : id;
  const changed: string[] = [];
  const current = isNew ? undefined : list.find((x) => itemId(sectie, x) === id);
  const next: Record<string, unknown> = current ? { ...current } : {};
  const set = (key: string, field: string, value: unknown) => {
    if (value === undefined) return;
    if (JSON.stringify(next[key]) !== JSON.stringify(value)) changed.push(field);
    next[key] = value;
  };
  if (typeof b['isPrimair'] !== 'undefined') set('isPrimair', 'isPrimair', check.bool(b, 'isPrimair', issues));
  else if (isNew) next['isPrimair'] = false;

  if (sectie === 'locaties') {
    if ('locatietype' in b) {
      const t = check.oneOf(b, 'locatietype', ['Correspondentie', 'Activiteiten'] as const, issues, {
        'Maatschappelijke zetel volgens KBO': 'the registered office comes from the KBO',
      });
      set('locatietype', 'locatietype', t);
    }
    if ('naam' in b) set('naam', 'naam', check.text(b, 'naam', issues, { max: 100, nullable: true }));
    else if (isNew) next['naam'] = null;
    if ('adres' in b) {
      const adres = check.address(b, 'adres', issues);
      if (adres) {
        set('adres', 'adres', adres);
        next['adresvoorstelling'] = adresvoorstelling(adres);
      }
    }
    if (next['locatietype'] === 'Correspondentie') {
      const other = d.locaties.find((l) => l.locatietype === 'Correspondentie' && l.locatieId !== newId);
      if (other) issues.push({ name: 'locatietype', reason: 'there is already a correspondence address', code: 'duplicate' });
    }
    if (isNew) next['locatieId'] = newId;
  } else if (sectie === 'contactgegevens') {
    if ('contactgegeventype' in b)
      set('contactgegeventype', 'contactgegeventype', check.oneOf(b, 'contactgegeventype', CONTACTGEGEVENTYPES, issues));
    if ('waarde' in b) {
      const type = (next['contactgegeventype'] ?? 'E-mail') as Contactgegeven['contactgegeventype'];
      set('waarde', 'waarde', check.contactValue(b, 'waarde', type, issues));
    } else if ('contactgegeventype' in b && !isNew && typeof next['contactgegeventype'] === 'string') {
      // A new type must still fit the value it keeps.
      check.contactValue(
        { waarde: next['waarde'] },
        'waarde',
        next['contactgegeventype'] as Contactgegeven['contactgegeventype'],
        issues,
      );
    }
    if ('beschrijving' in b) set('beschrijving', 'beschrijving', check.text(b, 'beschrijving', issues, { max: 100 }));
    else if (isNew) next['beschrijving'] = '';
    const dup = d.contactgegevens.find(
      (c) => c.contactgegevenId !== newId && c.contactgegeventype === next['contactgegeventype'] && c.waarde === next['waarde'],
    );
    if (dup) issues.push({ name: 'waarde', reason: 'the association already has this contact detail', code: 'duplicate' });
    if (isNew) next['contactgegevenId'] = newId;
  } else {
    if (isNew) {
      const insz = b['insz'];
      if (typeof insz !== 'string' || !isValidInsz(insz)) {
        issues.push({ name: 'insz', reason: 'must be a valid national register number (11 digits, mod-97 check)', code: 'insz' });
      } else if (d.vertegenwoordigers.some((v) => v.insz === insz)) {
        issues.push({ name: 'insz', reason: 'this person already represents the association', code: 'duplicate' });
      } else {
        const voornaam = check.text(b, 'voornaam', issues, { max: 100, required: true });
        const achternaam = check.text(b, 'achternaam', issues, { max: 100, required: true });
        const known = fx.personsByInsz.get(insz);
        const same = (x: unknown, y: string) => typeof x === 'string' && x.trim().toLowerCase() === y.toLowerCase();
        if (known && voornaam && !same(voornaam, known.voornaam))
          issues.push({
            name: 'voornaam',
            reason: 'does not match the national register for this person',
            code: 'national-register',
          });
        if (known && achternaam && !same(achternaam, known.achternaam))
          issues.push({
            name: 'achternaam',
            reason: 'does not match the national register for this person',
            code: 'national-register',
          });
        Object.assign(next, {
          vertegenwoordigerId: newId,
          personId: known?.id ?? null,
          insz,
          voornaam: known?.voornaam ?? voornaam,
          achternaam: known?.achternaam ?? achternaam,
          roepnaam: null,
          rol: null,
          email: null,
          telefoon: null,
          mobiel: null,
          socialMedia: null,
        });
        changed.push('insz', 'voornaam', 'achternaam');
      }
    }
    if ('roepnaam' in b) set('roepnaam', 'roepnaam', check.text(b, 'roepnaam', issues, { max: 100, nullable: true }));
    if ('rol' in b) set('rol', 'rol', check.text(b, 'rol', issues, { max: 100, nullable: true }));
    if ('e-mail' in b) set('email', 'e-mail', check.nullableContact(b, 'e-mail', 'E-mail', issues));
    if ('telefoon' in b) set('telefoon', 'telefoon', check.nullableContact(b, 'telefoon', 'Telefoon', issues));
    if ('mobiel' in b) set('mobiel', 'mobiel', check.nullableContact(b, 'mobiel', 'Telefoon', issues));
    if ('socialMedia' in b) set('socialMedia', 'socialMedia', check.nullableContact(b, 'socialMedia', 'SocialMedia', issues));
  }
  if (issues.length) return { velden: [], id: newId };

  // Primary: setting it moves it (one primary location, one per contact type, one representative).
  const samePrimaryGroup = (x: Item) =>
    sectie !== 'contactgegevens' || (x as Contactgegeven).contactgegeventype === next['contactgegeventype'];
  if (next['isPrimair'] === true)
    for (const x of list) if (itemId(sectie, x) !== newId && samePrimaryGroup(x)) x.isPrimair = false;
  if (sectie === 'vertegenwoordigers' && next['isPrimair'] === false && current?.isPrimair)
    issues.push({
      name: 'isPrimair',
      reason: 'at least one primary representative must remain: make another representative primary instead',
      code: 'primary-required',
    });
  if (issues.length) return { velden: [], id: newId };
  if (isNew) list.push(next as unknown as Item);
  else list[list.indexOf(current!)] = next as unknown as Item;
  return { velden: isNew ? [...new Set([...changed, ...Object.keys(b)])] : changed, id: newId };
}

function removeItem(d: Association, sectie: ItemSection, id: number, issues: Issue[]): string[] {
  const list = items(d, sectie);
  const at = list.findIndex((x) => itemId(sectie, x) === id);
  const item = list[at]!;
  if (sectie === 'vertegenwoordigers' && item.isPrimair) {
    issues.push({
      name: 'isPrimair',
      reason:
        list.length === 1
          ? 'the last representative cannot be removed'
          : 'the primary representative cannot be removed: make another representative primary first',
      code: 'primary-required',
    });
    return [];
  }
  list.splice(at, 1);
  // The removed item's fields, by name: the audit log and the history never hold values.
  return KNOWN[sectie].filter((k) => k !== 'insz');
}
