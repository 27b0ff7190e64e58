import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { POSSIBLE_TYPES } from './possibleTypes';

/**
 * One client for the app; lists merge pages by cursor ("load more"). The server render
 * (entry-server.tsx) brings its own link, which answers in the API's process.
 */
export function createApolloClient({ link, ssrMode = false }: { link?: ApolloLink; ssrMode?: boolean } = {}): ApolloClient {
  return new ApolloClient({
    link: link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ssrMode,
    cache: new InMemoryCache({
      // A server render's cache lives for one page and reads each answer a few times: keeping
      // results and their dependencies for reuse cost more than it saved there (about a third of a
      // catalogue page's render). The browser's cache lives long and keeps them.
      resultCaching: !ssrMode,
      possibleTypes: POSSIBLE_TYPES,
      typePolicies: {
        // Reviews page by cursor; the summary has no id and merges, so the catalogue (average, count)
        // and the instrument page (with distribution) share one entry per instrument.
        Instrument: { fields: { reviews: relayStylePagination() } },
        RatingSummary: { merge: true },
        Query: {
          fields: {
            instruments: relayStylePagination(['filter', 'search', 'sort']),
            accounts: relayStylePagination([]),
            proposals: relayStylePagination(['status']),
            practiceReports: relayStylePagination(['filter']),
            // The follow list pages by 20; the phase buttons read one page of 100 of their own.
            myFollows: relayStylePagination(['first']),
          },
        },
        // One object without an id: a refetch with other fields merges into it instead of replacing it.
        Vocabularies: { merge: true },
        VocabularyTerm: { keyFields: false },
        FacetValue: { keyFields: false },
      },
    }),
  });
}
