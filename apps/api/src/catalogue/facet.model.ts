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

  @Field({
    description:
      'False when the counts are estimates: more than 1,000 instruments are counted, so each count is scaled up from a random sample of about 1,000 of them (at most 1/32 of the catalogue) and rounded to two significant digits; a value carried by a tenth of the matches is within about ±20 %, by half of them ±6 % (95 %).',
  })
  countsExact: boolean;

  @Field(() => [FacetValue], { description: 'Every value, zero counts included, in vocabulary order.' })
  values: FacetValue[];
}

@ObjectType({ description: 'A facet value that words of the search name, offered as a filter.' })
export class FacetSuggestion {
  @Field(() => FacetNameEnum)
  facet: Uppercase<FacetName>;

  @Field(() => VocabularyTerm)
  term: VocabularyTerm;

  @Field({ description: 'The words of the search that named this value, as typed.' })
  matchedText: string;

  @Field(() => String, { nullable: true, description: 'The search that remains once this filter is applied; null when nothing remains.' })
  remainingSearch: string | null;
}
