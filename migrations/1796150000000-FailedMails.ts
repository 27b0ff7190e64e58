import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #23: the outbox sender gives up on a mail after a bounded number of attempts and marks it
 * failed (failed_at); admins list failed mails and retry them. A mail is sent or failed, never both.
 */
export class FailedMails1796150000000 implements MigrationInterface {
  name = 'FailedMails1796150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD CONSTRAINT "outbox_mails_sent_or_failed" CHECK (sent_at IS NULL OR failed_at IS NULL)`);
    await queryRunner.query(`CREATE INDEX "outbox_mails_failed_idx" ON "outbox_mails" ("failed_at", "id") WHERE failed_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_mails_failed_idx"`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP CONSTRAINT "outbox_mails_sent_or_failed"`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP COLUMN "failed_at"`);
  }
}
