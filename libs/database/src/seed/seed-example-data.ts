import { INSTRUMENT_FIELDS, columnName } from '#domain';
import { exampleMembers, exampleProposals, exampleRatings } from './example-community.js';
import { seedExamplePracticeReports } from './example-practice-reports.js';
import { seedExampleCollections } from './example-collections.js';
import { exampleInstruments, exampleTags } from './example-data.js';
import { seedExampleCitations, seedExampleEvidence, seedFirstAssessments } from './example-evidence.js';
import { seedExamplePilots } from './example-pilots.js';

/** Anything that runs SQL and returns rows: a TypeORM EntityManager or QueryRunner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export type SeedResult = { seeded: true; instruments: number; ratings: number; proposals: number } | { seeded: false; reason: string };

export interface SeedOptions {
  /**
   * Also the example community (example-community.ts): fictional members, their ratings and
   * reviews, and proposals in every state. Default: on, except under NODE_ENV=test, where the
   * other tests count on a catalogue that nobody has rated or proposed to yet.
   */
  community?: boolean;
}

/**
 * Loads the example catalogue into an empty database. Must run inside a transaction; the
 * table lock makes two processes starting at once seed only once.
 */
export async function seedExampleData(db: Queryable, options: SeedOptions = {}): Promise<SeedResult> {
  const community = options.community ?? process.env.NODE_ENV !== 'test';
  await db.query('LOCK TABLE instruments IN SHARE ROW EXCLUSIVE MODE');
  const [{ count }] = (await db.query('SELECT count(*)::int AS count FROM instruments')) as { count: number }[];
  if (count > 0) return { seeded: false, reason: `the database already holds ${count} instruments` };

  await db.query(
    `INSERT INTO tags (code, label_nl, label_en, position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT (code) DO NOTHING`,
    [
      exampleTags.map((t) => t.code),
      exampleTags.map((t) => t.nl),
      exampleTags.map((t) => t.en),
      exampleTags.map((_, i) => i + 1),
    ],
  );

  for (const instrument of exampleInstruments) {
    const lastChange = instrument.history.at(-1)?.at ?? instrument.createdAt;
    const [{ id }] = (await db.query(
      `INSERT INTO instruments (slug, title, summary, description, status, evidence_level, origin, type_id,
         owner_organisation, contact_name, contact_email, language, licence, time_needed, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT id FROM instrument_types WHERE code = $8),
         $9, $10, $11, $12, $13, $14, $15, $16)
       RETURNING id`,
      [
        instrument.slug,
        instrument.title,
        instrument.summary,
        instrument.description,
        instrument.status,
        instrument.evidence,
        instrument.origin,
        instrument.type,
        instrument.ownerOrganisation,
        instrument.contactName,
        instrument.contactEmail,
        instrument.language,
        instrument.licence,
        instrument.timeNeeded,
        instrument.createdAt,
        lastChange,
      ],
    )) as { id: string }[];

    const terms: [string, string, string, string[]][] = [
      ['instrument_phases', 'phase_id', 'phases', instrument.phases],
      ['instrument_audiences', 'audience_id', 'audiences', instrument.audiences],
      ['instrument_sectors', 'sector_id', 'sectors', instrument.sectors],
      ['instrument_tags', 'tag_id', 'tags', instrument.tags],
    ];
    for (const [joinTable, column, vocabulary, codes] of terms) {
      const inserted = (await db.query(
        `INSERT INTO ${joinTable} (instrument_id, ${column})
         SELECT $1, id FROM ${vocabulary} WHERE code = ANY($2::text[]) RETURNING ${column}`,
        [id, codes],
      )) as unknown[];
      if (inserted.length !== codes.length) {
        throw new Error(`Example instrument ${instrument.slug}: unknown ${vocabulary} code in ${codes.join(', ')}`);
      }
    }

    await db.query(
      `INSERT INTO instrument_links (instrument_id, position, label, url)
       SELECT $1, position, label, url FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS l(label, url, position)`,
      [id, instrument.links.map((l) => l.label), instrument.links.map((l) => l.url)],
    );
    await db.query(
      `INSERT INTO instrument_status_changes (instrument_id, from_status, to_status, note, changed_by_name, changed_at)
       SELECT $1, h.from_status::prototype_status, h.to_status::prototype_status, h.note, h.changed_by, h.changed_at
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
         AS h(from_status, to_status, note, changed_by, changed_at)`,
      [
        id,
        instrument.history.map((h) => h.from),
        instrument.history.map((h) => h.to),
        instrument.history.map((h) => h.note),
        instrument.history.map((h) => h.by),
        instrument.history.map((h) => h.at),
      ],
    );
  }
  await seedFirstAssessments(db);
  if (!community) return { seeded: true, instruments: exampleInstruments.length, ratings: 0, proposals: 0 };
  await seedExampleCommunity(db);
  await seedExampleEvidence(db, exampleMembers.find((m) => m.role === 'CURATOR')!.displayName);
  await seedExamplePracticeReports(db);
  await seedExampleCollections(db);
  await seedExampleCitations(db, exampleMembers.find((m) => m.role === 'CURATOR')!.displayName);
  return { seeded: true, instruments: exampleInstruments.length, ratings: exampleRatings.length, proposals: exampleProposals.length };
}

/**
 * Never a usable password: argon2 cannot read it, so sign-in fails as for a wrong password. The
 * demo member's row gets its real (published) password when a development start creates the demo
 * accounts; every example account is `demo`, so a production start refuses them all.
 */
const NO_PASSWORD = '!example-account-without-password';

/** The example community alone, over the example instruments (the web test of the example data loads it so). */
export async function seedExampleCommunity(db: Queryable): Promise<void> {
  // An address that already has an account (an earlier start's demo member) keeps it.
  await db.query(
    `INSERT INTO accounts (email, display_name, password_hash, role, demo)
     SELECT email, name, $4, role::account_role, true FROM unnest($1::text[], $2::text[], $3::text[]) AS m(email, name, role)
     ON CONFLICT (email) DO NOTHING`,
    [exampleMembers.map((m) => m.email), exampleMembers.map((m) => m.displayName), exampleMembers.map((m) => m.role), NO_PASSWORD],
  );
  const accounts = (await db.query(`SELECT id, email, display_name AS name FROM accounts WHERE email = ANY($1::text[])`, [
    exampleMembers.map((m) => m.email),
  ])) as { id: string; email: string; name: string }[];
  const member = (key: string) => {
    const email = exampleMembers.find((m) => m.key === key)!.email;
    return accounts.find((a) => a.email === email)!;
  };

  const ratings = exampleRatings.map((r) => ({ ...r, account: member(r.member).id }));
  await db.query(
    `INSERT INTO ratings (instrument_id, account_id, score, review, context_sector_id, context_phase_id, created_at, updated_at)
     SELECT i.id, r.account_id, r.score, r.review, s.id, p.id, r.at, r.at
     FROM unnest($1::text[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
       AS r(slug, account_id, score, review, sector, phase, at)
     JOIN instruments i ON i.slug = r.slug
     LEFT JOIN sectors s ON s.code = r.sector
     LEFT JOIN phases p ON p.code = r.phase`,
    [
      ratings.map((r) => r.instrument),
      ratings.map((r) => r.account),
      ratings.map((r) => r.score),
      ratings.map((r) => r.review),
      ratings.map((r) => r.context?.sector ?? null),
      ratings.map((r) => r.context?.phase ?? null),
      ratings.map((r) => r.at),
    ],
  );
  // The summaries the ratings service keeps up to date, counted once from the rows.
  await db.query(
    `INSERT INTO rating_summaries (instrument_id, rating_count, rating_sum, count_1, count_2, count_3, count_4, count_5, mean)
     SELECT instrument_id, count(*), sum(score), count(*) FILTER (WHERE score = 1), count(*) FILTER (WHERE score = 2),
            count(*) FILTER (WHERE score = 3), count(*) FILTER (WHERE score = 4), count(*) FILTER (WHERE score = 5), avg(score)::float8
     FROM ratings GROUP BY instrument_id`,
  );

  const fieldColumns = INSTRUMENT_FIELDS.map((f) => columnName(f.name));
  for (const proposal of exampleProposals) {
    const last = proposal.steps.at(-1)!;
    const curatorStep = proposal.steps.findLast((step) => exampleMembers.find((m) => m.key === step.by)?.role === 'CURATOR');
    const reason = last.to === 'ACCEPTED' ? null : (proposal.steps.findLast((step) => step.reason)?.reason ?? null);
    const values = INSTRUMENT_FIELDS.map((f) => (f.name === 'links' ? JSON.stringify(proposal.fields.links) : proposal.fields[f.name]));
    const [{ id }] = (await db.query(
      `INSERT INTO proposals (${fieldColumns.join(', ')}, motivation, proposer_id, status, reviewer_id, decision_reason, instrument_id,
         created_at, updated_at, version)
       VALUES (${fieldColumns.map((c, i) => `$${i + 1}${c === 'links' ? '::jsonb' : ''}`).join(', ')},
         $${fieldColumns.length + 1}, $${fieldColumns.length + 2}, $${fieldColumns.length + 3}, $${fieldColumns.length + 4},
         $${fieldColumns.length + 5}, (SELECT id FROM instruments WHERE slug = $${fieldColumns.length + 6}),
         $${fieldColumns.length + 7}, $${fieldColumns.length + 8}, $${fieldColumns.length + 9})
       RETURNING id`,
      [
        ...values,
        proposal.fields.motivation,
        member(proposal.proposer).id,
        last.to,
        curatorStep ? member(curatorStep.by).id : null,
        reason,
        proposal.instrument ?? null,
        proposal.steps[0]!.at,
        last.at,
        proposal.steps.length,
      ],
    )) as { id: string }[];
    // A request for changes keeps the fields as they were then (proposal_events.fields): `before` over the fields now.
    const requested = { ...proposal.fields, ...proposal.before };
    const steps = proposal.steps;
    await db.query(
      `INSERT INTO proposal_events (proposal_id, from_status, to_status, reason, actor_id, actor_name, at, fields)
       SELECT $1, e.from_status::proposal_status, e.to_status::proposal_status, e.reason, e.actor_id, e.actor_name, e.at, e.fields
       FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::timestamptz[], $8::jsonb[])
         WITH ORDINALITY AS e(from_status, to_status, reason, actor_id, actor_name, at, fields, n)
       ORDER BY e.n`,
      [
        id,
        steps.map((_, i) => (i === 0 ? null : steps[i - 1]!.to)),
        steps.map((step) => step.to),
        steps.map((step) => step.reason ?? null),
        steps.map((step) => member(step.by).id),
        steps.map((step) => member(step.by).name),
        steps.map((step) => step.at),
        steps.map((step) => (step.to === 'CHANGES_REQUESTED' ? JSON.stringify(requested) : null)),
      ],
    );
  }
  await seedExamplePilots(db);
}
