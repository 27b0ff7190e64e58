/**
 * Dutch-like building blocks for the generated catalogue. Lists are ordered from common to rare:
 * the generator picks index ⌊n·r^k⌋ (r uniform), so the first entries dominate, as real
 * inventories do.
 */

export const INSTRUMENT_NOUNS = [
  'Canvas', 'Checklist', 'Zelfscan', 'Vragenlijst', 'Rubric', 'Werkvorm', 'Handreiking', 'Stappenplan',
  'Model', 'Raamwerk', 'Gespreksleidraad', 'Workshop', 'Spel', 'Reflectiekaart', 'Kwaliteitskader',
  'Logboek', 'Toolkit', 'Dialoogkaarten', 'Leidraad', 'Matrix', 'Routekaart', 'Monitor', 'Scan',
  'Kaartenset', 'Werkboek', 'Sjabloon', 'Format', 'Procesmodel', 'Verkenner', 'Kompas',
];

export const CONNECTORS = ['voor', 'over', 'bij', 'rond', 'voor', 'voor'];

/** The first entry is the common search term of the benchmark (W4). */
export const THEMES = [
  'samenwerking', 'interdisciplinaire samenwerking', 'regionale samenwerking', 'professionalisering',
  'publiek-private samenwerking', 'leiderschap', 'co-creatie met het werkveld', 'kennisdeling',
  'evaluatie van leeropbrengsten', 'borging en verduurzaming', 'opschaling', 'eigenaarschap',
  'netwerkvorming', 'rolverdeling in de community', 'feedback', 'reflectie', 'innovatie in het onderwijs',
  'studentbetrokkenheid', 'hybride leeromgevingen', 'praktijkgericht onderzoek', 'doelen stellen',
  'waarderen en belonen', 'begeleiden en sturen', 'vertrouwen', 'gezamenlijke visie', 'impact meten',
  'duurzaamheid', 'gelijkwaardigheid', 'facilitatie', 'vraagarticulatie', 'teamleren', 'ontwerpgericht werken',
  'lerende organisatie', 'kennisbenutting', 'onderwijsvernieuwing', 'wendbaarheid', 'ideeën verzamelen',
  'het startgesprek', 'de afsluiting', 'succesfactoren', 'belemmeringen', 'middelen en tijd',
  'kwaliteitszorg', 'bedrijfsleven en onderwijs', 'levenlang ontwikkelen', 'loopbaanbegeleiding',
  'digitale vaardigheden', 'inclusie', 'regionale arbeidsmarkt', 'hybride docenten',
];

export const CONTEXTS = [
  '', '', '', 'in het mbo', 'in het hbo', 'met bedrijven', 'in de zorg', 'in de techniek',
  'voor docententeams', 'met gemeenten', 'in de regio', 'voor lectoraten', 'in het wo', 'met studenten',
];

/** Never in the word lists: a handful of instruments carry it in their title (W3, a rare term). */
export const RARE_TERM = 'escaperoom';
/** W5: a typo of a common title word. */
export const TYPO_TERM = 'samenwerkng';

export const AUDIENCE_PHRASES = [
  'docenten', 'teams', 'coördinatoren', 'lectoren', 'studenten', 'werkveldpartners', 'bestuurders',
  'onderzoekers', 'opleidingsmanagers', 'trekkers van een learning community',
];

export const VERBS = [
  'helpt', 'ondersteunt', 'maakt inzichtelijk hoe', 'geeft richting aan', 'brengt in kaart wat',
  'structureert', 'versterkt', 'verdiept', 'start het gesprek over', 'legt vast wat',
];

export const SENTENCES = [
  'De deelnemers werken in kleine groepen en bespreken de uitkomsten plenair.',
  'Het instrument is ontwikkeld in een learning community van docenten, studenten en werkveld.',
  'Gebruik de vragen als kapstok voor een open gesprek, niet als afvinklijst.',
  'Na afloop heeft het team een gedeeld beeld van de stand van zaken en de volgende stap.',
  'De opbrengst is een overzicht van sterke punten en verbeterpunten.',
  'Plan ongeveer anderhalf uur in en zorg voor een onafhankelijke gespreksleider.',
  'Het werkt het best wanneer alle partners aan tafel zitten, ook de bedrijven.',
  'Er is een korte en een uitgebreide variant, afhankelijk van de beschikbare tijd.',
  'Het model onderscheidt vier fasen, van verkennen tot verduurzamen.',
  'De rubric beschrijft per criterium vier niveaus met concrete voorbeelden uit de praktijk.',
  'Herhaal de scan na een half jaar om de ontwikkeling zichtbaar te maken.',
  'De resultaten kunnen worden gebruikt in de jaarlijkse kwaliteitscyclus van de opleiding.',
  'Het instrument is getest in pilots bij meerdere mbo-instellingen en hogescholen.',
  'Elke kaart bevat een stelling, een verdiepende vraag en een suggestie voor een actie.',
  'De handreiking bevat voorbeelden, valkuilen en tips van ervaren trekkers.',
  'Studenten vullen de vragenlijst anoniem in; de uitkomsten worden per groep besproken.',
  'Het spel maakt verschillen in verwachtingen tussen onderwijs en werkveld bespreekbaar.',
  'Vooraf is geen voorbereiding nodig; een facilitator leidt het gesprek.',
  'De checklist sluit aan bij de criteria van het netwerk voor duurzame samenwerking.',
  'Het canvas past op één A3 en kan ook digitaal worden ingevuld.',
  'Gebruik het instrument bij de start en aan het eind van een schooljaar.',
  'Het stappenplan helpt om doelen, rollen en afspraken expliciet te maken.',
  'De uitkomsten geven richting aan de professionaliseringsagenda van het team.',
  'Een ervaren begeleider kan de werkvorm aanpassen aan de eigen context.',
  'Het raamwerk is gebaseerd op literatuur over communities of practice en netwerkleren.',
  'Deelnemers geven aan dat het gesprek tot meer wederzijds begrip leidt.',
  'De monitor laat per periode zien hoe de community zich ontwikkelt.',
  'Het instrument is vrij te gebruiken met bronvermelding.',
];

export const REVIEW_SENTENCES = [
  'Goed bruikbaar in ons team.',
  'Leverde een waardevol gesprek op met de bedrijven.',
  'Wat lang voor één bijeenkomst, wij hebben het in twee delen gedaan.',
  'Helder en praktisch.',
  'De vragen sloten niet helemaal aan bij het mbo.',
  'Aanrader voor de start van een nieuwe learning community.',
  'We gebruiken het nu elk half jaar.',
  'Studenten waren enthousiast.',
  'Had meer voorbeelden verwacht.',
  'Werkte goed met een externe gespreksleider.',
];

export const TAGS: [code: string, nl: string, en: string][] = [
  ['samenwerking', 'samenwerking', 'collaboration'],
  ['pps', 'publiek-private samenwerking', 'public-private partnership'],
  ['professionalisering', 'professionalisering', 'professional development'],
  ['interdisciplinair', 'interdisciplinaire samenwerking', 'interdisciplinary collaboration'],
  ['regionaal', 'regionale samenwerking', 'regional collaboration'],
  ['leiderschap', 'leiderschap', 'leadership'],
  ['reflectie', 'reflectie', 'reflection'],
  ['evaluatie', 'evaluatie', 'evaluation'],
  ['kennisdeling', 'kennisdeling', 'knowledge sharing'],
  ['co-creatie', 'co-creatie', 'co-creation'],
  ['studenten', 'studentbetrokkenheid', 'student engagement'],
  ['borging', 'borging', 'embedding'],
  ['opschaling', 'opschaling', 'scaling up'],
  ['innovatie', 'innovatie', 'innovation'],
  ['onderzoek', 'praktijkgericht onderzoek', 'practice-based research'],
  ['feedback', 'feedback', 'feedback'],
  ['impact', 'impact', 'impact'],
  ['netwerk', 'netwerkvorming', 'networking'],
  ['visie', 'gezamenlijke visie', 'shared vision'],
  ['rollen', 'rollen en taken', 'roles and tasks'],
  ['vertrouwen', 'vertrouwen', 'trust'],
  ['digitaal', 'digitale samenwerking', 'digital collaboration'],
  ['zorg', 'zorg en welzijn', 'health and care'],
  ['techniek', 'techniek', 'engineering'],
  ['duurzaamheid', 'duurzaamheid', 'sustainability'],
  ['inclusie', 'inclusie', 'inclusion'],
  ['loopbaan', 'loopbaanontwikkeling', 'career development'],
  ['kwaliteit', 'kwaliteitszorg', 'quality assurance'],
  ['facilitatie', 'facilitatie', 'facilitation'],
  ['waarderen', 'waarderen en belonen', 'valuing and rewarding'],
  ['sturen', 'begeleiden en sturen', 'guiding and managing'],
  ['startfase', 'startfase', 'starting phase'],
  ['ontwerp', 'ontwerpgericht werken', 'design-based working'],
  ['arbeidsmarkt', 'arbeidsmarkt', 'labour market'],
  ['lob', 'loopbaanbegeleiding', 'career guidance'],
  ['hybride', 'hybride leren', 'hybrid learning'],
  ['teamleren', 'teamleren', 'team learning'],
  ['gemeente', 'gemeenten', 'municipalities'],
  ['wendbaarheid', 'wendbaarheid', 'agility'],
  ['llo', 'leven lang ontwikkelen', 'lifelong learning'],
];

export const ORGANISATIONS = [
  'ROC Midden (fictief)', 'Hogeschool Noord (fictief)', 'Lectoraat Samen Leren (fictief)', 'Techniekpact Oost (fictief)',
  'Zorgnetwerk West (fictief)', 'Regio Zuid Werkt (fictief)', 'Kenniscentrum Praktijk (fictief)', null,
];
