import type { OwnStrings } from '../../i18n/localize.js';

/**
 * The strings of <loket-capacity-switcher>: Dutch here, in the element's own chunk (not in i18n/strings.ts, so
 * loket.js does not grow by them); French, English and German each in a chunk of its own, loaded
 * only by a page in that language (see `OwnStrings`).
 */

const nl = {
  capacityTitle: 'Namens wie handelt u?',
  capacityYourself: 'Uzelf, als burger',
  capacityAssociation: 'Vereniging',
  capacityCompany: 'Onderneming',
  capacityActive: 'actief',
  capacityFilter: 'Zoek op naam of nummer',
  capacityLoading: 'Uw hoedanigheden worden geladen…',
  capacityEmpty: 'U vertegenwoordigt geen vereniging of onderneming.',
  capacityRegister: 'Uw vereniging registreren in het Verenigingsregister',
  capacityError: 'Uw hoedanigheden konden niet geladen worden.',
  capacityNoMatch: 'Niets gevonden voor "{query}".',
  capacitySignedOut: 'Meld u aan om te kiezen namens wie u handelt.',
  capacitySwitching: 'Bezig met wisselen naar {name}…',
  capacityElsewhere: 'Kies een andere hoedanigheid',
} as const;

export type CapacityStringKey = keyof typeof nl;

export const capacityStrings: OwnStrings<CapacityStringKey> = {
  nl,
  load: {
    fr: () => import('./capacity-switcher.strings.fr.js'),
    en: () => import('./capacity-switcher.strings.en.js'),
    de: () => import('./capacity-switcher.strings.de.js'),
  },
};
