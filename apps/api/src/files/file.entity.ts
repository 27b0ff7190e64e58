import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { FILE_LIMITS as L, FILE_TYPES } from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { StoredFileEntity } from './storage/stored-file.entity.js';

/** One file of an instrument ("Canvas (A3)"), in editions; ordered by position on the instrument page. */
@Entity('instrument_files')
// Deferred, so a move can shift the others within its transaction.
@Unique('instrument_files_position_key', ['instrumentId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Check('instrument_files_title_length', `length(title) BETWEEN ${L.title.min} AND ${L.title.max}`)
@Check('instrument_files_position_range', `position BETWEEN ${L.position.min} AND ${L.position.max}`)
export class InstrumentFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One upload: an edition of an instrument file, or a proposal's attachment until the proposal is
 * accepted (then it becomes the first edition of a new instrument file). Exactly one owner.
 */
@Entity('file_editions')
@Check('file_editions_one_owner', `num_nonnulls(instrument_file_id, proposal_id) = 1`)
@Check('file_editions_content_type', `content_type IN (${FILE_TYPES.map((t) => `'${t.contentType}'`).join(', ')})`)
@Check('file_editions_file_name_length', `length(file_name) BETWEEN 1 AND ${L.fileName.max}`)
@Check('file_editions_version_label_length', `length(version_label) BETWEEN ${L.versionLabel.min} AND ${L.versionLabel.max}`)
@Check('file_editions_change_note_length', `change_note IS NULL OR length(change_note) <= ${L.changeNote.max}`)
@Check('file_editions_title_length', `title IS NULL OR length(title) BETWEEN ${L.title.min} AND ${L.title.max}`)
@Check('file_editions_size', `size >= 0`)
@Check('file_editions_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('file_editions_download_count', `download_count >= 0`)
@Index('file_editions_instrument_file_idx', ['instrumentFileId', 'createdAt'])
@Index('file_editions_proposal_idx', ['proposalId', 'createdAt'])
export class FileEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_file_id', type: 'uuid', nullable: true })
  instrumentFileId: string | null;

  @ManyToOne(() => InstrumentFileEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'instrument_file_id' })
  instrumentFile: Relation<InstrumentFileEntity> | null;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity> | null;

  /** A proposal attachment's title, the title of the instrument file it becomes on accept. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ name: 'stored_file_key', type: 'uuid', unique: true })
  storedFileKey: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'stored_file_key' })
  storedFile: Relation<StoredFileEntity>;

  /** A PNG of a PDF's first page, rendered after the upload. */
  @Column({ name: 'preview_key', type: 'uuid', nullable: true, unique: true })
  previewKey: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'preview_key' })
  preview: Relation<StoredFileEntity> | null;

  /** Sanitised; its extension agrees with the content type. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'bigint' })
  size: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'version_label', type: 'text' })
  versionLabel: string;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<AccountEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  /** Full downloads (and ranges from byte 0), all together: no per-person data. */
  @Column({ name: 'download_count', type: 'bigint', default: 0 })
  downloadCount: string;
}
