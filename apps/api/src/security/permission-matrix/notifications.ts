import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Notifications: each user's own bell, and the administrator's channels and delivery log. */
export const NOTIFICATION_ROWS: readonly MatrixRow[] = [
  {
    operation: 'unreadNotificationCount',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('ALLOWED', null),
      [Role.HELPER]: c('ALLOWED', null),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('ALLOWED', null),
    },
    note: 'Every signed-in person, about their own notifications only (so are `notifications` and `markNotificationsRead`).',
  },
  {
    operation: 'notificationChannels',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', null),
      [Role.COMMITTEE]: c('FORBIDDEN', null),
      [Role.HELPER]: c('FORBIDDEN', null),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'How email, Zalo ZNS and SMS are configured; secrets are never returned (so is `configureNotificationChannel`).',
  },
  {
    operation: 'notificationDeliveries',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', null),
      [Role.COMMITTEE]: c('FORBIDDEN', null),
      [Role.HELPER]: c('FORBIDDEN', null),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'The delivery log of recipients in the administrator’s scope (so is `resendNotificationDelivery`).',
  },
];
