import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Instrument } from '../catalogue/instrument.model.js';
import type { RequestContext } from '../graphql/request-context.js';
import { ReviewsArgs } from './rating.inputs.js';
import { Rating, RatingSummary, ReviewConnection } from './rating.model.js';

/** What peers think of an instrument, read through the request's loaders. */
@Resolver(() => Instrument)
export class InstrumentRatingsResolver {
  @ResolveField(() => RatingSummary)
  ratingSummary(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<RatingSummary> {
    return ctx.loaders.ratings.ratingSummary.load(instrument.id);
  }

  @ResolveField(() => Rating, { nullable: true, description: "The signed-in member's own rating; null for visitors." })
  myRating(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Rating | null> {
    return ctx.loaders.ratings.myRating.load(instrument.id);
  }

  @ResolveField(() => ReviewConnection, { description: 'Ratings with a review text, newest first.' })
  reviews(
    @Parent() instrument: Instrument,
    @Args() args: ReviewsArgs,
    @Context() ctx: RequestContext,
  ): Promise<ReviewConnection> {
    return ctx.loaders.ratings.reviews.load({ instrumentId: instrument.id, first: args.first, after: args.after });
  }
}
