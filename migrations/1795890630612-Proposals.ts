import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Proposals1795890630612 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION proposals_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_title := lower(nlc_unaccent(NEW.title));
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TABLE "outbox_mails" ("id" BIGSERIAL NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "body_text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_b29f3864833e0d790528753c19c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbox_mails_due_idx" ON "outbox_mails"  ("next_attempt_at") WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."proposal_status" AS ENUM('SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposer_id" uuid NOT NULL, "status" "public"."proposal_status" NOT NULL DEFAULT 'SUBMITTED', "title" text NOT NULL, "search_title" text NOT NULL DEFAULT '', "summary" text NOT NULL, "description" text NOT NULL DEFAULT '', "phases" text array NOT NULL DEFAULT '{}', "type" text NOT NULL, "audiences" text array NOT NULL DEFAULT '{}', "sectors" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "origin" "public"."instrument_origin" NOT NULL DEFAULT 'EXISTING', "owner_organisation" text, "contact_name" text, "contact_email" text, "links" jsonb NOT NULL DEFAULT '[]', "language" text NOT NULL DEFAULT 'nl', "licence" text, "time_needed" text, "motivation" text NOT NULL, "reviewer_id" uuid, "decision_reason" text, "instrument_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "proposals_instrument_idx" ON "proposals"  ("instrument_id") `);
    await queryRunner.query(`CREATE INDEX "proposals_proposer_idx" ON "proposals"  ("proposer_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "proposals_status_created_idx" ON "proposals"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "proposal_events" ("id" BIGSERIAL NOT NULL, "proposal_id" uuid NOT NULL, "from_status" "public"."proposal_status", "to_status" "public"."proposal_status" NOT NULL, "reason" text, "actor_id" uuid, "actor_name" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b628caa7e25607d4e7196b32b7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "proposal_events_proposal_idx" ON "proposal_events"  ("proposal_id", "at") `);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "FK_b173a92ee6a3b6eb4954aea5185" FOREIGN KEY ("proposer_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "FK_27abd7b09c0a119a3c3a404ddfc" FOREIGN KEY ("reviewer_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "FK_e306691c1bb443f09544f9c98c1" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "FK_dc07b732261225ae97d95b8227f" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "FK_a6242967f92d92266ffdcd36d60" FOREIGN KEY ("actor_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER proposals_search BEFORE INSERT OR UPDATE OF title ON proposals
      FOR EACH ROW EXECUTE FUNCTION proposals_search_trigger()`);
    await queryRunner.query(`CREATE INDEX "proposals_search_title_trgm_idx" ON "proposals" USING gin ("search_title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE TRIGGER proposal_events_append_only BEFORE UPDATE OR DELETE ON proposal_events
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "proposals_search_title_trgm_idx"`);
    await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "FK_a6242967f92d92266ffdcd36d60"`);
    await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "FK_dc07b732261225ae97d95b8227f"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_e306691c1bb443f09544f9c98c1"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_27abd7b09c0a119a3c3a404ddfc"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_b173a92ee6a3b6eb4954aea5185"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_events_proposal_idx"`);
    await queryRunner.query(`DROP TABLE "proposal_events"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_proposer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_instrument_idx"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_mails_due_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_mails"`);
    await queryRunner.query(`DROP FUNCTION proposals_search_trigger()`);
  }
}
