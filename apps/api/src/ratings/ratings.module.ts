import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { InstrumentRatingsResolver } from './instrument-ratings.resolver.js';
import { RatingLoaderFactory } from './rating.loaders.js';
import { RatingsQueries } from './ratings.queries.js';
import { RatingsResolver } from './ratings.resolver.js';
import { RatingsService } from './ratings.service.js';

@Module({
  imports: [CatalogueModule, VocabulariesModule],
  providers: [RatingsQueries, RatingsService, RatingsResolver, InstrumentRatingsResolver, RatingLoaderFactory],
  exports: [RatingLoaderFactory, RatingsQueries],
})
export class RatingsModule {}
