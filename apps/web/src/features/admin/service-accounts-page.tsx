import { useMutation, useQuery } from '@apollo/client/react';
import { addMonths, formatDateVi, labelOf, ROLE_LABELS, Role, todayInVietnam } from '@hoanhap/shared';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Skeleton,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { ErrorState } from '../../components/error-state';
import { type FormErrors, NO_ERRORS, useFormErrorsFromApi, useReasonMessage } from '../../components/form-errors';
import {
  type AdminServiceAccountFragment,
  CreateServiceAccountDocument,
  RevokeServiceAccountDocument,
  ServiceAccountsDocument,
} from '../../gql/graphql';
import { AdminTexts } from '../../i18n/admin';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { ConfirmDialog } from './confirm-dialog';
import { KeyDialog } from './key-dialog';
import { formatDateTimeDay } from './password-rules';

/** The read operations departments' systems use; any other root field name may be typed. */
export const DEPARTMENT_OPERATIONS = [
  'reintegrationStats',
  'returnees',
  'returnee',
  'expungementPreview',
  'pledges',
  'pledgeScoreboard',
  'auditLog',
] as const;
const SA_ROLES = [Role.VIEWER, Role.AUDITOR] as const;
const FIELDS = ['name', 'role', 'unitCode', 'allowedOperations', 'expiresOn'] as const;

function CreateServiceAccountDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (key: string, account: AdminServiceAccountFragment) => void;
}) {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const me = useCurrentUser();
  const reasonMessage = useReasonMessage();
  const toFormErrors = useFormErrorsFromApi(FIELDS);
  const [create, { loading }] = useMutation(CreateServiceAccountDocument);
  const defaultExpiry = () => addMonths(todayInVietnam(), 12);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>(Role.VIEWER);
  const [unitCode, setUnitCode] = useState(me.unit.code);
  const [operations, setOperations] = useState<string[]>(['reintegrationStats']);
  const [expiresOn, setExpiresOn] = useState<string | null>(defaultExpiry);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  function close() {
    setName('');
    setRole(Role.VIEWER);
    setUnitCode(me.unit.code);
    setOperations(['reintegrationStats']);
    setExpiresOn(defaultExpiry());
    setErrors(NO_ERRORS);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = reasonMessage('REQUIRED');
    if (!role) fields.role = reasonMessage('REQUIRED');
    if (!unitCode.trim()) fields.unitCode = reasonMessage('REQUIRED');
    if (operations.length === 0) fields.allowedOperations = t('serviceAccounts.form.operationsRequired');
    if (!expiresOn) fields.expiresOn = reasonMessage('REQUIRED');
    if (Object.keys(fields).length > 0 || !role || !expiresOn) {
      return setErrors({ fields, form: t('errors.formHasErrors', { ns: 'translation' }) });
    }
    try {
      const { data } = await create({
        variables: {
          input: { name: name.trim(), role, unitCode: unitCode.trim(), allowedOperations: operations, expiresOn },
        },
      });
      if (!data) return;
      onCreated(data.createServiceAccount.key, data.createServiceAccount.serviceAccount);
      close();
    } catch (error) {
      setErrors(toFormErrors(error));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('serviceAccounts.form.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="create-service-account-form">
        <Stack gap="sm">
          <TextInput
            label={t('serviceAccounts.form.name')}
            placeholder={t('serviceAccounts.form.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.fields.name}
            required
            data-autofocus
          />
          <Select
            label={t('serviceAccounts.form.role')}
            data={SA_ROLES.map((value) => ({ value, label: labelOf(ROLE_LABELS, value, lang) }))}
            value={role}
            onChange={(value) => setRole(value as Role | null)}
            error={errors.fields.role}
            allowDeselect={false}
            required
          />
          <TextInput
            label={t('serviceAccounts.form.unitCode')}
            description={t('serviceAccounts.form.unitCodeHint')}
            value={unitCode}
            onChange={(e) => setUnitCode(e.currentTarget.value)}
            error={errors.fields.unitCode}
            required
          />
          <TagsInput
            label={t('serviceAccounts.form.operations')}
            description={t('serviceAccounts.form.operationsHint')}
            data={[...DEPARTMENT_OPERATIONS]}
            value={operations}
            onChange={setOperations}
            error={errors.fields.allowedOperations}
            clearable
            required
          />
          <DateField
            label={t('serviceAccounts.form.expiresOn')}
            description={t('serviceAccounts.form.expiresOnHint')}
            value={expiresOn}
            onChange={setExpiresOn}
            error={errors.fields.expiresOn}
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
              {t('serviceAccounts.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ServiceAccountsScreen() {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const apiMessage = useApiErrorMessage();
  useDocumentTitle(`${t('serviceAccounts.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, error, loading, refetch } = useQuery(ServiceAccountsDocument);
  const [revoke, revoking] = useMutation(RevokeServiceAccountDocument);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<AdminServiceAccountFragment | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInVietnam();
  const accounts = data?.serviceAccounts;

  async function onRevoke() {
    if (!toRevoke) return;
    try {
      await revoke({ variables: { input: { id: toRevoke.id } } });
      setNotice(t('serviceAccounts.revoke.done', { name: toRevoke.name }));
      setToRevoke(null);
    } catch (err) {
      setRevokeError(apiMessage(err));
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('serviceAccounts.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('serviceAccounts.intro')}
          </Text>
        </Stack>
        <Button onClick={() => setCreating(true)}>{t('serviceAccounts.create')}</Button>
      </Group>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)} data-testid="admin-notice">
          {notice}
        </Alert>
      )}
      {loading && !accounts ? (
        <Skeleton h={240} />
      ) : error && !accounts ? (
        <ErrorState error={error} title={t('serviceAccounts.loadFailed')} onRetry={() => refetch()} />
      ) : !accounts || accounts.length === 0 ? (
        <Text c="dimmed">{t('serviceAccounts.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('serviceAccounts.columns.name')}</Table.Th>
                <Table.Th>{t('serviceAccounts.columns.role')}</Table.Th>
                <Table.Th>{t('serviceAccounts.columns.unit')}</Table.Th>
                <Table.Th>{t('serviceAccounts.columns.operations')}</Table.Th>
                <Table.Th>{t('serviceAccounts.columns.expiresOn')}</Table.Th>
                <Table.Th>{t('serviceAccounts.columns.lastUsed')}</Table.Th>
                <Table.Th>{t('serviceAccounts.columns.status')}</Table.Th>
                <Table.Th>{t('serviceAccounts.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
                            setRevokeError(null);
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
        loading={revoking.loading}
        error={revokeError}
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
