import type { PilotState } from '#domain';
import { exampleMembers } from './example-community.js';
import type { Queryable } from './seed-example-data.js';

/**
 * Example pilots (issue #21): the working group tries prototypes and piloting instruments in
 * fictional learning communities, and invited members of the example community give feedback,
 * once per pilot each (one entered by the curator on a member's behalf). The demo member is
 * invited to a running pilot without feedback yet, so signed in it sees the feedback form.
 */
interface ExamplePilot {
  instrument: string;
  community: string;
  startsOn: string;
  endsOn: string | null;
  state: PilotState;
  note: string | null;
  /** Member keys of example-community.ts. */
  invited: string[];
  feedback: { member: string; byCurator?: boolean; worked: string; change: string | null; recommend: boolean; usefulness: number; at: string }[];
}

export const examplePilots: ExamplePilot[] = [
  {
    instrument: 'zelfscan-duurzaamheid-van-je-learning-community',
    community: 'LC Zorgtechnologie Noord (fictief)',
    startsOn: '2026-02-02',
    endsOn: '2026-06-26',
    state: 'FINISHED',
    note: 'Eerste pilot: de zelfscan in drie bijeenkomsten van de kerngroep.',
    invited: ['fatma', 'joris', 'anouk'],
    feedback: [
      {
        member: 'fatma',
        worked: 'De vragen over eigenaarschap openden een gesprek dat we al lang wilden voeren.',
        change: 'Een kortere versie voor partners die maar één keer aanschuiven.',
        recommend: true,
        usefulness: 5,
        at: '2026-06-29T10:00:00Z',
      },
      {
        member: 'joris',
        worked: 'De scores per thema gaven snel zicht op waar we zwak stonden.',
        change: 'De uitleg bij de scores is voor bedrijven te veel onderwijstaal.',
        recommend: true,
        usefulness: 4,
        at: '2026-07-01T14:30:00Z',
      },
      {
        member: 'anouk',
        worked: 'Het invullen samen met studenten.',
        change: 'Te lang voor één bijeenkomst; wij hadden twee sessies nodig.',
        recommend: false,
        usefulness: 3,
        at: '2026-07-03T09:15:00Z',
      },
    ],
  },
  {
    instrument: 'zelfscan-duurzaamheid-van-je-learning-community',
    community: 'LC Groene Energie Zeeland (fictief)',
    startsOn: '2026-09-07',
    endsOn: '2027-01-29',
    state: 'RUNNING',
    note: 'Tweede pilot, met de kortere versie voor partners.',
    invited: ['mohamed', 'demo'],
    feedback: [
      {
        member: 'mohamed',
        byCurator: true,
        worked: 'De kortere versie paste in een uur; de partners vulden hem echt in.',
        change: null,
        recommend: true,
        usefulness: 4,
        at: '2026-11-12T16:00:00Z',
      },
    ],
  },
  {
    instrument: 'werkvorm-van-ideeen-naar-experimenten',
    community: 'LC Slimme Maakindustrie Twente (fictief)',
    startsOn: '2026-09-14',
    endsOn: null,
    state: 'RUNNING',
    note: null,
    invited: ['sanne', 'demo'],
    feedback: [
      {
        member: 'sanne',
        worked: 'Studenten en monteurs bedachten samen drie kleine experimenten in één middag.',
        change: 'Meer voorbeelden van experimenten uit de techniek.',
        recommend: true,
        usefulness: 5,
        at: '2026-10-20T11:45:00Z',
      },
    ],
  },
  {
    instrument: 'rubric-interdisciplinaire-samenwerking',
    community: 'LC Onderwijs en Arbeidsmarkt Utrecht (fictief)',
    startsOn: '2027-02-01',
    endsOn: '2027-06-30',
    state: 'PLANNED',
    note: 'De rubric wordt getest bij de beoordeling van een gezamenlijk praktijkproject.',
    invited: ['joris'],
    feedback: [],
  },
];

/** The example pilots, their invited members and feedback, over the example instruments and community. */
export async function seedExamplePilots(db: Queryable): Promise<void> {
  const accounts = (await db.query(`SELECT id, email FROM accounts WHERE email = ANY($1::text[])`, [exampleMembers.map((m) => m.email)])) as {
    id: string;
    email: string;
  }[];
  const account = (key: string) => accounts.find((a) => a.email === exampleMembers.find((m) => m.key === key)!.email)!.id;
  const curator = account(exampleMembers.find((m) => m.role === 'CURATOR')!.key);
  for (const pilot of examplePilots) {
    const [{ id }] = (await db.query(
      `INSERT INTO pilots (instrument_id, community, starts_on, ends_on, state, note, recorded_by_id, created_at, updated_at)
       SELECT i.id, $2, $3, $4, $5, $6, $7, $3::date, $3::date FROM instruments i WHERE i.slug = $1 RETURNING id`,
      [pilot.instrument, pilot.community, pilot.startsOn, pilot.endsOn, pilot.state, pilot.note, curator],
    )) as { id: string }[];
    await db.query(`INSERT INTO pilot_members (pilot_id, account_id, invited_at) SELECT $1, unnest($2::uuid[]), $3::date`, [
      id,
      pilot.invited.map(account),
      pilot.startsOn,
    ]);
    for (const feedback of pilot.feedback) {
      await db.query(
        `INSERT INTO pilot_feedback (pilot_id, account_id, worked, change, recommend, usefulness, given_by_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, account(feedback.member), feedback.worked, feedback.change, feedback.recommend, feedback.usefulness, feedback.byCurator ? curator : account(feedback.member), feedback.at],
      );
    }
  }
}
