import type { CapacityStringKey } from './capacity-switcher.strings.js';

/** The French strings of <loket-capacity-switcher>: loaded on demand, only by a page in French. */
const strings: Record<CapacityStringKey, string> = {
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

export default strings;
