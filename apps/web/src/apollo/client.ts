import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type {
  AdminUsersQuery,
  AuditLogQuery,
  NotificationDeliveriesQuery,
  NotificationsQuery,
  ReturneesQuery,
} from '../gql/graphql';

type AuditEventConnection = AuditLogQuery['auditLog'];
type ReturneeConnection = ReturneesQuery['returnees'];
type UserConnection = AdminUsersQuery['users'];
type NotificationConnection = NotificationsQuery['notifications'];
type DeliveryConnection = NotificationDeliveriesQuery['notificationDeliveries'];

/** The cache setup, shared with the component tests so they behave like the app. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Statistics have no id of their own; they belong to the query that asked for them.
      ReintegrationStats: { keyFields: false },
      EmploymentBreakdown: { keyFields: false },
      // A calendar day is the holiday's identity (setHoliday changes the day in place).
      Holiday: { keyFields: ['day'] },
      // One of each per user or per channel: the latest answer replaces it.
      NotificationPreference: { keyFields: [] },
      NotificationChannelStatus: { keyFields: ['channel'] },
      Query: {
        fields: {
          // One list per filter; "Tải thêm" (an `after` cursor) appends to it.
          returnees: {
            keyArgs: ['filter'],
            merge(existing: ReturneeConnection | undefined, incoming: ReturneeConnection, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          // The audit log: one list per filter, "Tải thêm" appends the next (older) page.
          auditLog: {
            keyArgs: ['filter'],
            merge(existing: AuditEventConnection | undefined, incoming: AuditEventConnection, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          // The admin's list of accounts: one list, "Tải thêm" appends.
          users: {
            keyArgs: false,
            merge(existing: UserConnection | undefined, incoming: UserConnection, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          // Your notifications, newest first: "Xem thêm" appends the older page.
          notifications: {
            keyArgs: false,
            merge(existing: NotificationConnection | undefined, incoming: NotificationConnection, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          // The delivery log: one list per filter, "Xem thêm" appends.
          notificationDeliveries: {
            keyArgs: ['filter'],
            merge(existing: DeliveryConnection | undefined, incoming: DeliveryConnection, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
        },
      },
      Returnee: {
        fields: {
          // Values without ids: the latest answer replaces the previous one.
          familyContacts: { merge: false },
          expungementForecast: { merge: false },
        },
      },
    },
  });
}

/**
 * The API serves this app and /graphql from one origin and keeps the session in an HttpOnly
 * cookie, so the client sends cookies same-origin and never sees or stores a token.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
