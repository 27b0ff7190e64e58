import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';

/** Words that mean the same to a searcher; curators edit them (Beheer). */
@Entity('synonym_groups')
export class SynonymGroupEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One word of a group. A word belongs to at most one group (the primary key makes it true). */
@Entity('synonym_words')
@Index('synonym_words_group_idx', ['groupId', 'position'])
@Index('synonym_words_lexemes_idx', ['lexemes'])
export class SynonymWordEntity {
  @PrimaryColumn({ type: 'text' })
  word: string;

  @Column({ name: 'group_id', type: 'integer' })
  groupId: number;

  @ManyToOne(() => SynonymGroupEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id' })
  group: Relation<SynonymGroupEntity>;

  @Column({ type: 'integer' })
  position: number;

  /** The word as a Dutch full-text query (stemmed, unaccented), so typed forms find it by key. */
  @Column({ type: 'text' })
  lexemes: string;
}
