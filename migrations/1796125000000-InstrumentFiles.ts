import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every column of file_editions but download_count (see the trigger below). */
const EDITION_COLUMNS_SHOWN = [
  'instrument_file_id', 'proposal_id', 'title', 'stored_file_key', 'preview_key', 'file_name', 'content_type', 'size', 'sha256',
  'version_label', 'change_note', 'created_by_id', 'created_at', 'retired_at',
];

/**
 * An instrument's own files in editions, and proposals' attachments (issue #22). An edition belongs to
 * exactly one owner: an instrument file, or a proposal until it is accepted. Positions are unique per
 * instrument (checked at commit, so a move can shift the others). The bytes are in stored_files.
 */
export class InstrumentFiles1796125000000 implements MigrationInterface {
  name = 'InstrumentFiles1796125000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "instrument_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "instrument_id" uuid NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "instrument_files_position_key" UNIQUE ("instrument_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "instrument_files_position_range" CHECK (position BETWEEN 0 AND 999), CONSTRAINT "instrument_files_title_length" CHECK (length(title) BETWEEN 1 AND 120), CONSTRAINT "PK_881b9d0c90ec3687a499d4c69c2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "file_editions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "instrument_file_id" uuid, "proposal_id" uuid, "title" text, "stored_file_key" uuid NOT NULL, "preview_key" uuid, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" bigint NOT NULL, "sha256" text NOT NULL, "version_label" text NOT NULL, "change_note" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, "download_count" bigint NOT NULL DEFAULT '0', CONSTRAINT "UQ_85763559b32a14d9b7707d99932" UNIQUE ("stored_file_key"), CONSTRAINT "UQ_e720da30f6117acee57a84302ff" UNIQUE ("preview_key"), CONSTRAINT "file_editions_download_count" CHECK (download_count >= 0), CONSTRAINT "file_editions_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "file_editions_size" CHECK (size >= 0), CONSTRAINT "file_editions_title_length" CHECK (title IS NULL OR length(title) BETWEEN 1 AND 120), CONSTRAINT "file_editions_change_note_length" CHECK (change_note IS NULL OR length(change_note) <= 500), CONSTRAINT "file_editions_version_label_length" CHECK (length(version_label) BETWEEN 1 AND 40), CONSTRAINT "file_editions_file_name_length" CHECK (length(file_name) BETWEEN 1 AND 120), CONSTRAINT "file_editions_content_type" CHECK (content_type IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.presentation', 'application/vnd.oasis.opendocument.spreadsheet', 'image/png', 'image/jpeg')), CONSTRAINT "file_editions_one_owner" CHECK (num_nonnulls(instrument_file_id, proposal_id) = 1), CONSTRAINT "PK_0e4d8e11394a7a8b9cbe6145617" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "file_editions_proposal_idx" ON "file_editions"  ("proposal_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "file_editions_instrument_file_idx" ON "file_editions"  ("instrument_file_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "instrument_files" ADD CONSTRAINT "FK_3275f112fb7568d8164cae73840" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_editions" ADD CONSTRAINT "FK_05d53f65769521b59890f5dfe5a" FOREIGN KEY ("instrument_file_id") REFERENCES "instrument_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_editions" ADD CONSTRAINT "FK_c738b29c25a35066d256220fb5e" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_editions" ADD CONSTRAINT "FK_85763559b32a14d9b7707d99932" FOREIGN KEY ("stored_file_key") REFERENCES "stored_files"("key") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_editions" ADD CONSTRAINT "FK_e720da30f6117acee57a84302ff" FOREIGN KEY ("preview_key") REFERENCES "stored_files"("key") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_editions" ADD CONSTRAINT "FK_be2d8143a6a41fea88ddc7f0b91" FOREIGN KEY ("created_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Anonymous answers show files and editions (migration CacheVersion). Every download counts in
    // file_editions.download_count, and emptying the read cache on each would cost the catalogue its
    // cache: so a visitor's cached answer may show a count as of the catalogue's last other write.
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR UPDATE OR DELETE ON "instrument_files"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR DELETE OR UPDATE OF ${EDITION_COLUMNS_SHOWN.join(', ')} ON "file_editions"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
    // An edition that goes (its instrument or proposal deleted, an account with its proposals erased)
    // takes its stored bytes with it; an S3 object is deleted by the app where it deletes the edition.
    await queryRunner.query(`CREATE FUNCTION file_editions_delete_stored() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM stored_files WHERE key IN (OLD.stored_file_key, OLD.preview_key);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER file_editions_delete_stored AFTER DELETE ON "file_editions" FOR EACH ROW EXECUTE FUNCTION file_editions_delete_stored()`);
    for (const table of ['instrument_files', 'file_editions']) {
      await queryRunner.query(`CREATE TRIGGER cache_version_bump_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER file_editions_delete_stored ON "file_editions"`);
    await queryRunner.query(`DROP FUNCTION file_editions_delete_stored()`);
    for (const table of ['instrument_files', 'file_editions']) {
      await queryRunner.query(`DROP TRIGGER cache_version_bump_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER cache_version_bump ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "file_editions" DROP CONSTRAINT "FK_be2d8143a6a41fea88ddc7f0b91"`);
    await queryRunner.query(`ALTER TABLE "file_editions" DROP CONSTRAINT "FK_e720da30f6117acee57a84302ff"`);
    await queryRunner.query(`ALTER TABLE "file_editions" DROP CONSTRAINT "FK_85763559b32a14d9b7707d99932"`);
    await queryRunner.query(`ALTER TABLE "file_editions" DROP CONSTRAINT "FK_c738b29c25a35066d256220fb5e"`);
    await queryRunner.query(`ALTER TABLE "file_editions" DROP CONSTRAINT "FK_05d53f65769521b59890f5dfe5a"`);
    await queryRunner.query(`ALTER TABLE "instrument_files" DROP CONSTRAINT "FK_3275f112fb7568d8164cae73840"`);
    await queryRunner.query(`DROP INDEX "public"."file_editions_instrument_file_idx"`);
    await queryRunner.query(`DROP INDEX "public"."file_editions_proposal_idx"`);
    await queryRunner.query(`DROP TABLE "file_editions"`);
    await queryRunner.query(`DROP TABLE "instrument_files"`);
  }
}
