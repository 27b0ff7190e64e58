import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ratings1795890055842 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rating_summaries" ("instrument_id" uuid NOT NULL, "rating_count" integer NOT NULL DEFAULT '0', "rating_sum" integer NOT NULL DEFAULT '0', "count_1" integer NOT NULL DEFAULT '0', "count_2" integer NOT NULL DEFAULT '0', "count_3" integer NOT NULL DEFAULT '0', "count_4" integer NOT NULL DEFAULT '0', "count_5" integer NOT NULL DEFAULT '0', "mean" double precision, CONSTRAINT "rating_summaries_consistent" CHECK (rating_count = count_1 + count_2 + count_3 + count_4 + count_5), CONSTRAINT "PK_933b2f7064e4ba90e0a58a77a62" PRIMARY KEY ("instrument_id"))`);
    await queryRunner.query(`CREATE INDEX "rating_summaries_mean_idx" ON "rating_summaries"  ("mean", "instrument_id") `);
    await queryRunner.query(`CREATE TABLE "ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "instrument_id" uuid NOT NULL, "account_id" uuid NOT NULL, "score" smallint NOT NULL, "review" text, "context_sector_id" integer, "context_phase_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, CONSTRAINT "ratings_account_instrument_key" UNIQUE ("account_id", "instrument_id"), CONSTRAINT "ratings_score_range" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "PK_0f31425b073219379545ad68ed9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ratings_reviews_idx" ON "ratings"  ("instrument_id", "updated_at", "id") `);
    await queryRunner.query(`ALTER TABLE "rating_summaries" ADD CONSTRAINT "FK_933b2f7064e4ba90e0a58a77a62" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ratings" ADD CONSTRAINT "FK_2aa7835c2e3e4e33462c0b82dde" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ratings" ADD CONSTRAINT "FK_8802d87b77233a993c94281b6ae" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ratings" ADD CONSTRAINT "FK_2d2fd537844f13d32422e62702b" FOREIGN KEY ("context_sector_id") REFERENCES "sectors"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ratings" ADD CONSTRAINT "FK_5180bfece7f487bfd2632a936c7" FOREIGN KEY ("context_phase_id") REFERENCES "phases"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ratings" ADD CONSTRAINT "FK_de10ac48703a16a0433b21c6cf7" FOREIGN KEY ("hidden_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ratings" DROP CONSTRAINT "FK_de10ac48703a16a0433b21c6cf7"`);
    await queryRunner.query(`ALTER TABLE "ratings" DROP CONSTRAINT "FK_5180bfece7f487bfd2632a936c7"`);
    await queryRunner.query(`ALTER TABLE "ratings" DROP CONSTRAINT "FK_2d2fd537844f13d32422e62702b"`);
    await queryRunner.query(`ALTER TABLE "ratings" DROP CONSTRAINT "FK_8802d87b77233a993c94281b6ae"`);
    await queryRunner.query(`ALTER TABLE "ratings" DROP CONSTRAINT "FK_2aa7835c2e3e4e33462c0b82dde"`);
    await queryRunner.query(`ALTER TABLE "rating_summaries" DROP CONSTRAINT "FK_933b2f7064e4ba90e0a58a77a62"`);
    await queryRunner.query(`DROP INDEX "public"."ratings_reviews_idx"`);
    await queryRunner.query(`DROP TABLE "ratings"`);
    await queryRunner.query(`DROP INDEX "public"."rating_summaries_mean_idx"`);
    await queryRunner.query(`DROP TABLE "rating_summaries"`);
  }
}
