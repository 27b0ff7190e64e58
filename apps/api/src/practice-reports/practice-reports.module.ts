import { Module } from '@nestjs/common';
import { FollowEventsModule } from '../following/follow-events.module.js';
import { MailsModule } from '../mails/mails.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { PracticeReportLoaderFactory } from './practice-report.loaders.js';
import { InstrumentPracticeReportsResolver, PracticeReportsResolver } from './practice-reports.resolver.js';
import { PracticeReportsQueries } from './practice-reports.queries.js';
import { PracticeReportsService } from './practice-reports.service.js';

@Module({
  imports: [VocabulariesModule, NotificationsModule, MailsModule, FollowEventsModule],
  providers: [PracticeReportsService, PracticeReportsQueries, PracticeReportsResolver, InstrumentPracticeReportsResolver, PracticeReportLoaderFactory],
  exports: [PracticeReportLoaderFactory],
})
export class PracticeReportsModule {}
