import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasRole } from '#domain';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { RequireVerifiedEmail } from '../accounts/require-verified-email.decorator.js';
import { CatalogueQueries } from '../catalogue/catalogue.queries.js';
import { Instrument } from '../catalogue/instrument.model.js';
import { DomainError } from '../common/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import {
  DismissReviewReportsInput,
  HideReviewInput,
  RateInstrumentInput,
  RemoveMyRatingInput,
  ReportReviewInput,
  ReviewsArgs,
  UnhideReviewInput,
} from './rating.inputs.js';
import { Rating, RatingContext, ReviewConnection, ReviewReport } from './rating.model.js';
import { RatingsService } from './ratings.service.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { Viewer } from '../accounts/viewer.js';

/** May this viewer read a hidden review's text and the reason it was hidden? Its author and curators. */
async function seesHidden(rating: Rating, ctx: RequestContext): Promise<boolean> {
  const viewer = await ctx.viewer();
  return !!viewer && (viewer.accountId === rating.accountId || hasRole(viewer.role, 'CURATOR'));
}

@Resolver(() => Rating)
export class RatingsResolver {
  constructor(
    private readonly ratings: RatingsService,
    private readonly catalogue: CatalogueQueries,
  ) {}

  @RequireRole('MEMBER')
  @RequireVerifiedEmail()
  @Mutation(() => Rating, { description: "Creates or replaces the signed-in member's rating of an instrument." })
  async rateInstrument(@Args('input') input: RateInstrumentInput, @CurrentViewer() viewer: Viewer): Promise<Rating> {
    return this.ratings.rate(input, viewer);
  }

  @RequireRole('MEMBER')
  @Mutation(() => Instrument, { description: 'Removes your rating; returns the instrument with its new summary.' })
  async removeMyRating(@Args('input') input: RemoveMyRatingInput, @CurrentViewer() viewer: Viewer): Promise<Instrument> {
    const id = await this.ratings.remove(input, viewer);
    return (await this.catalogue.byId(id))!;
  }

  @RequireRole('CURATOR')
  @Mutation(() => Rating, { description: 'Hides an abusive review text with a reason its author sees.' })
  async hideReview(@Args('input') input: HideReviewInput, @CurrentViewer() viewer: Viewer): Promise<Rating> {
    return this.ratings.hide(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Rating, { description: 'Shows a hidden review again (undoes hideReview).' })
  async unhideReview(@Args('input') input: UnhideReviewInput, @CurrentViewer() viewer: Viewer): Promise<Rating> {
    return this.ratings.unhide(input, viewer);
  }

  @RequireRole('MEMBER')
  @RequireVerifiedEmail()
  @Mutation(() => Rating, { description: "Reports someone else's review to the curators; once per member per review." })
  async reportReview(@Args('input') input: ReportReviewInput, @CurrentViewer() viewer: Viewer): Promise<Rating> {
    return this.ratings.report(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Rating, { description: 'Keeps a reported review visible: its open reports are settled.' })
  async dismissReviewReports(@Args('input') input: DismissReviewReportsInput, @CurrentViewer() viewer: Viewer): Promise<Rating> {
    return this.ratings.dismissReports(input, viewer);
  }

  @RequireRole('CURATOR')
  @Query(() => ReviewConnection, { description: 'Curators only: reviews with open reports, the most recently reported first.' })
  async reportedReviews(@Args() args: ReviewsArgs): Promise<ReviewConnection> {
    return this.ratings.reported(args);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in member has reported this review (false for visitors).' })
  async reportedByMe(@Parent() rating: Rating, @Context() ctx: RequestContext): Promise<boolean> {
    return (await ctx.loaders.ratings.reports.load(rating.id)).mine;
  }

  @ResolveField(() => [ReviewReport], { nullable: true, description: 'Reports no curator has settled yet, oldest first: for curators, null for others.' })
  async openReports(@Parent() rating: Rating, @Context() ctx: RequestContext): Promise<ReviewReport[] | null> {
    const viewer = await ctx.viewer();
    if (!viewer || !hasRole(viewer.role, 'CURATOR')) return null;
    return (await ctx.loaders.ratings.reports.load(rating.id)).open;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null when hidden, except for its author and curators.' })
  async review(@Parent() rating: Rating, @Context() ctx: RequestContext): Promise<string | null> {
    if (rating.hidden && !(await seesHidden(rating, ctx))) return null;
    return rating.reviewText;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why a curator hid the review: for its author and curators.' })
  async hiddenReason(@Parent() rating: Rating, @Context() ctx: RequestContext): Promise<string | null> {
    return (await seesHidden(rating, ctx)) ? rating.hiddenReasonText : null;
  }

  @ResolveField(() => RatingContext)
  async context(@Parent() rating: Rating, @Context() ctx: RequestContext): Promise<RatingContext> {
    const vocabulary = await ctx.loaders.vocabulary();
    return {
      sector: rating.contextSectorId ? (vocabulary.termById('sector', rating.contextSectorId) ?? null) : null,
      phase: rating.contextPhaseId ? (vocabulary.termById('phase', rating.contextPhaseId) ?? null) : null,
    };
  }

  @ResolveField(() => Instrument)
  async instrument(@Parent() rating: Rating, @Context() ctx: RequestContext): Promise<Instrument> {
    const instrument = await ctx.loaders.instrumentById.load(rating.instrumentId);
    if (!instrument) throw new DomainError('NOT_FOUND', 'The instrument of this rating is gone.');
    return instrument;
  }
}
