import { useMutation, useQuery } from '@apollo/client/react';
import { notificationText } from '@hoanhap/shared';
import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { NotificationsTexts } from '../../i18n/notifications';
import { formatDateTimeVi } from '../audit/format';

const PAGE = 20;

function NotificationList() {
  const { t } = useTranslation('notifications');
  const lang = useLang();
  useDocumentTitle(`${t('list.title')} · ${t('app.name', { ns: 'translation' })}`);
  // Asked again on every visit: notifications arrive between visits, and an item opened from here
  // was marked read while this list was not on screen to be refetched.
  const { data, loading, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.notifications;
  const items = page?.edges.map((edge) => edge.node) ?? [];
  // What was marked read is marked in the cache, with the unread count, so the pages loaded so far
  // stay on screen (a refetch would bring back only the first); the bell's count is asked again.
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [UnreadNotificationCountDocument],
    update(cache, result, { variables }) {
      const changed = result.data?.markNotificationsRead ?? 0;
      cache.modify({ fields: { unreadNotificationCount: (count: number) => Math.max(0, count - changed) } });
      const readAt = new Date().toISOString();
      const ids = variables?.input.all ? items.map((item) => item.id) : (variables?.input.ids ?? []);
      for (const id of ids) {
        cache.modify({
          id: cache.identify({ __typename: 'Notification', id }),
          fields: { readAt: (value) => value ?? readAt },
        });
      }
    },
  });
  if (!page && loading) return <Loader aria-label={t('list.title')} />;

  return (
    <Stack maw={760}>
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Button
          variant="default"
          disabled={(data?.unreadNotificationCount ?? 0) === 0}
          loading={marking}
          onClick={() => void markRead({ variables: { input: { all: true } } })}
        >
          {t('list.markAll')}
        </Button>
      </Group>
      {items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {items.map((item) => (
        <Card key={item.id} withBorder padding="sm" data-testid="notification-item">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                {!item.readAt && (
                  <Badge size="sm" color="blue">
                    {t('list.unread')}
                  </Badge>
                )}
                <Text size="sm" c="dimmed">
                  {formatDateTimeVi(String(item.createdAt))}
                </Text>
              </Group>
              <Text fw={item.readAt ? 400 : 600}>{notificationText(item.kind, item.count)[lang]}</Text>
              {/* Opening a notification is reading it: the badge drops without a second click. */}
              <Anchor
                component={Link}
                to={item.link}
                size="sm"
                onClick={() => {
                  if (!item.readAt) void markRead({ variables: { input: { ids: [item.id] } } });
                }}
              >
                {t('list.open')}
              </Anchor>
            </Stack>
            {!item.readAt && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => void markRead({ variables: { input: { ids: [item.id] } } })}
              >
                {t('list.markRead')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
      {page?.pageInfo.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void fetchMore({ variables: { first: PAGE, after: page.pageInfo.endCursor } })}
        >
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}

export default function NotificationsPage() {
  return (
    <NotificationsTexts>
      <NotificationList />
    </NotificationsTexts>
  );
}
