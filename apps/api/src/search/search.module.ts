import { Module } from '@nestjs/common';
import { SearchUnderstandingService } from './search-understanding.service.js';
import { SearchWordsQueries } from './search-words.queries.js';
import { SynonymsResolver } from './synonyms.resolver.js';
import { SynonymsQueries } from './synonyms.queries.js';
import { SynonymsService } from './synonyms.service.js';

/** What search understands beyond the instruments' own text: synonyms, the words dictionary, stop words. */
@Module({
  providers: [SynonymsQueries, SynonymsService, SynonymsResolver, SearchWordsQueries, SearchUnderstandingService],
  exports: [SearchUnderstandingService],
})
export class SearchModule {}
