import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateVi, labelOf, ROLE_LABELS, todayInVietnam } from '@hoanhap/shared';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import {
  type AdminServiceAccountFragment,
  RevokeServiceAccountDocument,
  ServiceAccountsDocument,
} from '../../gql/graphql';
import { AdminTexts } from '../../i18n/admin';
import { useLang } from '../../i18n/use-lang';
import { ConfirmDialog } from './confirm-dialog';
import { CreateServiceAccountDialog } from './create-service-account-dialog';
import { KeyDialog } from './key-dialog';
import { formatDateTimeDay } from './format-date-time';
import { DataTable, ListState } from '../../components/list-state';
import { NoticeAlert, PageHeader } from '../../components/page-header';

function ServiceAccountsScreen() {
  const { t } = useTranslation('admin');
  const lang = useLang();
  useDocumentTitle(`${t('serviceAccounts.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, error, loading, refetch } = useQuery(ServiceAccountsDocument);
  const [revoke] = useMutation(RevokeServiceAccountDocument);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<AdminServiceAccountFragment | null>(null);
  const revoking = useMutationForm({ fields: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInVietnam();
  const accounts = data?.serviceAccounts;

  async function onRevoke() {
    if (!toRevoke) return;
    const account = toRevoke;
    await revoking.submit(
      () => revoke({ variables: { input: { id: account.id } } }),
      () => {
        setNotice(t('serviceAccounts.revoke.done', { name: account.name }));
        setToRevoke(null);
      },
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('serviceAccounts.title')}
        intro={t('serviceAccounts.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('serviceAccounts.create')}</Button>}
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="admin-notice" />
      <ListState
        data={accounts}
        loading={loading}
        error={error}
        isEmpty={(accounts) => accounts.length === 0}
        loadFailed={t('serviceAccounts.loadFailed')}
        onRetry={() => refetch()}
        empty={t('serviceAccounts.empty')}
      >
        {(accounts) => (
          <DataTable
            minWidth={900}
            columns={[
              t('serviceAccounts.columns.name'),
              t('serviceAccounts.columns.role'),
              t('serviceAccounts.columns.unit'),
              t('serviceAccounts.columns.operations'),
              t('serviceAccounts.columns.expiresOn'),
              t('serviceAccounts.columns.lastUsed'),
              t('serviceAccounts.columns.status'),
              t('serviceAccounts.columns.actions'),
            ]}
          >
            {accounts.map((account) => {
              const expired = account.expiresOn <= today;
              return (
                <Table.Tr key={account.id} data-testid="service-account-row">
                  <Table.Td>{account.name}</Table.Td>
                  <Table.Td>{labelOf(ROLE_LABELS, account.role, lang)}</Table.Td>
                  <Table.Td>
                    {account.unit.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({account.unit.code})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {account.allowedOperations.map((op) => (
                        <Badge key={op} variant="outline" size="sm" tt="none">
                          {op}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateVi(account.expiresOn)}</Table.Td>
                  <Table.Td>
                    {account.lastUsedAt ? formatDateTimeDay(account.lastUsedAt) : t('serviceAccounts.neverUsed')}
                  </Table.Td>
                  <Table.Td>
                    {account.revokedAt ? (
                      <Badge color="gray" variant="light">
                        {t('serviceAccounts.revokedOn', { date: formatDateTimeDay(account.revokedAt) })}
                      </Badge>
                    ) : expired ? (
                      <Badge color="orange" variant="light">
                        {t('serviceAccounts.expired')}
                      </Badge>
                    ) : (
                      <Badge color="green" variant="light">
                        {t('serviceAccounts.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!account.revokedAt && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => {
                          revoking.reset();
                          setToRevoke(account);
                        }}
                      >
                        {t('serviceAccounts.revoke.action')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </ListState>
      <CreateServiceAccountDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(key, account) => {
          setCreated({ key, name: account.name });
          void refetch();
        }}
      />
      <KeyDialog apiKey={created?.key ?? null} name={created?.name} onClose={() => setCreated(null)} />
      <ConfirmDialog
        opened={toRevoke != null}
        title={t('serviceAccounts.revoke.title')}
        body={t('serviceAccounts.revoke.body', { name: toRevoke?.name ?? '' })}
        confirmLabel={t('serviceAccounts.revoke.confirm')}
        loading={revoking.submitting}
        error={revoking.errors.form}
        onConfirm={onRevoke}
        onClose={() => setToRevoke(null)}
      />
    </Stack>
  );
}

export default function ServiceAccountsPage() {
  return (
    <AdminTexts>
      <ServiceAccountsScreen />
    </AdminTexts>
  );
}
