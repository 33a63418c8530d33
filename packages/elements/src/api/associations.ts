import * as v from 'valibot';
import { contractUrl } from './url.js';
import { getJson } from './validated.js';
import type { ApiResult, RequestOptions } from './client.js';

const Adres = v.object({
  straatnaam: v.string(),
  huisnummer: v.string(),
  busnummer: v.nullable(v.string()),
  postcode: v.string(),
  gemeente: v.string(),
});

/**
 * `GET /api/associations/{vCode}` (openapi.yaml `getAssociation`), only the fields loket passes on.
 * `v.object` drops every other key, so representatives and contact data never leave this module.
 */
export const AssociationSchema = v.object({
  vereniging: v.object({
    vCode: v.pipe(v.string(), v.regex(/^V\d{7}$/)),
    naam: v.string(),
    verenigingstype: v.object({ code: v.string(), naam: v.string() }),
    locaties: v.pipe(
      v.array(
        v.object({
          locatietype: v.picklist(['Correspondentie', 'Activiteiten', 'Maatschappelijke zetel volgens KBO']),
          isPrimair: v.boolean(),
          adres: Adres,
        }),
      ),
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
    },
  };
}
