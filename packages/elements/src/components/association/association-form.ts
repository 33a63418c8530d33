/**
 * The forms of <loket-association> as data: what a section's or item's form holds (a flat draft
 * whose keys are the paths the backend names in `invalidParams`, e.g. `adres/postcode`), which of
 * those the association may change (`wijzigbaar`), and the request body a draft makes. No
 * rendering and no requests here.
 */
import type {
  ItemSection,
  RecordContactgegeven,
  RecordLocatie,
  RecordVertegenwoordiger,
  RegisterChange,
  Vereniging,
  Wijzigbaar,
} from '../../api/associations.js';
import type { RegisterSection } from '../../api/contract.js';

export type Value = string | boolean | string[];
export type Draft = Record<string, Value>;

/** Every basic field of the register; an association in the KBO changes only some (`wijzigbaar.basisgegevens`). */
export const BASICS = [
  'naam',
  'roepnaam',
  'korteNaam',
  'korteBeschrijving',
  'startdatum',
  'doelgroep',
  'hoofdactiviteitenVerenigingsloket',
  'werkingsgebieden',
] as const;
export type BasicField = (typeof BASICS)[number];

const ADRES = ['adres/straatnaam', 'adres/huisnummer', 'adres/busnummer', 'adres/postcode', 'adres/gemeente'];
const CONTACT_OF_REPRESENTATIVE = ['e-mail', 'telefoon', 'mobiel', 'socialMedia'];
/** Text fields the register stores as null when empty. */
const NULLABLE = new Set(['roepnaam', 'startdatum', 'naam@locaties', 'rol', 'adres/busnummer', ...CONTACT_OF_REPRESENTATIVE]);

export type FormMode = 'edit' | 'add' | 'remove';

/** One open form: which part of the record, its values when opened, and what the user typed. */
export interface FormState {
  section: RegisterSection;
  mode: FormMode;
  /** The item's id (edit, remove); null for the basics and for a new item. */
  id: number | null;
  /** Values of the record the form was opened on (after a conflict: the current ones). */
  base: Draft;
  draft: Draft;
  /** Draft keys the association may change; the others are shown, not edited. */
  editable: string[];
}

const str = (v: string | null | undefined) => v ?? '';

export function basicsDraft(v: Vereniging): Draft {
  return {
    naam: v.naam,
    roepnaam: str(v.roepnaam),
    korteNaam: v.korteNaam,
    korteBeschrijving: v.korteBeschrijving,
    startdatum: str(v.startdatum),
    'doelgroep/minimumleeftijd': String(v.doelgroep.minimumleeftijd),
    'doelgroep/maximumleeftijd': String(v.doelgroep.maximumleeftijd),
    hoofdactiviteitenVerenigingsloket: v.hoofdactiviteitenVerenigingsloket.map((a) => a.code),
    werkingsgebieden: v.werkingsgebieden.map((w) => w.code),
  };
}

export function locatieDraft(l?: RecordLocatie): Draft {
  return {
    locatietype: l?.locatietype ?? 'Activiteiten',
    naam: str(l?.naam),
    isPrimair: l?.isPrimair ?? false,
    'adres/straatnaam': str(l?.adres.straatnaam),
    'adres/huisnummer': str(l?.adres.huisnummer),
    'adres/busnummer': str(l?.adres.busnummer),
    'adres/postcode': str(l?.adres.postcode),
    'adres/gemeente': str(l?.adres.gemeente),
  };
}

export function contactDraft(c?: RecordContactgegeven): Draft {
  return {
    contactgegeventype: c?.contactgegeventype ?? 'E-mail',
    waarde: str(c?.waarde),
    beschrijving: str(c?.beschrijving),
    isPrimair: c?.isPrimair ?? false,
  };
}

export function representativeDraft(r?: RecordVertegenwoordiger): Draft {
  return {
    ...(r ? {} : { insz: '', voornaam: '', achternaam: '' }),
    roepnaam: str(r?.roepnaam),
    rol: str(r?.rol),
    isPrimair: r?.isPrimair ?? false,
    'e-mail': str(r?.['e-mail']),
    telefoon: str(r?.telefoon),
    mobiel: str(r?.mobiel),
    socialMedia: str(r?.socialMedia),
  };
}

/** The draft of a section's item as it is in `v` now; undefined when the item is gone. */
export function currentDraft(v: Vereniging, section: RegisterSection, id: number | null): Draft | undefined {
  if (section === 'basisgegevens') return basicsDraft(v);
  if (id === null) return undefined;
  if (section === 'locaties') {
    const l = v.locaties.find((x) => x.locatieId === id);
    return l && locatieDraft(l);
  }
  if (section === 'contactgegevens') {
    const c = v.contactgegevens.find((x) => x.contactgegevenId === id);
    return c && contactDraft(c);
  }
  const r = v.vertegenwoordigers.find((x) => x.vertegenwoordigerId === id);
  return r && representativeDraft(r);
}

/** The draft keys a form may change, from the record's `wijzigbaar`. */
export function editableKeys(rights: Wijzigbaar, section: RegisterSection, mode: FormMode, draft: Draft): string[] {
  if (mode === 'remove') return [];
  if (section === 'basisgegevens') {
    return rights.basisgegevens.flatMap((f) =>
      f === 'doelgroep' ? ['doelgroep/minimumleeftijd', 'doelgroep/maximumleeftijd'] : f in draft ? [f] : [],
    );
  }
  if (mode === 'add') return Object.keys(draft);
  return rights[section].velden.flatMap((f) => (f === 'adres' ? ADRES : f in draft ? [f] : []));
}

export function same(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A whole number stays a number; anything else goes as typed, for the register to refuse by field. */
const age = (v: Value) => (typeof v === 'string' && /^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : v);

/**
 * The request body: for a change only the fields the user changed (so a change someone else made
 * to another field is never overwritten), for a new item every field filled in.
 */
export function bodyOf(form: FormState): Record<string, unknown> {
  const { section, mode, draft, base, editable } = form;
  const keys = editable.filter((k) =>
    mode === 'add' ? draft[k] !== '' && !(Array.isArray(draft[k]) && !draft[k].length) : !same(draft[k], base[k]),
  );
  const body: Record<string, unknown> = {};
  for (const key of keys) {
    const value = draft[key]!;
    if (key.startsWith('doelgroep/')) {
      const doelgroep = (body['doelgroep'] ??= {}) as Record<string, unknown>;
      doelgroep[key.slice('doelgroep/'.length)] = age(value);
    } else if (key.startsWith('adres/')) {
      // The register replaces an address as a whole.
      body['adres'] = Object.fromEntries(
        ADRES.map((k) => [k.slice('adres/'.length), draft[k] === '' && NULLABLE.has(k) ? null : draft[k]]),
      );
    } else if (value === '' && (NULLABLE.has(key) || NULLABLE.has(`${key}@${section}`))) {
      body[key] = null;
    } else {
      body[key] = typeof value === 'string' ? value.trim() : value;
    }
  }
  // A new item always says whether it is primary (the register's default is false).
  if (mode === 'add' && typeof draft['isPrimair'] === 'boolean') body['isPrimair'] = draft['isPrimair'];
  return body;
}

export function changeOf(form: FormState): RegisterChange {
  if (form.section === 'basisgegevens') return { section: 'basisgegevens', body: bodyOf(form) };
  const section: ItemSection = form.section;
  if (form.mode === 'add') return { section, action: 'add', body: bodyOf(form) };
  if (form.mode === 'remove') return { section, action: 'remove', id: form.id! };
  return { section, action: 'change', id: form.id!, body: bodyOf(form) };
}

/**
 * After a 412: fields the user left alone take the current values; fields they changed keep what
 * they typed. Returns the new form (its base is now the current record, so only the user's own
 * changes are sent again) and the keys whose current value differs from what the user started from.
 */
export function rebase(form: FormState, current: Draft): { form: FormState; changedMeanwhile: string[] } {
  const draft: Draft = { ...form.draft };
  const changedMeanwhile: string[] = [];
  for (const key of Object.keys(current)) {
    if (!same(current[key], form.base[key])) changedMeanwhile.push(key);
    if (same(form.draft[key], form.base[key])) draft[key] = current[key]!;
  }
  return { form: { ...form, base: current, draft }, changedMeanwhile };
}
