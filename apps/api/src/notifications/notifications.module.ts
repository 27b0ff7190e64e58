import { Module } from '@nestjs/common';
import { OutboxQueries } from './outbox.queries.js';
import { OutboxSender } from './outbox-sender.service.js';
import { OutboxService } from './outbox.service.js';

@Module({
  providers: [OutboxQueries, OutboxService, OutboxSender],
  exports: [OutboxService, OutboxSender],
})
export class NotificationsModule {}
