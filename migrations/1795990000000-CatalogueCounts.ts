import type { MigrationInterface, QueryRunner } from 'typeorm';

/** libs/domain CATALOGUE_COUNTS.sampleIdBound: the first 1/32 of the (random) id space. */
const SAMPLE = `id < '08000000-0000-0000-0000-000000000000'::uuid`;

/**
 * Cheap answers over huge result sets (#17):
 *  - the sample that estimated counts stand on (instruments whose random id falls in the first
 *    1/32 of the id space) gets its own small GIN index, so a common word's sample is found
 *    without reading the whole posting list of the catalogue's index;
 *  - the sample's facet columns are covered by a small index, so estimates without a search read
 *    no table pages;
 *  - NEWEST within a type has its own index, so a type filter does not walk every newer instrument;
 *  - the title part of the search document (weight A) is indexed, so RELEVANCE over many matches
 *    can put title matches first without ranking every match. It is taken by a function that
 *    tells the planner its real cost (reading a TOASTed document): otherwise a rare title word is
 *    looked for by walking thousands of the newest instruments instead of by this index.
 */
export class CatalogueCounts1795990000000 implements MigrationInterface {
  name = 'CatalogueCounts1795990000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "instruments_sample_search_idx" ON "instruments" USING gin ("search_vector") WHERE ${SAMPLE}`);
    await queryRunner.query(
      `CREATE INDEX "instruments_sample_idx" ON "instruments" ("id") INCLUDE ("status", "type_id", "evidence_level", "origin") WHERE ${SAMPLE}`,
    );
    await queryRunner.query(`CREATE INDEX "instruments_type_newest_idx" ON "instruments" ("type_id", "created_at", "id")`);
    await queryRunner.query(`CREATE FUNCTION nlc_title_document(tsvector) RETURNS tsvector LANGUAGE plpgsql
      IMMUTABLE STRICT PARALLEL SAFE COST 200 AS $$ BEGIN RETURN ts_filter($1, '{a}'); END $$`);
    await queryRunner.query(`CREATE INDEX "instruments_title_vector_idx" ON "instruments" USING gin (nlc_title_document("search_vector"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "instruments_title_vector_idx"`);
    await queryRunner.query(`DROP FUNCTION nlc_title_document(tsvector)`);
    await queryRunner.query(`DROP INDEX "instruments_type_newest_idx"`);
    await queryRunner.query(`DROP INDEX "instruments_sample_idx"`);
    await queryRunner.query(`DROP INDEX "instruments_sample_search_idx"`);
  }
}
