import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { FollowDigestService } from './follow-digest.service.js';
import { FollowEventsQueries } from './follow-events.queries.js';
import { FollowEventsService } from './follow-events.service.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

/**
 * What the modules that change instruments (catalogue, files, practice reports) call to tell
 * followers, and the weekly digest; depends only on the outbox, so those modules can import it.
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    { provide: UnsubscribeTokens, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new UnsubscribeTokens(config.following.unsubscribeSecret) },
    FollowEventsQueries,
    FollowEventsService,
    FollowDigestService,
  ],
  exports: [FollowEventsService, FollowDigestService, UnsubscribeTokens],
})
export class FollowEventsModule {}
