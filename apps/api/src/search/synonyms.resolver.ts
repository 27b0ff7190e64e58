import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { CreateSynonymGroupInput, DeleteSynonymGroupInput, UpdateSynonymGroupInput } from './synonym-group.inputs.js';
import { SynonymGroup } from './synonym-group.model.js';
import { SynonymsService } from './synonyms.service.js';

@RequireRole('CURATOR')
@Resolver(() => SynonymGroup)
export class SynonymsResolver {
  constructor(private readonly synonyms: SynonymsService) {}

  @Query(() => [SynonymGroup], { description: 'Curators only. Ordered by first word.' })
  synonymGroups(): Promise<SynonymGroup[]> {
    return this.synonyms.list();
  }

  @Mutation(() => SynonymGroup, { description: 'CONFLICT when a word is already in another group.' })
  createSynonymGroup(@Args('input') input: CreateSynonymGroupInput): Promise<SynonymGroup> {
    return this.synonyms.create(input);
  }

  @Mutation(() => SynonymGroup, { description: 'Replaces the words of the group.' })
  updateSynonymGroup(@Args('input') input: UpdateSynonymGroupInput): Promise<SynonymGroup> {
    return this.synonyms.update(input);
  }

  @Mutation(() => Boolean)
  deleteSynonymGroup(@Args('input') input: DeleteSynonymGroupInput): Promise<boolean> {
    return this.synonyms.delete(input);
  }
}
