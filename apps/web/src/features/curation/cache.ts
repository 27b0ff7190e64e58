import type { ApolloCache } from '@apollo/client';
import { SuccessorFieldsFragment } from './graphql/successor.documents';
import type { SuccessorFieldsFragment as Successor } from './graphql/successor.generated';

/**
 * After a curator's change, the lists, facet counts and overview that may now be different are
 * dropped from the cache; a page that shows them fetches them again when it is next rendered.
 * Instruments themselves are normalised by id, so their own fields update in place.
 */
export function forgetCatalogueLists(cache: ApolloCache, options: { instruments?: boolean; vocabularies?: boolean } = {}): void {
  for (const fieldName of ['instruments', 'instrumentFacets', 'overview']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  // Vocabulary labels live inside each instrument (terms have no id), so a renamed term needs them anew.
  if (options.instruments) cache.evict({ id: 'ROOT_QUERY', fieldName: 'instrument' });
  if (options.vocabularies) cache.evict({ id: 'ROOT_QUERY', fieldName: 'vocabularies' });
  cache.gc();
}

/** A retired instrument now points to its successor, and the successor's list of what it replaces is read anew. */
export function rememberSuccessor(cache: ApolloCache, instrumentId: string, successor: Successor): void {
  const successorRef = cache.writeFragment({ fragment: SuccessorFieldsFragment, data: successor });
  cache.modify({ id: cache.identify({ __typename: 'Instrument', id: instrumentId }), fields: { replacedBy: () => successorRef } });
  cache.modify({ id: cache.identify({ __typename: 'Instrument', id: successor.id }), fields: { replaces: (_, { DELETE }) => DELETE } });
}
