import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The shape every reference vocabulary shares: stable code, labels, order, hidden flag. */
abstract class VocabularyTermEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ name: 'label_nl', type: 'text' })
  labelNl: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: false })
  hidden: boolean;
}

@Entity('phases')
@Index('phases_position_idx', ['position', 'code'])
export class PhaseEntity extends VocabularyTermEntity {}

@Entity('instrument_types')
@Index('instrument_types_position_idx', ['position', 'code'])
export class InstrumentTypeEntity extends VocabularyTermEntity {}

@Entity('audiences')
@Index('audiences_position_idx', ['position', 'code'])
export class AudienceEntity extends VocabularyTermEntity {}

@Entity('sectors')
@Index('sectors_position_idx', ['position', 'code'])
export class SectorEntity extends VocabularyTermEntity {}

@Entity('tags')
@Index('tags_position_idx', ['position', 'code'])
export class TagEntity extends VocabularyTermEntity {}
