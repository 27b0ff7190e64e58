import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReferenceVocabulary } from '#domain';
import type { RequestContext } from '../graphql/request-context.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import { Facet } from './facet.model.js';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { Instrument, InstrumentConnection, InstrumentLink, InstrumentRevision, StatusChange } from './instrument.model.js';
import { InstrumentFacetsArgs, InstrumentsArgs } from './instruments.args.js';
import { InstrumentsService } from './instruments.service.js';

@Resolver(() => Instrument)
export class InstrumentsResolver {
  constructor(private readonly catalogue: InstrumentsService) {}

  @Query(() => InstrumentConnection, { description: 'The catalogue: filtered, searched, sorted, keyset-paginated.' })
  async instruments(@Args() args: InstrumentsArgs, @Context() ctx: RequestContext): Promise<InstrumentConnection> {
    return this.catalogue.list(args, await ctx.loaders.vocabulary());
  }

  @Query(() => [Facet], { description: 'Counts per facet value for the same filter and search as `instruments`.' })
  async instrumentFacets(@Args() args: InstrumentFacetsArgs, @Context() ctx: RequestContext): Promise<Facet[]> {
    return this.catalogue.facets(args, await ctx.loaders.vocabulary());
  }

  @Query(() => Instrument, { nullable: true })
  instrument(@Args('slug') slug: string): Promise<Instrument | null> {
    return this.catalogue.bySlug(slug);
  }

  @ResolveField(() => VocabularyTerm)
  async type(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<VocabularyTerm> {
    return (await ctx.loaders.vocabulary()).termById('type', instrument.typeId)!;
  }

  @ResolveField(() => [VocabularyTerm])
  phases(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<VocabularyTerm[]> {
    return this.terms(instrument, 'phase', ctx);
  }

  @ResolveField(() => [VocabularyTerm])
  audiences(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<VocabularyTerm[]> {
    return this.terms(instrument, 'audience', ctx);
  }

  @ResolveField(() => [VocabularyTerm])
  sectors(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<VocabularyTerm[]> {
    return this.terms(instrument, 'sector', ctx);
  }

  @ResolveField(() => [VocabularyTerm])
  tags(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<VocabularyTerm[]> {
    return this.terms(instrument, 'tag', ctx);
  }

  @ResolveField(() => [InstrumentLink])
  links(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<InstrumentLink[]> {
    return ctx.loaders.links.load(instrument.id);
  }

  @ResolveField(() => [StatusChange], { description: 'Newest first.' })
  statusHistory(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<StatusChange[]> {
    return ctx.loaders.statusHistory.load(instrument.id);
  }

  @RequireRole('MEMBER')
  @ResolveField(() => String, { nullable: true, description: 'Signed-in members only.' })
  contactEmail(@Parent() instrument: Instrument): string | null {
    return instrument.contactEmail;
  }

  @RequireRole('CURATOR')
  @ResolveField(() => [InstrumentRevision], { description: 'Curators only. Newest first.' })
  revisions(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<InstrumentRevision[]> {
    return ctx.loaders.revisions.load(instrument.id);
  }

  /** Terms in vocabulary order, whatever order they were attached in. */
  private async terms(
    instrument: Instrument,
    vocabulary: Exclude<ReferenceVocabulary, 'type'>,
    ctx: RequestContext,
  ): Promise<VocabularyTerm[]> {
    const [snapshot, ids] = await Promise.all([ctx.loaders.vocabulary(), ctx.loaders.termIds.load(instrument.id)]);
    const wanted = new Set(ids[vocabulary]);
    return snapshot.terms[vocabulary].filter((term) => wanted.has(term.id));
  }
}
