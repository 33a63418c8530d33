/**
 * LPDC mock: the Lokale Producten- en Dienstencatalogus, in its model (type, doelgroepen, the eight
 * themes, competent and executing government, keywords, voorwaarden, procedures, kosten,
 * contactpunt, links). The realistic set is 104 products: 32 local products for each of the three
 * municipalities (some of them federal or Flemish law carried out by the municipality), five
 * Flemish and three provincial ones. `buildProducts('large')` adds deterministic copies for
 * fictional municipalities up to 10,000 products, for benchmarks.
 */
import type { AuthorityLevel, LpdcAudience, LpdcTheme, LpdcType, ProductLinkKind } from '../../../elements/src/api/contract.ts';
import { municipalities, type Municipality } from './fixtures.ts';
import { slug } from './ids.ts';

export interface TitelBeschrijving {
  titel: string;
  beschrijving: string;
}

/** A product as the contract gives it (without the per-request `eigen` and `reasons`). */
export interface Product {
  id: string;
  productId: string;
  titel: string;
  beschrijving: string;
  type: LpdcType;
  doelgroepen: LpdcAudience[];
  themas: LpdcTheme[];
  zoektermen: string[];
  bevoegdBestuursniveau: AuthorityLevel;
  bevoegdeOverheid: string;
  uitvoerendBestuursniveau: AuthorityLevel;
  uitvoerendeOverheid: string;
  voorwaarden: TitelBeschrijving[];
  procedures: TitelBeschrijving[];
  kosten: TitelBeschrijving[];
  contactpunt: { naam: string; email?: string; telefoon?: string; website?: string; openingsuren?: string; adres?: string };
  links: { soort: ProductLinkKind; label: string; url: string }[];
}

/** A product with the municipality it belongs to (id), if it is a municipality's own. */
export interface CatalogueEntry {
  product: Product;
  gemeente: string | null;
}

interface Tpl {
  titel: string;
  beschrijving: string;
  type: LpdcType;
  doelgroepen: LpdcAudience[];
  themas: LpdcTheme[];
  voorwaarden: string;
  kosten: string;
}

const LOCAL: Tpl[] = [
  {
    titel: 'Identiteitskaart aanvragen',
    beschrijving: 'Vraag een nieuwe elektronische identiteitskaart aan bij de dienst Burgerzaken.',
    type: 'Bewijs',
    doelgroepen: ['Burger'],
    themas: ['BurgerOverheid'],
    voorwaarden: 'U bent ingeschreven in de gemeente.',
    kosten: '€ 25,20 (normale procedure)',
  },
  {
    titel: 'Reispas aanvragen',
    beschrijving: 'Een reispas is nodig voor reizen buiten Europa.',
    type: 'Bewijs',
    doelgroepen: ['Burger'],
    themas: ['BurgerOverheid'],
    voorwaarden: 'U hebt de Belgische nationaliteit.',
    kosten: '€ 75 voor volwassenen',
  },
  {
    titel: 'Uittreksel uit het strafregister',
    beschrijving: 'Vraag een uittreksel uit het strafregister aan, bijvoorbeeld voor een sollicitatie.',
    type: 'Bewijs',
    doelgroepen: ['Burger'],
    themas: ['BurgerOverheid'],
    voorwaarden: 'Geen.',
    kosten: 'Gratis',
  },
  {
    titel: 'Adreswijziging doorgeven',
    beschrijving: 'Verhuist u binnen of naar de gemeente? Geef uw nieuwe adres binnen 8 dagen door.',
    type: 'AdviesBegeleiding',
    doelgroepen: ['Burger'],
    themas: ['BurgerOverheid', 'BouwenWonen'],
    voorwaarden: 'U woont effectief op het nieuwe adres.',
    kosten: 'Gratis',
  },
  {
    titel: 'Bewonersparkeerkaart',
    beschrijving: 'Met een bewonerskaart parkeert u in uw eigen zone zonder te betalen.',
    type: 'Toelating',
    doelgroepen: ['Burger'],
    themas: ['MobiliteitOpenbareWerken'],
    voorwaarden: 'U woont in een zone met betalend parkeren.',
    kosten: '€ 30 per jaar',
  },
  {
    titel: 'Premie regenwaterput',
    beschrijving: 'Een premie voor het plaatsen van een regenwaterput met hergebruik.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Burger'],
    themas: ['MilieuEnergie', 'BouwenWonen'],
    voorwaarden: 'De put heeft minstens 5.000 liter inhoud.',
    kosten: 'Gratis',
  },
  {
    titel: 'Omgevingsvergunning voor kleine werken',
    beschrijving: 'Voor verbouwingen, bijgebouwen of het kappen van bomen hebt u soms een omgevingsvergunning nodig.',
    type: 'Toelating',
    doelgroepen: ['Burger', 'Onderneming'],
    themas: ['BouwenWonen'],
    voorwaarden: 'Afhankelijk van de werken.',
    kosten: '€ 50 dossierkosten',
  },
  {
    titel: 'Evenementenvergunning',
    beschrijving: 'Organiseert u een fuif, buurtfeest of optreden? Vraag tijdig een vergunning aan.',
    type: 'Toelating',
    doelgroepen: ['Burger', 'Vereniging', 'Onderneming'],
    themas: ['CultuurSportVrijeTijd'],
    voorwaarden: 'Aanvraag minstens 6 weken vooraf.',
    kosten: 'Gratis',
  },
  {
    titel: 'Ontlenen van feestmateriaal',
    beschrijving: 'Tafels, stoelen, podiumelementen en nadarhekken ontlenen bij de uitleendienst.',
    type: 'InfrastructuurMateriaal',
    doelgroepen: ['Vereniging', 'Burger'],
    themas: ['CultuurSportVrijeTijd'],
    voorwaarden: 'Erkende vereniging of buurtcomité.',
    kosten: 'Waarborg € 50',
  },
  {
    titel: 'Werkingssubsidie voor erkende verenigingen',
    beschrijving: 'Jaarlijkse subsidie voor de werking van erkende verenigingen.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Vereniging'],
    themas: ['CultuurSportVrijeTijd'],
    voorwaarden: 'De vereniging is erkend door de gemeenteraad.',
    kosten: 'Gratis',
  },
  {
    titel: 'Erkenning als vereniging',
    beschrijving: 'Een erkenning geeft toegang tot subsidies, zalen en materiaal.',
    type: 'Bewijs',
    doelgroepen: ['Vereniging'],
    themas: ['CultuurSportVrijeTijd'],
    voorwaarden: 'De vereniging is actief in de gemeente en staat in het Verenigingsregister.',
    kosten: 'Gratis',
  },
  {
    titel: 'Zaal huren in het gemeenschapscentrum',
    beschrijving: 'Huur een zaal voor een vergadering, repetitie of activiteit.',
    type: 'InfrastructuurMateriaal',
    doelgroepen: ['Vereniging', 'Burger', 'Onderneming'],
    themas: ['CultuurSportVrijeTijd'],
    voorwaarden: 'Reserveer minstens twee weken vooraf.',
    kosten: 'Volgens tariefreglement',
  },
  {
    titel: 'Subsidie jeugdkampen',
    beschrijving: 'Tussenkomst in de kosten van kampen van jeugdbewegingen.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Vereniging'],
    themas: ['CultuurSportVrijeTijd', 'OnderwijsWetenschap'],
    voorwaarden: 'Erkend jeugdwerkinitiatief.',
    kosten: 'Gratis',
  },
  {
    titel: 'Terrasvergunning',
    beschrijving: 'Een vergunning om een terras op het openbaar domein te plaatsen.',
    type: 'Toelating',
    doelgroepen: ['Onderneming'],
    themas: ['EconomieWerk'],
    voorwaarden: 'Horecazaak gevestigd in de gemeente.',
    kosten: 'Retributie per m²',
  },
  {
    titel: 'Inname openbaar domein',
    beschrijving: 'Voor een container, stelling of verhuislift op de openbare weg.',
    type: 'Toelating',
    doelgroepen: ['Burger', 'Onderneming'],
    themas: ['MobiliteitOpenbareWerken'],
    voorwaarden: 'Aanvraag minstens 5 werkdagen vooraf.',
    kosten: 'Volgens retributiereglement',
  },
  {
    titel: 'Startpremie voor ondernemers',
    beschrijving: 'Een premie voor wie een zaak opent in een leegstaand handelspand.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Onderneming'],
    themas: ['EconomieWerk'],
    voorwaarden: 'Het pand stond minstens 6 maanden leeg.',
    kosten: 'Gratis',
  },
  {
    titel: 'Afvalkalender en recyclagepark',
    beschrijving: 'Informatie over ophaling, sorteren en toegang tot het recyclagepark.',
    type: 'AdviesBegeleiding',
    doelgroepen: ['Burger', 'Onderneming'],
    themas: ['MilieuEnergie'],
    voorwaarden: 'Geen.',
    kosten: 'Volgens tarief recyclagepark',
  },
  {
    titel: 'Energiescan en renovatieadvies',
    beschrijving: 'Gratis advies over isolatie, verwarming en premies via het energieloket.',
    type: 'AdviesBegeleiding',
    doelgroepen: ['Burger'],
    themas: ['MilieuEnergie', 'BouwenWonen'],
    voorwaarden: 'U woont in de gemeente.',
    kosten: 'Gratis',
  },
  {
    titel: 'Sociaal tarief kinderopvang',
    beschrijving: 'Een inkomensgerelateerd tarief voor de buitenschoolse kinderopvang.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Burger'],
    themas: ['WelzijnGezondheid', 'OnderwijsWetenschap'],
    voorwaarden: 'Uw gezinsinkomen ligt onder de grens.',
    kosten: 'Gratis',
  },
  {
    titel: 'Vrijwilligersverzekering',
    beschrijving: 'Gratis verzekering voor vrijwilligers van verenigingen zonder eigen verzekering.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Vereniging'],
    themas: ['WelzijnGezondheid'],
    voorwaarden: 'Feitelijke vereniging zonder eigen polis.',
    kosten: 'Gratis',
  },
  {
    titel: 'Aangifte van geboorte',
    beschrijving: 'Een geboorte aangeven bij de dienst Burgerzaken.',
    type: 'Bewijs',
    doelgroepen: ['Burger'],
    themas: ['BurgerOverheid'],
    voorwaarden: 'Binnen 15 dagen na de geboorte.',
    kosten: 'Gratis',
  },
  {
    titel: 'Huwelijk of wettelijke samenwoning',
    beschrijving: 'Maak een afspraak om uw huwelijk of wettelijke samenwoning te regelen.',
    type: 'AdviesBegeleiding',
    doelgroepen: ['Burger'],
    themas: ['BurgerOverheid'],
    voorwaarden: 'Minstens één partner is ingeschreven in de gemeente.',
    kosten: 'Afhankelijk van het moment',
  },
  {
    titel: 'Fietsstraat of schoolstraat aanvragen',
    beschrijving: 'Buurtbewoners of scholen kunnen een schoolstraat aanvragen.',
    type: 'AdviesBegeleiding',
    doelgroepen: ['Burger', 'Organisatie'],
    themas: ['MobiliteitOpenbareWerken'],
    voorwaarden: 'Steun van de buurt.',
    kosten: 'Gratis',
  },
  {
    titel: 'Sportkampen en vakantieaanbod',
    beschrijving: 'Inschrijven voor sportkampen en speelpleinwerking tijdens de vakanties.',
    type: 'AdviesBegeleiding',
    doelgroepen: ['Burger'],
    themas: ['CultuurSportVrijeTijd'],
    voorwaarden: 'Kinderen van 3 tot 15 jaar.',
    kosten: 'Vanaf € 5 per dag',
  },
  {
    titel: 'Subsidie voor buurtinitiatieven',
    beschrijving: 'Financiële steun voor initiatieven die de buurt samenbrengen.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Burger', 'Vereniging'],
    themas: ['WelzijnGezondheid', 'CultuurSportVrijeTijd'],
    voorwaarden: 'Het initiatief is open voor iedereen.',
    kosten: 'Gratis',
  },
  {
    titel: 'Belasting op tweede verblijven',
    beschrijving: 'Informatie over de jaarlijkse belasting op tweede verblijven.',
    type: 'FinancieleVerplichting',
    doelgroepen: ['Burger'],
    themas: ['BouwenWonen'],
    voorwaarden: 'U bent eigenaar van een tweede verblijf.',
    kosten: 'Volgens belastingreglement',
  },
  {
    titel: 'Aanvraag straatnaambord of huisnummer',
    beschrijving: 'Vraag een huisnummer aan voor een nieuwbouw.',
    type: 'Voorwerp',
    doelgroepen: ['Burger', 'Onderneming'],
    themas: ['BouwenWonen'],
    voorwaarden: 'Na het verkrijgen van de omgevingsvergunning.',
    kosten: 'Gratis',
  },
  {
    titel: 'Bibliotheeklidmaatschap',
    beschrijving: 'Word lid van de bibliotheek en leen boeken, strips en films.',
    type: 'InfrastructuurMateriaal',
    doelgroepen: ['Burger'],
    themas: ['CultuurSportVrijeTijd', 'OnderwijsWetenschap'],
    voorwaarden: 'Geen.',
    kosten: 'Gratis tot 18 jaar',
  },
  {
    titel: 'Leefloon en sociale dienstverlening',
    beschrijving: 'Het OCMW helpt wie onvoldoende inkomen heeft.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Burger'],
    themas: ['WelzijnGezondheid'],
    voorwaarden: 'Na sociaal onderzoek.',
    kosten: 'Gratis',
  },
  {
    titel: 'Markt- en standplaats',
    beschrijving: 'Een abonnement of losse standplaats op de wekelijkse markt.',
    type: 'Toelating',
    doelgroepen: ['Onderneming'],
    themas: ['EconomieWerk'],
    voorwaarden: 'Machtiging ambulante activiteit.',
    kosten: 'Volgens retributiereglement',
  },
  {
    titel: 'Drank- en exploitatievergunning',
    beschrijving: 'Vergunning om sterke drank te schenken of een horecazaak uit te baten.',
    type: 'Toelating',
    doelgroepen: ['Onderneming', 'Vereniging'],
    themas: ['EconomieWerk'],
    voorwaarden: 'Moraliteitsonderzoek.',
    kosten: 'Gratis',
  },
  {
    titel: 'Tussenkomst in de kosten van vorming',
    beschrijving: 'Terugbetaling van een deel van het inschrijvingsgeld van vormingen voor vrijwilligers.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Vereniging'],
    themas: ['OnderwijsWetenschap'],
    voorwaarden: 'Vorming relevant voor de werking.',
    kosten: 'Gratis',
  },
];

const FLEMISH: Tpl[] = [
  {
    titel: 'Mijn VerbouwPremie',
    beschrijving: 'Eén premie voor renovatie van uw woning: dak, muren, ramen, verwarming.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Burger'],
    themas: ['BouwenWonen', 'MilieuEnergie'],
    voorwaarden: 'De woning is minstens 15 jaar oud.',
    kosten: 'Gratis',
  },
  {
    titel: 'Studietoelage',
    beschrijving: 'Financiële steun voor leerlingen en studenten uit gezinnen met een bescheiden inkomen.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Burger'],
    themas: ['OnderwijsWetenschap'],
    voorwaarden: 'Inkomensvoorwaarden.',
    kosten: 'Gratis',
  },
  {
    titel: 'KMO-portefeuille',
    beschrijving: 'Subsidie voor opleiding en advies van kleine en middelgrote ondernemingen.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Onderneming'],
    themas: ['EconomieWerk'],
    voorwaarden: 'KMO met vestiging in Vlaanderen.',
    kosten: 'Gratis',
  },
  {
    titel: 'Subsidie jeugdwerkinitiatieven',
    beschrijving: 'Ondersteuning voor bovenlokale jeugdwerkinitiatieven.',
    type: 'FinancieelVoordeel',
    doelgroepen: ['Vereniging'],
    themas: ['CultuurSportVrijeTijd'],
    voorwaarden: 'Erkenning door de Vlaamse overheid.',
    kosten: 'Gratis',
  },
  {
    titel: 'Inschrijving in het Verenigingsregister',
    beschrijving: 'Registreer uw vereniging om ze zichtbaar te maken voor overheden.',
    type: 'Bewijs',
    doelgroepen: ['Vereniging'],
    themas: ['BurgerOverheid'],
    voorwaarden: 'Geen.',
    kosten: 'Gratis',
  },
];

/** Per product: keywords ("ook bekend als"), a competent government other than the municipality, online application. */
const DETAILS: Record<string, { zoektermen: string[]; bevoegd?: [AuthorityLevel, string]; online?: boolean }> = {
  'Identiteitskaart aanvragen': {
    zoektermen: ['eID', 'ID-kaart', 'identiteitsbewijs'],
    bevoegd: ['Federaal', 'FOD Binnenlandse Zaken'],
  },
  'Reispas aanvragen': { zoektermen: ['paspoort', 'internationaal paspoort'], bevoegd: ['Federaal', 'FOD Buitenlandse Zaken'] },
  'Uittreksel uit het strafregister': {
    zoektermen: ['bewijs van goed gedrag en zeden', 'attest goed gedrag'],
    bevoegd: ['Federaal', 'FOD Justitie'],
    online: true,
  },
  'Adreswijziging doorgeven': { zoektermen: ['verhuizen', 'domiciliëring', 'verhuis'], online: true },
  Bewonersparkeerkaart: { zoektermen: ['parkeervergunning', 'bewonerskaart'], online: true },
  'Premie regenwaterput': { zoektermen: ['hemelwater', 'regenput', 'waterput'], online: true },
  'Omgevingsvergunning voor kleine werken': {
    zoektermen: ['bouwvergunning', 'stedenbouwkundige vergunning', 'kapvergunning'],
    bevoegd: ['Vlaams', 'Departement Omgeving'],
    online: true,
  },
  Evenementenvergunning: { zoektermen: ['fuif', 'buurtfeest', 'evenement', 'toelating evenement'], online: true },
  'Ontlenen van feestmateriaal': { zoektermen: ['uitleendienst', 'tenten', 'nadarhekken', 'podium'], online: true },
  'Werkingssubsidie voor erkende verenigingen': {
    zoektermen: ['werkingstoelage', 'subsidie vereniging', 'sportclub', 'jeugdvereniging'],
    online: true,
  },
  'Erkenning als vereniging': { zoektermen: ['erkende vereniging', 'erkenningsaanvraag', 'adviesraad'], online: true },
  'Zaal huren in het gemeenschapscentrum': {
    zoektermen: ['zaalverhuur', 'lokaal huren', 'vergaderzaal', 'sporthal'],
    online: true,
  },
  'Subsidie jeugdkampen': { zoektermen: ['kampsubsidie', 'jeugdbeweging', 'scouts', 'chiro'], online: true },
  Terrasvergunning: { zoektermen: ['terras', 'horeca'], online: true },
  'Inname openbaar domein': { zoektermen: ['signalisatievergunning', 'container', 'verhuislift', 'parkeerverbod'], online: true },
  'Startpremie voor ondernemers': { zoektermen: ['leegstand', 'handelspand', 'starter'], online: true },
  'Afvalkalender en recyclagepark': { zoektermen: ['containerpark', 'huisvuil', 'ophaling', 'sorteren'] },
  'Energiescan en renovatieadvies': { zoektermen: ['energieloket', 'isolatie', 'woonloket'] },
  'Sociaal tarief kinderopvang': {
    zoektermen: ['buitenschoolse opvang', 'IBO', 'opvangtarief'],
    bevoegd: ['Vlaams', 'Agentschap Opgroeien'],
  },
  Vrijwilligersverzekering: { zoektermen: ['verzekering vrijwilligers', 'burgerlijke aansprakelijkheid'], online: true },
  'Aangifte van geboorte': { zoektermen: ['geboorteakte', 'burgerlijke stand', 'baby'], bevoegd: ['Federaal', 'FOD Justitie'] },
  'Huwelijk of wettelijke samenwoning': {
    zoektermen: ['trouwen', 'samenwonen', 'verklaring wettelijke samenwoning'],
    bevoegd: ['Federaal', 'FOD Justitie'],
  },
  'Fietsstraat of schoolstraat aanvragen': { zoektermen: ['schoolomgeving', 'verkeersveiligheid', 'speelstraat'], online: true },
  'Sportkampen en vakantieaanbod': { zoektermen: ['sportkamp', 'speelplein', 'vakantie', 'grabbelpas'], online: true },
  'Subsidie voor buurtinitiatieven': { zoektermen: ['buurtbudget', 'burgerbudget', 'wijkfeest'], online: true },
  'Belasting op tweede verblijven': { zoektermen: ['tweede verblijf', 'weekendverblijf', 'gemeentebelasting'] },
  'Aanvraag straatnaambord of huisnummer': { zoektermen: ['huisnummering', 'adres nieuwbouw'] },
  Bibliotheeklidmaatschap: { zoektermen: ['bib', 'lenen', 'bibliotheekpas'], online: true },
  'Leefloon en sociale dienstverlening': {
    zoektermen: ['OCMW', 'sociaal huis', 'financiële hulp', 'leefloon'],
    bevoegd: ['Federaal', 'POD Maatschappelijke Integratie'],
  },
  'Markt- en standplaats': { zoektermen: ['marktkramer', 'ambulante handel', 'standplaats markt'], online: true },
  'Drank- en exploitatievergunning': { zoektermen: ['drankvergunning', 'horeca', 'cafe', 'sterke drank'], online: true },
  'Tussenkomst in de kosten van vorming': {
    zoektermen: ['vormingssubsidie', 'cursus', 'opleiding vrijwilligers', 'animator'],
    online: true,
  },
  'Mijn VerbouwPremie': { zoektermen: ['renovatiepremie', 'verbouwpremie', 'energiepremie', 'dakisolatie'], online: true },
  Studietoelage: { zoektermen: ['studiebeurs', 'schooltoelage', 'groeipakket'], online: true },
  'KMO-portefeuille': { zoektermen: ['kmo', 'opleidingssubsidie', 'adviessubsidie'], online: true },
  'Subsidie jeugdwerkinitiatieven': { zoektermen: ['jeugdwerk', 'bovenlokaal jeugdwerk', 'Decreet jeugdwerk'], online: true },
  'Inschrijving in het Verenigingsregister': {
    zoektermen: ['Verenigingsloket', 'vCode', 'registratie vereniging'],
    online: true,
  },
};

/** The municipality's department that answers for a theme. */
const DIENST: Record<LpdcTheme, [string, string]> = {
  BurgerOverheid: ['Dienst Burgerzaken', 'burgerzaken'],
  CultuurSportVrijeTijd: ['Dienst Vrije Tijd', 'vrijetijd'],
  EconomieWerk: ['Dienst Economie', 'economie'],
  MilieuEnergie: ['Dienst Omgeving', 'omgeving'],
  MobiliteitOpenbareWerken: ['Dienst Mobiliteit', 'mobiliteit'],
  OnderwijsWetenschap: ['Dienst Onderwijs', 'onderwijs'],
  WelzijnGezondheid: ['Sociaal Huis', 'sociaalhuis'],
  BouwenWonen: ['Dienst Omgeving', 'omgeving'],
};

const PROVINCES: [string, string][] = [
  ['Provincie Oost-Vlaanderen', 'oost-vlaanderen'],
  ['Provincie Antwerpen', 'provincieantwerpen'],
  ['Provincie Limburg', 'limburg'],
];

const FLEMISH_AGENCY: Record<string, string> = {
  'Mijn VerbouwPremie': 'Vlaams Energie- en Klimaatagentschap',
  Studietoelage: 'Departement Onderwijs en Vorming',
  'KMO-portefeuille': 'Agentschap Innoveren en Ondernemen',
  'Subsidie jeugdwerkinitiatieven': 'Departement Cultuur, Jeugd en Media',
  'Inschrijving in het Verenigingsregister': 'Digitaal Vlaanderen',
};

interface Host {
  /** Municipality id, for local products. */
  gemeente: string | null;
  niveau: AuthorityLevel;
  overheid: string;
  domain: string;
  /** The contact point's phone number. */
  telefoon: string;
}

function product(n: number, tpl: Tpl, host: Host): CatalogueEntry {
  const productId = String(n).padStart(5, '0');
  const d = DETAILS[tpl.titel] ?? { zoektermen: [] };
  const s = slug(tpl.titel);
  const [dienst, mailbox] = DIENST[tpl.themas[0]!];
  const local = host.niveau === 'Lokaal';
  const bevoegd = local && d.bevoegd ? d.bevoegd : ([host.niveau, host.overheid] as const);
  const mailDomain = host.domain.replace(/^www\./, '');
  const links: Product['links'] = [];
  if (d.online) links.push({ soort: 'OnlineAanvragen', label: 'Online aanvragen', url: `https://${host.domain}/e-loket/${s}` });
  links.push({ soort: 'MeerInfo', label: 'Meer info', url: `https://${host.domain}/producten/${s}` });
  return {
    gemeente: host.gemeente,
    product: {
      id: `P-${productId}`,
      productId,
      titel: tpl.titel,
      beschrijving: tpl.beschrijving,
      type: tpl.type,
      doelgroepen: tpl.doelgroepen,
      themas: tpl.themas,
      zoektermen: d.zoektermen,
      bevoegdBestuursniveau: bevoegd[0],
      bevoegdeOverheid: bevoegd[1],
      uitvoerendBestuursniveau: host.niveau,
      uitvoerendeOverheid: host.overheid,
      voorwaarden: [{ titel: 'Wie komt in aanmerking?', beschrijving: tpl.voorwaarden }],
      procedures: [
        {
          titel: d.online ? 'Online aanvragen' : 'Aanvragen',
          beschrijving: d.online
            ? `Vraag het online aan via het e-loket van ${host.overheid}, aangemeld met uw eID of itsme.`
            : `Maak een afspraak bij ${local ? dienst : host.overheid} en breng uw identiteitskaart mee.`,
        },
      ],
      kosten: [{ titel: 'Kostprijs', beschrijving: tpl.kosten }],
      contactpunt: {
        naam: local ? `${dienst} ${host.overheid}` : host.overheid,
        email: `${local ? mailbox : 'info'}@${mailDomain}`,
        telefoon: host.telefoon,
        website: `https://${host.domain}/`,
        ...(local ? { openingsuren: 'ma–vr 9–12 u, do ook 14–19 u' } : {}),
      },
      links,
    },
  };
}

const hostOf = (m: Municipality, i: number): Host => ({
  gemeente: m.id,
  niveau: 'Lokaal',
  overheid: m.entityName,
  domain: m.domain,
  telefoon: `0${[9, 3, 11][i % 3]} ${200 + i} ${String(10 + ((i * 7) % 90)).padStart(2, '0')} ${String(10 + ((i * 13) % 90)).padStart(2, '0')}`,
});

/** Syllables of the fictional municipalities of the large set (deterministic, not real places). */
const A = [
  'Beek',
  'Heide',
  'Linde',
  'Molen',
  'Zand',
  'Bos',
  'Kapel',
  'Veld',
  'Water',
  'Berg',
  'Hoog',
  'Oost',
  'West',
  'Noord',
  'Zuid',
  'Klein',
];
const B = [
  'donk',
  'hoven',
  'rode',
  'kerke',
  'gem',
  'zele',
  'lo',
  'dijk',
  'hout',
  'broek',
  'hem',
  'stede',
  'wijk',
  'mere',
  'akker',
  'ham',
  'sel',
  'kapelle',
  'vliet',
  'meer',
];

export const LARGE_CATALOGUE_SIZE = 10_000;

/** The realistic catalogue (104 products), or with `'large'` the same plus generated ones up to 10,000. */
export function buildProducts(size: 'realistic' | 'large' = 'realistic'): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  let n = 1;
  for (const [i, m] of municipalities.entries()) for (const tpl of LOCAL) out.push(product(n++, tpl, hostOf(m, i)));
  for (const tpl of FLEMISH)
    out.push(
      product(n++, tpl, {
        gemeente: null,
        niveau: 'Vlaams',
        overheid: FLEMISH_AGENCY[tpl.titel] ?? 'Vlaamse overheid',
        domain: 'www.vlaanderen.be',
        telefoon: '1700',
      }),
    );
  for (const [overheid, domain] of PROVINCES) {
    out.push(
      product(
        n++,
        {
          titel: `Provinciale subsidie voor erfgoed (${overheid.replace('Provincie ', '')})`,
          beschrijving: 'Subsidie voor de restauratie van klein erfgoed en erfgoedprojecten.',
          type: 'FinancieelVoordeel',
          doelgroepen: ['Burger', 'Vereniging'],
          themas: ['CultuurSportVrijeTijd'],
          voorwaarden: 'Het erfgoed ligt in de provincie.',
          kosten: 'Gratis',
        },
        { gemeente: null, niveau: 'Provinciaal', overheid, domain: `www.${domain}.example`, telefoon: '09 267 80 00' },
      ),
    );
  }
  if (size === 'large') {
    // Fictional municipalities, each with the local products, until the set holds 10,000.
    for (let g = 0; out.length < LARGE_CATALOGUE_SIZE; g++) {
      const name = `${A[g % A.length]!}${B[Math.floor(g / A.length) % B.length]!}${g >= A.length * B.length ? ` ${Math.floor(g / (A.length * B.length)) + 1}` : ''}`;
      const m: Municipality = {
        id: `gemeente-${slug(name)}`,
        name,
        entityName: `Gemeente ${name}`,
        postcode: String(1500 + (g % 8000)),
        provincie: 'BE23',
        domain: `www.${slug(name)}.example`,
      };
      for (const tpl of LOCAL) {
        if (out.length >= LARGE_CATALOGUE_SIZE) break;
        out.push(product(n++, tpl, hostOf(m, g + 3)));
      }
    }
  }
  return out;
}
