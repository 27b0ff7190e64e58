import { Module } from '@nestjs/common';
import { CollectionsModule } from '../collections/collections.module.js';
import { CollectionFollowResolver, FollowingResolver, InstrumentFollowResolver } from './following.resolver.js';
import { FollowingQueries } from './following.queries.js';
import { FollowingService } from './following.service.js';

/** Following (issue #23): members follow instruments, phases and starter kits, and unsubscribe from follow mails. */
@Module({
  imports: [CollectionsModule],
  providers: [FollowingQueries, FollowingService, FollowingResolver, InstrumentFollowResolver, CollectionFollowResolver],
})
export class FollowingModule {}
