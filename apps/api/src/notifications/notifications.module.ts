import { Module } from '@nestjs/common';
import { OutboxSender } from './outbox-sender.service.js';
import { OutboxService } from './outbox.service.js';

@Module({
  providers: [OutboxService, OutboxSender],
  exports: [OutboxService, OutboxSender],
})
export class NotificationsModule {}
