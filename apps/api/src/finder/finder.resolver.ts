import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Instrument } from '../catalogue/instrument.model.js';
import type { RequestContext } from '../graphql/request-context.js';
import { FinderService } from './finder.service.js';
import { RecommendInstrumentsInput } from './recommend-instruments.input.js';
import { Recommendation } from './recommendation.model.js';

@Resolver(() => Recommendation)
export class FinderResolver {
  constructor(private readonly finder: FinderService) {}

  @Query(() => [Recommendation], {
    description: 'The guided finder: instruments ranked for a need profile, usable ones first, each with the answers it matched.',
  })
  recommendInstruments(@Args('input') input: RecommendInstrumentsInput): Promise<Recommendation[]> {
    return this.finder.recommend(input);
  }

  @ResolveField(() => Instrument)
  instrument(@Parent() recommendation: Recommendation, @Context() ctx: RequestContext) {
    return ctx.loaders.instrumentById.load(recommendation.instrumentId);
  }
}
