import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's default order (#19, USABLE_FIRST): available and piloting instruments first, then
 * prototypes and those in design, ideas, retired last (libs/domain USABLE_FIRST_RANK, higher first);
 * newest first within a group. The expression below is the one CatalogueQueries writes (USABLE_RANK),
 * so keyset pages walk this index backwards and stop after a page. Retired instruments are hidden by
 * default; a partial index lets the facet counts leave them out without reading every instrument.
 */
export class UsableFirstOrder1796020000000 implements MigrationInterface {
  name = 'UsableFirstOrder1796020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "instruments_usable_first_idx" ON "instruments" ((CASE "status" WHEN 'AVAILABLE' THEN 3 WHEN 'PILOTING' THEN 3 WHEN 'PROTOTYPE' THEN 2 WHEN 'IN_DESIGN' THEN 2 WHEN 'IDEA' THEN 1 ELSE 0 END), "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "instruments_retired_idx" ON "instruments" ("id") WHERE "status" = 'RETIRED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "instruments_retired_idx"`);
    await queryRunner.query(`DROP INDEX "instruments_usable_first_idx"`);
  }
}
