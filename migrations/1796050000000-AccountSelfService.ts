import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts people run themselves (issue 20):
 * - `accounts.email_verified_at`: when the owner proved the address. Every account made before
 *   this migration (demo accounts, `npm run user:create`) counts as verified, and so does every row
 *   written without `register` (the default); `register` writes NULL and mails a link.
 * - `accounts.disabled_at`: set by an admin; such an account cannot sign in and has no sessions.
 * - `accounts.last_sign_in_at`: for admins.
 * - `account_tokens`: single-use links (password reset, e-mail verification, e-mail change), only
 *   as SHA-256 hashes, each with the address it was sent to and an expiry.
 * - The append-only histories (status changes, revisions, proposal events) let one kind of
 *   transaction change them: the erasure of an account (deleteMyAccount, AVG art. 17), which sets
 *   `nlc.erasing_account` for itself only, anonymises the account's name there and removes the
 *   history of its own proposals. Everything else is still refused.
 */
export class AccountSelfService1796050000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`);
    await queryRunner.query(`UPDATE "accounts" SET "email_verified_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE TYPE "public"."account_token_purpose" AS ENUM('PASSWORD_RESET', 'EMAIL_VERIFICATION', 'EMAIL_CHANGE')`);
    await queryRunner.query(
      `CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "purpose" "public"."account_token_purpose" NOT NULL, "token_hash" text NOT NULL, "email" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "account_tokens_expiry_after_creation" CHECK ("expires_at" > "created_at"), CONSTRAINT "account_tokens_email_normalised" CHECK ("email" = lower(normalize(btrim("email"), NFC))), CONSTRAINT "PK_account_tokens" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "account_tokens_token_hash_idx" ON "account_tokens" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "account_tokens_account_idx" ON "account_tokens" ("account_id", "purpose") `);
    await queryRunner.query(
      `ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_account_tokens_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('nlc.erasing_account', true), '') <> '' THEN
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."account_token_purpose"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "last_sign_in_at"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "disabled_at"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "email_verified_at"`);
  }
}
