import type { MigrationInterface, QueryRunner } from 'typeorm';

const CACHED_TABLES = ['pilots', 'pilot_feedback'];

/**
 * Pilots of prototypes (issue #21): the working group records pilots in learning communities,
 * invites members per pilot site, and each invited member gives feedback once (the foreign key to
 * pilot_members and the unique key make both true under concurrency).
 */
export class Pilots1796080000000 implements MigrationInterface {
  name = 'Pilots1796080000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."pilot_state" AS ENUM('PLANNED', 'RUNNING', 'FINISHED')`);
    await queryRunner.query(`CREATE TABLE "pilots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "instrument_id" uuid NOT NULL, "community" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "state" "public"."pilot_state" NOT NULL DEFAULT 'PLANNED', "note" text, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pilots_note_length" CHECK (note IS NULL OR length(note) <= 2000), CONSTRAINT "pilots_community_length" CHECK (length(community) BETWEEN 2 AND 160), CONSTRAINT "pilots_period" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "PK_02136c571ecc943394289942ac2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pilots_instrument_idx" ON "pilots"  ("instrument_id", "starts_on") `);
    await queryRunner.query(`CREATE TABLE "pilot_members" ("pilot_id" uuid NOT NULL, "account_id" uuid NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cd41915ebd51eb078c669e0364a" PRIMARY KEY ("pilot_id", "account_id"))`);
    await queryRunner.query(`CREATE INDEX "pilot_members_account_idx" ON "pilot_members"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "pilot_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pilot_id" uuid NOT NULL, "account_id" uuid NOT NULL, "worked" text NOT NULL, "change" text, "recommend" boolean NOT NULL, "usefulness" smallint NOT NULL, "given_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pilot_feedback_pilot_account_key" UNIQUE ("pilot_id", "account_id"), CONSTRAINT "pilot_feedback_change_length" CHECK (change IS NULL OR length(change) <= 2000), CONSTRAINT "pilot_feedback_worked_length" CHECK (length(worked) BETWEEN 3 AND 2000), CONSTRAINT "pilot_feedback_usefulness_range" CHECK (usefulness BETWEEN 1 AND 5), CONSTRAINT "PK_272a2555263675dc69688d562e6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "pilots" ADD CONSTRAINT "FK_590f935c122a0eadc73215af3c4" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilots" ADD CONSTRAINT "FK_4f57f2b02039f6e7932fa6fcdcd" FOREIGN KEY ("recorded_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_members" ADD CONSTRAINT "FK_29b0e95378c4cc5f28068b958b4" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_members" ADD CONSTRAINT "FK_d5054a26c9b4a0cfae9df414249" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_feedback" ADD CONSTRAINT "FK_644f26770945ba2ede0698dba90" FOREIGN KEY ("pilot_id", "account_id") REFERENCES "pilot_members"("pilot_id","account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_feedback" ADD CONSTRAINT "FK_0a8a41ffb8153f631bbc0e614f5" FOREIGN KEY ("given_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Anonymous answers read pilots and their feedback in numbers (migration CacheVersion); pilot_members only signed-in viewers.
    for (const table of CACHED_TABLES) {
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
      await queryRunner.query(`CREATE TRIGGER cache_version_bump_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CACHED_TABLES) {
      await queryRunner.query(`DROP TRIGGER cache_version_bump_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER cache_version_bump ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "pilot_feedback" DROP CONSTRAINT "FK_0a8a41ffb8153f631bbc0e614f5"`);
    await queryRunner.query(`ALTER TABLE "pilot_feedback" DROP CONSTRAINT "FK_644f26770945ba2ede0698dba90"`);
    await queryRunner.query(`ALTER TABLE "pilot_members" DROP CONSTRAINT "FK_d5054a26c9b4a0cfae9df414249"`);
    await queryRunner.query(`ALTER TABLE "pilot_members" DROP CONSTRAINT "FK_29b0e95378c4cc5f28068b958b4"`);
    await queryRunner.query(`ALTER TABLE "pilots" DROP CONSTRAINT "FK_4f57f2b02039f6e7932fa6fcdcd"`);
    await queryRunner.query(`ALTER TABLE "pilots" DROP CONSTRAINT "FK_590f935c122a0eadc73215af3c4"`);
    await queryRunner.query(`DROP TABLE "pilot_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."pilot_members_account_idx"`);
    await queryRunner.query(`DROP TABLE "pilot_members"`);
    await queryRunner.query(`DROP INDEX "public"."pilots_instrument_idx"`);
    await queryRunner.query(`DROP TABLE "pilots"`);
    await queryRunner.query(`DROP TYPE "public"."pilot_state"`);
  }
}
