import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** One client for the app; lists merge pages by cursor ("load more"). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            instruments: relayStylePagination(['filter', 'search', 'sort']),
            proposals: relayStylePagination(['status']),
          },
        },
        VocabularyTerm: { keyFields: false },
        FacetValue: { keyFields: false },
      },
    }),
  });
}
