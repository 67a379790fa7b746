import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UnreadNotificationCountDocument } from '../../gql/graphql';

/** How often the badge asks for the count while the tab stays open (and again on focus). */
export const BELL_POLL_MS = 60_000;

function BellIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The header's bell: the number of unread notifications, asked for every minute and whenever the
 * window gets focus again. Only the count is loaded here; the list is its own lazy page, so the
 * shell stays light.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, {
    pollInterval: BELL_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  useWindowEvent('focus', () => {
    void refetch();
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} size={16} disabled={count === 0} offset={4}>
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="default"
        size="lg"
        aria-label={count > 0 ? t('notificationBell.bellUnread', { count }) : t('notificationBell.bell')}
        data-testid="notification-bell"
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
