import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import { reportNeedsNote } from '#domain';
import type {
  DismissReviewReportsInput,
  HideReviewInput,
  RateInstrumentInput,
  RemoveMyRatingInput,
  ReportReviewInput,
  ReviewsArgs,
  UnhideReviewInput,
} from './rating.inputs.js';
import { afterKey, isTimestampAndId, keysetPage } from '../common/keyset.js';
import type { Rating, ReviewConnection } from './rating.model.js';
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

  /** The text disappears for everyone but its author and curators; the score keeps counting. Settles its reports. */
  async hide(input: HideReviewInput, viewer: Viewer): Promise<Rating> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.hide(em, input.ratingId, input.reason.trim(), viewer.accountId);
      return this.settled(em, id, viewer);
    });
  }

  /** Undoes `hide`: everyone sees the text again. Settles its reports (a curator looked at it). */
  async unhide(input: UnhideReviewInput, viewer: Viewer): Promise<Rating> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.unhide(em, input.ratingId);
      return this.settled(em, id, viewer);
    });
  }

  /** A curator read the reported review and keeps it visible: its open reports are settled. */
  async dismissReports(input: DismissReviewReportsInput, viewer: Viewer): Promise<Rating> {
    return this.dataSource.transaction(async (em) => {
      const review = await this.queries.reviewToReport(em, input.ratingId);
      return this.settled(em, review ? input.ratingId : undefined, viewer);
    });
  }

  /** A member tells the curators what is wrong with someone else's visible review; once per review. */
  async report(input: ReportReviewInput, viewer: Viewer): Promise<Rating> {
    const note = input.note?.trim() || null;
    if (reportNeedsNote(input.reason) && !note) throw badInput('Say in a note what is wrong with this review.', 'note');
    const review = await this.queries.reviewToReport(this.dataSource, input.ratingId);
    if (!review) throw new DomainError('NOT_FOUND', 'There is no review with this id.', ['ratingId']);
    if (review.accountId === viewer.accountId) throw badInput('You cannot report your own review.', 'ratingId');
    if (review.hidden) throw badInput('A curator has already hidden this review.', 'ratingId');
    const reported = await this.queries.insertReport(this.dataSource, { ratingId: input.ratingId, accountId: viewer.accountId, reason: input.reason, note });
    if (!reported) throw new DomainError('CONFLICT', 'You have already reported this review.', ['ratingId']);
    return this.queries.byId(this.dataSource, input.ratingId);
  }

  /** The curators' list of reported reviews, with the number of them. */
  async reported(args: ReviewsArgs): Promise<ReviewConnection> {
    const after = afterKey<[string, string]>(args.after, isTimestampAndId, '"after" is not a cursor of this list of reviews.');
    const [rows, totalCount] = await Promise.all([this.queries.reportedReviews(after, args.first + 1), this.queries.reportedReviewCount()]);
    return { totalCount, ...keysetPage(rows, args.first, ({ cursorKey, ...node }) => ({ key: [cursorKey, node.id], node })) };
  }

  private async settled(em: EntityManager, ratingId: string | undefined, viewer: Viewer): Promise<Rating> {
    if (!ratingId) throw new DomainError('NOT_FOUND', 'There is no review with this id.', ['ratingId']);
    await this.queries.resolveReports(em, ratingId, viewer.accountId);
    return this.queries.byId(em, ratingId);
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
