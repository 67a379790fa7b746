import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, ListState } from '../../components/list-state';
import { NoticeAlert, PageHeader } from '../../components/page-header';
import {
  PartnerDeploymentsDocument,
  type PartnerDeploymentRowFragment,
  RevokePartnerDeploymentDocument,
} from '../../gql/graphql';
import { HANDOVER_NS, HandoverTexts } from '../../i18n/handover';
import { ConfirmDialog } from '../admin/confirm-dialog';
import { formatDateTimeDay } from '../admin/format-date-time';
import { DeploymentIdentityCard } from './deployment-identity-card';
import { useHandoverForm } from './handover-error';
import { RegisterPartnerDialog } from './register-partner-dialog';

/** "Đơn vị đối tác" (/admin/partners): this deployment's identity, and the partners whose packages it accepts. */
function PartnersScreen() {
  const { t } = useTranslation(HANDOVER_NS);
  useDocumentTitle(`${t('partners.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, error, loading, refetch } = useQuery(PartnerDeploymentsDocument);
  const [revoke] = useMutation(RevokePartnerDeploymentDocument);
  const [registering, setRegistering] = useState(false);
  const [toRevoke, setToRevoke] = useState<PartnerDeploymentRowFragment | null>(null);
  const revoking = useHandoverForm([]);
  const [notice, setNotice] = useState<string | null>(null);

  async function onRevoke() {
    if (!toRevoke) return;
    const partner = toRevoke;
    await revoking.submit(
      () => revoke({ variables: { id: partner.id } }),
      () => {
        setNotice(t('partners.revoke.done', { name: partner.name }));
        setToRevoke(null);
      },
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('partners.title')}
        intro={t('partners.intro')}
        actions={<Button onClick={() => setRegistering(true)}>{t('partners.register.open')}</Button>}
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="partners-notice" />
      {data && (
        <DeploymentIdentityCard code={data.deploymentIdentity.code} publicKey={data.deploymentIdentity.publicKey} />
      )}
      <ListState
        data={data?.partnerDeployments}
        loading={loading}
        error={error}
        isEmpty={(partners) => partners.length === 0}
        loadFailed={t('partners.loadFailed')}
        onRetry={() => refetch()}
        empty={t('partners.empty')}
      >
        {(partners) => (
          <DataTable
            minWidth={760}
            columns={[
              t('partners.columns.name'),
              t('partners.columns.code'),
              t('partners.columns.contact'),
              t('partners.columns.registeredAt'),
              t('partners.columns.status'),
              t('partners.columns.actions'),
            ]}
          >
            {partners.map((partner) => (
              <Table.Tr key={partner.id} data-testid="partner-row">
                <Table.Td>{partner.name}</Table.Td>
                <Table.Td>
                  <Text span ff="monospace" size="sm">
                    {partner.code}
                  </Text>
                </Table.Td>
                <Table.Td>{partner.contact ?? '—'}</Table.Td>
                <Table.Td>{formatDateTimeDay(partner.createdAt)}</Table.Td>
                <Table.Td>
                  {partner.revokedAt ? (
                    <Badge color="gray" variant="light">
                      {t('partners.revokedOn', { date: formatDateTimeDay(partner.revokedAt) })}
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light">
                      {t('partners.active')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {!partner.revokedAt && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => {
                        revoking.reset();
                        setToRevoke(partner);
                      }}
                    >
                      {t('partners.revoke.action')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </ListState>
      <RegisterPartnerDialog
        opened={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(partner) => setNotice(t('partners.register.done', { name: partner.name }))}
      />
      <ConfirmDialog
        opened={toRevoke != null}
        title={t('partners.revoke.title')}
        body={t('partners.revoke.body', { name: toRevoke?.name ?? '' })}
        confirmLabel={t('partners.revoke.confirm')}
        loading={revoking.submitting}
        error={revoking.errors.form}
        onConfirm={onRevoke}
        onClose={() => setToRevoke(null)}
      />
    </Stack>
  );
}

export default function PartnersPage() {
  return (
    <HandoverTexts>
      <PartnersScreen />
    </HandoverTexts>
  );
}
