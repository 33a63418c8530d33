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
/**
 * `listServices`: the audience a token's capacity gets when no `audience` is asked for. The mock
 * answers with it, the element names it, the stories' backend uses it.
 */
export const CAPACITY_AUDIENCE = { BUR: 'Burger', VER: 'Vereniging', EA: 'Onderneming' } as const satisfies Record<
  (typeof CAPACITIES)[number],
  Exclude<(typeof SERVICE_AUDIENCE_FILTERS)[number], 'all'>
>;
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

/** Verenigingsregister `verenigingstype.code`. FV and VZER are not in the KBO; the others are. */
export const VERENIGINGSTYPES = ['FV', 'VZER', 'VZW', 'IVZW', 'PS', 'SVON'] as const;
/** Verenigingsregister `status`. */
export const VERENIGING_STATUSES = ['Actief', 'Gestopt', 'Dubbel'] as const;
/** `hoofdactiviteitenVerenigingsloket[].code`: the 21 main activities of the Verenigingsloket. */
export const HOOFDACTIVITEITEN = [
  'BIAG',
  'BWWC',
  'DINT',
  'GEWE',
  'HOSP',
  'INOS',
  'JGDW',
  'KLDU',
  'KECU',
  'LAVI',
  'LEBE',
  'MADP',
  'MEDG',
  'MROW',
  'NMDW',
  'VORM',
  'SOVO',
  'SPRT',
  'ONWE',
  'TOER',
  'WESE',
] as const;
/** `locaties[].locatietype`, as the register names them. */
export const LOCATIETYPES = ['Correspondentie', 'Activiteiten', 'Maatschappelijke zetel volgens KBO'] as const;
/** `contactgegevens[].contactgegeventype`. */
export const CONTACTGEGEVENTYPES = ['E-mail', 'Telefoon', 'Website', 'SocialMedia'] as const;
/** `RegisterEvent.sectie`: the parts of a register record that are changed one at a time. */
export const REGISTER_SECTIONS = ['basisgegevens', 'locaties', 'contactgegevens', 'vertegenwoordigers'] as const;
/** `RegisterEvent.actie`. */
export const REGISTER_ACTIONS = ['gewijzigd', 'toegevoegd', 'verwijderd'] as const;
/** `Problem.invalidParams[].code`: why a field of a register change was refused (the UI words it). */
export const INVALID_PARAM_CODES = [
  'type',
  'required',
  'too-long',
  'too-many',
  'range',
  'date',
  'code-list',
  'duplicate',
  'email',
  'phone',
  'url',
  'postcode',
  'address',
  'insz',
  'national-register',
  'primary-required',
  'changed-in-kbo',
  'read-only',
  'unknown-field',
  'invalid-json',
] as const;
/** `Product.links[].soort`. */
export const PRODUCT_LINK_KINDS = ['OnlineAanvragen', 'MeerInfo'] as const;
/** `Product.reasons[].reason`: why a product is ranked first for the caller. */
export const SERVICE_REASONS = ['hoofdactiviteit'] as const;

export type Verenigingstype = (typeof VERENIGINGSTYPES)[number];
export type VerenigingStatus = (typeof VERENIGING_STATUSES)[number];
export type Hoofdactiviteit = (typeof HOOFDACTIVITEITEN)[number];
export type Locatietype = (typeof LOCATIETYPES)[number];
export type Contactgegeventype = (typeof CONTACTGEGEVENTYPES)[number];
export type RegisterSection = (typeof REGISTER_SECTIONS)[number];
export type RegisterAction = (typeof REGISTER_ACTIONS)[number];
export type ProductLinkKind = (typeof PRODUCT_LINK_KINDS)[number];
export type ServiceReason = (typeof SERVICE_REASONS)[number];
export type InvalidParamCode = (typeof INVALID_PARAM_CODES)[number];
