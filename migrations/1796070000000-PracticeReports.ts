import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice reports (issue #21 point 1): a member tells how an instrument was used; curators publish
 * or decline it with a reason. Published reports are read anonymously, so writes bump the read
 * cache's version (migration CacheVersion).
 */
export class PracticeReports1796070000000 implements MigrationInterface {
  name = 'PracticeReports1796070000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."practice_report_status" AS ENUM('SUBMITTED', 'PUBLISHED', 'DECLINED')`);
    await queryRunner.query(`CREATE TABLE "practice_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "instrument_id" uuid NOT NULL, "author_id" uuid NOT NULL, "status" "public"."practice_report_status" NOT NULL DEFAULT 'SUBMITTED', "community_name" text, "sectors" text array NOT NULL, "partner_kinds" text array NOT NULL, "phase" text NOT NULL, "period_from" text NOT NULL, "period_to" text, "what_we_did" text NOT NULL, "what_it_yielded" text NOT NULL, "what_we_would_change" text NOT NULL, "contact" text, "decision_reason" text, "decided_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "practice_reports_published_has_date" CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL), CONSTRAINT "practice_reports_declined_has_reason" CHECK (status <> 'DECLINED' OR decision_reason IS NOT NULL), CONSTRAINT "practice_reports_stories" CHECK (length(what_we_did) BETWEEN 20 AND 4000 AND length(what_it_yielded) BETWEEN 20 AND 4000 AND length(what_we_would_change) BETWEEN 20 AND 4000), CONSTRAINT "practice_reports_sectors" CHECK (cardinality(sectors) BETWEEN 1 AND 10), CONSTRAINT "practice_reports_partner_kinds" CHECK (cardinality(partner_kinds) >= 1 AND partner_kinds <@ ARRAY['COMPANIES', 'PUBLIC_BODIES', 'SCHOOLS', 'OTHERS']::text[]), CONSTRAINT "practice_reports_period" CHECK (period_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND (period_to IS NULL OR (period_to ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND period_to >= period_from))), CONSTRAINT "PK_948e0bd11f39f1792750a983a20" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_reports_author_idx" ON "practice_reports"  ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "practice_reports_status_created_idx" ON "practice_reports"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "practice_reports_instrument_published_idx" ON "practice_reports"  ("instrument_id", "published_at") WHERE status = 'PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX "practice_reports_published_idx" ON "practice_reports"  ("published_at", "id") WHERE status = 'PUBLISHED'`);
    await queryRunner.query(`ALTER TABLE "practice_reports" ADD CONSTRAINT "FK_f546db17de4208d00086583a45e" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_reports" ADD CONSTRAINT "FK_a5cb8fdf1e43a400588cf438a74" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_reports" ADD CONSTRAINT "FK_02efec4cd24ea0c2efdb5947bfe" FOREIGN KEY ("decided_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR UPDATE OR DELETE ON "practice_reports"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
    await queryRunner.query(`CREATE TRIGGER cache_version_bump_truncate AFTER TRUNCATE ON "practice_reports"
      FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER cache_version_bump_truncate ON "practice_reports"`);
    await queryRunner.query(`DROP TRIGGER cache_version_bump ON "practice_reports"`);
    await queryRunner.query(`ALTER TABLE "practice_reports" DROP CONSTRAINT "FK_02efec4cd24ea0c2efdb5947bfe"`);
    await queryRunner.query(`ALTER TABLE "practice_reports" DROP CONSTRAINT "FK_a5cb8fdf1e43a400588cf438a74"`);
    await queryRunner.query(`ALTER TABLE "practice_reports" DROP CONSTRAINT "FK_f546db17de4208d00086583a45e"`);
    await queryRunner.query(`DROP INDEX "public"."practice_reports_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practice_reports_instrument_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practice_reports_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practice_reports_author_idx"`);
    await queryRunner.query(`DROP TABLE "practice_reports"`);
    await queryRunner.query(`DROP TYPE "public"."practice_report_status"`);
  }
}
