import { useMutation, useQuery } from '@apollo/client/react';
import { labelOf, ROLE_LABELS, Role } from '@hoanhap/shared';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state';
import { type FormErrors, NO_ERRORS, useFormErrorsFromApi, useReasonMessage } from '../../components/form-errors';
import {
  type AdminUserFragment,
  AdminUsersDocument,
  CreateUserDocument,
  DisableUserDocument,
  ResetUserPasswordDocument,
} from '../../gql/graphql';
import { AdminTexts } from '../../i18n/admin';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { ConfirmDialog } from './confirm-dialog';
import { formatDateTimeDay, PASSWORD_MIN } from './password-rules';
import { UsersExport } from './users-export';

const PAGE_SIZE = 50;
const ROLES = [Role.ADMIN, Role.OFFICER, Role.COMMITTEE, Role.HELPER, Role.VIEWER, Role.AUDITOR] as const;
const CREATE_FIELDS = ['displayName', 'email', 'role', 'unitCode', 'organisationId', 'password'] as const;

function CreateUserDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (email: string) => void;
}) {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const me = useCurrentUser();
  const reasonMessage = useReasonMessage();
  const toFormErrors = useFormErrorsFromApi(CREATE_FIELDS);
  const [createUser, { loading }] = useMutation(CreateUserDocument);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(Role.OFFICER);
  const [unitCode, setUnitCode] = useState(me.unit.code);
  const [organisationId, setOrganisationId] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  function close() {
    setDisplayName('');
    setEmail('');
    setRole(Role.OFFICER);
    setUnitCode(me.unit.code);
    setOrganisationId('');
    setPassword('');
    setErrors(NO_ERRORS);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!displayName.trim()) fields.displayName = reasonMessage('REQUIRED');
    if (!email.trim()) fields.email = reasonMessage('REQUIRED');
    if (!role) fields.role = reasonMessage('REQUIRED');
    if (!unitCode.trim()) fields.unitCode = reasonMessage('REQUIRED');
    if (role === Role.HELPER && !organisationId.trim()) fields.organisationId = reasonMessage('REQUIRED');
    if (password.length < PASSWORD_MIN) fields.password = t('password.tooShort', { min: PASSWORD_MIN });
    if (Object.keys(fields).length > 0 || !role)
      return setErrors({ fields, form: t('errors.formHasErrors', { ns: 'translation' }) });
    try {
      await createUser({
        variables: {
          input: {
            displayName: displayName.trim(),
            email: email.trim(),
            role,
            unitCode: unitCode.trim(),
            organisationId: role === Role.HELPER ? organisationId.trim() : null,
            password,
          },
        },
      });
      onCreated(email.trim());
      close();
    } catch (error) {
      setErrors(toFormErrors(error));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('users.form.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="create-user-form">
        <Stack gap="sm">
          <TextInput
            label={t('users.form.displayName')}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.fields.displayName}
            required
            data-autofocus
          />
          <TextInput
            label={t('users.form.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.fields.email}
            required
          />
          <Select
            label={t('users.form.role')}
            data={ROLES.map((value) => ({ value, label: labelOf(ROLE_LABELS, value, lang) }))}
            value={role}
            onChange={(value) => setRole(value as Role | null)}
            error={errors.fields.role}
            allowDeselect={false}
            required
          />
          <TextInput
            label={t('users.form.unitCode')}
            description={t('users.form.unitCodeHint')}
            value={unitCode}
            onChange={(e) => setUnitCode(e.currentTarget.value)}
            error={errors.fields.unitCode}
            required
          />
          {role === Role.HELPER && (
            <TextInput
              label={t('users.form.organisationId')}
              description={t('users.form.organisationIdHint')}
              value={organisationId}
              onChange={(e) => setOrganisationId(e.currentTarget.value)}
              error={errors.fields.organisationId}
              required
            />
          )}
          <PasswordInput
            label={t('users.form.password')}
            description={t('users.form.passwordHint', { min: PASSWORD_MIN })}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.fields.password}
            autoComplete="new-password"
            required
          />
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel', { ns: 'translation' })}
            </Button>
            <Button type="submit" loading={loading}>
              {t('users.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: AdminUserFragment | null;
  onClose: () => void;
  onDone: (email: string) => void;
}) {
  const { t } = useTranslation('admin');
  const toFormErrors = useFormErrorsFromApi(['newPassword']);
  const [reset, { loading }] = useMutation(ResetUserPasswordDocument);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  function close() {
    setPassword('');
    setErrors(NO_ERRORS);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!user) return;
    if (password.length < PASSWORD_MIN) {
      return setErrors({ fields: { newPassword: t('password.tooShort', { min: PASSWORD_MIN }) } });
    }
    try {
      await reset({ variables: { input: { userId: user.id, newPassword: password } } });
      onDone(user.email);
      close();
    } catch (error) {
      setErrors(toFormErrors(error));
    }
  }

  return (
    <Modal opened={user != null} onClose={close} title={t('users.reset.title', { email: user?.email ?? '' })}>
      <form onSubmit={onSubmit} noValidate data-testid="reset-password-form">
        <Stack gap="sm">
          <Text size="sm">{t('users.reset.body')}</Text>
          <PasswordInput
            label={t('users.reset.newPassword')}
            description={t('users.form.passwordHint', { min: PASSWORD_MIN })}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.fields.newPassword}
            autoComplete="new-password"
            required
            data-autofocus
          />
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel', { ns: 'translation' })}
            </Button>
            <Button type="submit" loading={loading}>
              {t('users.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function UsersScreen() {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const me = useCurrentUser();
  const apiMessage = useApiErrorMessage();
  useDocumentTitle(`${t('users.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, error, loading, refetch, fetchMore } = useQuery(AdminUsersDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [disableUser, disabling] = useMutation(DisableUserDocument);
  const [creating, setCreating] = useState(false);
  const [toDisable, setToDisable] = useState<AdminUserFragment | null>(null);
  const [disableError, setDisableError] = useState<string | null>(null);
  const [toReset, setToReset] = useState<AdminUserFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const connection = data?.users;

  async function onDisable() {
    if (!toDisable) return;
    try {
      await disableUser({ variables: { input: { userId: toDisable.id } } });
      setNotice(t('users.disable.done', { email: toDisable.email }));
      setToDisable(null);
    } catch (err) {
      setDisableError(apiMessage(err));
    }
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
                                setDisableError(null);
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
        loading={disabling.loading}
        error={disableError}
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
