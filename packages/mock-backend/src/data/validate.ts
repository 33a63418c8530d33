/**
 * Field rules of register changes. Each check reads one field of a request body, pushes an issue
 * (`name` = its path in the body, `reason` for people, `code` for programs) when it is bad, and
 * returns the clean value or undefined.
 */
import type { Contactgegeventype } from '../../../elements/src/api/contract.ts';
import { municipalities } from './fixtures.ts';

/** Real postcodes run from 1000 to 9992; the mock's fictional municipalities use 9998 and 9999 on purpose. */
const FICTIONAL_POSTCODES = new Set(municipalities.map((m) => m.postcode));
const isPostcode = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}$/.test(v) && ((Number(v) >= 1000 && Number(v) <= 9992) || FICTIONAL_POSTCODES.has(v));

export interface Issue {
  name: string;
  reason: string;
  code: string;
}

/** A change with invalid fields: answered as 400 with every issue in `invalidParams`. */
export class InvalidChange extends Error {
  constructor(readonly issues: Issue[]) {
    super(`${issues.length} invalid field(s)`);
  }
}

type Body = Record<string, unknown>;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The `email` format of ajv-formats (full mode), so what is accepted also validates against the contract. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
/** Belgian numbers: +32, 0032 or a trunk 0, then 8 (landline) or 9 (mobile) digits. */
const PHONE = /^(?:\+32|0032|0)[1-9]\d{7,8}$/;

function text(b: Body, name: string, issues: Issue[], o: { max: number; required?: boolean; nullable?: boolean }) {
  const v = b[name];
  if (v === null && o.nullable) return null;
  if (typeof v !== 'string') {
    issues.push({ name, reason: o.nullable ? 'must be a string or null' : 'must be a string', code: 'type' });
    return undefined;
  }
  const t = v.trim();
  if (CONTROL.test(t)) issues.push({ name, reason: 'must not contain control characters', code: 'type' });
  else if (t.length > o.max) issues.push({ name, reason: `must be at most ${o.max} characters`, code: 'too-long' });
  else if (!t && o.required) issues.push({ name, reason: 'must not be empty', code: 'required' });
  else return o.nullable && !t ? null : t;
  return undefined;
}

function bool(b: Body, name: string, issues: Issue[]): boolean | undefined {
  if (typeof b[name] === 'boolean') return b[name] as boolean;
  issues.push({ name, reason: 'must be true or false', code: 'type' });
  return undefined;
}

function age(b: Body, name: string, prefix: string, issues: Issue[]): number | undefined {
  const v = b[name];
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 150) return v;
  issues.push({ name: `${prefix}${name}`, reason: 'must be a whole number of years from 0 to 150', code: 'range' });
  return undefined;
}

function pastDate(b: Body, name: string, issues: Issue[]): string | null | undefined {
  const v = b[name];
  if (v === null) return null;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= '1800-01-01') {
      if (v <= new Date().toISOString().slice(0, 10)) return v;
      issues.push({ name, reason: 'must not be in the future', code: 'date' });
      return undefined;
    }
  }
  issues.push({ name, reason: 'must be a date (YYYY-MM-DD) from 1800 on', code: 'date' });
  return undefined;
}

function oneOf<T extends string>(
  b: Body,
  name: string,
  values: readonly T[],
  issues: Issue[],
  notHere: Record<string, string> = {},
): T | undefined {
  const v = b[name];
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  if (typeof v === 'string' && notHere[v]) issues.push({ name, reason: notHere[v]!, code: 'changed-in-kbo' });
  else issues.push({ name, reason: `must be one of: ${values.join(', ')}`, code: 'code-list' });
  return undefined;
}

function codes<T extends string>(
  b: Body,
  name: string,
  values: readonly T[],
  issues: Issue[],
  o: { min: number; max?: number },
): T[] | undefined {
  const v = b[name];
  if (!Array.isArray(v)) {
    issues.push({ name, reason: 'must be a list of codes', code: 'type' });
    return undefined;
  }
  const before = issues.length;
  v.forEach((c, i) => {
    if (typeof c !== 'string' || !(values as readonly string[]).includes(c))
      issues.push({ name: `${name}/${i}`, reason: `must be one of: ${values.join(', ')}`, code: 'code-list' });
  });
  if (new Set(v).size !== v.length) issues.push({ name, reason: 'names a code twice', code: 'duplicate' });
  if (v.length < o.min) issues.push({ name, reason: `must name at least ${o.min}`, code: 'required' });
  if (o.max !== undefined && v.length > o.max) issues.push({ name, reason: `must name at most ${o.max}`, code: 'too-many' });
  return issues.length === before ? (v as T[]) : undefined;
}

/** An http(s) URL with a host; nothing else (no javascript:, data:, mailto:). */
function isWebUrl(v: string): boolean {
  if (v.length > 2000 || /\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

const REASONS: Record<Contactgegeventype, [string, string]> = {
  'E-mail': ['must be an e-mail address', 'email'],
  Telefoon: ['must be a Belgian phone number (+32 or 0, then 8 or 9 digits)', 'phone'],
  Website: ['must be an http or https URL', 'url'],
  SocialMedia: ['must be an http or https URL', 'url'],
};

function validContact(type: Contactgegeventype, v: string): boolean {
  if (type === 'E-mail') return v.length <= 320 && EMAIL.test(v);
  if (type === 'Telefoon') return PHONE.test(v.replace(/[\s./()-]/g, ''));
  return isWebUrl(v);
}

function contactValue(b: Body, name: string, type: Contactgegeventype, issues: Issue[]): string | undefined {
  const v = b[name];
  if (typeof v === 'string' && validContact(type, v.trim())) return v.trim();
  const [reason, code] = REASONS[type];
  issues.push({ name, reason, code });
  return undefined;
}

function nullableContact(b: Body, name: string, type: Contactgegeventype, issues: Issue[]): string | null | undefined {
  const v = b[name];
  if (v === null || v === '') return null;
  return contactValue(b, name, type, issues);
}

export interface AdresValue {
  straatnaam: string;
  huisnummer: string;
  busnummer: string | null;
  postcode: string;
  gemeente: string;
  land: string;
}

/** A Belgian address: street and number not empty, postcode 1000–9992, land België. */
function address(b: Body, name: string, issues: Issue[]): AdresValue | undefined {
  const a = b[name];
  if (typeof a !== 'object' || a === null || Array.isArray(a)) {
    issues.push({ name, reason: 'must be an address object', code: 'type' });
    return undefined;
  }
  const r = a as Body;
  const before = issues.length;
  const sub: Issue[] = [];
  for (const k of Object.keys(r))
    if (!['straatnaam', 'huisnummer', 'busnummer', 'postcode', 'gemeente', 'land'].includes(k))
      sub.push({ name: k, reason: 'is not a field of an address', code: 'unknown-field' });
  const straatnaam = text(r, 'straatnaam', sub, { max: 100, required: true });
  const huisnummer = text(r, 'huisnummer', sub, { max: 10, required: true });
  const busnummer = 'busnummer' in r ? text(r, 'busnummer', sub, { max: 10, nullable: true }) : null;
  const gemeente = text(r, 'gemeente', sub, { max: 100, required: true });
  const pc = r['postcode'];
  const postcode = isPostcode(pc) ? pc : undefined;
  if (!postcode) sub.push({ name: 'postcode', reason: 'must be a Belgian postcode (4 digits, 1000 to 9992)', code: 'postcode' });
  if ('land' in r && r['land'] !== 'België' && r['land'] !== 'Belgie')
    sub.push({ name: 'land', reason: 'must be België: the register takes Belgian addresses here', code: 'address' });
  for (const i of sub) issues.push({ ...i, name: `${name}/${i.name}` });
  if (issues.length !== before) return undefined;
  return {
    straatnaam: straatnaam!,
    huisnummer: huisnummer!,
    busnummer: busnummer ?? null,
    postcode: postcode!,
    gemeente: gemeente!,
    land: 'België',
  };
}

export const check = { text, bool, age, pastDate, oneOf, codes, contactValue, nullableContact, address };
