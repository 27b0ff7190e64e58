import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #23, following: members follow instruments, phases and starter kits (follows), choose how
 * often they hear (follow_settings), and WEEKLY members' events wait for the digest
 * (follow_digest_items). Outbox mails get optional headers (List-Unsubscribe on follow mails).
 * No cache-version triggers: no anonymous answer reads these tables.
 */
export class Following1796160000000 implements MigrationInterface {
  name = 'Following1796160000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."follow_kind" AS ENUM('INSTRUMENT', 'PHASE', 'COLLECTION')`);
    await queryRunner.query(`CREATE TABLE "follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" "public"."follow_kind" NOT NULL, "instrument_id" uuid, "phase_id" integer, "collection_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follows_one_target" CHECK ((kind = 'INSTRUMENT') = (instrument_id IS NOT NULL) AND (kind = 'PHASE') = (phase_id IS NOT NULL) AND (kind = 'COLLECTION') = (collection_id IS NOT NULL)), CONSTRAINT "PK_8988f607744e16ff79da3b8a627" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "follows_account_created_idx" ON "follows"  ("account_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "follows_collection_idx" ON "follows"  ("collection_id") WHERE collection_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "follows_phase_idx" ON "follows"  ("phase_id") WHERE phase_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "follows_instrument_idx" ON "follows"  ("instrument_id") WHERE instrument_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follows_account_collection_key" ON "follows"  ("account_id", "collection_id") WHERE collection_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follows_account_phase_key" ON "follows"  ("account_id", "phase_id") WHERE phase_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follows_account_instrument_key" ON "follows"  ("account_id", "instrument_id") WHERE instrument_id IS NOT NULL`);
    await queryRunner.query(`CREATE TYPE "public"."follow_frequency" AS ENUM('IMMEDIATE', 'WEEKLY', 'OFF')`);
    await queryRunner.query(`CREATE TABLE "follow_settings" ("account_id" uuid NOT NULL, "frequency" "public"."follow_frequency" NOT NULL DEFAULT 'IMMEDIATE', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92b98ff2a87eb1513ddb908b656" PRIMARY KEY ("account_id"))`);
    await queryRunner.query(`CREATE TABLE "follow_digest_items" ("id" BIGSERIAL NOT NULL, "account_id" uuid NOT NULL, "instrument_id" uuid NOT NULL, "summary" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "digested_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e334d2c4d1717e66c595032af81" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "follow_digest_items_instrument_idx" ON "follow_digest_items"  ("instrument_id") `);
    await queryRunner.query(`CREATE INDEX "follow_digest_items_pending_idx" ON "follow_digest_items"  ("account_id", "id") WHERE digested_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD "headers" jsonb`);
    await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_0735a3862ba72ba2a07b5dc70ee" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_7b6ed167c128e9626533372198d" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_911fcc44322d1a0ccbc5445617d" FOREIGN KEY ("phase_id") REFERENCES "phases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_8ddb5f26470e9bbb742bd050573" FOREIGN KEY ("collection_id") REFERENCES "collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_settings" ADD CONSTRAINT "FK_92b98ff2a87eb1513ddb908b656" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_digest_items" ADD CONSTRAINT "FK_403f179f8eec799421f383a271f" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_digest_items" ADD CONSTRAINT "FK_77dadd3d51c9c24f9aed6b777f5" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_digest_items" DROP CONSTRAINT "FK_77dadd3d51c9c24f9aed6b777f5"`);
    await queryRunner.query(`ALTER TABLE "follow_digest_items" DROP CONSTRAINT "FK_403f179f8eec799421f383a271f"`);
    await queryRunner.query(`ALTER TABLE "follow_settings" DROP CONSTRAINT "FK_92b98ff2a87eb1513ddb908b656"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_8ddb5f26470e9bbb742bd050573"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_911fcc44322d1a0ccbc5445617d"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_7b6ed167c128e9626533372198d"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_0735a3862ba72ba2a07b5dc70ee"`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP COLUMN "headers"`);
    await queryRunner.query(`DROP INDEX "public"."follow_digest_items_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."follow_digest_items_instrument_idx"`);
    await queryRunner.query(`DROP TABLE "follow_digest_items"`);
    await queryRunner.query(`DROP TABLE "follow_settings"`);
    await queryRunner.query(`DROP TYPE "public"."follow_frequency"`);
    await queryRunner.query(`DROP INDEX "public"."follows_account_instrument_key"`);
    await queryRunner.query(`DROP INDEX "public"."follows_account_phase_key"`);
    await queryRunner.query(`DROP INDEX "public"."follows_account_collection_key"`);
    await queryRunner.query(`DROP INDEX "public"."follows_instrument_idx"`);
    await queryRunner.query(`DROP INDEX "public"."follows_phase_idx"`);
    await queryRunner.query(`DROP INDEX "public"."follows_collection_idx"`);
    await queryRunner.query(`DROP INDEX "public"."follows_account_created_idx"`);
    await queryRunner.query(`DROP TABLE "follows"`);
    await queryRunner.query(`DROP TYPE "public"."follow_kind"`);
  }
}
