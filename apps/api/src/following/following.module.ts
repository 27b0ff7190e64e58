import { Module } from '@nestjs/common';
import { CollectionsModule } from '../collections/collections.module.js';
import { PostgresRateLimitStorage } from '../rate-limits/postgres-rate-limit.storage.js';
import { RateLimitsQueries } from '../rate-limits/rate-limits.queries.js';
import { FollowEventsModule } from './follow-events.module.js';
import { CollectionFollowResolver, FollowingResolver, InstrumentFollowResolver } from './following.resolver.js';
import { FollowingQueries } from './following.queries.js';
import { FollowingService } from './following.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/**
 * Following (issue #23): members follow instruments, phases and starter kits, and unsubscribe from
 * follow mails. The mails themselves come from FollowEventsModule. The rate limits' storage is
 * provided here too, as in FilesModule (its module does not export it).
 */
@Module({
  imports: [CollectionsModule, FollowEventsModule],
  controllers: [UnsubscribeController],
  providers: [FollowingQueries, FollowingService, FollowingResolver, InstrumentFollowResolver, CollectionFollowResolver, RateLimitsQueries, PostgresRateLimitStorage],
})
export class FollowingModule {}
