/**
 * Deterministic fixtures: persons (the test personas who can sign in, plus register-only
 * representatives), associations in the register's shape, companies and municipalities.
 * Everything derives from SEED, so every start and every machine sees the same data.
 */
import type { Capacity, Contactgegeventype, Locatietype, Verenigingstype } from '../../../elements/src/api/contract.ts';
import { codelists } from './codelists.ts';
import { hashString, intBetween, makeInsz, makeKbo, makeVCode, pick, prng, slug } from './ids.ts';

export const SEED = 'loket-2026';

export interface Person {
  /** Persona id used on the login page and in docs (p01…). Register-only people have r… ids. */
  id: string;
  insz: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  email: string;
  telefoon: string;
  adres: { straat: string; postcode: string; gemeente: string };
  /** true for the personas who appear on the login page. */
  persona: boolean;
}

export interface Locatie {
  locatieId: number;
  locatietype: Locatietype;
  isPrimair: boolean;
  naam: string | null;
  adres: { straatnaam: string; huisnummer: string; busnummer: string | null; postcode: string; gemeente: string; land: string };
  adresvoorstelling: string;
}

export interface Contactgegeven {
  contactgegevenId: number;
  contactgegeventype: Contactgegeventype;
  waarde: string;
  beschrijving: string;
  isPrimair: boolean;
}

export interface Vertegenwoordiger {
  vertegenwoordigerId: number;
  /** The fixture person, if the INSZ is one the mock knows (persona or register-only person). */
  personId: string | null;
  /** Kept to match sign-ins to representatives; never part of any answer. */
  insz: string;
  voornaam: string;
  achternaam: string;
  roepnaam: string | null;
  rol: string | null;
  isPrimair: boolean;
  email: string | null;
  telefoon: string | null;
  mobiel: string | null;
  socialMedia: string | null;
}

/** The register record. The objects in Fixtures are THE register: every reader reads them. */
export interface Association {
  vCode: string;
  naam: string;
  roepnaam: string | null;
  korteNaam: string;
  korteBeschrijving: string;
  verenigingstype: { code: Verenigingstype; naam: string };
  status: 'Actief' | 'Gestopt' | 'Dubbel';
  startdatum: string | null;
  kboNummer: string | null;
  doelgroep: { minimumleeftijd: number; maximumleeftijd: number };
  hoofdactiviteitenVerenigingsloket: { code: string; naam: string }[];
  werkingsgebieden: { code: string; naam: string }[];
  locaties: Locatie[];
  contactgegevens: Contactgegeven[];
  vertegenwoordigers: Vertegenwoordiger[];
  /** Date of the last change (YYYY-MM-DD). */
  datumLaatsteAanpassing: string;
  /** Number of dossiers DOSIS holds for this association. */
  dossierCount: number;
}

export interface Company {
  kboNummer: string;
  naam: string;
  rechtsvorm: string;
  adres: string;
  /** person ids allowed to act for the company (zaakvoerders). */
  mandatarissen: string[];
}

export interface Municipality {
  id: string;
  name: string;
  entityName: string;
  postcode: string;
  provincie: string;
  domain: string;
}

export const municipalities: Municipality[] = [
  {
    id: 'gemeente-voorbeeld',
    name: 'Voorbeeld',
    entityName: 'Gemeente Voorbeeld',
    postcode: '9999',
    provincie: 'BE23',
    domain: 'www.voorbeeld.example',
  },
  {
    id: 'stad-scheldeburg',
    name: 'Scheldeburg',
    entityName: 'Stad Scheldeburg',
    postcode: '9998',
    provincie: 'BE21',
    domain: 'www.scheldeburg.example',
  },
  {
    id: 'gemeente-heidebeek',
    name: 'Heidebeek',
    entityName: 'Gemeente Heidebeek',
    postcode: '3999',
    provincie: 'BE22',
    domain: 'www.heidebeek.example',
  },
];

const STREETS = [
  'Kerkstraat',
  'Molenstraat',
  'Stationsstraat',
  'Dorpsplein',
  'Schoolstraat',
  'Beekstraat',
  'Heidelaan',
  'Kapelstraat',
  'Veldstraat',
  'Scheldekaai',
  'Lindelaan',
  'Bosstraat',
];

interface PersonaSpec {
  id: string;
  voornaam: string;
  achternaam: string;
  birth: string;
  serial: number;
  gemeente: number;
}

/** The personas of the login page. README.md documents what each one may act as. */
const PERSONAS: PersonaSpec[] = [
  { id: 'p01', voornaam: 'Anna', achternaam: 'Peeters', birth: '1988-02-29', serial: 992, gemeente: 0 },
  { id: 'p02', voornaam: 'Jan', achternaam: 'Janssens', birth: '1975-06-14', serial: 123, gemeente: 0 },
  { id: 'p03', voornaam: 'Els', achternaam: 'Maes', birth: '1969-11-03', serial: 214, gemeente: 1 },
  { id: 'p04', voornaam: 'Pieter', achternaam: 'De Smet', birth: '1982-04-21', serial: 57, gemeente: 0 },
  { id: 'p05', voornaam: 'Sofie', achternaam: 'Claes', birth: '1991-09-09', serial: 318, gemeente: 2 },
  { id: 'p06', voornaam: 'Lucas', achternaam: 'Wouters', birth: '2001-03-17', serial: 45, gemeente: 2 },
  { id: 'p07', voornaam: 'Fatima', achternaam: 'El Amrani', birth: '1986-12-01', serial: 276, gemeente: 1 },
  { id: 'p08', voornaam: 'Tom', achternaam: 'Vermeulen', birth: '1979-01-25', serial: 161, gemeente: 1 },
  { id: 'p09', voornaam: 'Lotte', achternaam: 'Jacobs', birth: '2003-07-30', serial: 88, gemeente: 0 },
  { id: 'p10', voornaam: 'Bram', achternaam: 'Willems', birth: '1972-05-12', serial: 433, gemeente: 2 },
  { id: 'p11', voornaam: 'Marie', achternaam: 'Dubois', birth: '1994-10-19', serial: 256, gemeente: 1 },
  { id: 'p12', voornaam: 'Koen', achternaam: 'Goossens', birth: '1965-08-08', serial: 371, gemeente: 0 },
];

const EXTRA_FIRST = [
  'Wim',
  'Griet',
  'Dirk',
  'Inge',
  'Stijn',
  'Karen',
  'Bart',
  'Nathalie',
  'Joris',
  'Hilde',
  'Ruben',
  'Nele',
  'Yusuf',
  'Amira',
  'Thijs',
  'Charlotte',
  'Wout',
  'Elke',
  'Mehmet',
  'Lien',
];
const EXTRA_LAST = [
  'Mertens',
  'Lambrechts',
  'Van den Broeck',
  'Hermans',
  'Pauwels',
  'Declercq',
  'Verstraete',
  'Aerts',
  'Michiels',
  'Coppens',
  'Vandenberghe',
  'Dewitte',
  'Yilmaz',
  'Bogaert',
  'Smets',
  'Leemans',
];

function buildPerson(spec: PersonaSpec, persona: boolean, rand: () => number): Person {
  const m = municipalities[spec.gemeente % municipalities.length]!;
  const local = `${slug(spec.voornaam)}.${slug(spec.achternaam)}`.replace(/-/g, '');
  return {
    id: spec.id,
    insz: makeInsz(spec.birth, spec.serial),
    voornaam: spec.voornaam,
    achternaam: spec.achternaam,
    geboortedatum: spec.birth,
    email: `${local}@example.be`,
    telefoon: `+32 4${intBetween(rand, 70, 99)} ${intBetween(rand, 10, 99)} ${intBetween(rand, 10, 99)} ${intBetween(rand, 10, 99)}`,
    adres: { straat: `${pick(rand, STREETS)} ${intBetween(rand, 1, 180)}`, postcode: m.postcode, gemeente: m.name },
    persona,
  };
}

interface ExplicitAssociation {
  n: number;
  naam: string;
  korteNaam: string;
  type: Verenigingstype;
  activiteiten: string[];
  gemeente: number;
  beschrijving: string;
  reps: { person: string; rol: string; isPrimair: boolean }[];
  dossierCount?: number;
}

/** Associations the personas represent; the remaining ones are generated below. */
const EXPLICIT_ASSOCIATIONS: ExplicitAssociation[] = [
  {
    n: 1234,
    naam: 'Speelpleinwerking Hoeve vzw',
    korteNaam: 'Speelplein Hoeve',
    type: 'VZW',
    activiteiten: ['JGDW'],
    gemeente: 0,
    beschrijving: 'Zomerspeelplein voor kinderen van 4 tot 14 jaar op het domein De Hoeve.',
    reps: [
      { person: 'p02', rol: 'Voorzitter', isPrimair: true },
      { person: 'r01', rol: 'Penningmeester', isPrimair: false },
    ],
    dossierCount: 100,
  },
  {
    n: 1002,
    naam: 'Koepel Jeugdwerk Scheldeburg vzw',
    korteNaam: 'Koepel Jeugdwerk',
    type: 'VZW',
    activiteiten: ['JGDW', 'VORM'],
    gemeente: 1,
    beschrijving: 'Overkoepelende werking van alle jeugdbewegingen en jeugdhuizen in Scheldeburg.',
    reps: [
      { person: 'p03', rol: 'Secretaris', isPrimair: false },
      { person: 'p12', rol: 'Voorzitter', isPrimair: true },
    ],
    dossierCount: 100_000,
  },
  {
    n: 1003,
    naam: 'Toneelkring De Schelde',
    korteNaam: 'De Schelde',
    type: 'FV',
    activiteiten: ['KECU'],
    gemeente: 1,
    beschrijving: 'Amateurtoneel met twee producties per seizoen in de stadsschouwburg.',
    reps: [
      { person: 'p03', rol: 'Voorzitter', isPrimair: true },
      { person: 'r02', rol: 'Secretaris', isPrimair: false },
    ],
  },
  {
    n: 1004,
    naam: 'Wielertoeristen Scheldeburg vzw',
    korteNaam: 'WT Scheldeburg',
    type: 'VZW',
    activiteiten: ['SPRT'],
    gemeente: 1,
    beschrijving: 'Wekelijkse ritten voor recreatieve fietsers, van 40 tot 120 km.',
    reps: [
      { person: 'p03', rol: 'Penningmeester', isPrimair: false },
      { person: 'p08', rol: 'Voorzitter', isPrimair: true },
    ],
  },
  {
    n: 1005,
    naam: 'Buurtcomité Molenwijk',
    korteNaam: 'Molenwijk',
    type: 'FV',
    activiteiten: ['BWWC'],
    gemeente: 0,
    beschrijving: 'Buurtfeest, rommelmarkt en een werkgroep verkeersveiligheid voor de Molenwijk.',
    reps: [{ person: 'p04', rol: 'Voorzitter', isPrimair: true }],
  },
  {
    n: 1006,
    naam: 'Repair Café Heidebeek',
    korteNaam: 'Repair Café',
    type: 'FV',
    activiteiten: ['KLDU', 'BWWC'],
    gemeente: 2,
    beschrijving: 'Elke eerste zaterdag van de maand herstellen vrijwilligers gratis kapotte spullen.',
    reps: [
      { person: 'p05', rol: 'Voorzitter', isPrimair: true },
      { person: 'p10', rol: 'Bestuurslid', isPrimair: false },
    ],
  },
  {
    n: 1007,
    naam: 'Natuurpunt Heidebeek vzw',
    korteNaam: 'Natuurpunt Heidebeek',
    type: 'VZW',
    activiteiten: ['NMDW'],
    gemeente: 2,
    beschrijving: 'Beheer van het natuurgebied De Zandberg en wandelingen met gids.',
    reps: [
      { person: 'p05', rol: 'Secretaris', isPrimair: false },
      { person: 'p10', rol: 'Voorzitter', isPrimair: true },
    ],
  },
  {
    n: 1008,
    naam: 'Chiro Heidebeek',
    korteNaam: 'Chiro',
    type: 'FV',
    activiteiten: ['JGDW'],
    gemeente: 2,
    beschrijving: 'Chirogroep met zes afdelingen, elke zondagnamiddag activiteiten.',
    reps: [{ person: 'p06', rol: 'Voorzitter', isPrimair: true }],
  },
  {
    n: 1009,
    naam: 'Femma Scheldeburg-Centrum',
    korteNaam: 'Femma Centrum',
    type: 'FV',
    activiteiten: ['SOVO'],
    gemeente: 1,
    beschrijving: 'Vormingen, creatieve ateliers en uitstappen.',
    reps: [{ person: 'p11', rol: 'Voorzitter', isPrimair: true }],
  },
  {
    n: 1010,
    naam: 'Harmonie Sint-Cecilia Voorbeeld vzw',
    korteNaam: 'Harmonie Sint-Cecilia',
    type: 'VZW',
    activiteiten: ['KECU'],
    gemeente: 0,
    beschrijving: 'Harmonieorkest met een eigen muziekschool voor jonge muzikanten.',
    reps: [
      { person: 'p12', rol: 'Penningmeester', isPrimair: false },
      { person: 'r03', rol: 'Voorzitter', isPrimair: true },
    ],
  },
  {
    n: 1011,
    naam: 'Schaakclub De Toren',
    korteNaam: 'De Toren',
    type: 'VZER',
    activiteiten: ['HOSP'],
    gemeente: 0,
    beschrijving: 'Clubavonden op vrijdag en een jeugdschaakschool.',
    reps: [{ person: 'p12', rol: 'Voorzitter', isPrimair: true }],
  },
  {
    n: 1012,
    naam: 'Volkstuinen Kapelhoek vzw',
    korteNaam: 'Volkstuinen Kapelhoek',
    type: 'VZW',
    activiteiten: ['NMDW', 'LAVI'],
    gemeente: 0,
    beschrijving: 'Zestig volkstuintjes en een gedeelde serre voor de buurt.',
    reps: [
      { person: 'p12', rol: 'Secretaris', isPrimair: false },
      { person: 'r04', rol: 'Voorzitter', isPrimair: true },
    ],
  },
];

/** Register details of the explicit associations beyond their basics (by vCode number). */
interface AssociationExtra {
  roepnaam?: string;
  doelgroep?: [number, number];
  socialMedia?: string;
  /** The activity location's name and street. */
  lokaal?: { naam: string; straatnaam: string; huisnummer: string; busnummer?: string };
  werkingsgebieden?: string[];
}
const EXTRAS: Record<number, AssociationExtra> = {
  1234: {
    roepnaam: 'Speelplein De Hoeve',
    doelgroep: [4, 14],
    socialMedia: 'https://www.facebook.com/speelpleinhoeve',
    lokaal: { naam: 'Domein De Hoeve', straatnaam: 'Hoevestraat', huisnummer: '2' },
  },
  1002: {
    roepnaam: 'Jeugdraad Scheldeburg',
    doelgroep: [6, 30],
    socialMedia: 'https://www.instagram.com/koepeljeugdwerkscheldeburg',
    lokaal: { naam: 'Jeugdhuis De Kaai', straatnaam: 'Scheldekaai', huisnummer: '41', busnummer: '2' },
    werkingsgebieden: ['BE21', 'BE23'],
  },
  1003: {
    doelgroep: [16, 150],
    lokaal: { naam: 'Repetitiezaal Stadsschouwburg', straatnaam: 'Vlasmarkt', huisnummer: '5' },
  },
  1004: { roepnaam: 'WTS', doelgroep: [16, 150], socialMedia: 'https://www.strava.com/clubs/wt-scheldeburg' },
  1005: { doelgroep: [0, 150], lokaal: { naam: 'Buurthuis De Molen', straatnaam: 'Molenstraat', huisnummer: '88' } },
  1006: { doelgroep: [0, 150], lokaal: { naam: 'Ontmoetingscentrum Bosrand', straatnaam: 'Bosstraat', huisnummer: '14' } },
  1007: { roepnaam: 'Natuurpunt Heidebeek', doelgroep: [0, 150] },
  1008: { doelgroep: [6, 17], lokaal: { naam: 'Chirolokaal', straatnaam: 'Heidelaan', huisnummer: '3' } },
  1009: { doelgroep: [18, 150] },
  1010: { roepnaam: 'Sint-Cecilia', doelgroep: [8, 150], socialMedia: 'https://www.facebook.com/harmoniesintcecilia' },
  1011: { doelgroep: [7, 150] },
  1012: { doelgroep: [0, 150] },
};

/** Types registered in the KBO: their name, address and contact data come from there. */
export const KBO_TYPES: ReadonlySet<Verenigingstype> = new Set(['VZW', 'IVZW', 'PS', 'SVON']);

const GENERATED_KINDS: { kind: string; type: Verenigingstype; act: string[]; beschrijving: string }[] = [
  { kind: 'Voetbalclub', type: 'VZW', act: ['SPRT'], beschrijving: 'Voetbal voor jeugd en volwassenen, met een G-ploeg.' },
  { kind: 'KSA', type: 'FV', act: ['JGDW'], beschrijving: 'Jeugdbeweging met wekelijkse activiteiten en een zomerkamp.' },
  { kind: 'Scouts en Gidsen', type: 'VZW', act: ['JGDW'], beschrijving: 'Scoutsgroep met takken van kapoenen tot jins.' },
  {
    kind: 'Fotoclub',
    type: 'FV',
    act: ['KECU', 'HOSP'],
    beschrijving: 'Maandelijkse fotowandelingen en een jaarlijkse tentoonstelling.',
  },
  { kind: 'Okra', type: 'FV', act: ['SOVO'], beschrijving: 'Trefpunt voor 55-plussers: voordrachten, uitstappen en petanque.' },
  {
    kind: 'Gezinsbond',
    type: 'FV',
    act: ['GEWE', 'SOVO'],
    beschrijving: 'Tweedehandsbeurzen, babysitdienst en gezinsactiviteiten.',
  },
  { kind: 'Oudercomité', type: 'FV', act: ['VORM'], beschrijving: 'Ouders die de school ondersteunen met feesten en projecten.' },
  {
    kind: 'Hondenschool',
    type: 'VZW',
    act: ['NMDW', 'HOSP'],
    beschrijving: 'Gehoorzaamheidstraining en behendigheid voor honden.',
  },
  {
    kind: 'Wereldwinkel',
    type: 'VZW',
    act: ['INOS', 'WESE'],
    beschrijving: 'Eerlijke handel, vrijwilligerswinkel en sensibilisering.',
  },
  { kind: 'Kookclub', type: 'FV', act: ['HOSP'], beschrijving: 'Samen koken rond een seizoensthema.' },
  { kind: 'Toneelvereniging', type: 'VZW', act: ['KECU'], beschrijving: 'Volkstoneel en een jaarlijkse openluchtvoorstelling.' },
  { kind: 'Fanfare', type: 'VZW', act: ['KECU'], beschrijving: 'Fanfareorkest dat speelt op processies en dorpsfeesten.' },
  { kind: 'Zwemclub', type: 'VZW', act: ['SPRT'], beschrijving: 'Zwemlessen en competitiezwemmen in het gemeentelijk zwembad.' },
  { kind: 'Buurtwerking', type: 'FV', act: ['BWWC', 'DINT'], beschrijving: 'Ontmoetingen, huiswerkklas en een buurtrestaurant.' },
  {
    kind: 'Imkersbond',
    type: 'FV',
    act: ['LAVI', 'NMDW'],
    beschrijving: 'Cursussen bijenteelt en een gemeenschappelijke bijenstand.',
  },
  {
    kind: 'Digidak',
    type: 'VZW',
    act: ['MEDG'],
    beschrijving: 'Digitale hulp voor iedereen die vastloopt met computer of smartphone.',
  },
  { kind: 'Filmclub', type: 'FV', act: ['KECU'], beschrijving: 'Filmvertoningen met nabespreking in het cultuurcentrum.' },
  {
    kind: 'Wandelclub',
    type: 'FV',
    act: ['SPRT', 'TOER'],
    beschrijving: 'Georganiseerde wandeltochten en een jaarlijkse marsentocht.',
  },
];
const PLACES: { name: string; gemeente: number }[] = [
  { name: 'Voorbeeld', gemeente: 0 },
  { name: 'Hoeve', gemeente: 0 },
  { name: 'Kapelhoek', gemeente: 0 },
  { name: 'Scheldeburg', gemeente: 1 },
  { name: 'Vlasmarkt', gemeente: 1 },
  { name: 'Ter Kaai', gemeente: 1 },
  { name: 'Heidebeek', gemeente: 2 },
  { name: 'Zandberg', gemeente: 2 },
  { name: 'Bosrand', gemeente: 2 },
];

/** Companies; p04 and p07 act for them. KBO numbers are valid (mod-97 check). */
const COMPANIES: Company[] = [
  {
    kboNummer: makeKbo(7_651_234),
    naam: 'Bakkerij De Smet BV',
    rechtsvorm: 'Besloten vennootschap',
    adres: 'Kerkstraat 12, 9999 Voorbeeld',
    mandatarissen: ['p04'],
  },
  {
    kboNummer: makeKbo(8_012_345),
    naam: 'Atelier El Amrani BV',
    rechtsvorm: 'Besloten vennootschap',
    adres: 'Scheldekaai 7, 9998 Scheldeburg',
    mandatarissen: ['p07'],
  },
  {
    kboNummer: makeKbo(6_543_210),
    naam: 'Schrijnwerkerij Goossens & Zonen BV',
    rechtsvorm: 'Besloten vennootschap',
    adres: 'Molenstraat 44, 9999 Voorbeeld',
    mandatarissen: ['p12'],
  },
];

export interface Fixtures {
  persons: Person[];
  personsById: Map<string, Person>;
  personsByInsz: Map<string, Person>;
  associations: Association[];
  associationsByVCode: Map<string, Association>;
  companies: Company[];
  companiesByKbo: Map<string, Company>;
  municipalities: Municipality[];
}

export function buildFixtures(): Fixtures {
  const rand = prng(hashString(SEED));
  const persons: Person[] = PERSONAS.map((spec) => buildPerson(spec, true, rand));
  // Register-only representatives (they cannot sign in; they fill the register).
  for (let i = 1; i <= 30; i++) {
    const birthYear = 1950 + ((i * 7) % 52);
    const spec: PersonaSpec = {
      id: `r${String(i).padStart(2, '0')}`,
      voornaam: EXTRA_FIRST[(i * 3) % EXTRA_FIRST.length]!,
      achternaam: EXTRA_LAST[(i * 5) % EXTRA_LAST.length]!,
      birth: `${birthYear}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`,
      serial: 100 + i * 13,
      gemeente: i % 3,
    };
    persons.push(buildPerson(spec, false, rand));
  }
  const personsById = new Map(persons.map((p) => [p.id, p]));

  const associations: Association[] = [];
  const usedNames = new Set<string>();
  const usedNumbers = new Set<number>();
  for (const spec of EXPLICIT_ASSOCIATIONS) {
    associations.push(buildAssociation(spec, personsById, rand));
    usedNames.add(spec.naam);
    usedNumbers.add(spec.n);
  }
  let n = 1013;
  let extraRep = 5;
  while (associations.length < 44) {
    const kind = pick(rand, GENERATED_KINDS);
    const place = pick(rand, PLACES);
    const naam = `${kind.kind} ${place.name}${kind.type === 'VZW' ? ' vzw' : ''}`;
    if (usedNames.has(naam)) continue;
    usedNames.add(naam);
    while (usedNumbers.has(n)) n++;
    usedNumbers.add(n);
    const reps: ExplicitAssociation['reps'] = [];
    const repCount = intBetween(rand, 1, 3);
    const roles = ['Voorzitter', 'Secretaris', 'Penningmeester', 'Bestuurslid'];
    for (let r = 0; r < repCount; r++) {
      const id = `r${String(((extraRep++ - 1) % 30) + 1).padStart(2, '0')}`;
      if (reps.some((x) => x.person === id)) continue;
      reps.push({ person: id, rol: roles[r] ?? 'Bestuurslid', isPrimair: r === 0 });
    }
    associations.push(
      buildAssociation(
        {
          n,
          naam,
          korteNaam: naam.replace(/ vzw$/, ''),
          type: kind.type,
          activiteiten: kind.act,
          gemeente: place.gemeente,
          beschrijving: kind.beschrijving,
          reps,
        },
        personsById,
        rand,
      ),
    );
  }
  associations.sort((a, b) => a.vCode.localeCompare(b.vCode));
  return {
    persons,
    personsById,
    personsByInsz: new Map(persons.map((p) => [p.insz, p])),
    associations,
    associationsByVCode: new Map(associations.map((a) => [a.vCode, a])),
    companies: COMPANIES,
    companiesByKbo: new Map(COMPANIES.map((c) => [c.kboNummer, c])),
    municipalities,
  };
}

function buildAssociation(spec: ExplicitAssociation, personsById: Map<string, Person>, rand: () => number): Association {
  const m = municipalities[spec.gemeente]!;
  const straat = pick(rand, STREETS);
  const huisnummer = String(intBetween(rand, 1, 120));
  const adres = { straatnaam: straat, huisnummer, busnummer: null, postcode: m.postcode, gemeente: m.name, land: 'België' };
  const site = `https://www.${slug(spec.korteNaam)}.example`;
  const mail = `info@${slug(spec.korteNaam)}.example`;
  const provincie = m.provincie;
  const inKbo = KBO_TYPES.has(spec.type);
  // Draws in the same order as before the register grew, so generated values stay as they were;
  // the new fields come from EXTRAS (explicit associations) or sensible defaults.
  const startdatum = `${intBetween(rand, 1962, 2022)}-${String(intBetween(rand, 1, 12)).padStart(2, '0')}-01`;
  const activityStreet = pick(rand, STREETS);
  const activityNumber = String(intBetween(rand, 1, 60));
  const phone = `+32 9 ${intBetween(rand, 200, 399)} ${intBetween(rand, 10, 99)} ${intBetween(rand, 10, 99)}`;
  const extra = EXTRAS[spec.n] ?? {};
  const lokaal = extra.lokaal
    ? {
        ...adres,
        straatnaam: extra.lokaal.straatnaam,
        huisnummer: extra.lokaal.huisnummer,
        busnummer: extra.lokaal.busnummer ?? null,
      }
    : { ...adres, straatnaam: activityStreet, huisnummer: activityNumber };
  const contactgegevens: Contactgegeven[] = [
    { contactgegevenId: 1, contactgegeventype: 'E-mail', waarde: mail, beschrijving: 'Algemeen', isPrimair: true },
    { contactgegevenId: 2, contactgegeventype: 'Website', waarde: site, beschrijving: 'Website', isPrimair: true },
    { contactgegevenId: 3, contactgegeventype: 'Telefoon', waarde: phone, beschrijving: 'Secretariaat', isPrimair: true },
  ];
  if (extra.socialMedia)
    contactgegevens.push({
      contactgegevenId: 4,
      contactgegeventype: 'SocialMedia',
      waarde: extra.socialMedia,
      beschrijving: new URL(extra.socialMedia).hostname.replace(/^www\./, ''),
      isPrimair: true,
    });
  return {
    vCode: makeVCode(spec.n),
    naam: spec.naam,
    roepnaam: extra.roepnaam ?? null,
    korteNaam: spec.korteNaam,
    korteBeschrijving: spec.beschrijving,
    verenigingstype: { code: spec.type, naam: codelists.verenigingstype[spec.type]! },
    status: 'Actief',
    startdatum,
    kboNummer: inKbo ? makeKbo(4_000_000 + spec.n * 37) : null,
    doelgroep: { minimumleeftijd: extra.doelgroep?.[0] ?? 0, maximumleeftijd: extra.doelgroep?.[1] ?? 150 },
    hoofdactiviteitenVerenigingsloket: spec.activiteiten.map((code) => ({
      code,
      naam: codelists.hoofdactiviteitenVerenigingsloket[code]!,
    })),
    werkingsgebieden: (extra.werkingsgebieden ?? [provincie]).map((code) => ({
      code,
      naam: codelists.werkingsgebiedProvincie[code]!,
    })),
    locaties: [
      {
        locatieId: 1,
        locatietype: inKbo ? 'Maatschappelijke zetel volgens KBO' : 'Correspondentie',
        isPrimair: true,
        naam: null,
        adres,
        adresvoorstelling: adresvoorstelling(adres),
      },
      {
        locatieId: 2,
        locatietype: 'Activiteiten',
        isPrimair: false,
        naam: extra.lokaal?.naam ?? 'Lokaal',
        adres: lokaal,
        adresvoorstelling: adresvoorstelling(lokaal),
      },
    ],
    contactgegevens,
    vertegenwoordigers: spec.reps.map((rep, i) => {
      const p = personsById.get(rep.person);
      if (!p) throw new Error(`unknown representative ${rep.person}`);
      return {
        vertegenwoordigerId: i + 1,
        personId: p.id,
        insz: p.insz,
        voornaam: p.voornaam,
        achternaam: p.achternaam,
        roepnaam: null,
        rol: rep.rol,
        isPrimair: rep.isPrimair,
        email: p.email,
        telefoon: null,
        mobiel: p.telefoon,
        socialMedia: null,
      };
    }),
    datumLaatsteAanpassing: '2026-11-01',
    dossierCount: spec.dossierCount ?? intBetween(rand, 3, 30),
  };
}

/** "Kerkstraat 12 bus 3, 9999 Voorbeeld, België", as the register writes an address. */
export function adresvoorstelling(a: Locatie['adres']): string {
  return `${a.straatnaam} ${a.huisnummer}${a.busnummer ? ` bus ${a.busnummer}` : ''}, ${a.postcode} ${a.gemeente}, ${a.land}`;
}

/** The register's "which associations does this person represent" view. */
export function associationsOf(fx: Fixtures, person: Person): { association: Association; rep: Vertegenwoordiger }[] {
  const out: { association: Association; rep: Vertegenwoordiger }[] = [];
  for (const a of fx.associations) {
    const rep = a.vertegenwoordigers.find((v) => v.insz === person.insz);
    if (rep && a.status === 'Actief') out.push({ association: a, rep });
  }
  return out;
}

export function companiesOf(fx: Fixtures, person: Person): Company[] {
  return fx.companies.filter((c) => c.mandatarissen.includes(person.id));
}

export interface ActiveCapacity {
  type: Capacity;
  /** vCode for VER, KBO number for EA, null for BUR. */
  code: string | null;
  name: string;
}

/** The capacities a person may act in: themselves, each association they represent, each company. */
export function capacitiesOf(fx: Fixtures, person: Person): ActiveCapacity[] {
  return [
    { type: 'BUR', code: null, name: `${person.voornaam} ${person.achternaam}` },
    ...associationsOf(fx, person).map(({ association }) => ({
      type: 'VER' as const,
      code: association.vCode,
      name: association.naam,
    })),
    ...companiesOf(fx, person).map((c) => ({ type: 'EA' as const, code: c.kboNummer, name: c.naam })),
  ];
}

/** Returns the capacity if the person may act in it, otherwise undefined. */
export function resolveCapacity(
  fx: Fixtures,
  person: Person,
  type: string,
  code: string | null | undefined,
): ActiveCapacity | undefined {
  return capacitiesOf(fx, person).find((c) => c.type === type && (c.type === 'BUR' || c.code === code));
}

/**
 * `GET /api/me/identities` for `person` acting as `active`: themselves, the associations they
 * represent, the companies they act for. `extra` appends more associations (with their role), for
 * the stories' long list; the API never passes it.
 */
export function identitiesOf(
  fx: Fixtures,
  person: Person,
  active: { type: Capacity; code: string | null },
  extra: { association: Association; rep: Pick<Vertegenwoordiger, 'rol' | 'isPrimair'> }[] = [],
) {
  return {
    person: { givenName: person.voornaam, familyName: person.achternaam },
    identities: [
      { type: 'BUR' as const, code: null, name: `${person.voornaam} ${person.achternaam}` },
      ...[...associationsOf(fx, person), ...extra].map(({ association: a, rep }) => ({
        type: 'VER' as const,
        code: a.vCode,
        name: a.naam,
        vCode: a.vCode,
        verenigingstype: a.verenigingstype,
        rol: rep.rol,
        isPrimair: rep.isPrimair,
      })),
      ...companiesOf(fx, person).map((c) => ({
        type: 'EA' as const,
        code: c.kboNummer,
        name: c.naam,
        kboNummer: c.kboNummer,
      })),
    ],
    active: { type: active.type, code: active.code },
  };
}

/**
 * Registers every fixture owner's dossiers (how many, and the seed of their content) in `store`:
 * the one definition the backend and the stories share. A citizen's content is seeded by the
 * fixture handle, not the INSZ.
 */
export function registerDossierOwners(
  fx: Fixtures,
  store: { addOwner(owner: { type: Capacity; key: string; seed: string; count: number }): void },
): void {
  for (const p of fx.persons)
    store.addOwner({ type: 'BUR', key: p.insz, seed: `BUR:${p.id}`, count: 2 + (hashString(p.id) % 11) });
  for (const a of fx.associations) store.addOwner({ type: 'VER', key: a.vCode, seed: `VER:${a.vCode}`, count: a.dossierCount });
  for (const c of fx.companies)
    store.addOwner({
      type: 'EA',
      key: c.kboNummer,
      seed: `EA:${c.kboNummer}`,
      count: 5 + (Number(c.kboNummer.slice(5, 8)) % 16),
    });
}
