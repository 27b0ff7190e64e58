import { Module } from '@nestjs/common';
import { VocabulariesResolver } from './vocabularies.resolver.js';
import { VocabularyService } from './vocabulary.service.js';

@Module({
  providers: [VocabularyService, VocabulariesResolver],
  exports: [VocabularyService],
})
export class VocabulariesModule {}
