import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  EVIDENCE_LEVELS,
  ORIGINS,
  PROTOTYPE_STATUSES,
  type EvidenceLevel,
  type Origin,
  type PrototypeStatus,
} from '#domain';
import {
  AudienceEntity,
  InstrumentTypeEntity,
  PhaseEntity,
  SectorEntity,
  TagEntity,
} from '../vocabularies/vocabulary-term.entity.js';

function joinTable(name: string, column: string) {
  return {
    name,
    joinColumn: { name: 'instrument_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: column, referencedColumnName: 'id' },
  };
}

@Entity('instruments')
@Index('instruments_newest_idx', ['createdAt', 'id'])
// NEWEST within a type (a type filter walks only its own instruments; migration CatalogueCounts).
@Index('instruments_type_newest_idx', ['typeId', 'createdAt', 'id'])
// Maintained by triggers (see the first migration); TypeORM must leave them alone.
@Index('instruments_search_vector_idx', { synchronize: false })
// The sample's and the titles' search indexes (migrations CatalogueCounts, SampleTitleIndex).
@Index('instruments_sample_search_idx', { synchronize: false })
@Index('instruments_sample_idx', { synchronize: false })
@Index('instruments_title_vector_idx', { synchronize: false })
@Index('instruments_sample_title_idx', { synchronize: false })
@Index('instruments_title_sort_idx', ['searchTitle', 'id'])
// USABLE_FIRST's expression index and the retired instruments' ids (migration UsableFirstOrder).
@Index('instruments_usable_first_idx', { synchronize: false })
@Index('instruments_retired_idx', { synchronize: false })
@Check('instruments_slug_format', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('instruments_title_not_blank', `length(btrim(title)) > 0`)
// "Vervangen door": only a retired instrument names its successor, and never itself.
@Check('instruments_replaced_by_not_self', `replaced_by_id <> id`)
@Check('instruments_replaced_by_retired', `replaced_by_id IS NULL OR status = 'RETIRED'`)
export class InstrumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Index('instruments_status_idx')
  @Column({ type: 'enum', enum: PROTOTYPE_STATUSES, enumName: 'prototype_status' })
  status: PrototypeStatus;

  @Index('instruments_evidence_level_idx')
  @Column({
    name: 'evidence_level',
    type: 'enum',
    enum: EVIDENCE_LEVELS,
    enumName: 'evidence_level',
    default: 'NOT_ASSESSED',
  })
  evidenceLevel: EvidenceLevel;

  @Index('instruments_origin_idx')
  @Column({ type: 'enum', enum: ORIGINS, enumName: 'instrument_origin' })
  origin: Origin;

  @Index('instruments_type_idx')
  @Column({ name: 'type_id', type: 'integer' })
  typeId: number;

  @ManyToOne(() => InstrumentTypeEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type: Relation<InstrumentTypeEntity>;

  @Column({ name: 'owner_organisation', type: 'text', nullable: true })
  ownerOrganisation: string | null;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', default: 'nl' })
  language: string;

  @Column({ type: 'text', nullable: true })
  licence: string | null;

  @Column({ name: 'time_needed', type: 'text', nullable: true })
  timeNeeded: string | null;

  /** The instrument that replaces this retired one (`Instrument.replacedBy`); its reverse is `replaces`. */
  @Index('instruments_replaced_by_idx')
  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  replacedById: string | null;

  @ManyToOne(() => InstrumentEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy: Relation<InstrumentEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic locking for curators editing at the same time. */
  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  /** lower(unaccent(title)): the TITLE sort key and the trigram-search target. Set by a trigger. */
  @Column({ name: 'search_title', type: 'text', collation: 'C', default: '', select: false, insert: false, update: false })
  searchTitle: string;

  /** Weighted Dutch full-text document over unaccented text. Set by triggers. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;

  @ManyToMany(() => PhaseEntity)
  @JoinTable(joinTable('instrument_phases', 'phase_id'))
  phases: Relation<PhaseEntity[]>;

  @ManyToMany(() => AudienceEntity)
  @JoinTable(joinTable('instrument_audiences', 'audience_id'))
  audiences: Relation<AudienceEntity[]>;

  @ManyToMany(() => SectorEntity)
  @JoinTable(joinTable('instrument_sectors', 'sector_id'))
  sectors: Relation<SectorEntity[]>;

  @ManyToMany(() => TagEntity)
  @JoinTable(joinTable('instrument_tags', 'tag_id'))
  tags: Relation<TagEntity[]>;
}
