import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { POSSIBLE_TYPES } from './possibleTypes';

/** One client for the app; lists merge pages by cursor ("load more"). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
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
