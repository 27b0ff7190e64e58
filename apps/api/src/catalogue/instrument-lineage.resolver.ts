import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context.js';
import type { InstrumentRow } from './catalogue.queries.js';
import { Instrument } from './instrument.model.js';

/** The instruments with these ids, in this order, through the request's loader; missing ones left out. */
export async function loadInstruments(ctx: RequestContext, ids: readonly string[]): Promise<InstrumentRow[]> {
  const rows = await ctx.loaders.instrumentById.loadMany(ids);
  return rows.filter((row): row is InstrumentRow => !!row && !(row instanceof Error));
}

/** "Vervangen door" both ways, read through the request's loaders (two statements per page). */
@Resolver(() => Instrument)
export class InstrumentLineageResolver {
  @ResolveField(() => Instrument, {
    nullable: true,
    description: 'For a retired instrument: the instrument that replaces it ("vervangen door"), when a curator named one.',
  })
  async replacedBy(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Instrument | null> {
    const { replacedById } = await ctx.loaders.lineage.load(instrument.id);
    return replacedById ? ctx.loaders.instrumentById.load(replacedById) : null;
  }

  @ResolveField(() => [Instrument], { description: 'The retired instruments this one replaces, by title.' })
  async replaces(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Instrument[]> {
    const { replacesIds } = await ctx.loaders.lineage.load(instrument.id);
    return loadInstruments(ctx, replacesIds);
  }
}
