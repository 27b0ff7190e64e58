import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * BEST_RATED over many matches stops after a page (#17): rated instruments get an index on their
 * Bayesian average (weight 5) with a fixed prior of 3.5 (libs/domain
 * CATALOGUE_COUNTS.bestRatedIndexPrior). The order visitors see uses the catalogue's mean as prior,
 * which differs from it by at most |mean − 3.5| per instrument, so a page read along this index and
 * corrected by that margin is exact (CatalogueQueries.bestRatedWindow).
 */
export class BestRatedOrder1796000000000 implements MigrationInterface {
  name = 'BestRatedOrder1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "rating_summaries_best_rated_idx" ON "rating_summaries" (((17.5::float8 + "rating_sum") / (5 + "rating_count")), "instrument_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "rating_summaries_best_rated_idx"`);
  }
}
