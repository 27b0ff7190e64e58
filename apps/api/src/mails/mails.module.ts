import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { MailsQueries } from './mails.queries.js';
import { MailsResolver } from './mails.resolver.js';
import { MailsService } from './mails.service.js';

@Module({
  imports: [NotificationsModule],
  providers: [MailsQueries, MailsService, MailsResolver],
  exports: [MailsService],
})
export class MailsModule {}
