import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The words of instruments' titles, for `similarInstruments`: a dictionary of distinct title words
 * with a GiST trigram index (a typed word finds its nearest spellings among a few thousand words in
 * about a millisecond), and which instrument has which word. Candidates for a typed title are then
 * the instruments that share a (nearly) same word, found by key, instead of a nearest-first scan
 * over every title, which takes ~100 ms at 100,000 titles that share most of their words.
 * Kept by triggers on `instruments.search_title`, so every writer (API, import, psql) keeps it true.
 */
export class TitleWords1795940000000 implements MigrationInterface {
  name = 'TitleWords1795940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION nlc_title_words(title text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}')
      FROM regexp_split_to_table(coalesce(title, ''), '[^[:alnum:]]+') AS w
      WHERE length(w) >= 3
    $$`);
    await queryRunner.query(`CREATE TABLE "title_words" ("word" text COLLATE "C" NOT NULL, CONSTRAINT "title_words_pkey" PRIMARY KEY ("word"))`);
    await queryRunner.query(`CREATE INDEX "title_words_trgm_idx" ON "title_words" USING gist ("word" gist_trgm_ops)`);
    await queryRunner.query(`CREATE TABLE "instrument_title_words" (
      "word" text COLLATE "C" NOT NULL,
      "instrument_id" uuid NOT NULL REFERENCES "instruments"("id") ON DELETE CASCADE,
      CONSTRAINT "instrument_title_words_pkey" PRIMARY KEY ("word", "instrument_id"))`);
    await queryRunner.query(`CREATE INDEX "instrument_title_words_instrument_idx" ON "instrument_title_words" ("instrument_id")`);
    // Words enter the dictionary in sorted order, so concurrent writers cannot deadlock on them.
    // A word whose last instrument is gone stays: it only finds no candidates.
    await queryRunner.query(`CREATE FUNCTION instruments_title_words_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM instrument_title_words WHERE instrument_id = NEW.id;
        END IF;
        INSERT INTO title_words (word) SELECT unnest(nlc_title_words(NEW.search_title)) ORDER BY 1 ON CONFLICT DO NOTHING;
        INSERT INTO instrument_title_words (word, instrument_id) SELECT unnest(nlc_title_words(NEW.search_title)), NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER instruments_title_words_insert AFTER INSERT ON instruments
      FOR EACH ROW EXECUTE FUNCTION instruments_title_words_trigger()`);
    await queryRunner.query(`CREATE TRIGGER instruments_title_words_update AFTER UPDATE ON instruments
      FOR EACH ROW WHEN (OLD.search_title IS DISTINCT FROM NEW.search_title) EXECUTE FUNCTION instruments_title_words_trigger()`);
    await queryRunner.query(`CREATE FUNCTION nlc_fill_title_words() RETURNS void LANGUAGE sql AS $$
      INSERT INTO title_words (word)
        SELECT DISTINCT unnest(nlc_title_words(search_title)) FROM instruments ORDER BY 1 ON CONFLICT DO NOTHING;
      INSERT INTO instrument_title_words (word, instrument_id)
        SELECT unnest(nlc_title_words(search_title)), id FROM instruments ON CONFLICT DO NOTHING;
    $$`);
    await queryRunner.query(`SELECT nlc_fill_title_words()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION nlc_fill_title_words()`);
    await queryRunner.query(`DROP TRIGGER instruments_title_words_update ON instruments`);
    await queryRunner.query(`DROP TRIGGER instruments_title_words_insert ON instruments`);
    await queryRunner.query(`DROP FUNCTION instruments_title_words_trigger()`);
    await queryRunner.query(`DROP TABLE "instrument_title_words"`);
    await queryRunner.query(`DROP TABLE "title_words"`);
    await queryRunner.query(`DROP FUNCTION nlc_title_words(text)`);
  }
}
