import { readFileSync } from 'node:fs';
import type { DossierStatusCode } from '../../../elements/src/api/contract.ts';

/** The code lists of shared/domain/codelists.json, copied into the package so it stands alone. */
interface CodeLists {
  verenigingstype: Record<string, string>;
  hoofdactiviteitenVerenigingsloket: Record<string, string>;
  werkingsgebiedProvincie: Record<string, string>;
  locatietype: string[];
  contactgegeventype: string[];
  vertegenwoordigerRolExamples: string[];
  lpdc: { type: string[]; doelgroep: string[]; thema: string[]; bevoegdBestuursniveau: string[] };
  dossierStatus: Record<string, string>;
}

export const codelists = JSON.parse(readFileSync(new URL('./codelists.json', import.meta.url), 'utf8')) as CodeLists;

export const OPEN_STATUSES: ReadonlySet<DossierStatusCode> = new Set(['ontvangen', 'in-behandeling', 'aanvulling-gevraagd']);

export function statusLabel(code: DossierStatusCode): string {
  return codelists.dossierStatus[code] ?? code;
}
