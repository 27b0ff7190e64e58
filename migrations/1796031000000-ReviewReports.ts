import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members report a review to the curators (issue #19): one report per member per review, a reason
 * from a short list (a note required for "something else"); curators settle the open ones.
 */
export class ReviewReports1796031000000 implements MigrationInterface {
  name = 'ReviewReports1796031000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_report_reason" AS ENUM('OFFENSIVE', 'PERSONAL_DATA', 'SPAM', 'OFF_TOPIC', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "review_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rating_id" uuid NOT NULL, "account_id" uuid NOT NULL, "reason" "public"."review_report_reason" NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, CONSTRAINT "review_reports_rating_account_key" UNIQUE ("rating_id", "account_id"), CONSTRAINT "review_reports_other_has_note" CHECK (reason <> 'OTHER' OR note IS NOT NULL), CONSTRAINT "review_reports_note_length" CHECK (note IS NULL OR length(note) <= 500), CONSTRAINT "PK_173974ee185c21487767bdb54dc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "review_reports_open_idx" ON "review_reports" ("created_at") WHERE resolved_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "review_reports" ADD CONSTRAINT "FK_419022297b796f316a0e20c804d" FOREIGN KEY ("rating_id") REFERENCES "ratings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_reports" ADD CONSTRAINT "FK_7b32e676f8141ecb132874c40f7" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_reports" ADD CONSTRAINT "FK_1d1dbfdb52cea0b107375a76bc7" FOREIGN KEY ("resolved_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_reports" DROP CONSTRAINT "FK_1d1dbfdb52cea0b107375a76bc7"`);
    await queryRunner.query(`ALTER TABLE "review_reports" DROP CONSTRAINT "FK_7b32e676f8141ecb132874c40f7"`);
    await queryRunner.query(`ALTER TABLE "review_reports" DROP CONSTRAINT "FK_419022297b796f316a0e20c804d"`);
    await queryRunner.query(`DROP INDEX "public"."review_reports_open_idx"`);
    await queryRunner.query(`DROP TABLE "review_reports"`);
    await queryRunner.query(`DROP TYPE "public"."review_report_reason"`);
  }
}
