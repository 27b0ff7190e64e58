import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { FilesModule } from '../files/files.module.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { ExportController } from './export.controller.js';
import { ExportService } from './export.service.js';
import { ImportController } from './import.controller.js';
import { ImportService } from './import.service.js';

/** The catalogue as a spreadsheet: export for everyone, import for curators. */
@Module({
  imports: [AccountsModule, CatalogueModule, VocabulariesModule, FilesModule],
  controllers: [ExportController, ImportController],
  providers: [ExportService, ImportService],
  exports: [ImportService],
})
export class ExchangeModule {}
