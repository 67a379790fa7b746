import { useMutation, useQuery } from '@apollo/client/react';
import {
  DOMAIN_EVENT_TYPE_LABELS,
  labelOf,
  WEBHOOK_DISABLED_REASON_LABELS,
  WEBHOOK_ENDPOINT_STATUS_LABELS,
  type WebhookEventType,
} from '@hoanhap/shared';
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable, ListState } from '../../components/list-state';
import { NoticeAlert, PageHeader } from '../../components/page-header';
import {
  DisableWebhookEndpointDocument,
  EnableWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookEventDocument,
  WebhookEndpointsDocument,
} from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { WEBHOOKS_NS, WebhooksTexts } from '../../i18n/webhooks';
import { ConfirmDialog } from '../admin/confirm-dialog';
import { formatDateTimeVi } from '../audit/format';
import { CreateWebhookDialog } from './create-webhook-dialog';
import { SecretDialog } from './secret-dialog';
import { WebhookDeliveries } from './webhook-deliveries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Webhook cho sở, ngành" (/admin/webhooks?agreement=<id>): an agreement's endpoints, their secrets and log. */
function WebhooksScreen() {
  const { t } = useTranslation(WEBHOOKS_NS);
  const lang = useLang();
  useDocumentTitle(`${t('title')} · ${t('app.name', { ns: 'translation' })}`);
  const [params, setParams] = useSearchParams();
  const agreementId = params.get('agreement') ?? '';
  const [typed, setTyped] = useState(agreementId);
  const { data, error, loading, refetch } = useQuery(WebhookEndpointsDocument, {
    variables: { agreementId },
    skip: !UUID.test(agreementId),
  });
  const [sendTest] = useMutation(SendTestWebhookEventDocument);
  const [rotate] = useMutation(RotateWebhookSecretDocument);
  const [disable] = useMutation(DisableWebhookEndpointDocument);
  const [enable] = useMutation(EnableWebhookEndpointDocument);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ value: string; rotated: boolean } | null>(null);
  const [toRotate, setToRotate] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <Button onClick={() => setCreating(true)} disabled={!UUID.test(agreementId)}>
            {t('create')}
          </Button>
        }
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setParams({ agreement: typed.trim() });
        }}
      >
        <Group align="end">
          <TextInput
            label={t('agreement.label')}
            description={t('agreement.hint')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            w={420}
          />
          <Button type="submit" variant="default">
            {t('agreement.show')}
          </Button>
        </Group>
      </form>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="webhooks-notice" />
      {UUID.test(agreementId) && (
        <ListState
          data={data?.webhookEndpoints}
          loading={loading}
          error={error}
          isEmpty={(endpoints) => endpoints.length === 0}
          loadFailed={t('loadFailed')}
          onRetry={() => refetch()}
          empty={t('empty')}
        >
          {(endpoints) => (
            <DataTable
              minWidth={960}
              testId="webhook-endpoints"
              columns={[
                t('columns.url'),
                t('columns.events'),
                t('columns.status'),
                t('columns.failures'),
                t('columns.actions'),
              ]}
            >
              {endpoints.map((endpoint) => (
                <Table.Tr key={endpoint.id} data-testid="webhook-endpoint-row">
                  <Table.Td style={{ wordBreak: 'break-all' }}>{endpoint.url}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {endpoint.eventTypes.map((type) => (
                        <Badge key={type} variant="outline" size="sm" tt="none">
                          {DOMAIN_EVENT_TYPE_LABELS[type as WebhookEventType]?.[lang] ?? type}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={endpoint.status === 'ENABLED' ? 'green' : 'gray'} variant="light">
                      {labelOf(WEBHOOK_ENDPOINT_STATUS_LABELS, endpoint.status, lang)}
                    </Badge>
                    {endpoint.disabledReason && (
                      <Text size="xs" c="dimmed">
                        {labelOf(WEBHOOK_DISABLED_REASON_LABELS, endpoint.disabledReason, lang)}
                      </Text>
                    )}
                    {endpoint.previousSecretExpiresAt && new Date(endpoint.previousSecretExpiresAt) > new Date() && (
                      <Text size="xs" c="dimmed">
                        {t('overlapUntil', { date: formatDateTimeVi(endpoint.previousSecretExpiresAt) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{endpoint.consecutiveFailures}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Button
                        size="xs"
                        variant="light"
                        disabled={endpoint.status !== 'ENABLED'}
                        onClick={async () => {
                          await sendTest({ variables: { id: endpoint.id } });
                          setNotice(t('notices.testSent'));
                        }}
                      >
                        {t('actions.test')}
                      </Button>
                      <Button size="xs" variant="light" onClick={() => setToRotate(endpoint.id)}>
                        {t('actions.rotate')}
                      </Button>
                      {endpoint.status === 'ENABLED' ? (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          onClick={async () => {
                            await disable({ variables: { id: endpoint.id } });
                            setNotice(t('notices.disabled'));
                          }}
                        >
                          {t('actions.disable')}
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={async () => {
                            await enable({ variables: { id: endpoint.id } });
                            setNotice(t('notices.enabled'));
                          }}
                        >
                          {t('actions.enable')}
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => setLogOf(endpoint.id)}>
                        {t('actions.deliveries')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </ListState>
      )}
      <CreateWebhookDialog
        agreementId={agreementId}
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(value) => {
          setSecret({ value, rotated: false });
          void refetch();
        }}
      />
      <SecretDialog secret={secret?.value ?? null} rotated={secret?.rotated ?? false} onClose={() => setSecret(null)} />
      <ConfirmDialog
        opened={toRotate != null}
        title={t('rotate.title')}
        body={t('rotate.body')}
        confirmLabel={t('rotate.confirm')}
        onClose={() => setToRotate(null)}
        onConfirm={async () => {
          if (!toRotate) return;
          const { data } = await rotate({ variables: { id: toRotate } });
          setToRotate(null);
          if (data) setSecret({ value: data.rotateWebhookSecret.secret, rotated: true });
        }}
      />
      <WebhookDeliveries endpointId={logOf} onClose={() => setLogOf(null)} onNotice={setNotice} />
    </Stack>
  );
}

export default function WebhooksPage() {
  return (
    <WebhooksTexts>
      <WebhooksScreen />
    </WebhooksTexts>
  );
}
