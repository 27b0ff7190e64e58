import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on with OpenID Connect (issue #20.6): `account_identities` links an account to a
 * provider's (issuer, subject), unique. `oidc_sign_ins` holds a sign-in under way (state, nonce and
 * PKCE verifier, found by the hash of an httpOnly cookie's token) for ten minutes; written by hand:
 * UNLOGGED (a crash only ends sign-ins in progress) cannot be said in an entity, so it has none, as
 * `throttler_hits`.
 */
export class AccountIdentities1796060000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "issuer" text NOT NULL, "subject" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_identities_not_blank" CHECK (length("issuer") > 0 AND length("subject") > 0), CONSTRAINT "PK_03a85f9b5b43e86ca9d6f5ec0f7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "account_identities_account_idx" ON "account_identities"  ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "account_identities_issuer_subject_idx" ON "account_identities"  ("issuer", "subject") `);
    await queryRunner.query(`ALTER TABLE "account_identities" ADD CONSTRAINT "FK_df2ef81da2fbf39fac6344a199e" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE UNLOGGED TABLE "oidc_sign_ins" ("token_hash" text NOT NULL, "state" text NOT NULL, "nonce" text NOT NULL, "code_verifier" text NOT NULL, "return_path" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "oidc_sign_ins_pkey" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "oidc_sign_ins_expires_idx" ON "oidc_sign_ins" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "oidc_sign_ins"`);
    await queryRunner.query(`ALTER TABLE "account_identities" DROP CONSTRAINT "FK_df2ef81da2fbf39fac6344a199e"`);
    await queryRunner.query(`DROP INDEX "public"."account_identities_issuer_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_identities_account_idx"`);
    await queryRunner.query(`DROP TABLE "account_identities"`);
  }
}
