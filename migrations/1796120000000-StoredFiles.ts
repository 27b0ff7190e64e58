import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The file store (issue #22): `stored_files` holds the metadata of every stored file, whichever
 * backend holds its bytes; `stored_file_chunks` holds the bytes of the postgres backend in chunks of
 * 256 KiB. The chunks' foreign key is checked at commit, so chunks are written as they arrive and
 * the metadata row (size and sha256 are known only at the end) last, in one transaction.
 * Files are mostly compressed already (PDF, docx, png): the chunks are stored without compression.
 */
export class StoredFiles1796120000000 implements MigrationInterface {
  name = 'StoredFiles1796120000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stored_files" ("key" uuid NOT NULL, "storage" text NOT NULL, "size" bigint NOT NULL, "sha256" text NOT NULL, "content_type" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stored_files_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "stored_files_size" CHECK (size >= 0), CONSTRAINT "stored_files_storage" CHECK (storage IN ('postgres', 's3')), CONSTRAINT "PK_31f99852d306c9c6526fcfec8d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "stored_file_chunks" ("key" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "stored_file_chunks_size" CHECK (octet_length(data) BETWEEN 1 AND 262144), CONSTRAINT "stored_file_chunks_seq" CHECK (seq >= 0), CONSTRAINT "PK_7b662dbf0be49e389a10ff3e0e2" PRIMARY KEY ("key", "seq"))`);
    await queryRunner.query(`ALTER TABLE "stored_file_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
    await queryRunner.query(`ALTER TABLE "stored_file_chunks" ADD CONSTRAINT "FK_79b98bd1a38f414aa079dff3ff6" FOREIGN KEY ("key") REFERENCES "stored_files"("key") ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stored_file_chunks" DROP CONSTRAINT "FK_79b98bd1a38f414aa079dff3ff6"`);
    await queryRunner.query(`DROP TABLE "stored_file_chunks"`);
    await queryRunner.query(`DROP TABLE "stored_files"`);
  }
}
