import { Context, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context.js';
import { Overview, PhasePracticeRow } from './overview.model.js';
import { OverviewService } from './overview.service.js';

@Resolver(() => Overview)
export class OverviewResolver {
  constructor(private readonly overviewService: OverviewService) {}

  @Query(() => Overview, { description: 'Counts for the phase × status matrix and per facet.' })
  async overview(@Context() ctx: RequestContext): Promise<Overview> {
    return this.overviewService.overview(await ctx.loaders.vocabulary());
  }

  @ResolveField(() => [PhasePracticeRow], { description: 'Per phase: pilots and practice reports, so the working group sees where instruments lack practice.' })
  async practiceByPhase(@Context() ctx: RequestContext): Promise<PhasePracticeRow[]> {
    return this.overviewService.practiceByPhase(await ctx.loaders.vocabulary());
  }
}
