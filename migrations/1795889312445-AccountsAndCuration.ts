import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndCuration1795889312445 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."account_role" AS ENUM('MEMBER', 'CURATOR', 'ADMIN')`);
    await queryRunner.query(`CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" "public"."account_role" NOT NULL DEFAULT 'MEMBER', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "accounts_role_idx" ON "accounts"  ("role") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "accounts_email_idx" ON "accounts"  ("email") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "renewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessions_account_idx" ON "sessions"  ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_idx" ON "sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "instrument_revisions" ("id" BIGSERIAL NOT NULL, "instrument_id" uuid NOT NULL, "changed_by_id" uuid, "changed_by_name" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" text NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_bc7af3395550ede43a24c63228c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "instrument_revisions_instrument_idx" ON "instrument_revisions"  ("instrument_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "instrument_status_changes" ADD "changed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "instrument_revisions" ADD CONSTRAINT "FK_db3d71c24b2132168e5fe0dc9a2" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "instrument_revisions" ADD CONSTRAINT "FK_e8bbb399e587f3aeb2cf2f55926" FOREIGN KEY ("changed_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "instrument_status_changes" ADD CONSTRAINT "FK_437de118f801c0c1a13cadd0015" FOREIGN KEY ("changed_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER instrument_revisions_append_only BEFORE UPDATE OR DELETE ON instrument_revisions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER instrument_revisions_append_only ON instrument_revisions`);
    await queryRunner.query(`ALTER TABLE "instrument_status_changes" DROP CONSTRAINT "FK_437de118f801c0c1a13cadd0015"`);
    await queryRunner.query(`ALTER TABLE "instrument_revisions" DROP CONSTRAINT "FK_e8bbb399e587f3aeb2cf2f55926"`);
    await queryRunner.query(`ALTER TABLE "instrument_revisions" DROP CONSTRAINT "FK_db3d71c24b2132168e5fe0dc9a2"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5"`);
    await queryRunner.query(`ALTER TABLE "instrument_status_changes" DROP COLUMN "changed_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."instrument_revisions_instrument_idx"`);
    await queryRunner.query(`DROP TABLE "instrument_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_account_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."accounts_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."accounts_role_idx"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
    await queryRunner.query(`DROP TYPE "public"."account_role"`);
  }
}
