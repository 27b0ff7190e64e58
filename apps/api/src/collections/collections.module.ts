import { Module } from '@nestjs/common';
import { CollectionLoaderFactory } from './collection.loaders.js';
import { CollectionItemResolver, CollectionsResolver, InstrumentCollectionsResolver } from './collections.resolver.js';
import { CollectionsQueries } from './collections.queries.js';
import { CollectionsService } from './collections.service.js';

@Module({
  providers: [CollectionsService, CollectionsQueries, CollectionsResolver, CollectionItemResolver, InstrumentCollectionsResolver, CollectionLoaderFactory],
  exports: [CollectionLoaderFactory],
})
export class CollectionsModule {}
