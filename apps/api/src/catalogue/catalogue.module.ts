import { Module } from '@nestjs/common';
import { FollowEventsModule } from '../following/follow-events.module.js';
import { SearchModule } from '../search/search.module.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { CatalogueQueries } from './catalogue.queries.js';
import { CurationResolver } from './curation.resolver.js';
import { CurationService } from './curation.service.js';
import { InstrumentDetailsQueries } from './instrument-details.queries.js';
import { InstrumentDetailsLoaderFactory } from './instrument-details.loader.js';
import { InstrumentLineageResolver } from './instrument-lineage.resolver.js';
import { InstrumentsResolver } from './instruments.resolver.js';
import { InstrumentsService } from './instruments.service.js';

@Module({
  imports: [VocabulariesModule, SearchModule, FollowEventsModule],
  providers: [
    CatalogueQueries,
    InstrumentsService,
    InstrumentsResolver,
    InstrumentDetailsQueries,
    InstrumentDetailsLoaderFactory,
    CurationService,
    CurationResolver,
    InstrumentLineageResolver,
  ],
  exports: [InstrumentDetailsLoaderFactory, CatalogueQueries, CurationService, InstrumentsService],
})
export class CatalogueModule {}
