import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The API serves this app and /graphql from one origin and keeps the session in an HttpOnly
 * cookie, so the client sends cookies same-origin and never sees or stores a token.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Statistics have no id of their own; they belong to the query that asked for them.
        ReintegrationStats: { keyFields: false },
        EmploymentBreakdown: { keyFields: false },
      },
    }),
  });
}
