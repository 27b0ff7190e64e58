import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../accounts/require-role.decorator.js';
import type { Viewer } from '../accounts/viewer.js';
import { Instrument } from '../catalogue/instrument.model.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { RequestContext } from '../graphql/request-context.js';
import { CollectionRefInput, CreateCollectionInput, SetCollectionItemsInput, UpdateCollectionInput } from './collection.inputs.js';
import { Collection, CollectionItem } from './collection.model.js';
import { CollectionsService } from './collections.service.js';

@Resolver(() => Collection)
export class CollectionsResolver {
  constructor(private readonly service: CollectionsService) {}

  @Query(() => [Collection], { description: 'Published starter kits by title; curators also see drafts.' })
  async collections(@Context() ctx: RequestContext): Promise<Collection[]> {
    return this.service.list(await ctx.viewer());
  }

  @Query(() => Collection, { nullable: true, description: 'A published starter kit, a draft for curators; null for an unknown slug or a draft for anyone else.' })
  async collection(@Args('slug') slug: string, @Context() ctx: RequestContext): Promise<Collection | null> {
    return this.service.bySlug(slug, await ctx.viewer());
  }

  @RequireRole('CURATOR')
  @Mutation(() => Collection, { description: 'A new starter kit, as a draft without instruments.' })
  createCollection(@Args('input') input: CreateCollectionInput, @CurrentViewer() viewer: Viewer): Promise<Collection> {
    return this.service.create(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Collection, { description: 'Changes a starter kit\'s title or introduction.' })
  updateCollection(@Args('input') input: UpdateCollectionInput, @CurrentViewer() viewer: Viewer): Promise<Collection> {
    return this.service.update(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Collection, { description: 'Sets a starter kit\'s whole ordered list of instruments with why-texts (also to reorder).' })
  setCollectionItems(@Args('input') input: SetCollectionItemsInput, @CurrentViewer() viewer: Viewer): Promise<Collection> {
    return this.service.setItems(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Collection, { description: 'Shows a starter kit (with at least one instrument) to everyone.' })
  publishCollection(@Args('input') input: CollectionRefInput, @CurrentViewer() viewer: Viewer): Promise<Collection> {
    return this.service.publish(input.id, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Collection, { description: 'Makes a starter kit a draft again, for curators only.' })
  unpublishCollection(@Args('input') input: CollectionRefInput, @CurrentViewer() viewer: Viewer): Promise<Collection> {
    return this.service.unpublish(input.id, viewer);
  }

  @ResolveField(() => [CollectionItem], { description: 'The steps, in order.' })
  items(@Parent() kit: Collection, @Context() ctx: RequestContext): Promise<CollectionItem[]> {
    return ctx.loaders.collections.itemsOf.load(kit.id);
  }
}

@Resolver(() => CollectionItem)
export class CollectionItemResolver {
  @ResolveField(() => Instrument, { nullable: true })
  instrument(@Parent() item: CollectionItem, @Context() ctx: RequestContext) {
    return ctx.loaders.instrumentById.load(item.instrumentId);
  }
}

/** The published starter kits an instrument is in. */
@Resolver(() => Instrument)
export class InstrumentCollectionsResolver {
  @ResolveField(() => [Collection], { description: 'The published starter kits containing it, by title.' })
  collections(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Collection[]> {
    return ctx.loaders.collections.publishedContaining.load(instrument.id);
  }
}
