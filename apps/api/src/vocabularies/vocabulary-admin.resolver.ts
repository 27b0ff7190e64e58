import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { VocabularyAdminService } from './vocabulary-admin.service.js';
import {
  CreateVocabularyTermInput,
  DeleteVocabularyTermInput,
  ReorderVocabularyInput,
  UpdateVocabularyTermInput,
} from './vocabulary-term.inputs.js';
import { VocabularyTerm } from './vocabulary-term.model.js';

@RequireRole('CURATOR')
@Resolver()
export class VocabularyAdminResolver {
  constructor(private readonly admin: VocabularyAdminService) {}

  @Mutation(() => VocabularyTerm)
  createVocabularyTerm(@Args('input') input: CreateVocabularyTermInput): Promise<VocabularyTerm> {
    return this.admin.create(input);
  }

  @Mutation(() => VocabularyTerm, { description: 'Renames labels or hides a value; the code never changes.' })
  updateVocabularyTerm(@Args('input') input: UpdateVocabularyTermInput): Promise<VocabularyTerm> {
    return this.admin.update(input);
  }

  @Mutation(() => [VocabularyTerm])
  reorderVocabulary(@Args('input') input: ReorderVocabularyInput): Promise<VocabularyTerm[]> {
    return this.admin.reorder(input);
  }

  @Mutation(() => Boolean, { description: 'Only for a value no instrument uses (CONFLICT otherwise); hide it instead.' })
  deleteVocabularyTerm(@Args('input') input: DeleteVocabularyTermInput): Promise<boolean> {
    return this.admin.delete(input);
  }
}
