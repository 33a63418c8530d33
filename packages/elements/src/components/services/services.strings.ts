import type { OwnStrings } from '../../i18n/localize.js';

/**
 * The strings of <loket-services>: Dutch here, in the element's own chunk (as the dossier
 * widget's: loket.js does not grow by them); French, English and German each in a chunk of its
 * own, loaded only by a page in that language (see `OwnStrings`). The names of main activities in
 * a reason come from the backend (the register's own labels).
 */
export const nl = {
  servicesTitle: 'Producten en diensten',
  servicesFor: 'Voor {name}',
  servicesAudience: 'Ik zoek als',
  audienceBurger: 'Burger',
  audienceVereniging: 'Vereniging',
  audienceOnderneming: 'Onderneming',
  servicesSearch: 'Zoeken in producten en diensten',
  servicesSearchHint: 'Bijvoorbeeld: paspoort, subsidie, evenement',
  servicesSearchButton: 'Zoeken',
  servicesTheme: 'Thema',
  servicesThemeAll: 'Alle thema’s',
  servicesType: 'Soort',
  servicesTypeAll: 'Alle soorten',
  servicesLoading: 'De producten en diensten worden geladen…',
  servicesEmpty: 'Er zijn geen producten of diensten die aan uw keuze voldoen.',
  servicesEmptySearch: 'Geen producten of diensten gevonden voor “{q}”.',
  servicesError: 'De producten en diensten konden niet geladen worden.',
  servicesMoreError: 'De volgende producten en diensten konden niet geladen worden.',
  servicesMore: 'Meer laden',
  servicesShown: '{shown} van {total} producten en diensten',
  servicesFound: '{total} producten en diensten gevonden',
  servicesFoundOne: '1 product of dienst gevonden',
  servicesOwn: 'Van uw gemeente',
  servicesReason: 'Omdat uw vereniging actief is in {activities}',
  servicesAuthority: 'Bevoegde overheid',
  servicesCosts: 'Kosten',
  servicesConditions: 'Voorwaarden',
  servicesProcedure: 'Procedure',
  servicesContact: 'Contact',
  servicesExecuting: 'Aanvragen bij',
  servicesOpeningHours: 'Openingsuren',
  servicesKeywords: 'Ook bekend als',
  servicesApply: 'Online aanvragen',
  servicesMoreInfo: 'Meer info',
  servicesDetails: 'Details',
  servicesLinksOf: 'over {title}',
  typeFinancieleVerplichting: 'Financiële verplichting',
  typeToelating: 'Toelating',
  typeBewijs: 'Bewijs',
  typeVoorwerp: 'Voorwerp',
  typeAdviesBegeleiding: 'Advies en begeleiding',
  typeInfrastructuurMateriaal: 'Infrastructuur en materiaal',
  typeFinancieelVoordeel: 'Financieel voordeel',
  themeBurgerOverheid: 'Burger en overheid',
  themeCultuurSportVrijeTijd: 'Cultuur, sport en vrije tijd',
  themeEconomieWerk: 'Economie en werk',
  themeMilieuEnergie: 'Milieu en energie',
  themeMobiliteitOpenbareWerken: 'Mobiliteit en openbare werken',
  themeOnderwijsWetenschap: 'Onderwijs en wetenschap',
  themeWelzijnGezondheid: 'Welzijn en gezondheid',
  themeBouwenWonen: 'Bouwen en wonen',
  levelEuropees: 'Europese overheid',
  levelFederaal: 'federale overheid',
  levelVlaams: 'Vlaamse overheid',
  levelProvinciaal: 'provincie',
  levelLokaal: 'lokaal bestuur',
} as const;

export type ServiceStringKey = keyof typeof nl;

export const serviceStrings: OwnStrings<ServiceStringKey> = {
  nl,
  load: {
    fr: () => import('./services.strings.fr.js'),
    en: () => import('./services.strings.en.js'),
    de: () => import('./services.strings.de.js'),
  },
};
