import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The body that adds an instrument's words to the dictionary when its texts are new or changed. */
const ADD_WORDS = `IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title OR NEW.summary IS DISTINCT FROM OLD.summary
           OR NEW.description IS DISTINCT FROM OLD.description THEN
          PERFORM nlc_add_search_words(concat_ws(' ', NEW.title, NEW.summary, NEW.description));
        END IF;`;

/**
 * An instrument's search document is computed once per write of many instruments, not once per
 * statement that touches it. Until now a new instrument's document was computed on its insert and
 * again after its phases, audiences, sectors and tags were attached (four to five times; 11 of an
 * import's 22 seconds for 10,000 rows). With the transaction-local setting `nlc.search_deferred`
 * on, the instrument's trigger keeps search_title and the dictionary but leaves the document, and
 * the join tables' triggers do nothing; the writer then recomputes the documents of the instruments
 * it wrote in one statement (`computeSearchDocuments`). Without the setting nothing changes.
 */
export class SearchDocumentOnce1796170000000 implements MigrationInterface {
  name = 'SearchDocumentOnce1796170000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION instruments_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_title := lower(nlc_unaccent(NEW.title));
        IF current_setting('nlc.search_deferred', true) IS DISTINCT FROM 'on' THEN
          NEW.search_vector := instrument_search_vector(NEW);
        END IF;
        ${ADD_WORDS}
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION instrument_tags_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('nlc.search_deferred', true) IS DISTINCT FROM 'on' THEN
          UPDATE instruments SET search_vector = NULL
          WHERE id IN (SELECT instrument_id FROM changed_rows);
        END IF;
        RETURN NULL;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION instrument_tags_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE instruments SET search_vector = NULL
        WHERE id IN (SELECT instrument_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION instruments_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_title := lower(nlc_unaccent(NEW.title));
        NEW.search_vector := instrument_search_vector(NEW);
        ${ADD_WORDS}
        RETURN NEW;
      END $$`);
  }
}
