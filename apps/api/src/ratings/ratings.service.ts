import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import type { HideReviewInput, RateInstrumentInput, RemoveMyRatingInput } from './rating.inputs.js';
import type { Rating } from './rating.model.js';
import { RatingsQueries } from './ratings.queries.js';

@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: RatingsQueries,
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
      const previous = await this.queries.scoreOf(em, viewer.accountId, input.instrumentId);
      const id = await this.queries.upsert(em, {
        instrumentId: input.instrumentId,
        accountId: viewer.accountId,
        score: input.score,
        review,
        contextSectorId: sector?.id ?? null,
        contextPhaseId: phase?.id ?? null,
      });
      await this.queries.adjustSummary(em, input.instrumentId, previous, input.score);
      return this.queries.byId(em, id);
    });
  }

  async remove(input: RemoveMyRatingInput, viewer: Viewer): Promise<string> {
    return this.dataSource.transaction(async (em) => {
      await this.queries.lockSummary(em, input.instrumentId);
      const score = await this.queries.delete(em, viewer.accountId, input.instrumentId);
      if (score === undefined) throw new DomainError('NOT_FOUND', 'You have not rated this instrument.', ['instrumentId']);
      await this.queries.adjustSummary(em, input.instrumentId, score, null);
      return input.instrumentId;
    });
  }

  /** The text disappears for everyone but its author and curators; the score keeps counting. */
  async hide(input: HideReviewInput, viewer: Viewer): Promise<Rating> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.hide(em, input.ratingId, input.reason.trim(), viewer.accountId);
      if (!id) throw new DomainError('NOT_FOUND', 'There is no review with this id.', ['ratingId']);
      return this.queries.byId(em, id);
    });
  }

  /** The instrument must exist and not be retired; its summary row is locked for this transaction. */
  private async lockRateable(em: EntityManager, instrumentId: string): Promise<void> {
    const status = await this.queries.instrumentStatusForKeyShare(em, instrumentId);
    if (!status) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['instrumentId']);
    if (status === 'RETIRED') {
      throw badInput('This instrument is retired and can no longer be rated.', 'instrumentId');
    }
    await this.queries.lockSummary(em, instrumentId);
  }
}
