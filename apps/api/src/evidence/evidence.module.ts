import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { EvidenceLoaderFactory } from './evidence.loaders.js';
import { EvidenceQueries } from './evidence.queries.js';
import { EvidenceResolver } from './evidence.resolver.js';
import { EvidenceService } from './evidence.service.js';

@Module({
  imports: [CatalogueModule],
  providers: [EvidenceQueries, EvidenceLoaderFactory, EvidenceService, EvidenceResolver],
  exports: [EvidenceLoaderFactory],
})
export class EvidenceModule {}
