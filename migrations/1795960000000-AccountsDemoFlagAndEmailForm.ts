import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * - `accounts.demo`: the demo accounts (known passwords) are marked, so that a production start
 *   refuses them even on a database a development start filled; the ones such starts already
 *   made are marked here by their fixed addresses.
 * - Every stored e-mail address is trimmed, NFC and lower case (normaliseEmail), so the unique
 *   index on `email` is uniqueness of the normalised address, also for rows written by hand.
 *   Addresses written before are brought into that form first (two that collide stop the migration).
 */
export class AccountsDemoFlagAndEmailForm1795960000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "demo" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "accounts" SET "demo" = true WHERE "email" IN ('lid@example.org', 'curator@example.org', 'beheerder@example.org')`,
    );
    await queryRunner.query(
      `UPDATE "accounts" SET "email" = lower(normalize(btrim("email"), NFC)) WHERE "email" <> lower(normalize(btrim("email"), NFC))`,
    );
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "accounts_email_normalised" CHECK ("email" = lower(normalize(btrim("email"), NFC)))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_email_normalised"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "demo"`);
  }
}
