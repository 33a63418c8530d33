import type { StringTables } from '../../i18n/localize.js';

/**
 * The strings of <loket-capacity-switcher>, in all four languages. They live in the switcher's own
 * chunk, not in i18n/strings.ts, so that loket.js (which carries the Dutch table) does not grow by
 * them; a page where nobody opens the switcher never downloads them.
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

const fr: Record<CapacityStringKey, string> = {
  capacityTitle: 'Au nom de qui agissez-vous ?',
  capacityYourself: 'Vous-même, en tant que citoyen',
  capacityAssociation: 'Association',
  capacityCompany: 'Entreprise',
  capacityActive: 'actif',
  capacityFilter: 'Rechercher par nom ou numéro',
  capacityLoading: 'Chargement de vos qualités…',
  capacityEmpty: 'Vous ne représentez aucune association ni entreprise.',
  capacityRegister: 'Enregistrer votre association dans le registre des associations',
  capacityError: "Vos qualités n'ont pas pu être chargées.",
  capacityNoMatch: 'Aucun résultat pour « {query} ».',
  capacitySignedOut: 'Connectez-vous pour choisir au nom de qui vous agissez.',
  capacitySwitching: 'Passage à {name}…',
  capacityElsewhere: 'Choisir une autre qualité',
};

const en: Record<CapacityStringKey, string> = {
  capacityTitle: 'On whose behalf are you acting?',
  capacityYourself: 'Yourself, as a citizen',
  capacityAssociation: 'Association',
  capacityCompany: 'Company',
  capacityActive: 'active',
  capacityFilter: 'Search by name or number',
  capacityLoading: 'Loading your capacities…',
  capacityEmpty: 'You do not represent any association or company.',
  capacityRegister: 'Register your association in the association register',
  capacityError: 'Your capacities could not be loaded.',
  capacityNoMatch: 'Nothing found for "{query}".',
  capacitySignedOut: 'Sign in to choose on whose behalf you act.',
  capacitySwitching: 'Switching to {name}…',
  capacityElsewhere: 'Choose another capacity',
};

const de: Record<CapacityStringKey, string> = {
  capacityTitle: 'In wessen Namen handeln Sie?',
  capacityYourself: 'Sie selbst, als Bürger',
  capacityAssociation: 'Verein',
  capacityCompany: 'Unternehmen',
  capacityActive: 'aktiv',
  capacityFilter: 'Nach Name oder Nummer suchen',
  capacityLoading: 'Ihre Eigenschaften werden geladen…',
  capacityEmpty: 'Sie vertreten keinen Verein und kein Unternehmen.',
  capacityRegister: 'Ihren Verein im Vereinsregister eintragen',
  capacityError: 'Ihre Eigenschaften konnten nicht geladen werden.',
  capacityNoMatch: 'Nichts gefunden für „{query}“.',
  capacitySignedOut: 'Melden Sie sich an, um zu wählen, in wessen Namen Sie handeln.',
  capacitySwitching: 'Wechsel zu {name}…',
  capacityElsewhere: 'Eine andere Eigenschaft wählen',
};

export const capacityStrings: StringTables<CapacityStringKey> = { nl, fr, en, de };
