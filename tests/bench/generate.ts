import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  AUDIENCE_PHRASES,
  CONNECTORS,
  CONTEXTS,
  INSTRUMENT_NOUNS,
  ORGANISATIONS,
  RARE_TERM,
  REVIEW_SENTENCES,
  SENTENCES,
  TAGS,
  THEMES,
  VERBS,
} from './words.js';

/** Bump when the generated data changes, so `--reuse` does not reuse an older dataset. */
export const GENERATOR_VERSION = 2;

export interface DatasetSize {
  instruments: number;
  members: number;
  ratings: number;
}

export interface DatasetInfo extends DatasetSize {
  /** Session tokens are `${sessionSecret}-${n}` for member n (1-based). */
  sessionSecret: string;
  generator: number;
  seconds: number;
}

const WRITTEN_TABLES = [
  'tags', 'instruments', 'instrument_phases', 'instrument_audiences', 'instrument_sectors', 'instrument_tags',
  'instrument_status_changes', 'accounts', 'sessions', 'ratings', 'rating_summaries',
];

/** One instrument in this many carries the rare search term in its title. */
const RARE_EVERY = 2500;

/**
 * Fills a migrated, empty database in a few large statements, generated inside PostgreSQL
 * (generate_series with a fixed seed), so 100,000 instruments and 1,000,000 ratings take
 * minutes. The search triggers are off while rows go in; one UPDATE then computes
 * search_title and search_vector with the very function the trigger uses.
 */
export async function generateDataset(
  url: string,
  size: DatasetSize,
  log: (line: string) => void,
): Promise<DatasetInfo> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return result;
  };
  const sessionSecret = randomBytes(12).toString('hex');
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query('BEGIN');
    await client.query(`SELECT setseed(0.42)`);
    // Weighted pick: index ⌊n·r^k⌋ (k > 1 favours the first entries).
    await client.query(`CREATE FUNCTION pg_temp.pick(arr text[], k float8) RETURNS text LANGUAGE sql VOLATILE AS
      $$ SELECT arr[1 + floor(power(random(), k) * cardinality(arr))::int] $$`);
    await client.query(`CREATE FUNCTION pg_temp.pick_int(arr int[], k float8) RETURNS int LANGUAGE sql VOLATILE AS
      $$ SELECT arr[1 + floor(power(random(), k) * cardinality(arr))::int] $$`);
    // User triggers (search, append-only, cache version) are off while rows go in; the search
    // columns are computed below with the trigger's own function.
    for (const table of WRITTEN_TABLES) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);

    await step(
      'tags',
      `INSERT INTO tags (code, label_nl, label_en, position)
       SELECT code, nl, en, ord FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(code, nl, en, ord)`,
      [TAGS.map((t) => t[0]), TAGS.map((t) => t[1]), TAGS.map((t) => t[2])],
    );

    await step(
      'instruments',
      `WITH raw AS (
         SELECT g,
           btrim(regexp_replace(
             pg_temp.pick($2, 1.6) || ' ' || pg_temp.pick($3, 1) || ' ' ||
             CASE WHEN g % ${RARE_EVERY} = 7 THEN $9 || ' en ' ELSE '' END ||
             pg_temp.pick($4, 2.2) || ' ' || pg_temp.pick($5, 1), '\\s+', ' ', 'g')) AS title,
           'Dit instrument ' || pg_temp.pick($7, 1) || ' ' || pg_temp.pick($6, 1.5) || ' bij ' ||
             pg_temp.pick($4, 2.2) || '. ' || pg_temp.pick($8, 1) AS summary,
           (SELECT string_agg(pg_temp.pick($8, 1), ' ') FROM generate_series(1, 3 + (g % 5)))
             || ' Het instrument ' || pg_temp.pick($7, 1) || ' ' || pg_temp.pick($4, 1.5) || '.' AS description,
           random() AS rs, random() AS re, random() AS ro,
           now() - random() * interval '5 years' AS created
         FROM generate_series(1, $1::int) AS g
       ), shaped AS (
         SELECT raw.*,
           CASE WHEN rs < 0.70 THEN 'AVAILABLE' WHEN rs < 0.78 THEN 'PILOTING' WHEN rs < 0.84 THEN 'PROTOTYPE'
                WHEN rs < 0.90 THEN 'IN_DESIGN' WHEN rs < 0.96 THEN 'IDEA' ELSE 'RETIRED' END AS status
         FROM raw
       )
       INSERT INTO instruments (slug, title, summary, description, status, evidence_level, origin, type_id,
         owner_organisation, contact_name, contact_email, language, licence, time_needed, created_at, updated_at)
       SELECT
         btrim(left(regexp_replace(lower(nlc_unaccent(title)), '[^a-z0-9]+', '-', 'g'), 100), '-') || '-' || g,
         title, summary, description, status::prototype_status,
         (CASE WHEN re < 0.50 THEN 'NOT_ASSESSED' WHEN re < 0.75 THEN 'DESCRIBED' WHEN re < 0.87 THEN 'SUBSTANTIATED'
               WHEN re < 0.95 THEN 'FIRST_INDICATIONS' WHEN re < 0.99 THEN 'GOOD_INDICATIONS' ELSE 'STRONG_INDICATIONS' END)::evidence_level,
         (CASE WHEN status IN ('AVAILABLE', 'RETIRED') AND ro < 0.8 THEN 'EXISTING' ELSE 'NETWORK' END)::instrument_origin,
         pg_temp.pick_int((SELECT array_agg(id ORDER BY position) FROM instrument_types), 1.8),
         pg_temp.pick($10, 1), 'Contactpersoon ' || (g % 997), 'contact' || (g % 997) || '@example.org',
         CASE WHEN g % 10 = 0 THEN 'en' ELSE 'nl' END,
         CASE WHEN g % 3 = 0 THEN 'CC BY 4.0' END,
         CASE WHEN g % 4 = 0 THEN '1 tot 2 uur' WHEN g % 4 = 1 THEN 'een dagdeel' END,
         created, created + random() * (now() - created)
       FROM shaped`,
      [size.instruments, INSTRUMENT_NOUNS, CONNECTORS, THEMES, CONTEXTS, AUDIENCE_PHRASES, VERBS, SENTENCES, RARE_TERM, ORGANISATIONS],
    );

    const chance = (table: string, column: string, vocabulary: string, probabilities: Record<string, number>) => {
      const cases = Object.entries(probabilities)
        .map(([code, p]) => `WHEN '${code}' THEN ${p}`)
        .join(' ');
      return step(
        table,
        `INSERT INTO ${table} (instrument_id, ${column})
         SELECT i.id, v.id FROM instruments i CROSS JOIN ${vocabulary} v
         -- The i.version term keeps the dice per (instrument, value): a qual on v alone would be
         -- pushed down to the vocabulary's scan and rolled once per value.
         WHERE random() + 0 * i.version < CASE v.code ${cases} ELSE 0 END`,
      ).then(() =>
        // Every instrument has at least one value (the first of the vocabulary when the dice said none).
        step(
          `${table} (at least one)`,
          `INSERT INTO ${table} (instrument_id, ${column})
           SELECT i.id, (SELECT id FROM ${vocabulary} ORDER BY position LIMIT 1) FROM instruments i
           WHERE NOT EXISTS (SELECT 1 FROM ${table} x WHERE x.instrument_id = i.id)`,
        ),
      );
    };
    await chance('instrument_phases', 'phase_id', 'phases', { DEVELOP: 0.6, SUSTAIN_SCALE: 0.25, EVALUATE: 0.35 });
    await chance('instrument_audiences', 'audience_id', 'audiences', {
      TEACHERS: 0.7, STUDENTS: 0.3, RESEARCHERS: 0.2, WORK_FIELD: 0.35, MANAGEMENT: 0.1, COORDINATORS: 0.25,
    });
    await chance('instrument_sectors', 'sector_id', 'sectors', { MBO: 0.5, HBO: 0.55, WO: 0.08, PRACTICE: 0.15 });
    await step(
      'instrument_tags',
      `INSERT INTO instrument_tags (instrument_id, tag_id)
       SELECT DISTINCT i.id, pg_temp.pick_int(t.ids, 2.0)
       FROM instruments i
       CROSS JOIN (SELECT array_agg(id ORDER BY position) AS ids FROM tags) t
       CROSS JOIN LATERAL generate_series(1, floor(random() * 5)::int + 0 * length(i.slug)) AS k`,
    );
    await step(
      'search_title and search_vector',
      `UPDATE instruments i SET search_title = lower(nlc_unaccent(i.title)), search_vector = instrument_search_vector(i)`,
    );
    // With triggers off the title words are filled once, by the migration's own function.
    await step('title words', `SELECT nlc_fill_title_words()`);
    await step('search words', `SELECT nlc_fill_search_words()`);

    // The lifecycle each instrument went through: existing instruments enter AVAILABLE directly;
    // network instruments walk from IDEA one step at a time; retired ones were available first.
    await step(
      'instrument_status_changes',
      `WITH chains AS (
         SELECT i.id, i.created_at,
           CASE
             WHEN i.status = 'RETIRED' THEN ARRAY['AVAILABLE', 'RETIRED']
             WHEN i.origin = 'EXISTING' THEN ARRAY['AVAILABLE']
             ELSE (ARRAY['IDEA', 'IN_DESIGN', 'PROTOTYPE', 'PILOTING', 'AVAILABLE'])
                    [1:array_position(ARRAY['IDEA', 'IN_DESIGN', 'PROTOTYPE', 'PILOTING', 'AVAILABLE'], i.status::text)]
           END AS chain
         FROM instruments i
       )
       INSERT INTO instrument_status_changes (instrument_id, from_status, to_status, note, changed_by_name, changed_at)
       SELECT c.id, (CASE WHEN s > 1 THEN c.chain[s - 1] END)::prototype_status, c.chain[s]::prototype_status,
         CASE WHEN c.chain[s] = 'RETIRED' THEN 'Vervangen door een nieuwere versie.'
              WHEN s > 1 THEN 'Volgende stap na de pilot in de community.' END,
         'Werkgroep Instrumenten', c.created_at + (s - 1) * (now() - c.created_at) / cardinality(c.chain)
       FROM chains c CROSS JOIN LATERAL generate_subscripts(c.chain, 1) AS s`,
    );

    await step(
      'accounts (members)',
      `INSERT INTO accounts (email, display_name, password_hash, role, created_at)
       SELECT 'lid-' || g || '@bench.example.org', 'Lid ' || g, 'no-password', 'MEMBER', now() - interval '1 year'
       FROM generate_series(1, $1::int) AS g`,
      [size.members],
    );
    // Sessions made directly (the token hashing of SessionsService: SHA-256 hex of the token),
    // so the rating workload needs no sign-in and no password hashing.
    await step(
      'sessions',
      `INSERT INTO sessions (account_id, token_hash, expires_at)
       SELECT a.id, encode(sha256(convert_to($1 || '-' || substring(a.email FROM '^lid-([0-9]+)@'), 'UTF8')), 'hex'),
              now() + interval '14 days'
       FROM accounts a WHERE a.email LIKE '%@bench.example.org'`,
      [sessionSecret],
    );

    await client.query(`CREATE TEMP TABLE popularity AS
      SELECT row_number() OVER (ORDER BY random())::int AS n, id FROM instruments`);
    await client.query(`CREATE UNIQUE INDEX ON popularity (n)`);
    await client.query(`CREATE TEMP TABLE member_numbers AS
      SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM accounts WHERE email LIKE '%@bench.example.org'`);
    await client.query(`CREATE UNIQUE INDEX ON member_numbers (n)`);
    await step(
      'ratings',
      `INSERT INTO ratings (instrument_id, account_id, score, review, context_sector_id, created_at, updated_at)
       SELECT p.id, m.id, c.score, c.review, c.sector, c.at, c.at
       FROM (
         SELECT DISTINCT ON (mi, ni) mi, ni,
           least(5, greatest(1, round(3.6 + ((ni % 7) - 3) * 0.3 + (random() - 0.5) * 3)))::smallint AS score,
           CASE WHEN random() < 0.2 THEN pg_temp.pick($4, 1) || ' ' || pg_temp.pick($4, 1) END AS review,
           CASE WHEN random() < 0.3 THEN pg_temp.pick_int((SELECT array_agg(id) FROM sectors), 1) END AS sector,
           now() - random() * interval '3 years' AS at
         FROM (
           SELECT 1 + floor(random() * $2::int)::int AS mi, 1 + floor(power(random(), 2.2) * $3::int)::int AS ni
           FROM generate_series(1, ($1::int * 1.1)::int)
         ) pairs
         ORDER BY mi, ni
       ) c
       JOIN member_numbers m ON m.n = c.mi
       JOIN popularity p ON p.n = c.ni
       LIMIT $1::int`,
      [size.ratings, size.members, size.instruments, REVIEW_SENTENCES],
    );
    await step(
      'rating_summaries',
      `INSERT INTO rating_summaries (instrument_id, rating_count, rating_sum, count_1, count_2, count_3, count_4, count_5, mean)
       SELECT instrument_id, count(*), sum(score),
         count(*) FILTER (WHERE score = 1), count(*) FILTER (WHERE score = 2), count(*) FILTER (WHERE score = 3),
         count(*) FILTER (WHERE score = 4), count(*) FILTER (WHERE score = 5), sum(score)::float8 / count(*)
       FROM ratings GROUP BY instrument_id`,
    );
    for (const table of WRITTEN_TABLES) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    const { rows: counts } = await client.query<{ instruments: number; ratings: number; members: number }>(
      `SELECT (SELECT count(*) FROM instruments)::int AS instruments, (SELECT count(*) FROM ratings)::int AS ratings,
              (SELECT count(*) FROM accounts WHERE email LIKE '%@bench.example.org')::int AS members`,
    );
    await client.query(`CREATE TABLE bench_meta (instruments int, members int, ratings int, session_secret text,
      generator int, seconds float8, generated_at timestamptz DEFAULT now())`);
    const seconds = (Date.now() - started) / 1000;
    await client.query(`INSERT INTO bench_meta VALUES ($1, $2, $3, $4, $5, $6)`, [
      counts[0].instruments, counts[0].members, counts[0].ratings, sessionSecret, GENERATOR_VERSION, seconds,
    ]);
    await client.query('COMMIT');
    const t = Date.now();
    await client.query('VACUUM (ANALYZE)');
    log(`  vacuum analyze: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return { ...counts[0], sessionSecret, generator: GENERATOR_VERSION, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The dataset already in the database, when it was made by this generator with this size. */
export async function existingDataset(url: string, size: DatasetSize): Promise<DatasetInfo | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT instruments, members, ratings, session_secret AS "sessionSecret", generator, seconds
       FROM bench_meta WHERE to_regclass('bench_meta') IS NOT NULL`,
    ).catch(() => ({ rows: [] as DatasetInfo[] }));
    const found = rows[0] as DatasetInfo | undefined;
    if (!found || found.generator !== GENERATOR_VERSION || found.instruments !== size.instruments) return null;
    if (found.members !== size.members) return null;
    return found;
  } finally {
    await client.end();
  }
}

/** Rating summaries must equal the ratings, as the app keeps them. */
export async function checkDataset(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ wrong: number; unsearchable: number; historyless: number }>(
      `SELECT
         (SELECT count(*) FROM rating_summaries s FULL JOIN (
            SELECT instrument_id, count(*)::int AS n, sum(score)::int AS total FROM ratings GROUP BY instrument_id
          ) r USING (instrument_id)
          WHERE s.rating_count IS DISTINCT FROM r.n OR s.rating_sum IS DISTINCT FROM r.total)::int AS wrong,
         (SELECT count(*) FROM instruments WHERE search_vector IS NULL OR search_title = '')::int AS unsearchable,
         (SELECT count(*) FROM instruments i WHERE NOT EXISTS (
            SELECT 1 FROM instrument_status_changes c WHERE c.instrument_id = i.id))::int AS historyless`,
    );
    const { wrong, unsearchable, historyless } = rows[0];
    if (wrong || unsearchable || historyless) {
      throw new Error(`Generated data is inconsistent: ${wrong} wrong summaries, ${unsearchable} unsearchable, ${historyless} without history`);
    }
  } finally {
    await client.end();
  }
}
