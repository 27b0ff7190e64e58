import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Vervangen door": a retired instrument may name the instrument that replaces it (issue #19).
 * One nullable self-reference, never itself, only on a retired instrument; indexed for the reverse
 * (`Instrument.replaces`). Deleting the successor clears the reference.
 */
export class InstrumentReplacedBy1796030000000 implements MigrationInterface {
  name = 'InstrumentReplacedBy1796030000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "instruments" ADD "replaced_by_id" uuid`);
    await queryRunner.query(`CREATE INDEX "instruments_replaced_by_idx" ON "instruments" ("replaced_by_id")`);
    await queryRunner.query(`ALTER TABLE "instruments" ADD CONSTRAINT "instruments_replaced_by_retired" CHECK (replaced_by_id IS NULL OR status = 'RETIRED')`);
    await queryRunner.query(`ALTER TABLE "instruments" ADD CONSTRAINT "instruments_replaced_by_not_self" CHECK (replaced_by_id <> id)`);
    await queryRunner.query(`ALTER TABLE "instruments" ADD CONSTRAINT "FK_9c1daf9ec7c20c525ea45ab6df7" FOREIGN KEY ("replaced_by_id") REFERENCES "instruments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "instruments" DROP CONSTRAINT "FK_9c1daf9ec7c20c525ea45ab6df7"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP CONSTRAINT "instruments_replaced_by_not_self"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP CONSTRAINT "instruments_replaced_by_retired"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_replaced_by_idx"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP COLUMN "replaced_by_id"`);
  }
}
