import { useMutation, useQuery } from '@apollo/client/react';
import {
  DELIVERY_CHANNEL_LABELS,
  DELIVERY_STATUS_LABELS,
  DeliveryChannel,
  DeliveryStatus,
  NOTIFICATION_KIND_LABELS,
} from '@hoanhap/shared';
import { Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationDeliveriesDocument, ResendNotificationDeliveryDocument } from '../../gql/graphql';
import { NotificationsTexts } from '../../i18n/notifications';
import { useLang } from '../../i18n/use-lang';
import { formatDateTimeVi } from '../audit/format';
import { ChannelSettings } from './channel-settings';

const PAGE = 50;
const STATUS_COLOR: Record<DeliveryStatus, string> = {
  PENDING: 'yellow',
  SENT: 'blue',
  DELIVERED: 'green',
  FAILED: 'red',
};

/** The administrator's delivery log: what was sent to whom by which channel, why it failed, and resend. */
function DeliveryLog() {
  const { t } = useTranslation('notifications');
  const lang = useLang();
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const [channel, setChannel] = useState<DeliveryChannel | null>(null);
  const filter = { status, channel };
  const { data, fetchMore } = useQuery(NotificationDeliveriesDocument, { variables: { filter, first: PAGE } });
  const [resend] = useMutation(ResendNotificationDeliveryDocument);
  const page = data?.notificationDeliveries;
  const all = t('admin.all');

  return (
    <Stack>
      <Title order={3}>{t('admin.log')}</Title>
      <Group>
        <Select
          label={t('admin.status')}
          placeholder={all}
          clearable
          value={status}
          onChange={(value) => setStatus(value as DeliveryStatus | null)}
          data={Object.values(DeliveryStatus).map((s) => ({ value: s, label: DELIVERY_STATUS_LABELS[s][lang] }))}
        />
        <Select
          label={t('admin.channel')}
          placeholder={all}
          clearable
          value={channel}
          onChange={(value) => setChannel(value as DeliveryChannel | null)}
          data={Object.values(DeliveryChannel).map((c) => ({ value: c, label: DELIVERY_CHANNEL_LABELS[c][lang] }))}
        />
      </Group>
      {page?.edges.length === 0 && <Text c="dimmed">{t('admin.empty')}</Text>}
      {page && page.edges.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.time')}</Table.Th>
              <Table.Th>{t('admin.kind')}</Table.Th>
              <Table.Th>{t('admin.channel')}</Table.Th>
              <Table.Th>{t('admin.status')}</Table.Th>
              <Table.Th>{t('admin.attempts')}</Table.Th>
              <Table.Th>{t('admin.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.edges.map(({ node }) => (
              <Table.Tr key={node.id} data-testid="delivery-row">
                <Table.Td>{formatDateTimeVi(String(node.createdAt))}</Table.Td>
                <Table.Td>{NOTIFICATION_KIND_LABELS[node.kind][lang]}</Table.Td>
                <Table.Td>{DELIVERY_CHANNEL_LABELS[node.channel][lang]}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[node.status]}>{DELIVERY_STATUS_LABELS[node.status][lang]}</Badge>
                  {node.deliveredAt && (
                    <Text size="xs" c="dimmed">
                      {t('admin.deliveredAt', { time: formatDateTimeVi(String(node.deliveredAt)) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{node.attempts}</Table.Td>
                <Table.Td>{node.lastError ?? ''}</Table.Td>
                <Table.Td>
                  {node.channel !== DeliveryChannel.IN_APP && node.status !== DeliveryStatus.PENDING && (
                    <Button size="xs" variant="default" onClick={() => void resend({ variables: { id: node.id } })}>
                      {t('admin.resend')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {page?.pageInfo.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void fetchMore({ variables: { filter, first: PAGE, after: page.pageInfo.endCursor } })}
        >
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}

function DeliveryPage() {
  const { t } = useTranslation('notifications');
  useDocumentTitle(`${t('admin.title')} · ${t('app.name', { ns: 'translation' })}`);
  return (
    <Stack gap="xl">
      <Title order={2}>{t('admin.title')}</Title>
      <ChannelSettings />
      <DeliveryLog />
    </Stack>
  );
}

export default function NotificationDeliveryPage() {
  return (
    <NotificationsTexts>
      <DeliveryPage />
    </NotificationsTexts>
  );
}
