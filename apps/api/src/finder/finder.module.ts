import { Module } from '@nestjs/common';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { FinderQueries } from './finder.queries.js';
import { FinderResolver } from './finder.resolver.js';
import { FinderService } from './finder.service.js';

@Module({
  imports: [VocabulariesModule],
  providers: [FinderQueries, FinderService, FinderResolver],
})
export class FinderModule {}
