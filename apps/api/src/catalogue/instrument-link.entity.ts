import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from './instrument.entity.js';

@Entity('instrument_links')
@Index('instrument_links_instrument_idx', ['instrumentId', 'position'])
export class InstrumentLinkEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  url: string;
}
