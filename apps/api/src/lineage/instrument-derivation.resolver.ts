import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { loadInstruments } from '../catalogue/instrument-lineage.resolver.js';
import { Instrument } from '../catalogue/instrument.model.js';
import type { RequestContext } from '../graphql/request-context.js';

/** "Afgeleid van" both ways, read through the request's loaders (two statements per page). */
@Resolver(() => Instrument)
export class InstrumentDerivationResolver {
  @ResolveField(() => Instrument, { nullable: true, description: 'The instrument this one is adapted from ("afgeleid van").' })
  async derivedFrom(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Instrument | null> {
    const { derivedFromId } = await ctx.loaders.lineage.load(instrument.id);
    return derivedFromId ? ctx.loaders.instrumentById.load(derivedFromId) : null;
  }

  @ResolveField(() => [Instrument], { description: 'The instruments adapted from this one, by title.' })
  async derivatives(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Instrument[]> {
    const { derivativeIds } = await ctx.loaders.lineage.load(instrument.id);
    return loadInstruments(ctx, derivativeIds);
  }
}
