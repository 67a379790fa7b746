import { useMutation, useQuery } from '@apollo/client/react';
import { labelOf, ROLE_LABELS } from '@hoanhap/shared';
import { Alert, Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type AdminUserFragment, AdminUsersDocument, DisableUserDocument } from '../../gql/graphql';
import { AdminTexts } from '../../i18n/admin';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { ConfirmDialog } from './confirm-dialog';
import { CreateUserDialog } from './create-user-dialog';
import { formatDateTimeDay } from './format-date-time';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UsersExport } from './users-export';

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
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('users.intro')}
          </Text>
        </Stack>
        <Group gap="sm">
          <UsersExport />
          <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
        </Group>
      </Group>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)} data-testid="admin-notice">
          {notice}
        </Alert>
      )}
      {loading && !connection ? (
        <Skeleton h={240} />
      ) : error && !connection ? (
        <ErrorState error={error} title={t('users.loadFailed')} onRetry={() => refetch()} />
      ) : !connection || connection.edges.length === 0 ? (
        <Text c="dimmed">{t('users.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="users-total">
            {t('users.total', { count: connection.totalCount })}
          </Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.columns.name')}</Table.Th>
                  <Table.Th>{t('users.columns.email')}</Table.Th>
                  <Table.Th>{t('users.columns.role')}</Table.Th>
                  <Table.Th>{t('users.columns.unit')}</Table.Th>
                  <Table.Th>{t('users.columns.status')}</Table.Th>
                  <Table.Th>{t('users.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
