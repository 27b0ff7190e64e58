import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sample (libs/domain CATALOGUE_COUNTS: ids in the first 1/32 of the id space) gets its own
 * index on the title part of the search document, so a tiered RELEVANCE page learns cheaply
 * whether a search is common in titles (walk the NEWEST index) or rare there (read the title
 * index and sort): the planner takes some word pairs for common in titles and walked every
 * instrument for none (#17: "professionalisering samenwerking", 1 s).
 */
export class SampleTitleIndex1796010000000 implements MigrationInterface {
  name = 'SampleTitleIndex1796010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "instruments_sample_title_idx" ON "instruments" USING gin (nlc_title_document("search_vector"))
       WHERE id < '08000000-0000-0000-0000-000000000000'::uuid`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "instruments_sample_title_idx"`);
  }
}
