import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The join tables of the vocabularies an instrument carries in many, and their vocabulary tables. */
const CARRIED = [
  ['instrument_phases', 'phase_id', 'phases'],
  ['instrument_audiences', 'audience_id', 'audiences'],
  ['instrument_sectors', 'sector_id', 'sectors'],
] as const;

/**
 * Search understands the vocabulary and the words of the whole catalogue, index-friendly:
 *  - The search document also holds the Dutch and English labels of the instrument's phases and
 *    type (weight B, like the summary) and of its audiences, sectors and tags (C), kept by triggers,
 *    so a renamed term counts at once and `evaluation` finds the phase Evalueren by the GIN index.
 *  - `search_words`: a dictionary of the words of every instrument's text, of the vocabulary labels
 *    and of the synonyms (unaccented, lower case), with a GiST trigram index. A typed word is
 *    expanded against it before the search runs (compounds: `scan` -> zelfscan, teamscan; typos:
 *    the nearest spellings of an unknown word), instead of trigram-matching every instrument.
 * Words stay in the dictionary when their last instrument goes: they then only expand to nothing.
 */
export class SearchDocument1795980000000 implements MigrationInterface {
  name = 'SearchDocument1795980000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_words" ("word" text COLLATE "C" NOT NULL, CONSTRAINT "search_words_pkey" PRIMARY KEY ("word"))`);
    await queryRunner.query(`CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops)`);
    await queryRunner.query(`CREATE FUNCTION nlc_search_words(text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}')
      FROM regexp_split_to_table(lower(nlc_unaccent(coalesce($1, ''))), '[^[:alnum:]]+') AS w
      WHERE length(w) BETWEEN 2 AND 60 AND w !~ '^[0-9]+$'
    $$`);
    // Sorted inserts, so concurrent writers cannot deadlock on the dictionary's keys.
    await queryRunner.query(`CREATE FUNCTION nlc_add_search_words(text) RETURNS void LANGUAGE sql AS $$
      INSERT INTO search_words (word) SELECT unnest(nlc_search_words($1)) ORDER BY 1 ON CONFLICT DO NOTHING
    $$`);

    await queryRunner.query(`CREATE OR REPLACE FUNCTION instrument_search_vector(i instruments) RETURNS tsvector LANGUAGE sql STABLE AS $$
      SELECT setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.title, ''))), 'A')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.summary, ''))), 'B')
          || setweight(to_tsvector('dutch', nlc_unaccent(concat_ws(' ',
               (SELECT t.label_nl || ' ' || t.label_en FROM instrument_types t WHERE t.id = i.type_id),
               (SELECT string_agg(p.label_nl || ' ' || p.label_en, ' ')
                  FROM instrument_phases ip JOIN phases p ON p.id = ip.phase_id WHERE ip.instrument_id = i.id)))), 'B')
          || setweight(to_tsvector('dutch', nlc_unaccent(concat_ws(' ',
               (SELECT string_agg(t.label_nl || ' ' || t.label_en, ' ')
                  FROM instrument_tags it JOIN tags t ON t.id = it.tag_id WHERE it.instrument_id = i.id),
               (SELECT string_agg(a.label_nl || ' ' || a.label_en, ' ')
                  FROM instrument_audiences ia JOIN audiences a ON a.id = ia.audience_id WHERE ia.instrument_id = i.id),
               (SELECT string_agg(s.label_nl || ' ' || s.label_en, ' ')
                  FROM instrument_sectors isec JOIN sectors s ON s.id = isec.sector_id WHERE isec.instrument_id = i.id)))), 'C')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.description, ''))), 'D')
    $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION instruments_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_title := lower(nlc_unaccent(NEW.title));
        NEW.search_vector := instrument_search_vector(NEW);
        IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title OR NEW.summary IS DISTINCT FROM OLD.summary
           OR NEW.description IS DISTINCT FROM OLD.description THEN
          PERFORM nlc_add_search_words(concat_ws(' ', NEW.title, NEW.summary, NEW.description));
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`DROP TRIGGER instruments_search ON instruments`);
    await queryRunner.query(`CREATE TRIGGER instruments_search BEFORE INSERT OR UPDATE OF title, summary, description, type_id, search_vector ON instruments
      FOR EACH ROW EXECUTE FUNCTION instruments_search_trigger()`);

    // Attaching or detaching a phase, audience or sector recomputes the instrument's document
    // (the tags' trigger function is generic over a join table with instrument_id).
    for (const [joinTable] of CARRIED) {
      await queryRunner.query(`CREATE TRIGGER ${joinTable}_search_insert AFTER INSERT ON ${joinTable}
        REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION instrument_tags_search_trigger()`);
      await queryRunner.query(`CREATE TRIGGER ${joinTable}_search_delete AFTER DELETE ON ${joinTable}
        REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION instrument_tags_search_trigger()`);
    }
    // A renamed term counts at once: its instruments' documents are recomputed, its words known.
    await queryRunner.query(`CREATE FUNCTION vocabulary_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nlc_add_search_words(NEW.label_nl || ' ' || NEW.label_en);
        IF TG_OP = 'UPDATE' THEN
          IF TG_ARGV[0] = 'instruments' THEN
            UPDATE instruments SET search_vector = NULL WHERE type_id = NEW.id;
          ELSE
            EXECUTE format('UPDATE instruments SET search_vector = NULL WHERE id IN (SELECT instrument_id FROM %I WHERE %I = $1)', TG_ARGV[0], TG_ARGV[1])
              USING NEW.id;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    const vocabularies: [table: string, joinTable: string, column: string][] = [
      ...CARRIED.map(([joinTable, column, table]) => [table, joinTable, column] as [string, string, string]),
      ['instrument_types', 'instruments', 'type_id'],
    ];
    for (const [table, joinTable, column] of vocabularies) {
      await queryRunner.query(`CREATE TRIGGER ${table}_search AFTER UPDATE OF label_nl, label_en ON ${table}
        FOR EACH ROW EXECUTE FUNCTION vocabulary_search_trigger('${joinTable}', '${column}')`);
      await queryRunner.query(`CREATE TRIGGER ${table}_search_words AFTER INSERT ON ${table}
        FOR EACH ROW EXECUTE FUNCTION vocabulary_search_trigger('${joinTable}', '${column}')`);
    }
    await queryRunner.query(`CREATE TRIGGER tags_search_words AFTER INSERT OR UPDATE OF label_nl, label_en ON tags
      FOR EACH ROW EXECUTE FUNCTION vocabulary_search_trigger('instrument_tags', 'tag_id')`);
    await queryRunner.query(`DROP TRIGGER tags_search ON tags`);
    await queryRunner.query(`DROP FUNCTION tags_search_trigger()`);

    await queryRunner.query(`CREATE FUNCTION synonym_words_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nlc_add_search_words(NEW.word);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER synonym_words_search AFTER INSERT ON synonym_words
      FOR EACH ROW EXECUTE FUNCTION synonym_words_search_trigger()`);

    // Typos are corrected through the words dictionary now; no search trigram-matches every title.
    await queryRunner.query(`DROP INDEX "instruments_search_title_trgm_idx"`);
    await queryRunner.query(`UPDATE instruments SET search_vector = NULL`);
    // Also for bulk loads with triggers off (the bench generator).
    await queryRunner.query(`CREATE FUNCTION nlc_fill_search_words() RETURNS void LANGUAGE sql AS $$
      INSERT INTO search_words (word)
        SELECT DISTINCT unnest(nlc_search_words(t)) FROM (
          SELECT concat_ws(' ', title, summary, description) FROM instruments
          UNION ALL SELECT label_nl || ' ' || label_en FROM phases
          UNION ALL SELECT label_nl || ' ' || label_en FROM instrument_types
          UNION ALL SELECT label_nl || ' ' || label_en FROM audiences
          UNION ALL SELECT label_nl || ' ' || label_en FROM sectors
          UNION ALL SELECT label_nl || ' ' || label_en FROM tags
          UNION ALL SELECT word FROM synonym_words) AS texts(t)
        ORDER BY 1 ON CONFLICT DO NOTHING;
    $$`);
    await queryRunner.query(`SELECT nlc_fill_search_words()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "instruments_search_title_trgm_idx" ON "instruments" USING gin ("search_title" gin_trgm_ops)`);
    await queryRunner.query(`DROP TRIGGER synonym_words_search ON synonym_words`);
    await queryRunner.query(`DROP FUNCTION synonym_words_search_trigger()`);
    await queryRunner.query(`CREATE FUNCTION tags_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE instruments SET search_vector = NULL
        WHERE id IN (SELECT instrument_id FROM instrument_tags WHERE tag_id = NEW.id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER tags_search_words ON tags`);
    await queryRunner.query(`CREATE TRIGGER tags_search AFTER UPDATE OF label_nl, label_en ON tags
      FOR EACH ROW EXECUTE FUNCTION tags_search_trigger()`);
    for (const table of ['phases', 'audiences', 'sectors', 'instrument_types']) {
      await queryRunner.query(`DROP TRIGGER ${table}_search_words ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_search ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION vocabulary_search_trigger()`);
    for (const [joinTable] of CARRIED) {
      await queryRunner.query(`DROP TRIGGER ${joinTable}_search_delete ON ${joinTable}`);
      await queryRunner.query(`DROP TRIGGER ${joinTable}_search_insert ON ${joinTable}`);
    }
    await queryRunner.query(`DROP TRIGGER instruments_search ON instruments`);
    await queryRunner.query(`CREATE TRIGGER instruments_search BEFORE INSERT OR UPDATE OF title, summary, description, search_vector ON instruments
      FOR EACH ROW EXECUTE FUNCTION instruments_search_trigger()`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION instruments_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_title := lower(nlc_unaccent(NEW.title));
        NEW.search_vector := instrument_search_vector(NEW);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION instrument_search_vector(i instruments) RETURNS tsvector LANGUAGE sql STABLE AS $$
      SELECT setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.title, ''))), 'A')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.summary, ''))), 'B')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce((
               SELECT string_agg(t.label_nl || ' ' || t.label_en, ' ')
               FROM instrument_tags it JOIN tags t ON t.id = it.tag_id
               WHERE it.instrument_id = i.id), ''))), 'C')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.description, ''))), 'D')
    $$`);
    await queryRunner.query(`UPDATE instruments SET search_vector = NULL`);
    await queryRunner.query(`DROP FUNCTION nlc_fill_search_words()`);
    await queryRunner.query(`DROP FUNCTION nlc_add_search_words(text)`);
    await queryRunner.query(`DROP FUNCTION nlc_search_words(text)`);
    await queryRunner.query(`DROP TABLE "search_words"`);
  }
}
