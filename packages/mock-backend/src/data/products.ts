/**
 * LPDC mock: the local product and service catalogue. Products are generated from realistic
 * templates for each municipality (and a few Flemish ones), giving well over 100 products.
 */
import type { AuthorityLevel, LpdcAudience, LpdcTheme, LpdcType } from '../../../elements/src/api/contract.ts';
import { municipalities } from './fixtures.ts';
import { slug } from './ids.ts';

export interface Product {
  id: string;
  productId: string;
  titel: string;
  beschrijving: string;
  type: LpdcType;
  doelgroepen: LpdcAudience[];
  themas: LpdcTheme[];
  bevoegdBestuursniveau: AuthorityLevel;
  bevoegdBestuur: string;
  voorwaarden: string;
  kosten: string;
  url: string;
}

type Tpl = Omit<Product, 'id' | 'productId' | 'bevoegdBestuur' | 'url' | 'bevoegdBestuursniveau'>;

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

const PROVINCES = ['Provincie Oost-Vlaanderen', 'Provincie Antwerpen', 'Provincie Limburg'];

export function buildProducts(): Product[] {
  const out: Product[] = [];
  let n = 1;
  const add = (tpl: Tpl, niveau: Product['bevoegdBestuursniveau'], bestuur: string, host: string) => {
    const productId = String(n++).padStart(4, '0');
    out.push({
      ...tpl,
      id: `P-${productId}`,
      productId,
      bevoegdBestuursniveau: niveau,
      bevoegdBestuur: bestuur,
      url: `https://${host}/producten/${slug(tpl.titel)}`,
    });
  };
  for (const m of municipalities) for (const tpl of LOCAL) add(tpl, 'Lokaal', m.entityName, m.domain);
  for (const tpl of FLEMISH) add(tpl, 'Vlaams', 'Vlaamse overheid', 'www.vlaanderen.be');
  for (const [i, p] of PROVINCES.entries()) {
    add(
      {
        titel: `Provinciale subsidie voor erfgoed (${p.replace('Provincie ', '')})`,
        beschrijving: 'Subsidie voor de restauratie van klein erfgoed en erfgoedprojecten.',
        type: 'FinancieelVoordeel',
        doelgroepen: ['Burger', 'Vereniging'],
        themas: ['CultuurSportVrijeTijd'],
        voorwaarden: 'Het erfgoed ligt in de provincie.',
        kosten: 'Gratis',
      },
      'Provinciaal',
      p,
      `www.provincie-${i + 1}.example`,
    );
  }
  return out;
}
