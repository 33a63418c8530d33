import type { CapacityStringKey } from './capacity-switcher.strings.js';

/** The English strings of <loket-capacity-switcher>: loaded on demand, only by a page in English. */
const strings: Record<CapacityStringKey, string> = {
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

export default strings;
