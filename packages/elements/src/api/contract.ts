/**
 * The enums of the backend contract (packages/mock-backend/openapi.yaml), defined once: the
 * elements validate responses with them and the mock backend imports this file by relative path.
 * packages/mock-backend/test/contract-enums.node.test.ts checks each list against the schema.
 * No imports, so the mock (Node, no bundler) can load it as it is.
 */

/** `DossierStatus.code`, in lifecycle order: the open ones first (the mock stores them by index). */
export const DOSSIER_STATUS_CODES = [
  'ontvangen',
  'in-behandeling',
  'aanvulling-gevraagd',
  'beslist-goedgekeurd',
  'beslist-afgewezen',
  'afgesloten',
] as const;
/** `listDossiers` `status` filter. */
export const DOSSIER_STATUS_FILTERS = ['open', 'closed', 'all'] as const;
/** `listDossiers` `sort`: a leading minus sorts descending. */
export const DOSSIER_SORTS = ['lastChanged', '-lastChanged', 'dueDate', '-dueDate'] as const;
/** `DossierFields.entity.level`: the source government's level. */
export const ENTITY_LEVELS = ['lokaal', 'provinciaal', 'Vlaams', 'federaal'] as const;
/** `Capacity` (`vo_doelgroepcode`): citizen, association, company. */
export const CAPACITIES = ['BUR', 'VER', 'EA'] as const;

/** LPDC `Thema`. */
export const LPDC_THEMES = [
  'BurgerOverheid',
  'CultuurSportVrijeTijd',
  'EconomieWerk',
  'MilieuEnergie',
  'MobiliteitOpenbareWerken',
  'OnderwijsWetenschap',
  'WelzijnGezondheid',
  'BouwenWonen',
] as const;
/** LPDC `Product.type`. */
export const LPDC_TYPES = [
  'FinancieleVerplichting',
  'Toelating',
  'Bewijs',
  'Voorwerp',
  'AdviesBegeleiding',
  'InfrastructuurMateriaal',
  'FinancieelVoordeel',
] as const;
/** LPDC `Product.doelgroepen`. */
export const LPDC_AUDIENCES = ['Burger', 'Onderneming', 'Organisatie', 'VlaamseOverheid', 'LokaalBestuur', 'Vereniging'] as const;
/** `listServices` `audience` filter. */
export const SERVICE_AUDIENCE_FILTERS = ['Burger', 'Vereniging', 'Onderneming', 'all'] as const;
/** LPDC `Product.bevoegdBestuursniveau`. */
export const AUTHORITY_LEVELS = ['Europees', 'Federaal', 'Vlaams', 'Provinciaal', 'Lokaal'] as const;

export type DossierStatusCode = (typeof DOSSIER_STATUS_CODES)[number];
export type DossierStatusFilter = (typeof DOSSIER_STATUS_FILTERS)[number];
export type DossierSort = (typeof DOSSIER_SORTS)[number];
export type EntityLevel = (typeof ENTITY_LEVELS)[number];
export type Capacity = (typeof CAPACITIES)[number];
export type LpdcTheme = (typeof LPDC_THEMES)[number];
export type LpdcType = (typeof LPDC_TYPES)[number];
export type LpdcAudience = (typeof LPDC_AUDIENCES)[number];
export type ServiceAudienceFilter = (typeof SERVICE_AUDIENCE_FILTERS)[number];
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];
