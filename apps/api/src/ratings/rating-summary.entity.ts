import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';

/**
 * Count, sum and distribution of an instrument's ratings, written in the same transaction as
 * every rating change (the row lock on it serialises raters of one instrument).
 */
@Entity('rating_summaries')
@Check('rating_summaries_consistent', 'rating_count = count_1 + count_2 + count_3 + count_4 + count_5')
@Index('rating_summaries_mean_idx', ['mean', 'instrumentId'])
/** BEST_RATED's order with a fixed prior, on an expression (migration BestRatedOrder). */
@Index('rating_summaries_best_rated_idx', { synchronize: false })
export class RatingSummaryEntity {
  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @OneToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'rating_count', type: 'integer', default: 0 })
  ratingCount: number;

  @Column({ name: 'rating_sum', type: 'integer', default: 0 })
  ratingSum: number;

  @Column({ name: 'count_1', type: 'integer', default: 0 })
  count1: number;

  @Column({ name: 'count_2', type: 'integer', default: 0 })
  count2: number;

  @Column({ name: 'count_3', type: 'integer', default: 0 })
  count3: number;

  @Column({ name: 'count_4', type: 'integer', default: 0 })
  count4: number;

  @Column({ name: 'count_5', type: 'integer', default: 0 })
  count5: number;

  /** Raw mean, for the minRating filter; null without ratings. */
  @Column({ type: 'double precision', nullable: true })
  mean: number | null;
}
