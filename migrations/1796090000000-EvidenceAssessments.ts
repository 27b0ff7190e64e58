import type { MigrationInterface, QueryRunner } from 'typeorm';

const CACHED_TABLES = ['evidence_assessments', 'evidence_assessment_sources'];

/**
 * The evidence behind a level (issue #21): append-only assessments with a reason and cited sources,
 * and "afgeleid van" (derived_from_id). Each level already in the catalogue becomes a first
 * assessment, "Overgenomen uit de catalogus", by nobody, dated by its last EVIDENCE revision (or the
 * instrument's creation). practice_report_id and pilot_id get their foreign keys when the practice
 * reports' and pilots' tables exist (other branches of the issue).
 */
export class EvidenceAssessments1796090000000 implements MigrationInterface {
  name = 'EvidenceAssessments1796090000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_assessments" ("id" BIGSERIAL NOT NULL, "instrument_id" uuid NOT NULL, "level" "public"."evidence_level" NOT NULL, "reason" text NOT NULL, "assessed_by_id" uuid, "assessed_by_name" text, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_assessments_reason_length" CHECK (length(btrim(reason)) BETWEEN 1 AND 2000), CONSTRAINT "PK_db2d9bc9d912c07da9cccfb3207" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "evidence_assessments_instrument_idx" ON "evidence_assessments"  ("instrument_id", "assessed_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."evidence_source_kind" AS ENUM('LINK', 'PRACTICE_REPORT', 'PILOT')`);
    await queryRunner.query(`CREATE TABLE "evidence_assessment_sources" ("id" BIGSERIAL NOT NULL, "assessment_id" bigint NOT NULL, "position" integer NOT NULL, "kind" "public"."evidence_source_kind" NOT NULL, "url" text, "label" text, "practice_report_id" uuid, "pilot_id" uuid, CONSTRAINT "evidence_assessment_sources_kind_columns" CHECK ((kind = 'LINK' AND url IS NOT NULL AND label IS NOT NULL AND practice_report_id IS NULL AND pilot_id IS NULL)
   OR (kind = 'PRACTICE_REPORT' AND practice_report_id IS NOT NULL AND url IS NULL AND pilot_id IS NULL)
   OR (kind = 'PILOT' AND pilot_id IS NOT NULL AND url IS NULL AND practice_report_id IS NULL)), CONSTRAINT "PK_5ef224abc64ef01a56e89fd350e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "evidence_assessment_sources_assessment_idx" ON "evidence_assessment_sources"  ("assessment_id", "position") `);
    await queryRunner.query(`ALTER TABLE "instruments" ADD "derived_from_id" uuid`);
    await queryRunner.query(`CREATE INDEX "instruments_derived_from_idx" ON "instruments"  ("derived_from_id") `);
    await queryRunner.query(`ALTER TABLE "instruments" ADD CONSTRAINT "instruments_derived_from_not_self" CHECK (derived_from_id <> id)`);
    await queryRunner.query(`ALTER TABLE "instruments" ADD CONSTRAINT "FK_26f3636aa7dac25c6f555778686" FOREIGN KEY ("derived_from_id") REFERENCES "instruments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_assessments" ADD CONSTRAINT "FK_e8ede1af6bf12986701739bbaf3" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_assessments" ADD CONSTRAINT "FK_1056760ff8f07fa624919fd4928" FOREIGN KEY ("assessed_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" ADD CONSTRAINT "FK_dc0500a3e6c791418d2d500a558" FOREIGN KEY ("assessment_id") REFERENCES "evidence_assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`INSERT INTO evidence_assessments (instrument_id, level, reason, assessed_at)
      SELECT i.id, i.evidence_level, 'Overgenomen uit de catalogus',
             COALESCE((SELECT max(r.changed_at) FROM instrument_revisions r WHERE r.instrument_id = i.id AND r.action = 'EVIDENCE'), i.created_at)
      FROM instruments i WHERE i.evidence_level <> 'NOT_ASSESSED' ORDER BY i.created_at, i.id`);

    // Assessments are history: append-only, as the status history (refuse_change() from the first migration).
    await queryRunner.query(`CREATE TRIGGER evidence_assessments_append_only BEFORE UPDATE OR DELETE ON evidence_assessments
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER evidence_assessment_sources_append_only BEFORE UPDATE OR DELETE ON evidence_assessment_sources
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    // Anonymous answers read assessments (Instrument.evidenceAssessments): writes bump the cache version.
    for (const table of CACHED_TABLES) {
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
      await queryRunner.query(`CREATE TRIGGER cache_version_bump_truncate AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CACHED_TABLES) {
      await queryRunner.query(`DROP TRIGGER cache_version_bump_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER cache_version_bump ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER evidence_assessment_sources_append_only ON evidence_assessment_sources`);
    await queryRunner.query(`DROP TRIGGER evidence_assessments_append_only ON evidence_assessments`);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" DROP CONSTRAINT "FK_dc0500a3e6c791418d2d500a558"`);
    await queryRunner.query(`ALTER TABLE "evidence_assessments" DROP CONSTRAINT "FK_1056760ff8f07fa624919fd4928"`);
    await queryRunner.query(`ALTER TABLE "evidence_assessments" DROP CONSTRAINT "FK_e8ede1af6bf12986701739bbaf3"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP CONSTRAINT "FK_26f3636aa7dac25c6f555778686"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP CONSTRAINT "instruments_derived_from_not_self"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_derived_from_idx"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP COLUMN "derived_from_id"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_assessment_sources_assessment_idx"`);
    await queryRunner.query(`DROP TABLE "evidence_assessment_sources"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_source_kind"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_assessments_instrument_idx"`);
    await queryRunner.query(`DROP TABLE "evidence_assessments"`);
  }
}
