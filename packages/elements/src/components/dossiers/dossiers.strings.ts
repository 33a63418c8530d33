import type { OwnStrings } from '../../i18n/localize.js';

/**
 * The strings of <loket-dossiers>: Dutch here, in the element's own chunk (not in i18n/strings.ts, so
 * loket.js does not grow by them); French, English and German each in a chunk of its own, loaded
 * only by a page in that language (see `OwnStrings`).
 */
export const nl = {
  dossiersTitle: 'Mijn dossiers',
  dossiersFilters: 'Toon',
  dossiersFilterAll: 'Alle',
  dossiersFilterOpen: 'Lopend',
  dossiersFilterClosed: 'Afgesloten',
  dossiersFilterAction: 'Actie nodig',
  dossiersSearch: 'Zoeken in uw dossiers',
  dossiersSearchButton: 'Zoeken',
  dossiersSort: 'Sorteren op',
  dossiersSortLastChanged: 'Laatste wijziging',
  dossiersSortDueDate: 'Uiterste datum',
  dossiersLoading: 'Uw dossiers worden geladen…',
  dossiersSignedOut: 'Meld u aan om de stand van uw dossiers te zien.',
  dossiersEmptyAll: 'U hebt nog geen dossiers.',
  dossiersEmptyOpen: 'U hebt geen lopende dossiers.',
  dossiersEmptyClosed: 'U hebt geen afgesloten dossiers.',
  dossiersEmptyAction: 'Er wordt op dit moment geen actie van u verwacht.',
  dossiersEmptySearch: 'Geen dossiers gevonden voor “{q}”.',
  dossiersError: 'Uw dossiers konden niet geladen worden.',
  dossiersMoreError: 'De volgende dossiers konden niet geladen worden.',
  dossiersMore: 'Meer laden',
  dossiersShown: '{shown} van {total} dossiers',
  dossiersFound: '{total} dossiers gevonden',
  dossiersFoundOne: '1 dossier gevonden',
  dossiersReference: 'Referentie',
  dossiersEntity: 'Behandeld door',
  dossiersLastChanged: 'Laatste wijziging',
  dossiersActionNeeded: 'Actie nodig',
  dossiersDueDate: 'Uiterlijk {date}',
  dossiersOpenSource: 'Bekijk het dossier bij {entity}',
  dossiersHistory: 'Statusgeschiedenis',
  dossiersHistoryLoading: 'Geschiedenis wordt geladen…',
  dossiersHistoryError: 'De geschiedenis kon niet geladen worden.',
  dossiersOverview: 'Alle dossiers bekijken',
  dossiersStatus: 'Status',
  levelLokaal: 'lokaal bestuur',
  levelProvinciaal: 'provincie',
  levelVlaams: 'Vlaamse overheid',
  levelFederaal: 'federale overheid',
  statusOntvangen: 'Ontvangen',
  statusInBehandeling: 'In behandeling',
  statusAanvullingGevraagd: 'Aanvulling gevraagd',
  statusBeslistGoedgekeurd: 'Goedgekeurd',
  statusBeslistAfgewezen: 'Afgewezen',
  statusAfgesloten: 'Afgesloten',
} as const;

export type DossierStringKey = keyof typeof nl;

export const dossierStrings: OwnStrings<DossierStringKey> = {
  nl,
  load: {
    fr: () => import('./dossiers.strings.fr.js'),
    en: () => import('./dossiers.strings.en.js'),
    de: () => import('./dossiers.strings.de.js'),
  },
};
