import type { ApolloCache } from '@apollo/client';
import { forgetCatalogueLists } from './cache';
import { SynonymGroupsQuery } from './graphql/synonyms.documents';
import type { SynonymGroupsQuery as SynonymGroupsData } from './graphql/synonyms.generated';
import { byFirstWord } from './synonymWords';

export type SynonymGroup = SynonymGroupsData['synonymGroups'][number];

/**
 * Applies a change to the cached list of groups (kept in the API's order, by first word), and drops
 * the catalogue's lists: what a search finds depends on the groups.
 */
export function changeCachedSynonyms(cache: ApolloCache, change: (groups: SynonymGroup[]) => SynonymGroup[]): void {
  cache.updateQuery({ query: SynonymGroupsQuery }, (data) => (data ? { synonymGroups: byFirstWord(change([...data.synonymGroups])) } : data));
  forgetCatalogueLists(cache);
}
