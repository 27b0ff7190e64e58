import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Starter kits (issue #23): a curated, ordered list of instruments with why-texts. An instrument is
 * once in a kit (the primary key); positions are unique per kit, checked at commit so that
 * setCollectionItems can rewrite the whole order in one transaction.
 */
export class Collections1796145000000 implements MigrationInterface {
  name = 'Collections1796145000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."collection_status" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(`CREATE TABLE "collections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "title" text NOT NULL, "introduction" text NOT NULL DEFAULT '', "status" "public"."collection_status" NOT NULL DEFAULT 'DRAFT', "created_by_id" uuid, "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "collections_slug_key" UNIQUE ("slug"), CONSTRAINT "collections_introduction_length" CHECK (length(introduction) <= 5000), CONSTRAINT "collections_slug_format" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80), CONSTRAINT "collections_title_length" CHECK (length(title) BETWEEN 3 AND 120), CONSTRAINT "PK_21c00b1ebbd41ba1354242c5c4e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "collection_items" ("collection_id" uuid NOT NULL, "instrument_id" uuid NOT NULL, "position" integer NOT NULL, "why" text NOT NULL DEFAULT '', CONSTRAINT "collection_items_position_key" UNIQUE ("collection_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "collection_items_why_length" CHECK (length(why) <= 500), CONSTRAINT "collection_items_position_range" CHECK (position BETWEEN 0 AND 19), CONSTRAINT "PK_98aaf7fe7eb82004982e94275ea" PRIMARY KEY ("collection_id", "instrument_id"))`);
    await queryRunner.query(`CREATE INDEX "collection_items_instrument_idx" ON "collection_items"  ("instrument_id") `);
    await queryRunner.query(`ALTER TABLE "collections" ADD CONSTRAINT "FK_aafde376728159e06aeab37608e" FOREIGN KEY ("created_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collections" ADD CONSTRAINT "FK_538b6fbf68149a35e9075da4d47" FOREIGN KEY ("updated_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collection_items" ADD CONSTRAINT "FK_21bf61f8ce7e69b7bcaee625676" FOREIGN KEY ("collection_id") REFERENCES "collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collection_items" ADD CONSTRAINT "FK_d4931e64e7688e977354c5e31f5" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Anonymous answers show published kits (migration CacheVersion).
    for (const table of ['collections', 'collection_items']) {
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
      await queryRunner.query(`CREATE TRIGGER cache_version_bump_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['collections', 'collection_items']) {
      await queryRunner.query(`DROP TRIGGER cache_version_bump_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER cache_version_bump ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "collection_items" DROP CONSTRAINT "FK_d4931e64e7688e977354c5e31f5"`);
    await queryRunner.query(`ALTER TABLE "collection_items" DROP CONSTRAINT "FK_21bf61f8ce7e69b7bcaee625676"`);
    await queryRunner.query(`ALTER TABLE "collections" DROP CONSTRAINT "FK_538b6fbf68149a35e9075da4d47"`);
    await queryRunner.query(`ALTER TABLE "collections" DROP CONSTRAINT "FK_aafde376728159e06aeab37608e"`);
    await queryRunner.query(`DROP INDEX "public"."collection_items_instrument_idx"`);
    await queryRunner.query(`DROP TABLE "collection_items"`);
    await queryRunner.query(`DROP TABLE "collections"`);
    await queryRunner.query(`DROP TYPE "public"."collection_status"`);
  }
}
