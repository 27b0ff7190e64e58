import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A value of a vocabulary: a stable code with a Dutch and an English label.' })
export class VocabularyTerm {
  @Field()
  code: string;

  @Field({ description: 'Dutch label (the default language of the catalogue).' })
  labelNl: string;

  @Field()
  labelEn: string;

  @Field(() => Int)
  position: number;

  @Field({ description: 'Hidden terms stay on the instruments that have them but are not offered in pickers.' })
  hidden: boolean;
}

@ObjectType({ description: 'Every vocabulary of the catalogue, each in its display order.' })
export class Vocabularies {
  @Field(() => [VocabularyTerm])
  phases: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  statuses: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  evidenceLevels: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  types: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  audiences: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  sectors: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  tags: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  origins: VocabularyTerm[];
}
