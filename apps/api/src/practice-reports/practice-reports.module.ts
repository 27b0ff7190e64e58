import { Module } from '@nestjs/common';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { PracticeReportLoaderFactory } from './practice-report.loaders.js';
import { InstrumentPracticeReportsResolver, PracticeReportsResolver } from './practice-reports.resolver.js';
import { PracticeReportsQueries } from './practice-reports.queries.js';
import { PracticeReportsService } from './practice-reports.service.js';

@Module({
  imports: [VocabulariesModule],
  providers: [PracticeReportsService, PracticeReportsQueries, PracticeReportsResolver, InstrumentPracticeReportsResolver, PracticeReportLoaderFactory],
})
export class PracticeReportsModule {}
