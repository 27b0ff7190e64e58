import type { ExampleInstrument, ExampleTag } from './example-data.types.js';

/**
 * Example catalogue content: fictional organisations, people and addresses (example.org /
 * example.nl) that show how the Netwerk Learning Communities uses the catalogue.
 */

export const exampleTags: ExampleTag[] = [
  { code: 'pps', nl: 'Publiek-private samenwerking', en: 'Public-private partnership' },
  {
    code: 'interdisciplinaire-samenwerking',
    nl: 'Interdisciplinaire samenwerking',
    en: 'Interdisciplinary collaboration',
  },
  { code: 'professionalisering', nl: 'Professionalisering', en: 'Professional development' },
  { code: 'regionale-samenwerking', nl: 'Regionale samenwerking', en: 'Regional collaboration' },
  { code: 'leiderschap', nl: 'Leiderschap', en: 'Leadership' },
  { code: 'eigenaarschap', nl: 'Eigenaarschap', en: 'Ownership' },
  { code: 'reflectie', nl: 'Reflectie', en: 'Reflection' },
  { code: 'kennisdeling', nl: 'Kennisdeling', en: 'Knowledge sharing' },
  { code: 'co-creatie', nl: 'Co-creatie', en: 'Co-creation' },
  { code: 'onderzoekend-vermogen', nl: 'Onderzoekend vermogen', en: 'Inquiry skills' },
  { code: 'feedback', nl: 'Feedback', en: 'Feedback' },
  { code: 'borging', nl: 'Borging', en: 'Embedding and continuity' },
  { code: 'impact', nl: 'Impact', en: 'Impact' },
  { code: 'teamontwikkeling', nl: 'Teamontwikkeling', en: 'Team development' },
  { code: 'studentbetrokkenheid', nl: 'Studentbetrokkenheid', en: 'Student engagement' },
];

export const exampleInstruments: ExampleInstrument[] = [
  {
    slug: 'canvas-learning-community-in-ontwikkeling',
    title: 'Canvas Learning Community in ontwikkeling',
    summary:
      'Eén canvas waarop onderwijs, werkveld en studenten samen het doel, de partners, de vraagstukken en de werkwijze van een startende learning community in kaart brengen.',
    description: `## Doel

Het canvas helpt een startende learning community om in één sessie een **gedeeld beeld** te krijgen van waar je samen aan werkt. Het maakt verschillen in verwachtingen tussen school, bedrijf en studenten vroeg zichtbaar.

## Werkwijze

1. Hang het canvas op A0 op of gebruik de digitale versie.
2. Vul per vak eerst individueel post-its in (10 minuten).
3. Bespreek de vakken in vaste volgorde: *gedeeld vraagstuk*, *partners*, *rollen*, *leeractiviteiten*, *opbrengsten*.
4. Sluit af met drie concrete afspraken voor de komende maand.

## Tips

- Nodig minstens één student en één werkveldpartner uit; anders blijft het canvas een schoolproduct.
- Laat een onafhankelijke facilitator de sessie leiden.
- Bewaar het ingevulde canvas en kijk er na een halfjaar opnieuw naar.

Meer over de achtergrond lees je in de [toelichting bij het canvas](https://example.org/canvas-lc/toelichting).`,
    phases: ['DEVELOP'],
    type: 'CANVAS',
    audiences: ['COORDINATORS', 'TEACHERS', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO'],
    tags: ['co-creatie', 'pps'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'EXISTING',
    ownerOrganisation: 'Lectoraat Samen Leren, Hogeschool Voorbeeldstad (fictief)',
    contactName: 'Anouk de Vries',
    contactEmail: 'anouk.devries@example.org',
    links: [
      { label: 'Canvas (pdf, A0)', url: 'https://example.org/canvas-lc/canvas.pdf' },
      { label: 'Toelichting bij het canvas', url: 'https://example.org/canvas-lc/toelichting' },
    ],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: '90–120 minuten',
    createdAt: '2021-03-18T10:15:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Gevonden bij de eerste inventarisatie van bestaande instrumenten.',
        by: 'Marieke Jansen',
        at: '2021-03-18T10:15:00Z',
      },
    ],
  },
  {
    slug: 'zelfscan-duurzaamheid-van-je-learning-community',
    title: 'Zelfscan duurzaamheid van je learning community',
    summary:
      'Een zelfscan van 24 stellingen waarmee kernteam en partners bepalen hoe stevig hun learning community staat en wat nodig is om na de startfase door te gaan.',
    description: `## Doel

Veel learning communities draaien goed zolang er projectgeld en een trekker is. Deze zelfscan helpt tijdig te zien of de community **ook zonder die steun** kan voortbestaan.

## Opbouw

De 24 stellingen zijn verdeeld over zes thema’s:

- **Gedeelde ambitie** en eigenaarschap bij alle partners
- Inbedding in het curriculum en in de organisatie van het werkveld
- Financiering en tijd
- Leiderschap en coördinatie
- Kennisdeling buiten de community
- Vernieuwing van deelnemers

## Werkwijze

Elke deelnemer vult de scan individueel in (ongeveer 15 minuten). De coördinator legt de scores naast elkaar; juist de **verschillen tussen partners** zijn het gesprek waard. Kies daarna per thema hooguit één actie.

## Stand van zaken

De scan wordt in 2025–2026 uitgeprobeerd in vier learning communities in mbo en hbo. Reacties zijn welkom via de contactpersoon.`,
    phases: ['SUSTAIN_SCALE', 'EVALUATE'],
    type: 'CHECKLIST',
    audiences: ['COORDINATORS', 'MANAGEMENT'],
    sectors: ['MBO', 'HBO'],
    tags: ['borging', 'eigenaarschap'],
    status: 'PILOTING',
    evidence: 'DESCRIBED',
    origin: 'NETWORK',
    ownerOrganisation: 'Stichting Praktijkleren Oost (fictief)',
    contactName: 'Jeroen Smit',
    contactEmail: 'jeroen.smit@example.nl',
    links: [{ label: 'Zelfscan (conceptversie)', url: 'https://example.nl/zelfscan-duurzaamheid' }],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '15 minuten invullen, 60 minuten bespreken',
    createdAt: '2022-02-08T09:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Behoefte genoemd tijdens de werkconferentie: hoe houden we het vol na de subsidie?',
        by: 'Petra Bakker',
        at: '2022-02-08T09:00:00Z',
      },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Youssef El Amrani', at: '2022-09-14T13:30:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Eerste versie met 30 stellingen opgeleverd.',
        by: 'Petra Bakker',
        at: '2023-06-20T10:00:00Z',
      },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Pilot gestart in vier learning communities; de scan is ingekort tot 24 stellingen.',
        by: 'Marieke Jansen',
        at: '2025-02-03T08:45:00Z',
      },
    ],
  },
  {
    slug: 'rubric-samenwerking-onderwijs-werkveld',
    title: 'Rubric samenwerking onderwijs–werkveld',
    summary:
      'Rubric met vijf criteria en vier niveaus om de kwaliteit van de samenwerking tussen school en werkveldpartners te bespreken en te volgen.',
    description: `## Doel

De rubric maakt **de kwaliteit van de samenwerking** tussen onderwijs en werkveld bespreekbaar. Niet om af te rekenen, maar om samen te bepalen waar je staat en wat de volgende stap is.

## Criteria

- **Gedeeld doel**: weten alle partners waarom ze meedoen?
- **Wederkerigheid**: halen school en bedrijf er allebei iets uit?
- **Rolhelderheid**: wie doet wat, en is dat haalbaar?
- **Communicatie**: zijn er vaste momenten en korte lijnen?
- **Leeropbrengst**: leren studenten, docenten én medewerkers?

Elk criterium kent vier niveaus: *verkennend*, *ontwikkelend*, *samenwerkend* en *verbindend*.

## Werkwijze

1. Partners scoren afzonderlijk.
2. In een gesprek van een uur worden de scores vergeleken.
3. Per criterium wordt een streefniveau voor het komende jaar afgesproken.

## Opbrengst

Een gedeeld beeld en een korte actielijst. Herhaal de rubric jaarlijks om ontwikkeling zichtbaar te maken.`,
    phases: ['EVALUATE', 'DEVELOP'],
    type: 'RUBRIC',
    audiences: ['TEACHERS', 'WORK_FIELD', 'COORDINATORS'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['pps', 'interdisciplinaire-samenwerking', 'feedback'],
    status: 'AVAILABLE',
    evidence: 'SUBSTANTIATED',
    origin: 'EXISTING',
    ownerOrganisation: 'ROC De Brug (fictief)',
    contactName: 'Fatima Ouali',
    contactEmail: 'fatima.ouali@example.nl',
    links: [{ label: 'Rubric (docx)', url: 'https://example.nl/rocdebrug/rubric-samenwerking.docx' }],
    language: 'nl',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '60 minuten',
    createdAt: '2021-04-06T14:20:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Opgenomen na de inventarisatie; in gebruik bij drie publiek-private samenwerkingen in de techniek.',
        by: 'Youssef El Amrani',
        at: '2021-04-06T14:20:00Z',
      },
    ],
  },
  {
    slug: 'rubric-interdisciplinaire-samenwerking',
    title: 'Rubric interdisciplinaire samenwerking',
    summary:
      'Rubric waarmee studenten uit verschillende opleidingen hun samenwerking in een interdisciplinair project beoordelen en er feedback op geven.',
    description: `## Doel

In learning communities werken studenten van verschillende opleidingen en niveaus samen aan één vraagstuk. Deze rubric helpt hen om **hun eigen bijdrage en die van anderen** te bespreken en te verbeteren.

## Criteria (prototype)

- Benutten van elkaars disciplinaire kennis
- **Gezamenlijke taal** ontwikkelen
- Omgaan met verschillen in werkwijze
- Gezamenlijke besluitvorming
- Reflectie op het eigen vakgebied

## Werkwijze

Studenten gebruiken de rubric halverwege en aan het einde van het project, eerst individueel en daarna in een teamgesprek met de docent. De rubric is **formatief** bedoeld en niet voor cijfers.

## Stand van zaken

Na een eerste pilot bleek de taal van de niveaubeschrijvingen te abstract voor mbo-studenten. Het ontwerpteam herschrijft de rubric nu met voorbeelden uit de praktijk.`,
    phases: ['EVALUATE'],
    type: 'RUBRIC',
    audiences: ['STUDENTS', 'TEACHERS'],
    sectors: ['MBO', 'HBO', 'WO'],
    tags: ['interdisciplinaire-samenwerking', 'reflectie'],
    status: 'PROTOTYPE',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Hogeschool Noorderlicht (fictief)',
    contactName: 'Bas van Dijk',
    contactEmail: 'bas.vandijk@example.org',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '30 minuten per teamgesprek',
    createdAt: '2021-10-12T09:30:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Voortgekomen uit de inventarisatie: er bestond nog geen bruikbaar instrument voor interdisciplinaire samenwerking van studenten.',
        by: 'Marieke Jansen',
        at: '2021-10-12T09:30:00Z',
      },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Marieke Jansen', at: '2022-01-25T10:00:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Prototype gepresenteerd op de werkconferentie.',
        by: 'Sander Visser',
        at: '2022-11-08T15:00:00Z',
      },
      { from: 'PROTOTYPE', to: 'PILOTING', note: null, by: 'Sander Visser', at: '2023-09-04T08:30:00Z' },
      {
        from: 'PILOTING',
        to: 'PROTOTYPE',
        note: 'Na de pilot bij ROC De Brug (fictief) en Hogeschool Noorderlicht (fictief) blijken de niveaubeschrijvingen te abstract; de rubric wordt herschreven met praktijkvoorbeelden.',
        by: 'Marieke Jansen',
        at: '2024-03-19T11:00:00Z',
      },
    ],
  },
  {
    slug: 'formatieve-evaluatie-van-je-learning-community',
    title: 'Formatieve evaluatie van je learning community',
    summary:
      'Handreiking voor een lichte, formatieve evaluatie die de learning community helpt om tijdens het jaar bij te sturen in plaats van pas achteraf te oordelen.',
    description: `## Waarom formatief?

Een learning community is nooit af. Een evaluatie aan het einde van het jaar komt vaak te laat om nog bij te sturen. Deze handreiking beschrijft een **cyclus van drie korte momenten** per jaar.

## Werkwijze

1. **Start**: formuleer samen twee of drie leervragen voor de community.
2. **Halverwege**: verzamel met eenvoudige middelen (pulsmeting, korte interviews, foto’s van producten) gegevens over die leervragen.
3. **Einde**: bespreek de gegevens in een reflectiesessie met alle partners en leg bijsturingen vast.

## Wat zit erin

- Vragenbank met voorbeeldvragen per leervraag
- Sjabloon voor een reflectiesessie van 90 minuten
- Voorbeeld van een verslag van één pagina

## Tips

- Houd het klein: liever drie vragen die je echt bespreekt dan dertig die niemand leest.
- Betrek studenten bij het verzamelen en duiden van de gegevens.

Zie ook de [voorbeeldverslagen](https://example.org/formatief-evalueren/voorbeelden).`,
    phases: ['EVALUATE', 'SUSTAIN_SCALE'],
    type: 'GUIDE',
    audiences: ['COORDINATORS', 'RESEARCHERS', 'TEACHERS'],
    sectors: ['MBO', 'HBO'],
    tags: ['feedback', 'reflectie', 'impact'],
    status: 'AVAILABLE',
    evidence: 'FIRST_INDICATIONS',
    origin: 'NETWORK',
    ownerOrganisation: 'Kenniscentrum Regio Vooruit (fictief)',
    contactName: 'Lotte Hendriks',
    contactEmail: 'lotte.hendriks@example.org',
    links: [
      { label: 'Handreiking (pdf)', url: 'https://example.org/formatief-evalueren/handreiking.pdf' },
      { label: 'Voorbeeldverslagen', url: 'https://example.org/formatief-evalueren/voorbeelden' },
    ],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: '3 momenten van 60–90 minuten per jaar',
    createdAt: '2021-09-16T09:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Eerste ontwerpopdracht van de werkgroep, gekozen in september 2021.',
        by: 'Petra Bakker',
        at: '2021-09-16T09:00:00Z',
      },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Petra Bakker', at: '2021-10-05T12:00:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Prototype gedeeld tijdens de werkconferentie in november.',
        by: 'Petra Bakker',
        at: '2021-11-24T16:00:00Z',
      },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Pilot in zes learning communities.',
        by: 'Youssef El Amrani',
        at: '2022-02-14T09:00:00Z',
      },
      {
        from: 'PILOTING',
        to: 'AVAILABLE',
        note: 'Pilot afgerond; handreiking aangepast op basis van de ervaringen.',
        by: 'Youssef El Amrani',
        at: '2022-10-03T10:30:00Z',
      },
    ],
  },
  {
    slug: 'werkvorm-van-ideeen-naar-experimenten',
    title: 'Werkvorm: van ideeën naar experimenten',
    summary:
      'Werkvorm waarin deelnemers van een learning community ideeën voor een praktijkvraagstuk omzetten in kleine, toetsbare experimenten.',
    description: `## Doel

Learning communities hebben vaak veel ideeën, maar komen moeilijk tot actie. Deze werkvorm helpt om in één bijeenkomst van **ideeën naar kleine experimenten** te gaan die binnen vier weken uitvoerbaar zijn.

## Werkwijze

1. **Vraagstuk scherp** (15 min): formuleer het praktijkvraagstuk als ‘Hoe kunnen wij …?’-vraag.
2. **Ideeën ophalen** (20 min): iedereen schrijft in stilte ideeën op; daarna clusteren.
3. **Kiezen** (10 min): elk team kiest met stickers één idee.
4. **Experiment ontwerpen** (30 min): vul per idee de experimentkaart in: aanname, wat doen we, wat meten we, wanneer is het geslaagd?
5. **Afspreken** (15 min): wie doet wat, en wanneer komen we terug?

## Benodigdheden

- Experimentkaarten (A4)
- Post-its en stickers
- Een ruimte waar groepjes apart kunnen werken

## Tip

Laat studenten en werkveldpartners samen één experiment trekken; dat versterkt het **gedeelde eigenaarschap**.`,
    phases: ['DEVELOP'],
    type: 'WORK_FORM',
    audiences: ['TEACHERS', 'STUDENTS', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['co-creatie', 'onderzoekend-vermogen'],
    status: 'PILOTING',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'ROC De Brug (fictief)',
    contactName: 'Sanne Mulder',
    contactEmail: 'sanne.mulder@example.nl',
    links: [
      { label: 'Experimentkaart (pdf)', url: 'https://example.nl/werkvormen/experimentkaart.pdf' },
    ],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '90 minuten',
    createdAt: '2023-03-09T10:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Sander Visser', at: '2023-03-09T10:00:00Z' },
      {
        from: 'IDEA',
        to: 'IN_DESIGN',
        note: 'Ontwerpgroep van docenten en twee werkveldpartners gestart.',
        by: 'Sander Visser',
        at: '2023-05-22T13:00:00Z',
      },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Petra Bakker', at: '2024-01-16T09:15:00Z' },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Wordt dit schooljaar uitgeprobeerd in drie learning communities in zorg en techniek.',
        by: 'Petra Bakker',
        at: '2024-09-10T14:00:00Z',
      },
    ],
  },
  {
    slug: 'vragenlijst-leerklimaat-in-de-learning-community',
    title: 'Vragenlijst leerklimaat in de learning community',
    summary:
      'Gevalideerde vragenlijst over psychologische veiligheid, samenwerking en leergedrag, voor alle deelnemers van een learning community.',
    description: `## Doel

De vragenlijst meet hoe deelnemers het **leerklimaat** in hun learning community ervaren. Een veilig klimaat waarin fouten bespreekbaar zijn, is een voorwaarde om samen te leren.

## Inhoud

De 28 vragen vallen in vier schalen:

- **Psychologische veiligheid**
- Teamleergedrag (vragen stellen, feedback zoeken, experimenteren)
- Gedeelde doelen
- Waardering van verschillende perspectieven

## Onderbouwing

De schalen zijn gebaseerd op veelgebruikte instrumenten uit teamleeronderzoek en zijn in meerdere studies getoetst in mbo, hbo en bedrijven. De betrouwbaarheid van alle schalen is goed.

## Werkwijze

Zet de vragenlijst uit bij alle deelnemers, ook bij studenten en werkveldpartners. Bespreek de uitkomsten in een teamsessie; de handleiding bevat **gespreksvragen per schaal**.

## Let op

Bij minder dan acht respondenten zijn de schaalgemiddelden weinig betrouwbaar; gebruik de uitkomsten dan alleen als gespreksstarter.`,
    phases: ['EVALUATE'],
    type: 'QUESTIONNAIRE',
    audiences: ['STUDENTS', 'TEACHERS', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO'],
    tags: ['studentbetrokkenheid', 'feedback'],
    status: 'AVAILABLE',
    evidence: 'STRONG_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Lectoraat Samen Leren, Hogeschool Voorbeeldstad (fictief)',
    contactName: 'Thijs Kramer',
    contactEmail: 'thijs.kramer@example.org',
    links: [
      { label: 'Vragenlijst en handleiding', url: 'https://example.org/leerklimaat/handleiding' },
      { label: 'Onderzoeksverantwoording', url: 'https://example.org/leerklimaat/verantwoording' },
    ],
    language: 'nl',
    licence: 'Alle rechten voorbehouden',
    timeNeeded: '15 minuten per deelnemer',
    createdAt: '2021-05-11T08:40:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Marieke Jansen', at: '2021-05-11T08:40:00Z' }],
  },
  {
    slug: 'stakeholderkaart-regionale-pps',
    title: 'Stakeholderkaart regionale pps',
    summary:
      'Canvas om alle partijen rond een regionale publiek-private samenwerking in beeld te brengen, met hun belang, invloed en rol in de learning community.',
    description: `## Doel

Een learning community staat niet op zichzelf. De stakeholderkaart helpt om **alle partijen in de regio** te zien die belang hebben bij de community of die je nodig hebt om door te groeien: bedrijven, gemeenten, brancheorganisaties en andere scholen.

## Werkwijze

1. Zet de community in het midden van de kaart.
2. Plaats partijen in drie ringen: *kern*, *betrokken* en *op afstand*.
3. Noteer per partij het **belang** en de **invloed**.
4. Markeer met een kleur wie je het komende halfjaar actief wilt benaderen.

## Opbrengst

- Een overzicht van partners en witte vlekken
- Een lijst met concrete acties om partijen te benaderen
- Input voor het gesprek over opschaling

## Tip

Doe de oefening samen met een werkveldpartner die de regio goed kent; die ziet vaak partijen die vanuit school buiten beeld blijven.`,
    phases: ['DEVELOP', 'SUSTAIN_SCALE'],
    type: 'CANVAS',
    audiences: ['COORDINATORS', 'MANAGEMENT', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['regionale-samenwerking', 'pps'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'EXISTING',
    ownerOrganisation: 'Techniekpact Zuidwest (fictief)',
    contactName: 'Ricardo Martins',
    contactEmail: 'ricardo.martins@example.nl',
    links: [
      { label: 'Stakeholderkaart (pdf)', url: 'https://example.nl/techniekpact/stakeholderkaart.pdf' },
    ],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '60 minuten',
    createdAt: '2021-06-02T11:05:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Petra Bakker', at: '2021-06-02T11:05:00Z' }],
  },
  {
    slug: 'handreiking-opschalen-van-learning-communities',
    title: 'Handreiking opschalen van learning communities',
    summary:
      'Handreiking in ontwikkeling voor bestuurders en coördinatoren die een succesvolle learning community willen uitbreiden naar andere opleidingen of regio’s.',
    description: `## Doel

Wanneer een learning community goed loopt, komt al snel de vraag: kan dit ook bij andere opleidingen, locaties of in een andere regio? Deze handreiking helpt om **bewust te kiezen hoe je opschaalt**.

## Vormen van opschalen

- **Verbreden**: meer partners of opleidingen aansluiten
- **Vermenigvuldigen**: een nieuwe community starten naar hetzelfde model
- **Verdiepen**: de werkwijze inbedden in beleid en curriculum

## Geplande inhoud

1. Een korte beslishulp: welke vorm past bij jouw situatie?
2. Voorwaarden per vorm (tijd, geld, leiderschap)
3. Praktijkvoorbeelden uit mbo en hbo

## Stand van zaken

Het ontwerpteam werkt aan een nieuwe opzet, nadat de eerste conceptversie te veel op het hbo gericht bleek. Wie een praktijkvoorbeeld wil aandragen, kan contact opnemen met de contactpersoon.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'GUIDE',
    audiences: ['MANAGEMENT', 'COORDINATORS'],
    sectors: ['MBO', 'HBO'],
    tags: ['borging', 'regionale-samenwerking', 'leiderschap'],
    status: 'IN_DESIGN',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Hogeschool Voorbeeldstad (fictief)',
    contactName: 'Eline Bos',
    contactEmail: 'eline.bos@example.org',
    links: [],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: 'Leestijd 45 minuten',
    createdAt: '2022-04-21T10:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Vraag van bestuurders tijdens de werkbijeenkomst over opschaling.',
        by: 'Youssef El Amrani',
        at: '2022-04-21T10:00:00Z',
      },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Youssef El Amrani', at: '2022-12-06T09:00:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Conceptversie gedeeld met de werkgroep Kennisbasis.',
        by: 'Sander Visser',
        at: '2023-10-17T14:30:00Z',
      },
      {
        from: 'PROTOTYPE',
        to: 'IN_DESIGN',
        note: 'De conceptversie bleek te veel op het hbo gericht; de opzet wordt samen met mbo-coördinatoren herzien.',
        by: 'Sander Visser',
        at: '2024-02-27T10:00:00Z',
      },
    ],
  },
  {
    slug: 'ontwerpprincipes-voor-learning-communities',
    title: 'Ontwerpprincipes voor learning communities',
    summary:
      'Engelstalig overzicht van acht ontwerpprincipes voor learning communities, afgeleid uit onderzoek naar samen leren op de grens van school en werk.',
    description: `## Wat is het?

Een Engelstalig onderzoeksrapport met **acht ontwerpprincipes** voor learning communities waarin onderwijs en beroepspraktijk samenwerken. Elk principe is uitgewerkt met een toelichting, voorbeelden en reflectievragen.

## De principes in het kort

- Werk aan **authentieke vraagstukken** uit de praktijk
- Zorg voor een mix van disciplines en niveaus
- Creëer ruimte voor ontmoeting, fysiek en online
- Maak leren zichtbaar en deelbaar
- Verdeel leiderschap
- Veranker de community in de organisaties van alle partners
- Investeer in vertrouwen voordat je resultaten verwacht
- Kijk formatief terug, en doe dat samen

## Gebruik

Gebruik de principes als **ontwerpkader** bij de start, of als spiegel bij een jaarlijkse reflectie. De reflectievragen zijn ook bruikbaar in Nederlandstalige sessies.`,
    phases: ['DEVELOP'],
    type: 'MODEL',
    audiences: ['RESEARCHERS', 'COORDINATORS'],
    sectors: ['HBO', 'WO'],
    tags: ['interdisciplinaire-samenwerking', 'kennisdeling'],
    status: 'AVAILABLE',
    evidence: 'SUBSTANTIATED',
    origin: 'EXISTING',
    ownerOrganisation: 'Universiteit Middenland (fictief)',
    contactName: 'Mehmet Yilmaz',
    contactEmail: 'm.yilmaz@example.org',
    links: [
      { label: 'Rapport (Engelstalig, pdf)', url: 'https://example.org/middenland/design-principles.pdf' },
    ],
    language: 'en',
    licence: 'CC BY 4.0',
    timeNeeded: 'Leestijd 2 uur',
    createdAt: '2021-07-07T09:25:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Opgenomen tijdens de inventarisatie; Engelstalig, maar veel gebruikt door lectoraten.',
        by: 'Sander Visser',
        at: '2021-07-07T09:25:00Z',
      },
    ],
  },
  {
    slug: 'rollenspel-wie-doet-wat-in-de-learning-community',
    title: 'Rollenspel: wie doet wat in de learning community?',
    summary:
      'Spel waarin deelnemers rollen uit een learning community spelen en zo ontdekken welke verwachtingen en spanningen er tussen die rollen bestaan.',
    description: `## Doel

Docent, student, praktijkbegeleider, lector, coördinator: iedereen heeft een **eigen beeld van zijn rol** in de learning community. Het spel maakt die beelden zichtbaar voordat ze tot misverstanden leiden.

## Spelverloop

1. Elke speler trekt een rolkaart, bij voorkeur een rol die niet de eigen rol is.
2. Per ronde wordt een situatiekaart omgedraaid, bijvoorbeeld: ‘Het bedrijf trekt halverwege het project zijn opdracht in.’
3. Spelers reageren vanuit hun rol; de anderen noteren wat hen opvalt.
4. Na vier rondes volgt een nabespreking met de vraag: **wat betekent dit voor onze afspraken?**

## Materiaal

- 8 rolkaarten
- 24 situatiekaarten
- Spelregels en gespreksleidraad

## Stand van zaken

Het prototype is getest tijdens de werkconferentie. Situatiekaarten voor de zorgsector worden nog toegevoegd.`,
    phases: ['DEVELOP'],
    type: 'GAME',
    audiences: ['TEACHERS', 'WORK_FIELD', 'STUDENTS', 'COORDINATORS'],
    sectors: ['MBO', 'HBO'],
    tags: ['teamontwikkeling', 'eigenaarschap'],
    status: 'PROTOTYPE',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Zorgcollege Rivierenland (fictief)',
    contactName: 'Noor Janssen',
    contactEmail: 'noor.janssen@example.nl',
    links: [{ label: 'Spelmateriaal (prototype)', url: 'https://example.nl/rollenspel/prototype' }],
    language: 'nl',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '75 minuten',
    createdAt: '2023-01-19T10:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Petra Bakker', at: '2023-01-19T10:00:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Petra Bakker', at: '2023-04-12T15:20:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Getest met veertig deelnemers tijdens de werkconferentie.',
        by: 'Marieke Jansen',
        at: '2023-11-21T11:45:00Z',
      },
    ],
  },
  {
    slug: 'gids-voor-kwartiermakers-van-een-learning-community',
    title: 'Gids voor kwartiermakers van een learning community',
    summary:
      'Praktische gids voor wie een nieuwe learning community opzet: van verkenning en het vinden van partners tot de eerste gezamenlijke bijeenkomst.',
    description: `## Voor wie

Voor **kwartiermakers**: docenten, coördinatoren of projectleiders die de opdracht hebben een learning community op te zetten en vaak nog niet weten waar ze moeten beginnen.

## Inhoud

De gids volgt vijf stappen:

1. **Verkennen**: welk vraagstuk speelt er in de regio?
2. **Verbinden**: welke partners hebben hetzelfde belang?
3. **Voorwaarden regelen**: tijd, ruimte, budget en mandaat.
4. **Vormgeven**: eerste afspraken over doel, rollen en ritme.
5. **Van start**: de eerste bijeenkomst en de eerste honderd dagen.

Bij elke stap staan **valkuilen** en vragen om aan je bestuur voor te leggen.

## Tips uit de praktijk

- Zoek vroeg een bestuurlijke ambassadeur bij school én bedrijf.
- Begin klein, met één concreet vraagstuk.
- Plan vanaf het begin momenten om te vieren wat er bereikt is.`,
    phases: ['DEVELOP'],
    type: 'GUIDE',
    audiences: ['COORDINATORS', 'MANAGEMENT'],
    sectors: ['MBO', 'HBO'],
    tags: ['leiderschap', 'regionale-samenwerking', 'pps'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'EXISTING',
    ownerOrganisation: 'Stichting Praktijkleren Oost (fictief)',
    contactName: 'Kees de Wit',
    contactEmail: 'kees.dewit@example.nl',
    links: [
      { label: 'Gids (pdf)', url: 'https://example.nl/praktijkleren-oost/kwartiermakersgids.pdf' },
    ],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: 'Leestijd 1 uur',
    createdAt: '2021-08-24T13:10:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Youssef El Amrani', at: '2021-08-24T13:10:00Z' }],
  },
  {
    slug: 'reflectiekaarten-leren-op-de-grens-van-school-en-werk',
    title: 'Reflectiekaarten leren op de grens van school en werk',
    summary:
      'Set van 40 kaarten met reflectievragen voor studenten en begeleiders die zowel op school als in het bedrijf leren.',
    description: `## Doel

Studenten in een learning community leren op verschillende plekken. De kaarten helpen hen om **verbindingen te leggen** tussen wat ze op school leren en wat ze in het bedrijf meemaken.

## Inhoud

De set bestaat uit 40 kaarten in vier kleuren:

- **Blauw**: wat heb ik gedaan?
- **Groen**: wat heb ik geleerd, en van wie?
- **Oranje**: waar botsten school en werk?
- **Paars**: wat neem ik mee naar de volgende keer?

## Werkwijze

Gebruik de kaarten op een terugkomdag, in een coachgesprek of aan het einde van een projectweek. Laat studenten zelf een kaart kiezen; dat vergroot de betrokkenheid. Een ronde met vier studenten duurt ongeveer **20 minuten**.

## Ervaringen

Begeleiders in de groene sector en de techniek geven aan dat de gesprekken dieper gaan dan met een standaard evaluatieformulier.`,
    phases: ['EVALUATE'],
    type: 'OTHER',
    audiences: ['STUDENTS', 'TEACHERS'],
    sectors: ['MBO'],
    tags: ['reflectie', 'feedback'],
    status: 'AVAILABLE',
    evidence: 'FIRST_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Agrarisch Opleidingscentrum Veenland (fictief)',
    contactName: 'Iris van Leeuwen',
    contactEmail: 'iris.vanleeuwen@example.nl',
    links: [{ label: 'Kaarten om te printen', url: 'https://example.nl/veenland/reflectiekaarten' }],
    language: 'nl',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '20 minuten per groepje',
    createdAt: '2021-09-29T10:50:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Marieke Jansen', at: '2021-09-29T10:50:00Z' }],
  },
  {
    slug: 'online-logboek-leerervaringen',
    title: 'Online logboek leerervaringen',
    summary:
      'Eenvoudige online omgeving waarin deelnemers korte leerervaringen vastleggen, zodat de community patronen ziet en kennis kan delen.',
    description: `## Doel

Veel leren in een learning community gebeurt tussendoor en raakt snel vergeten. Het logboek maakt het makkelijk om **in twee minuten een leerervaring vast te leggen**: wat gebeurde er, wat leerde je, wat doe je ermee?

## Functies

- Korte invoer via telefoon of laptop
- Labels per thema en per partner
- Een maandoverzicht voor de coördinator
- Export voor reflectiesessies

## Werkwijze in de pilot

1. Deelnemers krijgen een uitnodiging en een korte uitleg.
2. Elke week volgt een herinnering met een prikkelende vraag.
3. Maandelijks bespreekt de community de opvallendste bijdragen.

## Privacy

Bijdragen zijn alleen zichtbaar voor leden van de eigen community. Gegevens worden in Nederland opgeslagen en na afloop van het schooljaar verwijderd, tenzij de community anders besluit.`,
    phases: ['EVALUATE', 'SUSTAIN_SCALE'],
    type: 'ONLINE_TOOL',
    audiences: ['STUDENTS', 'TEACHERS', 'COORDINATORS'],
    sectors: ['MBO', 'HBO'],
    tags: ['reflectie', 'kennisdeling'],
    status: 'PILOTING',
    evidence: 'DESCRIBED',
    origin: 'NETWORK',
    ownerOrganisation: 'Hogeschool Noorderlicht (fictief)',
    contactName: 'Daan Vermeulen',
    contactEmail: 'daan.vermeulen@example.org',
    links: [{ label: 'Demo-omgeving', url: 'https://example.org/noorderlicht/logboek-demo' }],
    language: 'nl',
    licence: 'Alle rechten voorbehouden',
    timeNeeded: '2 minuten per invoer',
    createdAt: '2022-06-15T09:10:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Youssef El Amrani', at: '2022-06-15T09:10:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Youssef El Amrani', at: '2022-10-11T10:00:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Klikbaar prototype beschikbaar.',
        by: 'Youssef El Amrani',
        at: '2023-05-02T13:00:00Z',
      },
      {
        from: 'PROTOTYPE',
        to: 'IN_DESIGN',
        note: 'Uit gebruikerstests blijkt dat invoeren te lang duurt; het invoerscherm wordt opnieuw ontworpen.',
        by: 'Marieke Jansen',
        at: '2023-08-29T09:30:00Z',
      },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Nieuw invoerscherm: een leerervaring is in twee minuten vastgelegd.',
        by: 'Marieke Jansen',
        at: '2024-02-06T11:00:00Z',
      },
      { from: 'PROTOTYPE', to: 'PILOTING', note: null, by: 'Sander Visser', at: '2024-10-01T08:00:00Z' },
    ],
  },
  {
    slug: 'netwerkkaart-wie-werkt-met-wie-samen',
    title: 'Netwerkkaart: wie werkt met wie samen?',
    summary:
      'Engelstalige online tool die met een korte vragenlijst de samenwerkingsrelaties in en rond een learning community als netwerkplaat in kaart brengt.',
    description: `## Doel

De tool maakt zichtbaar **wie met wie samenwerkt**, wie een verbindende rol heeft en welke partners aan de rand staan. Dat helpt om het netwerk gericht te versterken en om de groei van de community over de jaren te volgen.

## Werkwijze

1. De coördinator maakt een project aan en nodigt deelnemers uit.
2. Deelnemers geven in ongeveer tien minuten aan met wie ze contact hebben en waarover.
3. De tool tekent een netwerkplaat en berekent eenvoudige kengetallen.
4. Bespreek de plaat in de community: **klopt dit beeld?**

## Aandachtspunten

- De interface is Engelstalig.
- Vraag vooraf toestemming; namen zijn zichtbaar voor de coördinator.
- Een respons van minstens 70 procent is nodig voor een bruikbaar beeld.

## Onderbouwing

Sociale netwerkanalyse is een goed onderbouwde methode; het lectoraat gebruikt de tool in onderzoek naar regionale samenwerking.`,
    phases: ['EVALUATE'],
    type: 'ONLINE_TOOL',
    audiences: ['RESEARCHERS', 'COORDINATORS'],
    sectors: ['HBO', 'WO', 'PRACTICE'],
    tags: ['regionale-samenwerking', 'impact'],
    status: 'AVAILABLE',
    evidence: 'SUBSTANTIATED',
    origin: 'EXISTING',
    ownerOrganisation: 'Lectoraat Samen Leren, Hogeschool Voorbeeldstad (fictief)',
    contactName: 'Sophie Dekker',
    contactEmail: 'sophie.dekker@example.org',
    links: [
      { label: 'Tool (Engelstalig)', url: 'https://example.org/samen-leren/netwerkkaart' },
      { label: 'Handleiding voor coördinatoren', url: 'https://example.org/samen-leren/netwerkkaart/handleiding' },
    ],
    language: 'en',
    licence: 'Alle rechten voorbehouden',
    timeNeeded: '10 minuten per deelnemer',
    createdAt: '2021-11-03T15:35:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Sander Visser', at: '2021-11-03T15:35:00Z' }],
  },
  {
    slug: 'checklist-startbijeenkomst-learning-community',
    title: 'Checklist startbijeenkomst learning community',
    summary:
      'Checklist met alles wat je regelt vóór, tijdens en na de eerste bijeenkomst van een nieuwe learning community.',
    description: `## Doel

Een goede eerste bijeenkomst zet de toon. Deze checklist helpt de organisator om **niets te vergeten** en om de bijeenkomst echt van alle partners te maken.

## Vóór de bijeenkomst

- Uitnodiging verstuurd aan school, werkveld én studenten
- Doel van de bijeenkomst in één zin geformuleerd
- Locatie gekozen, bij voorkeur bij een werkveldpartner
- Een korte kennismakingsvorm voorbereid

## Tijdens de bijeenkomst

- Iedereen vertelt wat hij of zij wil **halen en brengen**
- Het gedeelde vraagstuk wordt samen aangescherpt
- Afspraken over ritme en communicatie

## Na de bijeenkomst

- Verslag binnen een week verstuurd
- Volgende datum vastgelegd
- Eén concrete actie per partner`,
    phases: ['DEVELOP'],
    type: 'CHECKLIST',
    audiences: ['COORDINATORS'],
    sectors: ['MBO', 'HBO'],
    tags: ['pps', 'co-creatie'],
    status: 'AVAILABLE',
    evidence: 'NOT_ASSESSED',
    origin: 'EXISTING',
    ownerOrganisation: 'ROC De Brug (fictief)',
    contactName: 'Ahmed Benali',
    contactEmail: 'ahmed.benali@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '15 minuten',
    createdAt: '2025-10-07T12:30:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Aangedragen via een voorstel in de catalogus.',
        by: 'Petra Bakker',
        at: '2025-10-07T12:30:00Z',
      },
    ],
  },
  {
    slug: 'zelfscan-gedeeld-leiderschap',
    title: 'Zelfscan gedeeld leiderschap',
    summary:
      'Zelfscan waarmee het kernteam van een learning community onderzoekt hoe leiderschap verdeeld is en of dat past bij de fase van de community.',
    description: `## Doel

Een learning community die afhankelijk blijft van één trekker is kwetsbaar. De zelfscan brengt in kaart **hoe leiderschap verdeeld is** over docenten, werkveld, studenten en management.

## Opbouw

De scan bevat 18 stellingen over:

- Initiatief nemen en richting geven
- Ruimte geven aan anderen
- Besluitvorming en mandaat
- **Steun van het management** van alle partners

## Werkwijze

1. Alle leden van het kernteam vullen de scan in.
2. De uitkomsten worden per rol weergegeven in een spinnenweb.
3. Het team bespreekt waar leiderschap ontbreekt of te zwaar bij één persoon ligt.

## Onderbouwing

De scan is gebaseerd op onderzoek naar gedeeld leiderschap in onderwijsteams en is in twee studies met learning communities in het mbo gebruikt. Teams die de scan twee keer gebruikten, rapporteerden een **evenwichtiger taakverdeling**.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'CHECKLIST',
    audiences: ['MANAGEMENT', 'COORDINATORS', 'TEACHERS'],
    sectors: ['MBO', 'HBO'],
    tags: ['leiderschap', 'eigenaarschap'],
    status: 'AVAILABLE',
    evidence: 'GOOD_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Kenniscentrum Regio Vooruit (fictief)',
    contactName: 'Femke Willems',
    contactEmail: 'femke.willems@example.org',
    links: [
      { label: 'Zelfscan online invullen', url: 'https://example.org/regio-vooruit/zelfscan-leiderschap' },
    ],
    language: 'nl',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '15 minuten invullen, 60 minuten bespreken',
    createdAt: '2022-02-22T09:05:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Petra Bakker', at: '2022-02-22T09:05:00Z' }],
  },
  {
    slug: 'waardecreatieverhalen-opbrengsten-zichtbaar-maken',
    title: 'Waardecreatieverhalen: opbrengsten zichtbaar maken',
    summary:
      'Raamwerk met vijf soorten waarde om in verhalen en cijfers te laten zien wat deelname aan een learning community oplevert.',
    description: `## Doel

Wat levert een learning community op? Het raamwerk onderscheidt **vijf soorten waarde** en helpt deelnemers die te beschrijven in korte waardecreatieverhalen.

## Vijf soorten waarde

1. **Directe waarde**: plezier, inspiratie, hulp bij een probleem
2. **Potentiële waarde**: nieuwe kennis, vaardigheden en contacten
3. **Toegepaste waarde**: veranderingen in de eigen praktijk
4. **Gerealiseerde waarde**: merkbare effecten op resultaten
5. **Herkaderende waarde**: een andere kijk op wat succes is

## Werkwijze

Deelnemers schrijven een verhaal dat de waardestappen volgt, van activiteit tot effect. De coördinator verzamelt de verhalen en zoekt er ondersteunend bewijs bij, zoals:

- cijfers uit pulsmetingen of registraties;
- documenten en producten van de community;
- bevestiging door een collega of leidinggevende.

## Onderbouwing

Het raamwerk wordt internationaal breed gebruikt en is in veel studies toegepast. De oorspronkelijke handleiding is **Engelstalig**; het lectoraat heeft een Nederlandstalig werkblad toegevoegd.`,
    phases: ['EVALUATE'],
    type: 'MODEL',
    audiences: ['RESEARCHERS', 'COORDINATORS', 'MANAGEMENT'],
    sectors: ['HBO', 'WO'],
    tags: ['impact', 'reflectie'],
    status: 'AVAILABLE',
    evidence: 'STRONG_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Universiteit Middenland (fictief)',
    contactName: 'Joost van der Linden',
    contactEmail: 'j.vanderlinden@example.org',
    links: [
      { label: 'Handleiding (Engelstalig)', url: 'https://example.org/middenland/value-creation-guide' },
      { label: 'Nederlandstalig werkblad', url: 'https://example.org/middenland/werkblad-waardecreatie' },
    ],
    language: 'en',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '30–45 minuten per verhaal',
    createdAt: '2021-02-17T14:00:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Opgenomen in de eerste inventarisatieronde.',
        by: 'Youssef El Amrani',
        at: '2021-02-17T14:00:00Z',
      },
    ],
  },
  {
    slug: 'most-significant-change-in-de-learning-community',
    title: 'Most Significant Change in de learning community',
    summary:
      'Evaluatiewerkvorm waarin deelnemers verhalen over de belangrijkste verandering verzamelen en samen kiezen welke het meest betekenisvol zijn.',
    description: `## Doel

Met **Most Significant Change** (MSC) evalueer je zonder vooraf vastgestelde indicatoren. Deelnemers vertellen welke verandering zij het belangrijkst vinden, en de groep bespreekt waarom.

## Werkwijze

1. Stel één open vraag, bijvoorbeeld: ‘Wat is voor jou de belangrijkste verandering sinds je meedoet aan de learning community?’
2. Verzamel verhalen bij studenten, docenten en werkveldpartners.
3. Laat per groep het meest betekenisvolle verhaal kiezen en **leg vast waarom**.
4. Bespreek de gekozen verhalen met het kernteam en het management.

## Opbrengst

- Zicht op onverwachte effecten
- Een gesprek over wat partners werkelijk belangrijk vinden
- Verhalen die bruikbaar zijn bij de verantwoording aan financiers

## Let op

De oorspronkelijke handleiding is Engelstalig. Reken op twee bijeenkomsten voor het selectieproces.`,
    phases: ['EVALUATE'],
    type: 'WORK_FORM',
    audiences: ['COORDINATORS', 'STUDENTS', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['impact', 'reflectie'],
    status: 'AVAILABLE',
    evidence: 'GOOD_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Stichting Praktijkleren Oost (fictief)',
    contactName: 'Hanneke Peters',
    contactEmail: 'hanneke.peters@example.nl',
    links: [{ label: 'Handleiding (Engelstalig)', url: 'https://example.org/msc/guide' }],
    language: 'en',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '2 bijeenkomsten van 2 uur',
    createdAt: '2021-12-07T11:30:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Marieke Jansen', at: '2021-12-07T11:30:00Z' }],
  },
  {
    slug: 'intervisie-incidentmethode-docenten-en-praktijkopleiders',
    title: 'Intervisie volgens de incidentmethode voor docenten en praktijkopleiders',
    summary:
      'Gestructureerde intervisie waarin docenten en praktijkopleiders samen een situatie uit de begeleiding van studenten onderzoeken.',
    description: `## Doel

Docenten en praktijkopleiders begeleiden dezelfde studenten, maar spreken elkaar weinig over hun aanpak. Deze intervisie brengt hen samen om **van elkaars praktijk te leren**.

## Werkwijze (incidentmethode)

1. Een inbrenger beschrijft kort een concreet incident.
2. De groep stelt informatieve vragen, zonder advies te geven.
3. Iedereen bedenkt individueel hoe hij of zij zou handelen.
4. De inbrenger vertelt wat er werkelijk gebeurde.
5. De groep bespreekt de verschillen en formuleert leerpunten.

## Randvoorwaarden

- Een vaste groep van vijf tot acht personen, gemengd uit school en werkveld
- **Vertrouwelijkheid** afspreken
- Een getrainde begeleider voor de eerste drie sessies

## Onderbouwing

Intervisie is een goed onderbouwde vorm van professionalisering. In deze variant zijn de voorbeelden en rollen aangepast aan de beroepspraktijk.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'WORK_FORM',
    audiences: ['TEACHERS', 'WORK_FIELD'],
    sectors: ['MBO', 'PRACTICE'],
    tags: ['professionalisering', 'reflectie'],
    status: 'AVAILABLE',
    evidence: 'SUBSTANTIATED',
    origin: 'EXISTING',
    ownerOrganisation: 'Zorggroep De Linde (fictief)',
    contactName: 'Wouter Koster',
    contactEmail: 'wouter.koster@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '90 minuten per sessie',
    createdAt: '2024-10-08T13:45:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Aangedragen via een voorstel; al jaren in gebruik bij zorginstellingen in de regio.',
        by: 'Sander Visser',
        at: '2024-10-08T13:45:00Z',
      },
    ],
  },
  {
    slug: 'kenniscafe-kennis-delen-tussen-school-en-bedrijf',
    title: 'Kenniscafé: kennis delen tussen school en bedrijf',
    summary:
      'Informele werkvorm in café-stijl waarin studenten, docenten en medewerkers van bedrijven in korte rondes kennis en vragen uitwisselen.',
    description: `## Doel

Het kenniscafé verlaagt de drempel om kennis te delen. In een **ontspannen café-setting** schuiven deelnemers aan bij tafels rond een thema dat een student, docent of bedrijf heeft ingebracht.

## Werkwijze

1. Kies vier tot zes tafelthema’s en een tafelhost per thema.
2. Deelnemers wisselen elke 20 minuten van tafel.
3. De tafelhost vat steeds kort samen wat er aan tafel is gezegd.
4. Sluit af met een plenaire oogst: **wat nemen we mee?**

## Benodigdheden

- Tafels met papieren tafelkleden om op te schrijven
- Koffie, thee en iets lekkers
- Een locatie die niet als klaslokaal voelt

## Tips

- Organiseer het kenniscafé afwisselend op school en bij een bedrijf.
- Maak foto’s van de tafelkleden; dat is een eenvoudig verslag.
- Nodig ook oud-studenten uit die nu in het werkveld werken.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'WORK_FORM',
    audiences: ['TEACHERS', 'WORK_FIELD', 'RESEARCHERS'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['kennisdeling', 'pps'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'EXISTING',
    ownerOrganisation: 'Bouwbedrijf Kade & Co (fictief)',
    contactName: 'Lisa Brouwer',
    contactEmail: 'lisa.brouwer@example.nl',
    links: [{ label: 'Draaiboek kenniscafé', url: 'https://example.nl/kade/kenniscafe-draaiboek' }],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '2 uur',
    createdAt: '2022-04-05T10:00:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Youssef El Amrani', at: '2022-04-05T10:00:00Z' }],
  },
  {
    slug: 'canvas-borging-na-de-subsidieperiode',
    title: 'Canvas borging na de subsidieperiode',
    summary:
      'Canvas om ruim voor het einde van een subsidie of projectperiode te bepalen welke activiteiten blijven, wie ze trekt en hoe ze bekostigd worden.',
    description: `## Doel

Veel learning communities starten met projectgeld. Dit canvas helpt om **tijdig** te bepalen wat er overblijft als dat geld stopt, en wie daarvoor verantwoordelijk wordt.

## Vakken van het canvas

- **Wat werkt?** Activiteiten die aantoonbaar waarde hebben
- **Wie trekt?** Een eigenaar per activiteit na de projectperiode
- **Waar landt het?** Curriculum, bedrijfsopleiding of regionaal programma
- **Wat kost het?** Uren, geld en faciliteiten, en wie betaalt
- **Wat laten we los?** Bewuste keuzes om te stoppen

## Werkwijze

1. Vul het canvas in met het kernteam en een bestuurder van elke partner.
2. Begin minstens twaalf maanden vóór het einde van de subsidie.
3. Neem de uitkomsten op in de jaarplannen van de partners.

## Ervaring

In de pilot gaven coördinatoren aan dat vooral het vak **Wat laten we los?** tot een reëel en eerlijk gesprek leidde.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'CANVAS',
    audiences: ['MANAGEMENT', 'COORDINATORS', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO'],
    tags: ['borging', 'pps'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'NETWORK',
    ownerOrganisation: 'Coöperatie Groene Delta (fictief)',
    contactName: 'Maaike Hoekstra',
    contactEmail: 'maaike.hoekstra@example.nl',
    links: [{ label: 'Canvas (pdf)', url: 'https://example.nl/groene-delta/canvas-borging.pdf' }],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: '2 bijeenkomsten van 2 uur',
    createdAt: '2021-10-26T09:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Voorstel uit de werkgroep na de eerste inventarisatie: borging is een blinde vlek.',
        by: 'Sander Visser',
        at: '2021-10-26T09:00:00Z',
      },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Sander Visser', at: '2022-01-18T10:30:00Z' },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Petra Bakker', at: '2022-05-10T14:00:00Z' },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Pilot bij vijf learning communities met een aflopende subsidie.',
        by: 'Petra Bakker',
        at: '2022-09-20T09:00:00Z',
      },
      {
        from: 'PILOTING',
        to: 'AVAILABLE',
        note: 'Pilot geëvalueerd; het canvas is vereenvoudigd van acht naar vijf vakken.',
        by: 'Marieke Jansen',
        at: '2023-06-13T12:00:00Z',
      },
    ],
  },
  {
    slug: 'vragenlijst-studentbetrokkenheid-in-praktijkgerichte-projecten',
    title: 'Vragenlijst studentbetrokkenheid in praktijkgerichte projecten',
    summary:
      'Vragenlijst naar de betrokkenheid van hbo-studenten bij praktijkgerichte projecten; niet langer aanbevolen omdat er een beter passend alternatief is.',
    description: `## Wat was het?

Een vragenlijst van 20 items over **cognitieve, gedragsmatige en emotionele betrokkenheid** van studenten bij projecten met externe opdrachtgevers.

## Waarom vervallen?

- De vragenlijst wordt niet meer onderhouden door de eigenaar.
- Een aantal items sluit niet aan bij het werken in learning communities, waar studenten geen klassieke opdracht uitvoeren maar mede-eigenaar zijn.
- De onderdelen over leerklimaat zijn opgenomen in de **Vragenlijst leerklimaat in de learning community**.

## Alternatief

Gebruik de Vragenlijst leerklimaat in de learning community, of een korte pulsmeting na bijeenkomsten. De oude versie blijft voor onderzoeksdoeleinden op te vragen bij de contactpersoon.`,
    phases: ['EVALUATE'],
    type: 'QUESTIONNAIRE',
    audiences: ['STUDENTS'],
    sectors: ['HBO'],
    tags: ['studentbetrokkenheid'],
    status: 'RETIRED',
    evidence: 'FIRST_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Hogeschool Noorderlicht (fictief)',
    contactName: 'Esra Demir',
    contactEmail: 'esra.demir@example.org',
    links: [],
    language: 'nl',
    licence: 'Alle rechten voorbehouden',
    timeNeeded: '10 minuten per student',
    createdAt: '2021-04-27T09:50:00Z',
    history: [
      { from: null, to: 'AVAILABLE', note: null, by: 'Youssef El Amrani', at: '2021-04-27T09:50:00Z' },
      {
        from: 'AVAILABLE',
        to: 'RETIRED',
        note: 'Wordt niet meer onderhouden; de relevante onderdelen zijn opgenomen in de Vragenlijst leerklimaat in de learning community.',
        by: 'Youssef El Amrani',
        at: '2024-05-14T10:00:00Z',
      },
    ],
  },
  {
    slug: 'pulsmeting-na-elke-bijeenkomst',
    title: 'Pulsmeting na elke bijeenkomst',
    summary:
      'Korte vragenlijst van vijf vragen die deelnemers direct na een bijeenkomst invullen, zodat de organisatie snel kan bijsturen.',
    description: `## Doel

Een pulsmeting geeft **direct na een bijeenkomst** een beeld van hoe deelnemers die hebben ervaren. Door de meting elke keer te herhalen zie je trends over het jaar.

## De vijf vragen

1. Hoe waardevol was deze bijeenkomst voor jou? (1–5)
2. Heb je iets geleerd dat je in je eigen praktijk gaat gebruiken?
3. Voelde je je vrij om je mening te geven? (1–5)
4. Wat moeten we volgende keer vooral zo houden?
5. Wat kan beter?

## Werkwijze

- Toon een QR-code aan het einde van de bijeenkomst.
- Reserveer er **drie minuten** voor in het programma.
- Deel de uitkomsten aan het begin van de volgende bijeenkomst.

## Tip

Vervang vraag 2 af en toe door een vraag over het thema van de bijeenkomst, maar houd de andere vragen gelijk, zodat je kunt vergelijken.`,
    phases: ['EVALUATE'],
    type: 'QUESTIONNAIRE',
    audiences: ['TEACHERS', 'STUDENTS', 'WORK_FIELD', 'COORDINATORS'],
    sectors: ['MBO', 'HBO', 'WO'],
    tags: ['feedback'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'NETWORK',
    ownerOrganisation: 'Kenniscentrum Regio Vooruit (fictief)',
    contactName: 'Ruben Meijer',
    contactEmail: 'ruben.meijer@example.org',
    links: [{ label: 'Sjabloon pulsmeting', url: 'https://example.org/regio-vooruit/pulsmeting' }],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '3 minuten per deelnemer',
    createdAt: '2022-03-01T09:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Marieke Jansen', at: '2022-03-01T09:00:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Marieke Jansen', at: '2022-03-29T13:00:00Z' },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Marieke Jansen', at: '2022-05-24T10:15:00Z' },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Ingezet bij de werkbijeenkomsten van het netwerk zelf.',
        by: 'Marieke Jansen',
        at: '2022-09-06T08:30:00Z',
      },
      { from: 'PILOTING', to: 'AVAILABLE', note: null, by: 'Petra Bakker', at: '2023-02-07T11:00:00Z' },
    ],
  },
  {
    slug: 'dilemmaspel-publiek-private-samenwerking',
    title: 'Dilemmaspel publiek-private samenwerking',
    summary:
      'Kaartspel met herkenbare dilemma’s uit publiek-private samenwerking, waarmee bestuurders, docenten en bedrijven elkaars belangen leren begrijpen.',
    description: `## Doel

In een publiek-private samenwerking botsen belangen: onderwijs wil leren, bedrijven willen resultaat, overheden willen maatschappelijke impact. Het dilemmaspel maakt die spanningen **bespreekbaar in een veilige setting**.

## Spelverloop

1. Speel met vier tot zes personen, bij voorkeur uit verschillende organisaties.
2. Een speler leest een dilemmakaart voor, bijvoorbeeld over intellectueel eigendom of over studenten als goedkope arbeidskracht.
3. Iedereen kiest in stilte optie A, B of C.
4. De keuzes worden tegelijk getoond en besproken.

## Opbrengst

- Begrip voor de belangen van andere partners
- Input voor **samenwerkingsafspraken**
- Een gedeelde taal voor lastige onderwerpen

## Ervaringen

Het spel is gebruikt bij de start van tien regionale samenwerkingen. Deelnemers noemen het een goede manier om onderwerpen op tafel te krijgen die anders pas bij een conflict aan bod komen.`,
    phases: ['DEVELOP', 'SUSTAIN_SCALE'],
    type: 'GAME',
    audiences: ['MANAGEMENT', 'WORK_FIELD', 'TEACHERS'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['pps', 'leiderschap'],
    status: 'AVAILABLE',
    evidence: 'FIRST_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Techniekpact Zuidwest (fictief)',
    contactName: 'Jasper Smits',
    contactEmail: 'jasper.smits@example.nl',
    links: [{ label: 'Bestellen of zelf printen', url: 'https://example.nl/techniekpact/dilemmaspel' }],
    language: 'nl',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '45–60 minuten',
    createdAt: '2022-05-17T14:25:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Sander Visser', at: '2022-05-17T14:25:00Z' }],
  },
  {
    slug: 'opschaalspel-van-een-learning-community-naar-een-regionaal-netwerk',
    title: 'Opschaalspel: van één learning community naar een regionaal netwerk',
    summary:
      'Idee voor een bordspel waarin coördinatoren en bestuurders samen een regionaal netwerk van learning communities opbouwen en keuzes over tijd en geld maken.',
    description: `## Het idee

Opschalen vraagt keuzes die je liever niet voor het eerst in de praktijk maakt. In het opschaalspel bouwen spelers **in vier speelrondes** een regionaal netwerk op vanuit één bestaande learning community.

## Mogelijke spelelementen

- Een regiokaart met scholen, bedrijven en gemeenten
- Middelenkaarten: uren, budget en mandaat
- Gebeurteniskaarten, zoals het vertrek van een trekker of een nieuwe subsidieregeling
- Een score voor **duurzaamheid** in plaats van alleen groei

## Vragen voor het ontwerp

1. Is een fysiek bordspel of een online variant geschikter?
2. Hoe voorkomen we dat het spel te complex wordt?
3. Welke praktijkvoorbeelden gebruiken we als scenario?

## Meedoen?

De werkgroep zoekt coördinatoren en spelontwerpers die willen meedenken. Neem contact op met de contactpersoon.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'GAME',
    audiences: ['COORDINATORS', 'MANAGEMENT'],
    sectors: ['MBO', 'HBO'],
    tags: ['regionale-samenwerking', 'borging'],
    status: 'IDEA',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Stichting Praktijkleren Oost (fictief)',
    contactName: 'Marloes Vos',
    contactEmail: 'marloes.vos@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: 'Naar verwachting 2 uur',
    createdAt: '2025-09-23T10:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Idee ingebracht tijdens de werkconferentie en als voorstel aangenomen.',
        by: 'Sander Visser',
        at: '2025-09-23T10:00:00Z',
      },
    ],
  },
  {
    slug: 'levensfasenmodel-van-een-learning-community',
    title: 'Levensfasenmodel van een learning community',
    summary:
      'Model dat vijf fasen in het bestaan van een learning community beschrijft, met per fase kenmerkende vragen, risico’s en passende instrumenten.',
    description: `## Doel

Het model helpt een community te bepalen **in welke fase zij zit** en wat in die fase aandacht nodig heeft. Zo voorkom je dat je resultaten verwacht die pas later kunnen komen.

## De vijf fasen

1. **Verkennen**: partners vinden elkaar rond een vraagstuk.
2. **Samenbrengen**: eerste afspraken, vertrouwen opbouwen.
3. **Ontwikkelen**: gezamenlijke activiteiten; de community krijgt vorm.
4. **Verduurzamen**: inbedding in de organisaties, nieuwe leden.
5. **Transformeren of afsluiten**: de community verandert van vorm of stopt bewust.

## Gebruik

- Bespreek jaarlijks met het kernteam in welke fase je zit.
- Kies instrumenten die bij de fase passen; in deze catalogus kun je filteren op fase.
- Gebruik het model in gesprekken met bestuurders over **realistische verwachtingen**.

## Onderbouwing

Het model is gebaseerd op literatuur over de ontwikkeling van praktijkgemeenschappen en getoetst in een meervoudige casestudie bij twaalf learning communities.`,
    phases: ['DEVELOP', 'SUSTAIN_SCALE', 'EVALUATE'],
    type: 'MODEL',
    audiences: ['COORDINATORS', 'RESEARCHERS', 'MANAGEMENT'],
    sectors: ['MBO', 'HBO', 'WO'],
    tags: ['borging', 'teamontwikkeling'],
    status: 'AVAILABLE',
    evidence: 'SUBSTANTIATED',
    origin: 'EXISTING',
    ownerOrganisation: 'Lectoraat Samen Leren, Hogeschool Voorbeeldstad (fictief)',
    contactName: 'Gijs van den Berg',
    contactEmail: 'gijs.vandenberg@example.org',
    links: [
      { label: 'Model en toelichting', url: 'https://example.org/samen-leren/levensfasenmodel' },
    ],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: 'Leestijd 30 minuten, bespreking 60 minuten',
    createdAt: '2022-06-21T09:40:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Marieke Jansen', at: '2022-06-21T09:40:00Z' }],
  },
  {
    slug: 'handreiking-voor-werkveldpartners-instappen-in-een-learning-community',
    title: 'Handreiking voor werkveldpartners: instappen in een learning community',
    summary:
      'Korte handreiking voor bedrijven en instellingen die overwegen mee te doen aan een learning community: wat vraagt het, en wat levert het op?',
    description: `## Doel

Werkveldpartners willen vaak graag meedoen, maar weten niet wat er van hen verwacht wordt. Deze handreiking beantwoordt hun **meest gestelde vragen** in gewone taal, zonder onderwijsjargon.

## Inhoud van het prototype

- Wat is een learning community, en wat is het niet?
- **Hoeveel tijd** kost meedoen, per rol?
- Wat levert het mijn organisatie op?
- Welke afspraken maak je over begeleiding, verzekering en intellectueel eigendom?
- Drie korte portretten van bedrijven die al meedoen

## Werkwijze

De handreiking is bedoeld om mee te geven na een eerste gesprek. Coördinatoren kunnen het laatste hoofdstuk aanvullen met hun eigen contactgegevens en afspraken.

## Feedback gevraagd

Het prototype wordt voorgelegd aan vijftien werkveldpartners. Wil je meelezen? Laat het de contactpersoon weten.`,
    phases: ['DEVELOP'],
    type: 'GUIDE',
    audiences: ['WORK_FIELD'],
    sectors: ['PRACTICE', 'MBO'],
    tags: ['pps', 'eigenaarschap'],
    status: 'PROTOTYPE',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Bouwbedrijf Kade & Co (fictief)',
    contactName: 'Sem de Boer',
    contactEmail: 'sem.deboer@example.nl',
    links: [
      { label: 'Prototype (pdf)', url: 'https://example.nl/kade/handreiking-werkveld-prototype.pdf' },
    ],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: 'Leestijd 20 minuten',
    createdAt: '2024-04-09T09:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Voorstel van een werkveldpartner via de catalogus.',
        by: 'Youssef El Amrani',
        at: '2024-04-09T09:00:00Z',
      },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Youssef El Amrani', at: '2024-06-18T13:30:00Z' },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Petra Bakker', at: '2025-03-11T10:00:00Z' },
    ],
  },
  {
    slug: 'rubric-eigenaarschap-van-studenten',
    title: 'Rubric eigenaarschap van studenten',
    summary:
      'Rubric voor mbo-studenten en hun begeleiders om te bespreken hoeveel regie de student neemt over het eigen leren in de learning community.',
    description: `## Doel

In een learning community wordt van studenten verwacht dat zij **regie nemen** over hun eigen leren. De rubric maakt concreet wat dat betekent en helpt om het gesprek erover te voeren.

## Criteria

- Leervragen formuleren
- Hulp en feedback organiseren
- Afspraken nakomen met school en werkveld
- **Initiatief nemen** in het gezamenlijke project
- Reflecteren op de eigen ontwikkeling

Elk criterium kent drie niveaus, beschreven in taal die aansluit bij mbo-niveau 2 tot en met 4.

## Werkwijze

1. De student vult de rubric in vóór het voortgangsgesprek.
2. De begeleider van school en de praktijkbegeleider doen hetzelfde.
3. In het gesprek worden de verschillen besproken en wordt één ontwikkelpunt gekozen.

## Ervaringen

Begeleiders merken dat studenten na twee gesprekken **concretere leervragen** stellen.`,
    phases: ['EVALUATE', 'DEVELOP'],
    type: 'RUBRIC',
    audiences: ['STUDENTS', 'TEACHERS'],
    sectors: ['MBO'],
    tags: ['eigenaarschap', 'studentbetrokkenheid'],
    status: 'AVAILABLE',
    evidence: 'FIRST_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'ROC De Brug (fictief)',
    contactName: 'Yara Koç',
    contactEmail: 'yara.koc@example.nl',
    links: [{ label: 'Rubric (pdf)', url: 'https://example.nl/rocdebrug/rubric-eigenaarschap.pdf' }],
    language: 'nl',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '20 minuten per student',
    createdAt: '2022-09-27T12:15:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Petra Bakker', at: '2022-09-27T12:15:00Z' }],
  },
  {
    slug: 'rubric-onderzoekend-vermogen-in-de-beroepspraktijk',
    title: 'Rubric onderzoekend vermogen in de beroepspraktijk',
    summary:
      'Rubric in ontwerp die beschrijft hoe het onderzoekend vermogen van studenten zich ontwikkelt als zij werken aan echte vraagstukken uit de praktijk.',
    description: `## Doel

Onderzoekend vermogen is een kerncompetentie in mbo en hbo, maar ziet er in de beroepspraktijk anders uit dan in een onderzoeksverslag. Deze rubric beschrijft **onderzoekend handelen in de praktijk**.

## Voorlopige criteria

- Een praktijkprobleem omzetten in een vraag
- Informatie verzamelen bij collega’s, klanten en bronnen
- Kleine experimenten opzetten
- **Conclusies trekken** en delen met het team
- Kritisch kijken naar de eigen aanpak

## Ontwerpproces

1. Bestaande beoordelingsinstrumenten van mbo- en hbo-opleidingen verzamelen.
2. Werksessies met praktijkbegeleiders uit zorg, techniek en groen.
3. De eerste versie testen in twee learning communities.

## Meedenken

De ontwerpgroep zoekt nog praktijkbegeleiders uit de techniek.`,
    phases: ['EVALUATE'],
    type: 'RUBRIC',
    audiences: ['STUDENTS', 'TEACHERS', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['onderzoekend-vermogen'],
    status: 'IN_DESIGN',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Agrarisch Opleidingscentrum Veenland (fictief)',
    contactName: 'Iris van Leeuwen',
    contactEmail: 'iris.vanleeuwen@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: '30 minuten per beoordeling',
    createdAt: '2025-01-14T09:30:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Marieke Jansen', at: '2025-01-14T09:30:00Z' },
      {
        from: 'IDEA',
        to: 'IN_DESIGN',
        note: 'Ontwerpgroep van vijf docenten en drie praktijkbegeleiders gestart.',
        by: 'Marieke Jansen',
        at: '2025-05-20T14:00:00Z',
      },
    ],
  },
  {
    slug: 'matchplatform-vraagstukken-uit-het-werkveld',
    title: 'Matchplatform vraagstukken uit het werkveld',
    summary:
      'Online platform waarop bedrijven vraagstukken plaatsten voor studententeams; vervallen omdat het platform niet meer wordt onderhouden.',
    description: `## Wat was het?

Een online platform waarop bedrijven en instellingen **praktijkvraagstukken** konden plaatsen. Opleidingen en studententeams konden reageren en zo een opdrachtgever vinden voor hun learning community.

## Waarom vervallen?

- De eigenaar heeft het platform eind 2023 offline gehaald.
- Er werden steeds minder vraagstukken geplaatst; de meeste matches ontstonden via bestaande regionale netwerken.
- Het platform voldeed niet aan de geldende richtlijnen voor digitale toegankelijkheid.

## Alternatieven

1. Gebruik de **Stakeholderkaart regionale pps** om partners in de regio te vinden.
2. Organiseer een kenniscafé waar bedrijven hun vraagstukken pitchen.

## Geleerde lessen

Een platform alleen brengt partijen niet samen; persoonlijk contact en een trekker in de regio bleken doorslaggevend.`,
    phases: ['DEVELOP'],
    type: 'ONLINE_TOOL',
    audiences: ['WORK_FIELD', 'COORDINATORS'],
    sectors: ['HBO', 'PRACTICE'],
    tags: ['pps', 'co-creatie'],
    status: 'RETIRED',
    evidence: 'NOT_ASSESSED',
    origin: 'EXISTING',
    ownerOrganisation: 'Gemeente Voorbeeldstad (fictief)',
    contactName: 'Bram Schouten',
    contactEmail: 'bram.schouten@example.nl',
    links: [],
    language: 'nl',
    licence: 'Alle rechten voorbehouden',
    timeNeeded: 'Niet van toepassing',
    createdAt: '2021-05-25T10:30:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Gevonden bij de inventarisatie.',
        by: 'Petra Bakker',
        at: '2021-05-25T10:30:00Z',
      },
      {
        from: 'AVAILABLE',
        to: 'RETIRED',
        note: 'Het platform is door de eigenaar offline gehaald en wordt niet meer onderhouden.',
        by: 'Petra Bakker',
        at: '2024-01-09T09:00:00Z',
      },
    ],
  },
  {
    slug: 'checklist-afspraken-over-ip-data-en-privacy-in-pps',
    title: 'Checklist afspraken over IP, data en privacy in pps',
    summary:
      'Checklist met juridische en praktische afspraken die je maakt voordat studenten en medewerkers samen aan vraagstukken van een bedrijf werken.',
    description: `## Doel

Wie is eigenaar van een ontwerp dat studenten voor een bedrijf maken? Mag een student bedrijfsgegevens gebruiken in een verslag? De checklist helpt om **vooraf** heldere afspraken te maken, zodat die vragen later geen conflict worden.

## Onderwerpen

- **Intellectueel eigendom** van producten en ontwerpen
- Vertrouwelijkheid en publicatie van verslagen
- Verwerking van persoonsgegevens (AVG)
- Verzekering en aansprakelijkheid van studenten op locatie
- Gebruik van data en software van het bedrijf

## Werkwijze

1. Loop de checklist door met een contactpersoon van school en van het bedrijf.
2. Markeer per punt: *geregeld*, *nog afspreken* of *niet van toepassing*.
3. Leg de afspraken vast in een samenwerkingsovereenkomst; een voorbeeld zit in de bijlage.

## Let op

De checklist vervangt geen juridisch advies. Schakel bij twijfel de jurist van school of bedrijf in.`,
    phases: ['DEVELOP'],
    type: 'CHECKLIST',
    audiences: ['MANAGEMENT', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO', 'WO'],
    tags: ['pps', 'borging'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'EXISTING',
    ownerOrganisation: 'Hogeschool Voorbeeldstad (fictief)',
    contactName: 'Carla Mertens',
    contactEmail: 'carla.mertens@example.org',
    links: [
      { label: 'Checklist en voorbeeldovereenkomst', url: 'https://example.org/hvs/checklist-ip-privacy' },
    ],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '30–45 minuten',
    createdAt: '2022-11-15T10:45:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Youssef El Amrani', at: '2022-11-15T10:45:00Z' }],
  },
  {
    slug: 'teamscan-samenwerken-in-een-learning-community',
    title: 'Teamscan samenwerken in een learning community',
    summary:
      'Korte scan voor gemengde teams van docenten, werkveldpartners en coördinatoren om samenwerking en taakverdeling te bespreken.',
    description: `## Doel

In een learning community werken mensen samen die elk bij een andere organisatie in dienst zijn. De teamscan helpt om **samen naar de samenwerking te kijken**: wat gaat goed, wat schuurt?

## Opbouw van het prototype

De scan telt 15 stellingen in drie blokken:

- **Taken en rollen**: is duidelijk wie wat doet?
- **Communicatie**: weten we wat er bij de ander speelt?
- **Leren als team**: nemen we tijd om terug te kijken?

## Werkwijze

1. Iedereen vult de scan in voorafgaand aan een teamoverleg.
2. De coördinator toont de verdeling van de antwoorden, niet de namen.
3. Het team kiest twee stellingen om verder te bespreken.

## Stand van zaken

Het prototype wordt getest in twee learning communities. Daarna volgt een besluit of de scan wordt samengevoegd met de zelfscan duurzaamheid.`,
    phases: ['EVALUATE', 'SUSTAIN_SCALE'],
    type: 'CHECKLIST',
    audiences: ['TEACHERS', 'WORK_FIELD', 'COORDINATORS'],
    sectors: ['MBO', 'HBO'],
    tags: ['teamontwikkeling', 'interdisciplinaire-samenwerking'],
    status: 'PROTOTYPE',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Zorgcollege Rivierenland (fictief)',
    contactName: 'Noor Janssen',
    contactEmail: 'noor.janssen@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '10 minuten invullen, 45 minuten bespreken',
    createdAt: '2024-02-20T10:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Sander Visser', at: '2024-02-20T10:00:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Sander Visser', at: '2024-05-07T09:00:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Eerste versie klaar voor een test in twee learning communities.',
        by: 'Youssef El Amrani',
        at: '2025-06-24T15:00:00Z',
      },
    ],
  },
  {
    slug: 'werkvorm-feedback-van-opdrachtgevers-in-drie-rondes',
    title: 'Werkvorm: feedback van opdrachtgevers in drie rondes',
    summary:
      'Werkvorm waarin opdrachtgevers uit het werkveld in drie korte rondes gerichte feedback geven op tussenproducten van studententeams.',
    description: `## Doel

Opdrachtgevers geven vaak pas aan het einde feedback, en dan vooral in algemene termen. Deze werkvorm zorgt voor **gerichte feedback op het juiste moment**, waarmee studenten direct verder kunnen.

## Werkwijze

1. **Ronde 1 – Begrijpen** (10 min): het team presenteert; de opdrachtgever stelt alleen vragen.
2. **Ronde 2 – Waarderen** (10 min): de opdrachtgever noemt drie dingen die bruikbaar zijn voor de organisatie.
3. **Ronde 3 – Verbeteren** (10 min): de opdrachtgever geeft twee concrete verbeterpunten.

Het team noteert de feedback en formuleert zelf de **volgende stap**.

## Tips

- Bereid opdrachtgevers voor met een korte instructie per e-mail.
- Laat een docent bewaken dat de rondes gescheiden blijven.
- Herhaal de werkvorm minstens twee keer per project.

## Ervaringen

In de pilot gaven studenten aan dat ze de feedback beter begrepen en vaker gebruikten dan bij een eindpresentatie.`,
    phases: ['EVALUATE'],
    type: 'WORK_FORM',
    audiences: ['WORK_FIELD', 'STUDENTS'],
    sectors: ['HBO', 'PRACTICE'],
    tags: ['feedback', 'co-creatie'],
    status: 'AVAILABLE',
    evidence: 'FIRST_INDICATIONS',
    origin: 'NETWORK',
    ownerOrganisation: 'Hogeschool Noorderlicht (fictief)',
    contactName: 'Julia Vos',
    contactEmail: 'julia.vos@example.org',
    links: [
      {
        label: 'Instructie voor opdrachtgevers',
        url: 'https://example.org/noorderlicht/feedback-drie-rondes',
      },
    ],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '30 minuten per team',
    createdAt: '2022-08-30T09:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Petra Bakker', at: '2022-08-30T09:00:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Petra Bakker', at: '2022-10-25T13:00:00Z' },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Youssef El Amrani', at: '2023-01-31T10:00:00Z' },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Pilot in vier hbo-opleidingen met vaste opdrachtgevers.',
        by: 'Youssef El Amrani',
        at: '2023-03-14T09:00:00Z',
      },
      {
        from: 'PILOTING',
        to: 'AVAILABLE',
        note: 'Positieve pilotresultaten; een instructie voor opdrachtgevers is toegevoegd.',
        by: 'Youssef El Amrani',
        at: '2023-12-12T14:00:00Z',
      },
    ],
  },
  {
    slug: 'veranderingstheorie-voor-je-learning-community',
    title: 'Veranderingstheorie (theory of change) voor je learning community',
    summary:
      'Model om samen uit te werken hoe de activiteiten van een learning community via tussenresultaten tot de beoogde impact moeten leiden.',
    description: `## Doel

Een veranderingstheorie maakt de **logica achter de learning community** expliciet: wat doen we, wat verwachten we dat daardoor verandert, en waarom? Dat helpt bij het ontwerpen én bij het evalueren.

## Werkwijze

1. Formuleer de **langetermijndoelen**: wat moet er over vijf jaar anders zijn in de regio of de sector?
2. Werk terug: welke tussenresultaten zijn daarvoor nodig?
3. Koppel activiteiten aan tussenresultaten.
4. Benoem de **aannames** achter elke pijl.
5. Kies per aanname hoe je nagaat of die klopt.

## Opbrengst

- Een visueel schema op één pagina
- Een lijst met toetsbare aannames
- Een basis voor onderzoek en verantwoording

## Tips

- Werk met alle partners; de aannames verschillen vaak per partner.
- Gebruik de veranderingstheorie jaarlijks als spiegel, niet als vast plan.`,
    phases: ['DEVELOP', 'EVALUATE'],
    type: 'MODEL',
    audiences: ['COORDINATORS', 'MANAGEMENT', 'RESEARCHERS'],
    sectors: ['MBO', 'HBO'],
    tags: ['impact', 'onderzoekend-vermogen'],
    status: 'AVAILABLE',
    evidence: 'GOOD_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Kenniscentrum Regio Vooruit (fictief)',
    contactName: 'Pieter Kuipers',
    contactEmail: 'pieter.kuipers@example.org',
    links: [
      { label: 'Werkblad veranderingstheorie', url: 'https://example.org/regio-vooruit/veranderingstheorie' },
    ],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: '2 bijeenkomsten van 3 uur',
    createdAt: '2021-06-29T13:20:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Petra Bakker', at: '2021-06-29T13:20:00Z' }],
  },
  {
    slug: 'gezamenlijk-portfolio-van-de-learning-community',
    title: 'Gezamenlijk portfolio van de learning community',
    summary:
      'Idee voor een gezamenlijk portfolio waarin een learning community haar producten, leerervaringen en opbrengsten bundelt voor nieuwe deelnemers en partners.',
    description: `## Het idee

Elke lichting studenten begint opnieuw, en kennis gaat verloren. Een **gezamenlijk portfolio** van de community zelf, en niet van individuele studenten, kan dat voorkomen.

## Mogelijke onderdelen

- Producten en adviezen die zijn opgeleverd
- Korte leerverhalen van deelnemers
- Een tijdlijn met belangrijke momenten
- Een **overdrachtsdocument** voor nieuwe studenten en partners

## Open vragen

1. Wie beheert het portfolio, en hoe voorkom je dat het een archief wordt dat niemand leest?
2. Welke vorm past: een website, een gedeelde map of een jaarlijkse publicatie?
3. Hoe gaan we om met vertrouwelijke informatie van partners?

## Reageren

De werkgroep verzamelt voorbeelden van communities die al iets vergelijkbaars doen. Deel je voorbeeld via de contactpersoon.`,
    phases: ['SUSTAIN_SCALE', 'EVALUATE'],
    type: 'OTHER',
    audiences: ['COORDINATORS', 'STUDENTS'],
    sectors: ['MBO', 'HBO'],
    tags: ['kennisdeling', 'borging'],
    status: 'IDEA',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Coöperatie Groene Delta (fictief)',
    contactName: 'Maaike Hoekstra',
    contactEmail: 'maaike.hoekstra@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: 'Nog niet bekend',
    createdAt: '2025-11-04T10:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Voorstel uit de catalogus geaccepteerd als idee.',
        by: 'Petra Bakker',
        at: '2025-11-04T10:00:00Z',
      },
    ],
  },
  {
    slug: 'verhalenbank-praktijkvoorbeelden',
    title: 'Verhalenbank praktijkvoorbeelden',
    summary:
      'Verzameling in ontwerp van korte praktijkverhalen over learning communities in mbo en hbo, om te inspireren en kennis tussen regio’s te delen.',
    description: `## Doel

Mensen uit de praktijk leren het meest van elkaars ervaringen. De verhalenbank bundelt **korte, eerlijke praktijkverhalen**: wat werkte, wat niet, en wat zou je de volgende keer anders doen?

## Opzet

Elk verhaal volgt hetzelfde format:

- **Context**: sector, regio en partners
- Het vraagstuk waaraan de community werkte
- Een kantelmoment of lastige situatie
- Wat de deelnemers ervan leerden
- Een tip voor anderen

## Werkwijze van het ontwerpteam

1. Interviews met coördinatoren, studenten en werkveldpartners.
2. Verhalen worden voor akkoord teruggelegd bij de geïnterviewden.
3. Publicatie in de catalogus, met labels per fase en thema.

## Meedoen

Heb je een verhaal dat anderen verder helpt, ook als het niet goed afliep? Neem contact op met de contactpersoon.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'OTHER',
    audiences: ['COORDINATORS', 'TEACHERS', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['kennisdeling', 'regionale-samenwerking'],
    status: 'IN_DESIGN',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Stichting Praktijkleren Oost (fictief)',
    contactName: 'Hanneke Peters',
    contactEmail: 'hanneke.peters@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '5 minuten leestijd per verhaal',
    createdAt: '2024-09-24T09:30:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Marieke Jansen', at: '2024-09-24T09:30:00Z' },
      {
        from: 'IDEA',
        to: 'IN_DESIGN',
        note: 'Format vastgesteld; de eerste interviews zijn gepland.',
        by: 'Marieke Jansen',
        at: '2025-02-18T11:00:00Z',
      },
    ],
  },
  {
    slug: 'vragenlijst-tevredenheid-werkveldpartners',
    title: 'Vragenlijst tevredenheid werkveldpartners',
    summary:
      'Vragenlijst voor bedrijven en instellingen over hun ervaringen met de samenwerking en over wat de learning community hun oplevert.',
    description: `## Doel

De stem van werkveldpartners ontbreekt vaak als een learning community terugkijkt op het jaar. Deze vragenlijst brengt in beeld **hoe partners de samenwerking ervaren** en wat het hun organisatie oplevert.

## Onderwerpen

- Tijdsinvestering en organisatie
- Contact met docenten en studenten
- **Bruikbaarheid** van de opbrengsten
- Effect op medewerkers en werving
- Bereidheid om door te gaan

## Werkwijze

Stuur de vragenlijst eenmaal per jaar naar alle contactpersonen bij werkveldpartners. Bespreek de uitkomsten in het kernteam en koppel terug wat je ermee doet.

## Stand van zaken

In de pilot bleek de vragenlijst met 35 vragen te lang voor drukbezette praktijkbegeleiders. De nieuwe versie krijgt **maximaal 15 vragen** en één open vraag.`,
    phases: ['EVALUATE'],
    type: 'QUESTIONNAIRE',
    audiences: ['WORK_FIELD', 'COORDINATORS'],
    sectors: ['PRACTICE', 'MBO'],
    tags: ['pps', 'feedback'],
    status: 'PROTOTYPE',
    evidence: 'DESCRIBED',
    origin: 'NETWORK',
    ownerOrganisation: 'ROC De Brug (fictief)',
    contactName: 'Ahmed Benali',
    contactEmail: 'ahmed.benali@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '10 minuten per partner',
    createdAt: '2022-11-29T09:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Youssef El Amrani', at: '2022-11-29T09:00:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Youssef El Amrani', at: '2023-02-21T10:00:00Z' },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Sander Visser', at: '2023-07-04T12:00:00Z' },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Pilot bij ROC De Brug (fictief) met twaalf werkveldpartners.',
        by: 'Sander Visser',
        at: '2023-10-10T09:00:00Z',
      },
      {
        from: 'PILOTING',
        to: 'PROTOTYPE',
        note: 'Na feedback uit de pilot bij ROC De Brug (fictief) wordt de vragenlijst ingekort tot maximaal 15 vragen.',
        by: 'Sander Visser',
        at: '2024-04-23T13:00:00Z',
      },
    ],
  },
  {
    slug: 'handreiking-financien-en-verdienmodellen-voor-learning-communities',
    title: 'Handreiking financiën en verdienmodellen voor learning communities',
    summary:
      'Overzicht van manieren om een learning community na de startfase te bekostigen, van cofinanciering door bedrijven tot inbedding in reguliere budgetten.',
    description: `## Doel

Zonder duurzame financiering stopt een learning community vaak zodra het project afloopt. Deze handreiking geeft **bestuurders en coördinatoren** een overzicht van de mogelijkheden.

## Inhoud

- **Reguliere onderwijsbudgetten**: uren in de formatie, inbedding in het curriculum
- Bijdragen van bedrijven, in geld of in natura
- Regionale en sectorale fondsen
- Gezamenlijke opleidingsbudgetten voor medewerkers
- Combinaties en hun risico’s

## Werkwijze

1. Breng met het rekenblad in kaart wat de community nu kost.
2. Bepaal welke activiteiten ook zonder projectgeld moeten doorgaan.
3. Kies een combinatie van bronnen en bespreek die met de bestuurders van alle partners.

## Tip

Maak ook de **bijdragen in natura** zichtbaar, zoals begeleidingsuren en ruimte bij bedrijven. Dat versterkt het gesprek over wederkerigheid.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'GUIDE',
    audiences: ['MANAGEMENT'],
    sectors: ['MBO', 'HBO'],
    tags: ['borging', 'pps'],
    status: 'AVAILABLE',
    evidence: 'DESCRIBED',
    origin: 'EXISTING',
    ownerOrganisation: 'Techniekpact Zuidwest (fictief)',
    contactName: 'Lars Dijkman',
    contactEmail: 'lars.dijkman@example.nl',
    links: [
      { label: 'Handreiking (pdf)', url: 'https://example.nl/techniekpact/financiering.pdf' },
      { label: 'Rekenblad kosten learning community', url: 'https://example.nl/techniekpact/rekenblad.xlsx' },
    ],
    language: 'nl',
    licence: 'Alle rechten voorbehouden',
    timeNeeded: 'Leestijd 45 minuten',
    createdAt: '2023-03-28T09:15:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Aangedragen via een voorstel en opgenomen als bestaand instrument.',
        by: 'Marieke Jansen',
        at: '2023-03-28T09:15:00Z',
      },
    ],
  },
  {
    slug: 'canvas-rollen-en-verwachtingen',
    title: 'Canvas rollen en verwachtingen',
    summary:
      'Idee voor een canvas waarop alle deelnemers aangeven wat zij van de andere rollen in de learning community verwachten, en wat zij zelf bieden.',
    description: `## Het idee

Onuitgesproken verwachtingen zijn een veelgenoemde oorzaak van frictie in learning communities. Op het canvas vult iedere rol (student, docent, werkveld, coördinator) in **wat ik bied** en **wat ik van jou verwacht**.

## Mogelijke opzet

- Een matrix met de rollen in de rijen en de kolommen
- In elk vak één of twee verwachtingen, op post-its
- Een ronde waarin iedere rol reageert op wat over die rol is geschreven

## Vragen voor het ontwerp

1. Is het een aanvulling op het Canvas Learning Community in ontwikkeling, of een onderdeel ervan?
2. Werkt het ook online?
3. Hoe zorg je dat afspraken na de sessie worden nagekomen?

## Reageren

Suggesties en voorbeelden uit je eigen praktijk zijn welkom bij de contactpersoon.`,
    phases: ['DEVELOP'],
    type: 'CANVAS',
    audiences: ['COORDINATORS', 'TEACHERS', 'WORK_FIELD', 'STUDENTS'],
    sectors: ['MBO', 'HBO'],
    tags: ['eigenaarschap', 'teamontwikkeling'],
    status: 'IDEA',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Zorgcollege Rivierenland (fictief)',
    contactName: 'Tamara Post',
    contactEmail: 'tamara.post@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: 'Naar verwachting 60 minuten',
    createdAt: '2026-02-10T10:00:00Z',
    history: [{ from: null, to: 'IDEA', note: null, by: 'Youssef El Amrani', at: '2026-02-10T10:00:00Z' }],
  },
  {
    slug: 'dashboard-voortgang-learning-communities',
    title: 'Dashboard voortgang learning communities',
    summary:
      'Idee voor een online dashboard dat regionale partners laat zien hoe de learning communities in hun regio zich ontwikkelen.',
    description: `## Het idee

Bestuurders en regionale partners vragen om **overzicht**: hoeveel learning communities zijn er, wie doet mee, en wat levert het op? Een dashboard kan gegevens uit bestaande instrumenten samenbrengen.

## Mogelijke bronnen

- Pulsmetingen na bijeenkomsten
- Netwerkkaarten van samenwerkingsrelaties
- Uitkomsten van de zelfscan duurzaamheid
- Aantallen deelnemers per partner

## Aandachtspunten

1. Een dashboard mag geen afrekeninstrument worden; het doel is **leren en bijsturen**.
2. Gegevens van deelnemers worden alleen veilig en met toestemming gedeeld.
3. Cijfers zonder verhaal zeggen weinig: combineer ze met praktijkverhalen.

## Status

Het idee is besproken in de werkgroep. Eerst wordt verkend of regio’s hier werkelijk behoefte aan hebben.`,
    phases: ['EVALUATE', 'SUSTAIN_SCALE'],
    type: 'ONLINE_TOOL',
    audiences: ['MANAGEMENT', 'COORDINATORS'],
    sectors: ['MBO', 'HBO', 'WO'],
    tags: ['impact', 'regionale-samenwerking'],
    status: 'IDEA',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Gemeente Voorbeeldstad (fictief)',
    contactName: 'Bram Schouten',
    contactEmail: 'bram.schouten@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: 'Nog niet bekend',
    createdAt: '2025-04-15T09:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Vraag van twee regio’s tijdens het netwerkoverleg.',
        by: 'Sander Visser',
        at: '2025-04-15T09:00:00Z',
      },
    ],
  },
  {
    slug: 'workshop-de-docent-als-grenswerker',
    title: 'Workshop: de docent als grenswerker tussen school en praktijk',
    summary:
      'Professionaliseringsworkshop waarin docenten en onderzoekers oefenen met de rol van verbinder tussen onderwijs, onderzoek en beroepspraktijk.',
    description: `## Doel

Docenten in een learning community bewegen zich tussen school, bedrijf en onderzoek. Deze workshop helpt hen die **grensrol bewust** te vervullen en ermee om te gaan als verwachtingen botsen.

## Programma

1. Korte inleiding over grensoverschrijdend leren (20 min)
2. Oefening: breng je eigen grenzen en grensobjecten in kaart (30 min)
3. Casusbespreking in drietallen (40 min)
4. Persoonlijk actieplan (20 min)

## Voor wie

- Docenten die in een learning community werken of gaan werken
- Onderzoekers en lectoren die samenwerken met het werkveld

## Onderbouwing

De workshop is gebaseerd op onderzoek naar grensoverschrijdend leren en is meerdere keren gegeven aan teams in hbo en wo. Deelnemers waarderen de workshop gemiddeld met een 8. Er is een uitgebreid **draaiboek voor trainers** beschikbaar.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'WORK_FORM',
    audiences: ['TEACHERS', 'RESEARCHERS'],
    sectors: ['HBO', 'WO'],
    tags: ['professionalisering', 'interdisciplinaire-samenwerking'],
    status: 'AVAILABLE',
    evidence: 'SUBSTANTIATED',
    origin: 'EXISTING',
    ownerOrganisation: 'Universiteit Middenland (fictief)',
    contactName: 'Mehmet Yilmaz',
    contactEmail: 'm.yilmaz@example.org',
    links: [
      { label: 'Draaiboek voor trainers', url: 'https://example.org/middenland/grenswerker-draaiboek' },
    ],
    language: 'nl',
    licence: 'CC BY-NC-SA 4.0',
    timeNeeded: '2 uur',
    createdAt: '2022-10-18T10:10:00Z',
    history: [{ from: null, to: 'AVAILABLE', note: null, by: 'Sander Visser', at: '2022-10-18T10:10:00Z' }],
  },
  {
    slug: 'model-van-vier-leermechanismen-bij-grensoverschrijdend-leren',
    title: 'Model van vier leermechanismen bij grensoverschrijdend leren',
    summary:
      'Model dat beschrijft hoe leren ontstaat waar school en beroepspraktijk elkaar raken: identificatie, coördinatie, reflectie en transformatie.',
    description: `## Wat is het?

Het model onderscheidt **vier leermechanismen** die optreden wanneer mensen uit verschillende praktijken samenwerken. Het helpt om te herkennen welk soort leren er in een learning community plaatsvindt, en welk soort nog ontbreekt.

## De vier mechanismen

- **Identificatie**: ontdekken wat de eigen praktijk onderscheidt van die van de ander
- **Coördinatie**: afspraken en hulpmiddelen om soepel samen te werken
- **Reflectie**: de eigen praktijk anders gaan zien door de blik van de ander
- **Transformatie**: samen iets nieuws maken, een nieuwe praktijk

## Gebruik

1. Als ontwerpkader: welke activiteiten roepen welk mechanisme op?
2. Als analysekader: onderzoek logboeken of interviews op de vier mechanismen.

## Onderbouwing

Het model is gebaseerd op een uitgebreide literatuurstudie en is in tientallen empirische studies in onderwijs en beroepspraktijk toegepast. Een samenvatting staat op de [pagina van het lectoraat](https://example.org/samen-leren/leermechanismen).`,
    phases: ['DEVELOP', 'EVALUATE'],
    type: 'MODEL',
    audiences: ['RESEARCHERS', 'TEACHERS'],
    sectors: ['HBO', 'WO'],
    tags: ['interdisciplinaire-samenwerking', 'reflectie'],
    status: 'AVAILABLE',
    evidence: 'STRONG_INDICATIONS',
    origin: 'EXISTING',
    ownerOrganisation: 'Lectoraat Samen Leren, Hogeschool Voorbeeldstad (fictief)',
    contactName: 'Thijs Kramer',
    contactEmail: 'thijs.kramer@example.org',
    links: [
      { label: 'Samenvatting van het model', url: 'https://example.org/samen-leren/leermechanismen' },
    ],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: 'Leestijd 30 minuten',
    createdAt: '2021-01-26T15:00:00Z',
    history: [
      {
        from: null,
        to: 'AVAILABLE',
        note: 'Een van de eerste instrumenten uit de inventarisatie.',
        by: 'Marieke Jansen',
        at: '2021-01-26T15:00:00Z',
      },
    ],
  },
  {
    slug: 'quickscan-opschaalbaarheid-eerste-versie',
    title: 'Quickscan opschaalbaarheid (eerste versie)',
    summary:
      'Eerste versie van een korte scan naar de opschaalbaarheid van een learning community; vervallen en opgegaan in de zelfscan duurzaamheid.',
    description: `## Wat was het?

Een scan van twaalf vragen om te bepalen of een learning community **klaar is om op te schalen** naar andere opleidingen of regio’s.

## Waarom vervallen?

Tijdens het ontwerp bleek dat de vragen grotendeels overlapten met de Zelfscan duurzaamheid van je learning community. Twee aparte scans zorgden voor verwarring bij coördinatoren. De werkgroep heeft daarom besloten:

- de sterkste vragen over opschaling op te nemen in de **Zelfscan duurzaamheid**;
- deze quickscan niet verder te ontwikkelen.

## Alternatief

Gebruik de Zelfscan duurzaamheid van je learning community en, bij concrete plannen om op te schalen, de Handreiking opschalen van learning communities zodra die beschikbaar is.`,
    phases: ['SUSTAIN_SCALE'],
    type: 'CHECKLIST',
    audiences: ['COORDINATORS'],
    sectors: ['MBO', 'HBO'],
    tags: ['borging'],
    status: 'RETIRED',
    evidence: 'NOT_ASSESSED',
    origin: 'NETWORK',
    ownerOrganisation: 'Kenniscentrum Regio Vooruit (fictief)',
    contactName: 'Ruben Meijer',
    contactEmail: 'ruben.meijer@example.org',
    links: [],
    language: 'nl',
    licence: 'CC BY 4.0',
    timeNeeded: '15 minuten',
    createdAt: '2022-07-05T09:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Petra Bakker', at: '2022-07-05T09:00:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Petra Bakker', at: '2022-09-27T10:00:00Z' },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Petra Bakker', at: '2023-03-07T14:00:00Z' },
      {
        from: 'PROTOTYPE',
        to: 'RETIRED',
        note: 'Overlapt grotendeels met de Zelfscan duurzaamheid van je learning community; de bruikbare vragen zijn daarin opgenomen.',
        by: 'Marieke Jansen',
        at: '2023-11-14T10:30:00Z',
      },
    ],
  },
  {
    slug: 'handreiking-online-bijeenkomsten-van-learning-communities',
    title: 'Handreiking online bijeenkomsten van learning communities',
    summary:
      'Handreiking uit de coronaperiode voor het online organiseren van bijeenkomsten; vervallen omdat de meeste communities weer fysiek of hybride samenkomen.',
    description: `## Wat was het?

Een handreiking uit 2022, toen veel bijeenkomsten noodgedwongen online plaatsvonden. Ze bevatte tips voor **online werkvormen**, het gebruik van breakout-rooms en het betrekken van werkveldpartners op afstand.

## Waarom vervallen?

- De meeste learning communities komen weer fysiek of hybride samen.
- Verschillende tips gingen over tools die niet meer worden gebruikt.
- De bruikbare werkvormen zijn verwerkt in andere instrumenten, zoals het **Kenniscafé** en de **Pulsmeting na elke bijeenkomst**.

## Wat blijft bruikbaar?

1. Houd online sessies kort: maximaal 90 minuten.
2. Wissel elke 20 minuten van werkvorm.
3. Geef werkveldpartners een vaste, korte rol in het programma.

## Alternatief

Voor hybride bijeenkomsten verzamelt de werkgroep nieuwe tips; tot die tijd kun je terecht bij de contactpersoon.`,
    phases: ['DEVELOP'],
    type: 'GUIDE',
    audiences: ['TEACHERS', 'COORDINATORS'],
    sectors: ['MBO', 'HBO'],
    tags: ['kennisdeling', 'professionalisering'],
    status: 'RETIRED',
    evidence: 'DESCRIBED',
    origin: 'NETWORK',
    ownerOrganisation: 'ROC De Brug (fictief)',
    contactName: 'Sanne Mulder',
    contactEmail: 'sanne.mulder@example.nl',
    links: [],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: 'Leestijd 30 minuten',
    createdAt: '2021-10-19T10:00:00Z',
    history: [
      {
        from: null,
        to: 'IDEA',
        note: 'Behoefte uit de online werkbijeenkomsten: hoe houd je werkveldpartners op afstand betrokken?',
        by: 'Youssef El Amrani',
        at: '2021-10-19T10:00:00Z',
      },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Youssef El Amrani', at: '2021-11-09T09:00:00Z' },
      { from: 'IN_DESIGN', to: 'PROTOTYPE', note: null, by: 'Youssef El Amrani', at: '2021-12-14T14:00:00Z' },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Uitgeprobeerd tijdens de online bijeenkomsten in januari.',
        by: 'Youssef El Amrani',
        at: '2022-01-11T10:00:00Z',
      },
      { from: 'PILOTING', to: 'AVAILABLE', note: null, by: 'Marieke Jansen', at: '2022-03-22T12:00:00Z' },
      {
        from: 'AVAILABLE',
        to: 'RETIRED',
        note: 'Niet meer actueel: de meeste learning communities komen weer fysiek of hybride samen.',
        by: 'Marieke Jansen',
        at: '2024-09-03T09:00:00Z',
      },
    ],
  },
  {
    slug: 'impactcanvas-voor-learning-communities',
    title: 'Impactcanvas voor learning communities',
    summary:
      'Canvas waarop partners samen vastleggen welke impact de learning community beoogt voor studenten, organisaties en regio, en hoe je die zichtbaar maakt.',
    description: `## Doel

Financiers en bestuurders vragen naar impact, maar wat bedoelen we daarmee? Het impactcanvas helpt partners om **samen te bepalen welke impact ze nastreven** en welke signalen daarvan ze willen volgen.

## Vakken

- Impact voor **studenten**: leren, loopbaan, netwerk
- Impact voor **docenten en onderzoekers**: professionalisering, nieuwe kennis
- Impact voor **werkveldpartners**: innovatie, werving, kennis in huis
- Impact voor de **regio**: arbeidsmarkt, maatschappelijke vraagstukken
- Signalen en bronnen per vak

## Werkwijze

1. Vul het canvas in met vertegenwoordigers van alle partners.
2. Kies per vak hoogstens twee signalen die je gaat volgen.
3. Koppel de signalen aan bestaande instrumenten, zoals de pulsmeting of de waardecreatieverhalen.

## Pilot

Het canvas wordt in 2026 gebruikt door zes learning communities in drie regio’s.`,
    phases: ['EVALUATE'],
    type: 'CANVAS',
    audiences: ['COORDINATORS', 'MANAGEMENT', 'WORK_FIELD'],
    sectors: ['MBO', 'HBO', 'PRACTICE'],
    tags: ['impact', 'pps'],
    status: 'PILOTING',
    evidence: 'DESCRIBED',
    origin: 'NETWORK',
    ownerOrganisation: 'Kenniscentrum Regio Vooruit (fictief)',
    contactName: 'Pieter Kuipers',
    contactEmail: 'pieter.kuipers@example.org',
    links: [{ label: 'Canvas (pdf)', url: 'https://example.org/regio-vooruit/impactcanvas.pdf' }],
    language: 'nl',
    licence: 'CC BY-SA 4.0',
    timeNeeded: '90 minuten',
    createdAt: '2024-11-12T10:00:00Z',
    history: [
      { from: null, to: 'IDEA', note: null, by: 'Petra Bakker', at: '2024-11-12T10:00:00Z' },
      { from: 'IDEA', to: 'IN_DESIGN', note: null, by: 'Petra Bakker', at: '2025-01-28T09:00:00Z' },
      {
        from: 'IN_DESIGN',
        to: 'PROTOTYPE',
        note: 'Prototype getest tijdens de werkconferentie.',
        by: 'Marieke Jansen',
        at: '2025-07-01T13:00:00Z',
      },
      {
        from: 'PROTOTYPE',
        to: 'PILOTING',
        note: 'Pilot in zes learning communities in drie regio’s.',
        by: 'Marieke Jansen',
        at: '2026-01-20T09:30:00Z',
      },
    ],
  },
];
