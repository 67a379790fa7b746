import { can, ExportList, Permission } from '@hoanhap/shared';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmployersDocument } from '../../gql/graphql';
import { EmployersTexts } from '../../i18n/employers';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { ExportButton } from '../export/export-button';
import { formatShare } from './format';
import { RegisterEmployerDialog } from './register-employer-dialog';
import { DataTable, ListState } from '../../components/list-state';
import { NoticeAlert, PageHeader } from '../../components/page-header';

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
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro')}
        actions={
          <Group gap="sm">
            {employers && employers.length > 0 && <ExportButton list={ExportList.EMPLOYERS} />}
            {canWrite && <Button onClick={() => setRegistering(true)}>{t('list.register')}</Button>}
          </Group>
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="employers-notice" />
      <ListState
        data={employers}
        loading={loading}
        error={error}
        isEmpty={(employers) => employers.length === 0}
        loadFailed={t('list.loadFailed')}
        onRetry={() => refetch()}
        empty={t('list.empty')}
        emptyTestId="employers-empty"
      >
        {(employers) => (
          <>
            <DataTable
              minWidth={800}
              columns={[
                t('list.columns.name'),
                t('list.columns.contact'),
                <Table.Th key="staff" ta="right">
                  {t('list.columns.staff')}
                </Table.Th>,
                <Table.Th key="onStaff" ta="right">
                  {t('list.columns.onStaff')}
                </Table.Th>,
                <Table.Th key="share" ta="right">
                  {t('list.columns.share')}
                </Table.Th>,
                t('list.columns.bank'),
              ]}
            >
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
            </DataTable>
            <Text size="xs" c="dimmed">
              {t('list.bankHint')}
            </Text>
          </>
        )}
      </ListState>
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
