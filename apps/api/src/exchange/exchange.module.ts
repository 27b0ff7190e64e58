import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { FilesModule } from '../files/files.module.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { ExportController } from './export.controller.js';
import { ExportService } from './export.service.js';
import { ImportController } from './import.controller.js';
import { ImportService } from './import.service.js';
import { JsonImportController } from './json-import.controller.js';
import { PilotImportService } from './pilot-import.service.js';
import { PracticeReportExchangeService } from './practice-report-exchange.service.js';
import { PracticeReportsExportController } from './practice-reports-export.controller.js';

/** The catalogue as a spreadsheet, practice reports and pilots as JSON: export for everyone, import for curators. */
@Module({
  imports: [AccountsModule, CatalogueModule, VocabulariesModule, FilesModule],
  controllers: [ExportController, ImportController, JsonImportController, PracticeReportsExportController],
  providers: [ExportService, ImportService, PracticeReportExchangeService, PilotImportService],
  exports: [ImportService],
})
export class ExchangeModule {}
