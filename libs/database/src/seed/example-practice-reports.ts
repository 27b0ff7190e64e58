import { exampleMembers } from './example-community.js';
import type { Queryable } from './seed-example-data.js';

/**
 * Fictional practice reports (praktijkvoorbeelden) by the example community's members: a few
 * published ones and one still waiting for a curator, so the list, the instrument pages and the
 * curators' queue show something on a first start. Every community is "(fictief)".
 */
interface ExamplePracticeReport {
  instrument: string;
  author: string;
  status: 'SUBMITTED' | 'PUBLISHED';
  communityName: string | null;
  sectors: string[];
  partnerKinds: string[];
  phase: string;
  periodFrom: string;
  periodTo: string | null;
  whatWeDid: string;
  whatItYielded: string;
  whatWeWouldChange: string;
  contact: string | null;
  at: string;
}

export const examplePracticeReports: ExamplePracticeReport[] = [
  {
    instrument: 'formatieve-evaluatie-van-je-learning-community',
    author: 'fatma',
    status: 'PUBLISHED',
    communityName: 'Learning community Zorg en Technologie (fictief)',
    sectors: ['HBO'],
    partnerKinds: ['COMPANIES', 'PUBLIC_BODIES'],
    phase: 'EVALUATE',
    periodFrom: '2025-09',
    periodTo: '2026-06',
    whatWeDid: 'Na elk kwartaal een evaluatiegesprek van een uur met studenten, docenten, twee zorginstellingen en de gemeente, met de vragen als leidraad.',
    whatItYielded: 'We zagen dat de gemeente te laat bij de opdrachten betrokken werd; het tweede semester begon daarom met een gezamenlijke startbijeenkomst.',
    whatWeWouldChange: 'De vragen voor studenten eenvoudiger maken en de uitkomsten eerder met de hele community delen.',
    contact: 'fatma.yilmaz@example.org',
    at: '2026-10-12T10:00:00.000Z',
  },
  {
    instrument: 'canvas-learning-community-in-ontwikkeling',
    author: 'joris',
    status: 'PUBLISHED',
    communityName: 'Techniekpact Rivierenland (fictief)',
    sectors: ['MBO'],
    partnerKinds: ['COMPANIES', 'SCHOOLS'],
    phase: 'DEVELOP',
    periodFrom: '2026-02',
    periodTo: null,
    whatWeDid: 'Het canvas hing in het praktijklokaal; bij elke nieuwe partner vulden we het samen aan tijdens de kennismaking.',
    whatItYielded: 'Nieuwe bedrijven begrepen binnen een bijeenkomst waar we stonden, en twee van hen leverden meteen een praktijkopdracht.',
    whatWeWouldChange: 'Eerder een eigenaar aanwijzen die het canvas bijhoudt; na de zomer was het verouderd.',
    contact: null,
    at: '2026-10-28T14:30:00.000Z',
  },
  {
    instrument: 'handreiking-opschalen-van-learning-communities',
    author: 'anouk',
    status: 'PUBLISHED',
    communityName: null,
    sectors: ['MBO', 'HBO'],
    partnerKinds: ['PUBLIC_BODIES', 'OTHERS'],
    phase: 'SUSTAIN_SCALE',
    periodFrom: '2025-01',
    periodTo: '2025-12',
    whatWeDid: 'We gebruikten de handreiking om met de provincie en een kennisinstelling te bepalen welke onderdelen naar twee andere regio’s konden.',
    whatItYielded: 'Een plan voor opschalen in fasen, met per regio een eigen trekker en afspraken over financiering na de subsidieperiode.',
    whatWeWouldChange: 'De studenten meer laten meebeslissen; zij zagen eerder dan wij welke onderdelen niet overdraagbaar waren.',
    contact: null,
    at: '2026-11-05T09:15:00.000Z',
  },
  {
    instrument: 'zelfscan-duurzaamheid-van-je-learning-community',
    author: 'sanne',
    status: 'PUBLISHED',
    communityName: 'Learning community Voedsel en Regio (fictief)',
    sectors: ['MBO', 'HBO'],
    partnerKinds: ['COMPANIES', 'PUBLIC_BODIES'],
    phase: 'SUSTAIN_SCALE',
    periodFrom: '2026-03',
    periodTo: '2026-09',
    whatWeDid: 'Aan het begin en het eind van het schooljaar vulden studenten, docenten, drie telers en de gemeente de zelfscan in en bespraken we de verschillen.',
    whatItYielded: 'De tweede keer scoorden we hoger op gedeeld eigenaarschap; de telers namen zelf de planning van de praktijkdagen over.',
    whatWeWouldChange: 'De scan eerder in het jaar herhalen, zodat er nog tijd is om op de uitkomsten te sturen.',
    contact: null,
    at: '2026-10-02T11:00:00.000Z',
  },
  {
    instrument: 'zelfscan-duurzaamheid-van-je-learning-community',
    author: 'fatma',
    status: 'PUBLISHED',
    communityName: 'Learning community Zorg en Technologie (fictief)',
    sectors: ['HBO'],
    partnerKinds: ['COMPANIES', 'SCHOOLS'],
    phase: 'SUSTAIN_SCALE',
    periodFrom: '2026-07',
    periodTo: null,
    whatWeDid: 'Na de pilot gebruikten we de kortere versie van de zelfscan bij de jaarlijkse herijking met twee zorginstellingen en een mbo-school.',
    whatItYielded: 'Een gedeelde lijst van drie afspraken om de community na de subsidieperiode voort te zetten, met een trekker per afspraak.',
    whatWeWouldChange: 'De partners de scan vooraf laten invullen, zodat de bijeenkomst over de verschillen kan gaan.',
    contact: null,
    at: '2026-10-20T15:30:00.000Z',
  },
  {
    instrument: 'formatieve-evaluatie-van-je-learning-community',
    author: 'mohamed',
    status: 'SUBMITTED',
    communityName: 'Learning community Logistiek West (fictief)',
    sectors: ['MBO'],
    partnerKinds: ['COMPANIES'],
    phase: 'EVALUATE',
    periodFrom: '2026-03',
    periodTo: null,
    whatWeDid: 'Twee evaluatierondes met studenten en drie logistieke bedrijven, steeds aan het eind van een projectperiode.',
    whatItYielded: 'De bedrijven wilden vaker feedback geven; we spraken af dat ze elke maand kort aansluiten bij het teamoverleg.',
    whatWeWouldChange: 'De evaluatie korter maken voor de bedrijven en de rest schriftelijk laten aanvullen.',
    contact: null,
    at: '2026-11-20T13:00:00.000Z',
  },
];

/** The example practice reports, over the example instruments and community (a curator published the published ones). */
export async function seedExamplePracticeReports(db: Queryable): Promise<void> {
  const emailOf = (key: string) => exampleMembers.find((m) => m.key === key)!.email;
  const curator = exampleMembers.find((m) => m.role === 'CURATOR')!.email;
  const r = examplePracticeReports;
  await db.query(
    `INSERT INTO practice_reports (instrument_id, author_id, status, community_name, sectors, partner_kinds, phase, period_from, period_to,
       what_we_did, what_it_yielded, what_we_would_change, contact, decided_by_id, published_at, created_at, updated_at)
     SELECT i.id, a.id, x.status::practice_report_status, x.community_name, string_to_array(x.sectors, ','), string_to_array(x.partner_kinds, ','),
       x.phase, x.period_from, x.period_to, x.did, x.yielded, x.change, x.contact,
       CASE WHEN x.status = 'PUBLISHED' THEN c.id END, CASE WHEN x.status = 'PUBLISHED' THEN x.at END, x.at, x.at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                 $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])
       AS x(slug, email, status, community_name, sectors, partner_kinds, phase, period_from, period_to, did, yielded, change, contact, at)
     JOIN instruments i ON i.slug = x.slug
     JOIN accounts a ON a.email = x.email
     LEFT JOIN accounts c ON c.email = $15`,
    [
      r.map((x) => x.instrument),
      r.map((x) => emailOf(x.author)),
      r.map((x) => x.status),
      r.map((x) => x.communityName),
      r.map((x) => x.sectors.join(',')),
      r.map((x) => x.partnerKinds.join(',')),
      r.map((x) => x.phase),
      r.map((x) => x.periodFrom),
      r.map((x) => x.periodTo),
      r.map((x) => x.whatWeDid),
      r.map((x) => x.whatItYielded),
      r.map((x) => x.whatWeWouldChange),
      r.map((x) => x.contact),
      r.map((x) => x.at),
      curator,
    ],
  );
}
