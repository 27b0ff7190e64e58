import { Module } from '@nestjs/common';
import { SynonymsResolver } from './synonyms.resolver.js';
import { SynonymsService } from './synonyms.service.js';

/** What search understands beyond the instruments' own text: the curators' synonym groups. */
@Module({
  providers: [SynonymsService, SynonymsResolver],
})
export class SearchModule {}
