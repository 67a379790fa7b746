import { useMutation, useQuery } from '@apollo/client/react';
import {
  DOMAIN_EVENT_TYPE_LABELS,
  labelOf,
  WEBHOOK_DELIVERY_STATUS_LABELS,
  type WebhookDeliveryStatus,
  type WebhookEventType,
} from '@hoanhap/shared';
import { Badge, Button, Drawer, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, ListState } from '../../components/list-state';
import { RedeliverWebhookDocument, WebhookDeliveriesDocument } from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { WEBHOOKS_NS } from '../../i18n/webhooks';
import { formatDateTimeVi } from '../audit/format';

const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'yellow', SUCCEEDED: 'green', FAILED: 'red' };

/** An endpoint's delivery log, newest first, with "Gửi lại" for what has finished. */
export function WebhookDeliveries({
  endpointId,
  onClose,
  onNotice,
}: {
  endpointId: string | null;
  onClose: () => void;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation(WEBHOOKS_NS);
  const lang = useLang();
  const { data, error, loading, refetch, fetchMore } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId: endpointId ?? '', first: 20 },
    skip: !endpointId,
    fetchPolicy: 'cache-and-network',
  });
  const [redeliver] = useMutation(RedeliverWebhookDocument);
  const page = data?.webhookDeliveries;

  return (
    <Drawer opened={endpointId != null} onClose={onClose} title={t('deliveries.title')} position="right" size="xl">
      <ListState
        data={page}
        loading={loading}
        error={error}
        isEmpty={(page) => page.edges.length === 0}
        loadFailed={t('deliveries.loadFailed')}
        onRetry={() => refetch()}
        empty={t('deliveries.empty')}
      >
        {(page) => (
          <Stack gap="sm">
            <DataTable
              minWidth={760}
              testId="webhook-deliveries"
              columns={[
                t('deliveries.columns.event'),
                t('deliveries.columns.unit'),
                t('deliveries.columns.occurredAt'),
                t('deliveries.columns.status'),
                t('deliveries.columns.attempts'),
                t('deliveries.columns.lastResult'),
                '',
              ]}
            >
              {page.edges.map(({ node }) => (
                <Table.Tr key={node.id} data-testid="webhook-delivery-row">
                  <Table.Td>
                    {DOMAIN_EVENT_TYPE_LABELS[node.eventType as WebhookEventType]?.[lang] ?? node.eventType}
                  </Table.Td>
                  <Table.Td>{node.unitCode}</Table.Td>
                  <Table.Td>{formatDateTimeVi(node.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[node.status]} variant="light">
                      {labelOf(WEBHOOK_DELIVERY_STATUS_LABELS, node.status, lang)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{node.attempts}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{node.lastStatusCode ?? '—'}</Text>
                    {node.lastError && (
                      <Text size="xs" c="dimmed">
                        {node.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {node.status !== 'PENDING' && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={async () => {
                          await redeliver({ variables: { id: node.id } });
                          onNotice(t('notices.redelivered'));
                          await refetch();
                        }}
                      >
                        {t('deliveries.redeliver')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {page.pageInfo.hasNextPage && (
              <Button variant="default" onClick={() => fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
                {t('deliveries.more')}
              </Button>
            )}
          </Stack>
        )}
      </ListState>
    </Drawer>
  );
}
