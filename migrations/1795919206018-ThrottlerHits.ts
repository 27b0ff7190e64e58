import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every API instance (PostgresRateLimitStorage). Written by hand:
 * UNLOGGED (no WAL; emptied after a crash, which only forgives a few hits) cannot be said in an
 * entity, and the table has no entity on purpose: only the storage's SQL touches it.
 */
export class ThrottlerHits1795919206018 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNLOGGED TABLE "throttler_hits" ("key" text NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "throttler_hits_pkey" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "throttler_hits_window_idx" ON "throttler_hits" ("window_ends_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "throttler_hits"`);
  }
}
