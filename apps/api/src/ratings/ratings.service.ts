import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/viewer.js';
import { updateReturning } from '../database/update-returning.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import type { HideReviewInput, RateInstrumentInput, RemoveMyRatingInput } from './rating.inputs.js';
import type { Rating } from './rating.model.js';

export const RATING_COLUMNS = `r.id, r.instrument_id AS "instrumentId", r.account_id AS "accountId", r.score,
  r.review AS "reviewText", r.context_sector_id AS "contextSectorId", r.context_phase_id AS "contextPhaseId",
  a.display_name AS author, r.hidden_at IS NOT NULL AS hidden, r.hidden_reason AS "hiddenReasonText",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
  ) {}

  /** Creates or replaces the viewer's rating; the summary changes in the same transaction. */
  async rate(input: RateInstrumentInput, viewer: Viewer): Promise<Rating> {
    const review = input.review?.trim() || null;
    const vocabulary = await this.vocabularies.snapshot();
    const sector = input.context?.sector ? vocabulary.termByCode('sector', input.context.sector) : null;
    const phase = input.context?.phase ? vocabulary.termByCode('phase', input.context.phase) : null;
    if (input.context?.sector && !sector) throw badInput(`Unknown sector code "${input.context.sector}".`, 'context.sector');
    if (input.context?.phase && !phase) throw badInput(`Unknown phase code "${input.context.phase}".`, 'context.phase');

    return this.dataSource.transaction(async (em) => {
      await this.lockRateable(em, input.instrumentId);
      const previous: { score: number }[] = await em.query(
        `SELECT score FROM ratings WHERE account_id = $1 AND instrument_id = $2`,
        [viewer.accountId, input.instrumentId],
      );
      const [{ id }]: { id: string }[] = await em.query(
        `INSERT INTO ratings (instrument_id, account_id, score, review, context_sector_id, context_phase_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (account_id, instrument_id) DO UPDATE SET score = EXCLUDED.score, review = EXCLUDED.review,
           context_sector_id = EXCLUDED.context_sector_id, context_phase_id = EXCLUDED.context_phase_id,
           hidden_at = NULL, hidden_reason = NULL, hidden_by_id = NULL, updated_at = now()
         RETURNING id`,
        [input.instrumentId, viewer.accountId, input.score, review, sector?.id ?? null, phase?.id ?? null],
      );
      await this.adjustSummary(em, input.instrumentId, previous[0]?.score ?? null, input.score);
      return this.byId(em, id);
    });
  }

  async remove(input: RemoveMyRatingInput, viewer: Viewer): Promise<string> {
    return this.dataSource.transaction(async (em) => {
      await this.lockSummary(em, input.instrumentId);
      const deleted: [{ score: number }[], number] = await em.query(
        `DELETE FROM ratings WHERE account_id = $1 AND instrument_id = $2 RETURNING score`,
        [viewer.accountId, input.instrumentId],
      );
      const score = deleted[0][0]?.score;
      if (score === undefined) throw new DomainError('NOT_FOUND', 'You have not rated this instrument.', ['instrumentId']);
      await this.adjustSummary(em, input.instrumentId, score, null);
      return input.instrumentId;
    });
  }

  /** The text disappears for everyone but its author and curators; the score keeps counting. */
  async hide(input: HideReviewInput, viewer: Viewer): Promise<Rating> {
    return this.dataSource.transaction(async (em) => {
      const rows = await updateReturning<{ id: string }>(
        em,
        `UPDATE ratings SET hidden_at = now(), hidden_reason = $2, hidden_by_id = $3
         WHERE id = $1 AND review IS NOT NULL RETURNING id`,
        [input.ratingId, input.reason.trim(), viewer.accountId],
      );
      if (!rows[0]) throw new DomainError('NOT_FOUND', 'There is no review with this id.', ['ratingId']);
      return this.byId(em, rows[0].id);
    });
  }

  private async byId(em: EntityManager, id: string): Promise<Rating> {
    const rows: Rating[] = await em.query(
      `SELECT ${RATING_COLUMNS} FROM ratings r JOIN accounts a ON a.id = r.account_id WHERE r.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The instrument must exist and not be retired; its summary row is locked for this transaction. */
  private async lockRateable(em: EntityManager, instrumentId: string): Promise<void> {
    const rows: { status: string }[] = await em.query(`SELECT status FROM instruments WHERE id = $1 FOR KEY SHARE`, [
      instrumentId,
    ]);
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['instrumentId']);
    if (rows[0].status === 'RETIRED') {
      throw badInput('This instrument is retired and can no longer be rated.', 'instrumentId');
    }
    await this.lockSummary(em, instrumentId);
  }

  private async lockSummary(em: EntityManager, instrumentId: string): Promise<void> {
    await em.query(
      `INSERT INTO rating_summaries (instrument_id) SELECT id FROM instruments WHERE id = $1 ON CONFLICT DO NOTHING`,
      [instrumentId],
    );
    await em.query(`SELECT 1 FROM rating_summaries WHERE instrument_id = $1 FOR UPDATE`, [instrumentId]);
  }

  /** Moves one rating from `from` stars to `to` stars (null: none) in the summary. */
  private async adjustSummary(em: EntityManager, instrumentId: string, from: number | null, to: number | null) {
    const bucket = (stars: number) =>
      `count_${stars} = count_${stars} + ${(to === stars ? 1 : 0) - (from === stars ? 1 : 0)}`;
    await em.query(
      `UPDATE rating_summaries SET
         rating_count = rating_count + $2, rating_sum = rating_sum + $3, ${[1, 2, 3, 4, 5].map(bucket).join(', ')},
         mean = CASE WHEN rating_count + $2 > 0 THEN (rating_sum + $3)::float8 / (rating_count + $2) END
       WHERE instrument_id = $1`,
      [instrumentId, (to === null ? 0 : 1) - (from === null ? 0 : 1), (to ?? 0) - (from ?? 0)],
    );
  }
}
