import { exampleInstruments, exampleTags } from './example-data.js';

/** Anything that runs SQL and returns rows: a TypeORM EntityManager or QueryRunner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export type SeedResult = { seeded: true; instruments: number } | { seeded: false; reason: string };

/**
 * Loads the example catalogue into an empty database. Must run inside a transaction; the
 * table lock makes two processes starting at once seed only once.
 */
export async function seedExampleData(db: Queryable): Promise<SeedResult> {
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
  return { seeded: true, instruments: exampleInstruments.length };
}
