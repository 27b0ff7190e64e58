import type { ApolloCache } from '@apollo/client';
import type { CurationVocabulariesQuery } from './graphql/curation.generated';
import type { VocabularyName } from '../../generated/graphql';
import { forgetCatalogueLists } from './cache';
import { CurationVocabulariesQuery as VocabulariesDocument } from './graphql/curation.documents';

export type Vocabularies = CurationVocabulariesQuery['vocabularies'];
export type Term = Vocabularies['tags'][number];

/** The API's vocabulary names in the order the page shows them, with their field in `vocabularies`. */
export const VOCABULARY_NAMES = ['PHASE', 'TYPE', 'AUDIENCE', 'SECTOR', 'TAG'] as const satisfies readonly VocabularyName[];
export const VOCABULARY_FIELD: Record<VocabularyName, keyof Vocabularies> = {
  PHASE: 'phases',
  TYPE: 'types',
  AUDIENCE: 'audiences',
  SECTOR: 'sectors',
  TAG: 'tags',
};

/**
 * Applies a change to one vocabulary in the cached `vocabularies`, and drops what shows its labels
 * or order elsewhere (facets, instruments, overview), so those pages fetch them anew.
 */
export function changeCachedVocabulary(cache: ApolloCache, name: VocabularyName, change: (terms: Term[]) => Term[]): void {
  const field = VOCABULARY_FIELD[name];
  cache.updateQuery({ query: VocabulariesDocument }, (data) =>
    data ? { vocabularies: { ...data.vocabularies, [field]: change([...data.vocabularies[field]]) } } : data,
  );
  forgetCatalogueLists(cache, { instruments: true });
}
