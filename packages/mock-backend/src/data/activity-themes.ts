/**
 * Which LPDC themes fit each main activity of the Verenigingsloket: the catalogue ranks the
 * products of these themes first for an association active in it. Data, not logic: change the
 * table to change the ranking. Every one of the 21 activities is mapped (the type checks it).
 */
import type { Hoofdactiviteit, LpdcTheme } from '../../../elements/src/api/contract.ts';

export const ACTIVITY_THEMES: Record<Hoofdactiviteit, readonly LpdcTheme[]> = {
  BIAG: ['BurgerOverheid', 'MobiliteitOpenbareWerken'],
  BWWC: ['WelzijnGezondheid', 'MobiliteitOpenbareWerken'],
  DINT: ['WelzijnGezondheid', 'OnderwijsWetenschap'],
  GEWE: ['WelzijnGezondheid'],
  HOSP: ['CultuurSportVrijeTijd'],
  INOS: ['BurgerOverheid', 'WelzijnGezondheid'],
  JGDW: ['CultuurSportVrijeTijd', 'OnderwijsWetenschap'],
  KLDU: ['MilieuEnergie'],
  KECU: ['CultuurSportVrijeTijd'],
  LAVI: ['EconomieWerk', 'MilieuEnergie'],
  LEBE: ['CultuurSportVrijeTijd', 'BurgerOverheid'],
  MADP: ['WelzijnGezondheid', 'BurgerOverheid'],
  MEDG: ['OnderwijsWetenschap'],
  MROW: ['MobiliteitOpenbareWerken', 'BouwenWonen'],
  NMDW: ['MilieuEnergie'],
  VORM: ['OnderwijsWetenschap'],
  SOVO: ['CultuurSportVrijeTijd', 'OnderwijsWetenschap'],
  SPRT: ['CultuurSportVrijeTijd'],
  ONWE: ['OnderwijsWetenschap'],
  TOER: ['CultuurSportVrijeTijd', 'EconomieWerk'],
  WESE: ['EconomieWerk', 'WelzijnGezondheid'],
};
