import { useMutation, useQuery } from '@apollo/client/react';
import { ExportList, labelOf, ROLE_LABELS } from '@hoanhap/shared';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type AdminUserFragment, AdminUsersDocument, DisableUserDocument } from '../../gql/graphql';
import { AdminTexts } from '../../i18n/admin';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { ExportButton } from '../export/export-button';
import { ConfirmDialog } from './confirm-dialog';
import { CreateUserDialog } from './create-user-dialog';
import { EndSessionsButton } from './end-sessions-button';
import { formatDateTimeDay } from './format-date-time';
import { ResetPasswordDialog } from './reset-password-dialog';
import { DataTable, ListState } from '../../components/list-state';
import { NoticeAlert, PageHeader } from '../../components/page-header';

const PAGE_SIZE = 50;

function UsersScreen() {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const me = useCurrentUser();
  useDocumentTitle(`${t('users.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, error, loading, refetch, fetchMore } = useQuery(AdminUsersDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [disableUser] = useMutation(DisableUserDocument);
  const [creating, setCreating] = useState(false);
  const [toDisable, setToDisable] = useState<AdminUserFragment | null>(null);
  const disabling = useMutationForm({ fields: [] });
  const [toReset, setToReset] = useState<AdminUserFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const connection = data?.users;

  async function onDisable() {
    if (!toDisable) return;
    const user = toDisable;
    await disabling.submit(
      () => disableUser({ variables: { input: { userId: user.id } } }),
      () => {
        setNotice(t('users.disable.done', { email: user.email }));
        setToDisable(null);
      },
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          <Group gap="sm">
            <ExportButton list={ExportList.USERS} />
            <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
          </Group>
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="admin-notice" />
      <ListState
        data={connection}
        loading={loading}
        error={error}
        isEmpty={(connection) => connection.edges.length === 0}
        loadFailed={t('users.loadFailed')}
        onRetry={() => refetch()}
        empty={t('users.empty')}
      >
        {(connection) => (
          <>
            <Text size="sm" c="dimmed" data-testid="users-total">
              {t('users.total', { count: connection.totalCount })}
            </Text>
            <DataTable
              minWidth={800}
              columns={[
                t('users.columns.name'),
                t('users.columns.email'),
                t('users.columns.role'),
                t('users.columns.unit'),
                t('users.columns.status'),
                t('users.columns.actions'),
              ]}
            >
              {connection.edges.map(({ node: user }) => (
                <Table.Tr key={user.id} data-testid="user-row">
                  <Table.Td>{user.displayName}</Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>{labelOf(ROLE_LABELS, user.role, lang)}</Table.Td>
                  <Table.Td>
                    {user.unit.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({user.unit.code})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {user.disabledAt ? (
                      <Badge color="gray" variant="light">
                        {t('users.disabledOn', { date: formatDateTimeDay(user.disabledAt) })}
                      </Badge>
                    ) : (
                      <Badge color="green" variant="light">
                        {t('users.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!user.disabledAt && (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setToReset(user)}>
                          {t('users.reset.action')}
                        </Button>
                        {user.id !== me.id && (
                          <EndSessionsButton userId={user.id} name={user.email} onDone={setNotice} />
                        )}
                        {user.id !== me.id && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            onClick={() => {
                              disabling.reset();
                              setToDisable(user);
                            }}
                          >
                            {t('users.disable.action')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {connection.pageInfo.hasNextPage && (
              <Group>
                <Button
                  variant="default"
                  loading={loading}
                  onClick={() => fetchMore({ variables: { first: PAGE_SIZE, after: connection.pageInfo.endCursor } })}
                >
                  {t('users.loadMore')}
                </Button>
              </Group>
            )}
          </>
        )}
      </ListState>
      <CreateUserDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(email) => {
          setNotice(t('users.created', { email }));
          void refetch();
        }}
      />
      <ResetPasswordDialog
        user={toReset}
        onClose={() => setToReset(null)}
        onDone={(email) => setNotice(t('users.reset.done', { email }))}
      />
      <ConfirmDialog
        opened={toDisable != null}
        title={t('users.disable.title')}
        body={t('users.disable.body', { email: toDisable?.email ?? '' })}
        confirmLabel={t('users.disable.confirm')}
        loading={disabling.submitting}
        error={disabling.errors.form}
        onConfirm={onDisable}
        onClose={() => setToDisable(null)}
      />
    </Stack>
  );
}

export default function UsersPage() {
  return (
    <AdminTexts>
      <UsersScreen />
    </AdminTexts>
  );
}
