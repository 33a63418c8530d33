import type { CapacityStringKey } from './capacity-switcher.strings.js';

/** The German strings of <loket-capacity-switcher>: loaded on demand, only by a page in German. */
const strings: Record<CapacityStringKey, string> = {
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

export default strings;
