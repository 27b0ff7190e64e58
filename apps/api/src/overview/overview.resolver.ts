import { Context, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context.js';
import { Overview } from './overview.model.js';
import { OverviewService } from './overview.service.js';

@Resolver()
export class OverviewResolver {
  constructor(private readonly overviewService: OverviewService) {}

  @Query(() => Overview, { description: 'Counts for the phase × status matrix and per facet.' })
  async overview(@Context() ctx: RequestContext): Promise<Overview> {
    return this.overviewService.overview(await ctx.loaders.vocabulary());
  }
}
