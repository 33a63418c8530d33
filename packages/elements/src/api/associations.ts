import * as v from 'valibot';
import { contractUrl } from './url.js';
import { getJson, getVersioned, sendVersioned, type Versioned } from './validated.js';
import type { ApiResult, RequestOptions } from './client.js';
import {
  CONTACTGEGEVENTYPES,
  HOOFDACTIVITEITEN,
  LOCATIETYPES,
  VERENIGING_STATUSES,
  VERENIGINGSTYPES,
  type RegisterSection,
} from './contract.js';

const Adres = v.object({
  straatnaam: v.string(),
  huisnummer: v.string(),
  busnummer: v.nullable(v.string()),
  postcode: v.string(),
  gemeente: v.string(),
});

/**
 * `GET /api/associations/{vCode}` (openapi.yaml `getAssociation`), only the fields loket passes on.
 * `v.object` drops every other key, so representatives and their contact data never leave this module.
 */
export const AssociationSchema = v.object({
  vereniging: v.object({
    vCode: v.pipe(v.string(), v.regex(/^V\d{7}$/)),
    naam: v.string(),
    verenigingstype: v.object({ code: v.string(), naam: v.string() }),
    locaties: v.pipe(
      v.array(
        v.object({
          locatietype: v.picklist(LOCATIETYPES),
          isPrimair: v.boolean(),
          adres: Adres,
        }),
      ),
      v.maxLength(500),
    ),
    // The association's own contact data (not its representatives'): prefill passes on its e-mail.
    contactgegevens: v.pipe(
      v.array(v.object({ contactgegeventype: v.string(), waarde: v.string(), isPrimair: v.boolean() })),
      v.maxLength(500),
    ),
  }),
});

/** What a host form may prefill for the association the user acts for (once-only principle). */
export interface AssociationBasics {
  vCode: string;
  naam: string;
  verenigingstype: { code: string; naam: string };
  /** The primary address, else the correspondence address, else the registered office; null if none. */
  hoofdadres: { straat: string; huisnummer: string; busnummer: string | null; postcode: string; gemeente: string } | null;
  /** The association's primary e-mail address (its own, never a representative's), else its first; null if none. */
  email: string | null;
}

type Locatie = v.InferOutput<typeof AssociationSchema>['vereniging']['locaties'][number];

/** Activity locations are where the association meets, not its address. */
function mainLocation(locaties: Locatie[]): Locatie | undefined {
  const postal = locaties.filter((l) => l.locatietype !== 'Activiteiten');
  return (
    postal.find((l) => l.isPrimair) ??
    postal.find((l) => l.locatietype === 'Correspondentie') ??
    postal.find((l) => l.locatietype === 'Maatschappelijke zetel volgens KBO')
  );
}

export async function fetchAssociationBasics(
  apiBase: string,
  vCode: string,
  options: RequestOptions,
): Promise<ApiResult<AssociationBasics>> {
  const url = contractUrl(apiBase, `/api/associations/${encodeURIComponent(vCode)}`);
  const result = await getJson(url.href, AssociationSchema, options);
  if (!result.ok) return result;
  const { vereniging: r } = result.data;
  const main = mainLocation(r.locaties)?.adres;
  const emails = r.contactgegevens.filter((c) => c.contactgegeventype === 'E-mail');
  const email = (emails.find((c) => c.isPrimair) ?? emails[0])?.waarde ?? null;
  return {
    ok: true,
    data: {
      vCode: r.vCode,
      naam: r.naam,
      verenigingstype: { code: r.verenigingstype.code, naam: r.verenigingstype.naam },
      hoofdadres: main
        ? {
            straat: main.straatnaam,
            huisnummer: main.huisnummer,
            busnummer: main.busnummer,
            postcode: main.postcode,
            gemeente: main.gemeente,
          }
        : null,
      email,
    },
  };
}

// ---- The whole record and its changes (<loket-association>) ---------------------------------

const Text = v.pipe(v.string(), v.maxLength(2000));
const NullableText = v.nullable(Text);
const Id = v.pipe(v.number(), v.integer(), v.minValue(1));
const Age = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(150));
const CodeNaam = v.object({ code: v.pipe(v.string(), v.maxLength(20)), naam: Text });

const Rights = v.object({
  toevoegen: v.boolean(),
  verwijderen: v.boolean(),
  velden: v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(50)),
});

/**
 * `GET /api/associations/{vCode}` (openapi.yaml `AssociationRecord`), for the association's own
 * representatives. `v.object` drops keys it does not name: a national register number a backend
 * might send by mistake never reaches an element.
 */
export const AssociationRecordSchema = v.object({
  vereniging: v.object({
    vCode: v.pipe(v.string(), v.regex(/^V\d{7}$/)),
    naam: Text,
    roepnaam: NullableText,
    korteNaam: Text,
    korteBeschrijving: Text,
    verenigingstype: v.object({ code: v.picklist(VERENIGINGSTYPES), naam: Text }),
    status: v.picklist(VERENIGING_STATUSES),
    startdatum: v.nullable(v.pipe(v.string(), v.isoDate())),
    kboNummer: v.nullable(v.pipe(v.string(), v.regex(/^\d{10}$/))),
    doelgroep: v.object({ minimumleeftijd: Age, maximumleeftijd: Age }),
    hoofdactiviteitenVerenigingsloket: v.pipe(
      v.array(v.object({ code: v.picklist(HOOFDACTIVITEITEN), naam: Text })),
      v.maxLength(21),
    ),
    werkingsgebieden: v.pipe(v.array(CodeNaam), v.maxLength(100)),
    locaties: v.pipe(
      v.array(
        v.object({
          locatieId: Id,
          locatietype: v.picklist(LOCATIETYPES),
          isPrimair: v.boolean(),
          naam: NullableText,
          adres: v.object({
            straatnaam: Text,
            huisnummer: Text,
            busnummer: NullableText,
            postcode: Text,
            gemeente: Text,
            land: Text,
          }),
          adresvoorstelling: Text,
        }),
      ),
      v.maxLength(500),
    ),
    contactgegevens: v.pipe(
      v.array(
        v.object({
          contactgegevenId: Id,
          contactgegeventype: v.picklist(CONTACTGEGEVENTYPES),
          waarde: Text,
          beschrijving: Text,
          isPrimair: v.boolean(),
        }),
      ),
      v.maxLength(500),
    ),
    vertegenwoordigers: v.pipe(
      v.array(
        v.object({
          vertegenwoordigerId: Id,
          voornaam: Text,
          achternaam: Text,
          roepnaam: NullableText,
          rol: NullableText,
          isPrimair: v.boolean(),
          'e-mail': NullableText,
          telefoon: NullableText,
          mobiel: NullableText,
          socialMedia: NullableText,
        }),
      ),
      v.maxLength(500),
    ),
  }),
  wijzigbaar: v.object({
    bron: v.nullable(v.literal('KBO')),
    basisgegevens: v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(50)),
    locaties: Rights,
    contactgegevens: Rights,
    vertegenwoordigers: Rights,
  }),
  metadata: v.object({ datumLaatsteAanpassing: v.pipe(v.string(), v.isoDate()) }),
});

export type AssociationRecord = v.InferOutput<typeof AssociationRecordSchema>;
export type Vereniging = AssociationRecord['vereniging'];
export type Wijzigbaar = AssociationRecord['wijzigbaar'];
export type RecordLocatie = Vereniging['locaties'][number];
export type RecordContactgegeven = Vereniging['contactgegevens'][number];
export type RecordVertegenwoordiger = Vereniging['vertegenwoordigers'][number];
/** The parts of a record changed one item at a time. */
export type ItemSection = Exclude<RegisterSection, 'basisgegevens'>;

/** One change of the register: the basics, or one item of a section (added, changed or removed). */
export type RegisterChange =
  | { section: 'basisgegevens'; body: Record<string, unknown> }
  | { section: ItemSection; action: 'add'; body: Record<string, unknown> }
  | { section: ItemSection; action: 'change'; id: number; body: Record<string, unknown> }
  | { section: ItemSection; action: 'remove'; id: number };

const associationPath = (vCode: string) => `/api/associations/${encodeURIComponent(vCode)}` as const;

/** The association's register record and its `ETag` (the version a change must name). */
export function getAssociation(
  apiBase: string,
  vCode: string,
  options: RequestOptions,
): Promise<ApiResult<Versioned<AssociationRecord>>> {
  return getVersioned(contractUrl(apiBase, associationPath(vCode)).href, AssociationRecordSchema, options);
}

/**
 * Makes one change on the version `etag` (`If-Match`). Answers the whole new record and its new
 * `ETag`, or an ApiError: `bad-request` (see `invalidParams()`), `precondition-failed` (someone
 * changed it meanwhile; `details.etag` is the current version), `forbidden`, … Nothing throws.
 */
export function changeAssociation(
  apiBase: string,
  vCode: string,
  change: RegisterChange,
  etag: string | null,
  options: RequestOptions,
): Promise<ApiResult<Versioned<AssociationRecord>>> {
  const base = associationPath(vCode);
  const path =
    change.section === 'basisgegevens'
      ? base
      : change.action === 'add'
        ? (`${base}/${change.section}` as const)
        : (`${base}/${change.section}/${change.id}` as const);
  const method =
    change.section === 'basisgegevens' || change.action === 'change' ? 'PATCH' : change.action === 'add' ? 'POST' : 'DELETE';
  const body = 'body' in change ? change.body : undefined;
  return sendVersioned(contractUrl(apiBase, path).href, AssociationRecordSchema, { ...options, method, body, ifMatch: etag });
}
