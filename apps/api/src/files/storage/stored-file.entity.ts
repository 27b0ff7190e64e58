import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

/**
 * The metadata of every stored file, whichever backend holds the bytes (`storage`). The key is
 * chosen by the store before the bytes are written (it names the S3 object too).
 */
@Entity('stored_files')
@Check('stored_files_storage', `storage IN ('postgres', 's3')`)
@Check('stored_files_size', `size >= 0`)
@Check('stored_files_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
export class StoredFileEntity {
  @PrimaryColumn('uuid')
  key: string;

  @Column({ type: 'text' })
  storage: string;

  @Column({ type: 'bigint' })
  size: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The bytes of the postgres backend, in chunks of 256 KiB (the last one shorter), numbered from 0.
 * The foreign key is checked at commit, so the chunks can be written as they arrive and the
 * metadata row (with size and sha256, known only at the end) last, in the same transaction.
 */
@Entity('stored_file_chunks')
@Check('stored_file_chunks_seq', `seq >= 0`)
@Check('stored_file_chunks_size', `octet_length(data) BETWEEN 1 AND 262144`)
export class StoredFileChunkEntity {
  @PrimaryColumn({ type: 'uuid' })
  key: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE', nullable: false, deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'key' })
  file: Relation<StoredFileEntity>;
}
