import { can, Permission } from '@hoanhap/shared';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { EmployersDocument } from '../../gql/graphql';
import { EmployersTexts } from '../../i18n/employers';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { formatShare } from './format';
import { RegisterEmployerDialog } from './register-employer-dialog';
import { EmployersExport } from './employers-export';

function EmployersScreen() {
  const { t } = useTranslation('employers');
  const lang = useLang();
  const me = useCurrentUser();
  const canWrite = can(me.role, Permission.WRITE_COMMITTEE);
  useDocumentTitle(`${t('list.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, error, loading, refetch } = useQuery(EmployersDocument);
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const employers = data?.employers;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('list.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('list.intro')}
          </Text>
        </Stack>
        <Group gap="sm">
          {employers && employers.length > 0 && <EmployersExport employers={employers} />}
          {canWrite && <Button onClick={() => setRegistering(true)}>{t('list.register')}</Button>}
        </Group>
      </Group>
      {notice && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          data-testid="employers-notice"
        >
          {notice}
        </Alert>
      )}
      {loading && !employers ? (
        <Skeleton h={240} />
      ) : error && !employers ? (
        <ErrorState error={error} title={t('list.loadFailed')} onRetry={() => refetch()} />
      ) : !employers || employers.length === 0 ? (
        <Text c="dimmed" data-testid="employers-empty">
          {t('list.empty')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.columns.name')}</Table.Th>
                  <Table.Th>{t('list.columns.contact')}</Table.Th>
                  <Table.Th ta="right">{t('list.columns.staff')}</Table.Th>
                  <Table.Th ta="right">{t('list.columns.onStaff')}</Table.Th>
                  <Table.Th ta="right">{t('list.columns.share')}</Table.Th>
                  <Table.Th>{t('list.columns.bank')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {employers.map((employer) => (
                  <Table.Tr key={employer.id} data-testid="employer-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/employers/${employer.id}`}>
                        {employer.name}
                      </Anchor>
                      {employer.address && (
                        <Text size="xs" c="dimmed">
                          {employer.address}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {[employer.contactPerson, employer.phone].filter(Boolean).join(' · ') ||
                        t('common.none', { ns: 'translation' })}
                    </Table.Td>
                    <Table.Td ta="right">{employer.staffCount ?? t('list.staffUnknown')}</Table.Td>
                    <Table.Td ta="right">{employer.returneesOnStaff}</Table.Td>
                    <Table.Td ta="right">
                      {employer.returneeShare == null
                        ? t('common.none', { ns: 'translation' })
                        : formatShare(employer.returneeShare, lang)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={employer.meetsSocialPolicyBankShare ? 'green' : 'gray'}>
                        {employer.meetsSocialPolicyBankShare ? t('list.bankYes') : t('list.bankNo')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {t('list.bankHint')}
          </Text>
        </>
      )}
      {canWrite && (
        <RegisterEmployerDialog
          opened={registering}
          onClose={() => setRegistering(false)}
          onRegistered={(employer) => {
            setNotice(t('list.registered', { name: employer.name }));
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}

export default function EmployersPage() {
  return (
    <EmployersTexts>
      <EmployersScreen />
    </EmployersTexts>
  );
}
