import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';
import { COLLECTION_LIMITS as L, COLLECTION_STATUSES, type CollectionStatus } from './collection.limits.js';

/** A starter kit (startpakket): a curated, ordered list of instruments with why-texts (issue #23). */
@Entity('collections')
@Unique('collections_slug_key', ['slug'])
@Check('collections_title_length', `length(title) BETWEEN ${L.title.min} AND ${L.title.max}`)
@Check('collections_slug_format', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= ${L.slug.max}`)
@Check('collections_introduction_length', `length(introduction) <= ${L.introduction.max}`)
export class CollectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  /** Markdown; clients sanitise it when rendering, as an instrument's description. */
  @Column({ type: 'text', default: '' })
  introduction: string;

  @Column({ type: 'enum', enum: COLLECTION_STATUSES, enumName: 'collection_status', default: 'DRAFT' })
  status: CollectionStatus;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<AccountEntity> | null;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy: Relation<AccountEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One step of a kit: an instrument once per kit, at a position unique per kit (checked at commit, so a reorder can shift them). */
@Entity('collection_items')
@Unique('collection_items_position_key', ['collectionId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Check('collection_items_position_range', `position BETWEEN 0 AND ${L.items.max - 1}`)
@Check('collection_items_why_length', `length(why) <= ${L.why.max}`)
// The instrument page asks which kits contain it.
@Index('collection_items_instrument_idx', ['instrumentId'])
export class CollectionItemEntity {
  @PrimaryColumn({ name: 'collection_id', type: 'uuid' })
  collectionId: string;

  @ManyToOne(() => CollectionEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'collection_id' })
  collection: Relation<CollectionEntity>;

  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text', default: '' })
  why: string;
}
