import { Module } from '@nestjs/common';
import { VocabularyAdminResolver } from './vocabulary-admin.resolver.js';
import { VocabularyAdminService } from './vocabulary-admin.service.js';
import { VocabulariesResolver } from './vocabularies.resolver.js';
import { VocabularyQueries } from './vocabulary.queries.js';
import { VocabularyService } from './vocabulary.service.js';

@Module({
  providers: [VocabularyQueries, VocabularyService, VocabulariesResolver, VocabularyAdminService, VocabularyAdminResolver],
  exports: [VocabularyService, VocabularyAdminService],
})
export class VocabulariesModule {}
