import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { FacetName } from '#domain';
import { FacetNameEnum } from './catalogue.enums.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';

@ObjectType()
export class FacetValue extends VocabularyTerm {
  @Field(() => Int, {
    description: "Matching instruments if this value were picked, with every other facet's selection applied.",
  })
  count: number;

  @Field()
  selected: boolean;
}

@ObjectType()
export class Facet {
  @Field(() => FacetNameEnum)
  name: Uppercase<FacetName>;

  @Field(() => [FacetValue], { description: 'Every value, zero counts included, in vocabulary order.' })
  values: FacetValue[];
}
