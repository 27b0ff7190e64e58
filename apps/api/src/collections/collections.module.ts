import { Module } from '@nestjs/common';
import { CollectionItemResolver, CollectionsResolver, InstrumentCollectionsResolver } from './collections.resolver.js';
import { CollectionsQueries } from './collections.queries.js';
import { CollectionsService } from './collections.service.js';

@Module({
  providers: [CollectionsService, CollectionsQueries, CollectionsResolver, CollectionItemResolver, InstrumentCollectionsResolver],
  exports: [CollectionsQueries],
})
export class CollectionsModule {}
