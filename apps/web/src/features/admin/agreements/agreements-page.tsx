import { useMutation, useQuery } from '@apollo/client/react';
import { AGREEMENT_STATUS_LABELS, AgreementStatus, formatDateVi, labelOf, todayInVietnam } from '@hoanhap/shared';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, ListState } from '../../../components/list-state';
import { NoticeAlert, PageHeader } from '../../../components/page-header';
import {
  type AdminAgreementFragment,
  DataSharingAgreementsDocument,
  ResumeDataSharingAgreementDocument,
} from '../../../gql/graphql';
import { AdminTexts } from '../../../i18n/admin';
import { useLang } from '../../../i18n/use-lang';
import { AgreementFormDialog } from './agreement-form-dialog';
import { AgreementUsagePanel } from './agreement-usage-panel';
import { SuspendAgreementDialog } from './suspend-agreement-dialog';

/** The status a row shows: suspended, ended or not yet started by its dates, or in force. */
function StatusBadge({ agreement: a, today }: { agreement: AdminAgreementFragment; today: string }) {
  const { t } = useTranslation('admin');
  const lang = useLang();
  if (a.status === AgreementStatus.SUSPENDED) {
    return <Badge color="orange">{labelOf(AGREEMENT_STATUS_LABELS, a.status, lang)}</Badge>;
  }
  if (a.endsOn < today) return <Badge color="gray">{t('agreements.ended')}</Badge>;
  if (a.startsOn > today) return <Badge color="blue">{t('agreements.notStarted')}</Badge>;
  return <Badge color="green">{labelOf(AGREEMENT_STATUS_LABELS, a.status, lang)}</Badge>;
}

function AgreementsScreen() {
  const { t } = useTranslation('admin');
  useDocumentTitle(`${t('agreements.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, error, loading, refetch } = useQuery(DataSharingAgreementsDocument);
  const [resume] = useMutation(ResumeDataSharingAgreementDocument);
  const [editing, setEditing] = useState<AdminAgreementFragment | null | 'new'>(null);
  const [suspending, setSuspending] = useState<AdminAgreementFragment | null>(null);
  const [usageOf, setUsageOf] = useState<AdminAgreementFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInVietnam();
  const agreements = data?.dataSharingAgreements;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('agreements.title')}
        intro={t('agreements.intro')}
        actions={<Button onClick={() => setEditing('new')}>{t('agreements.create')}</Button>}
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="admin-notice" />
      <ListState
        data={agreements}
        loading={loading}
        error={error}
        isEmpty={(list) => list.length === 0}
        loadFailed={t('agreements.loadFailed')}
        onRetry={() => refetch()}
        empty={t('agreements.empty')}
      >
        {(list) => (
          <DataTable
            minWidth={1000}
            columns={[
              t('agreements.columns.counterpart'),
              t('agreements.columns.legalBasis'),
              t('agreements.columns.unit'),
              t('agreements.columns.period'),
              t('agreements.columns.redacted'),
              t('agreements.columns.status'),
              t('agreements.columns.actions'),
            ]}
          >
            {list.map((a) => (
              <Table.Tr key={a.id} data-testid="agreement-row">
                <Table.Td>
                  {a.counterpart}
                  <Text size="xs" c="dimmed">
                    {a.purpose}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {a.legalBasisNumber}
                  {a.legalBasisDate ? ` (${formatDateVi(a.legalBasisDate)})` : ''}
                </Table.Td>
                <Table.Td>{a.unit.name}</Table.Td>
                <Table.Td>
                  {formatDateVi(a.startsOn)} – {formatDateVi(a.endsOn)}
                </Table.Td>
                <Table.Td>{a.redactedFields.length}</Table.Td>
                <Table.Td>
                  <StatusBadge agreement={a} today={today} />
                  {a.suspensionReason && (
                    <Text size="xs" c="dimmed">
                      {a.suspensionReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => setEditing(a)}>
                      {t('agreements.edit')}
                    </Button>
                    {a.status === AgreementStatus.ACTIVE ? (
                      <Button size="xs" variant="light" color="orange" onClick={() => setSuspending(a)}>
                        {t('agreements.suspend.action')}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color="green"
                        onClick={async () => {
                          await resume({ variables: { id: a.id } });
                          setNotice(t('agreements.resumed', { name: a.counterpart }));
                        }}
                      >
                        {t('agreements.resume')}
                      </Button>
                    )}
                    <Button size="xs" variant="subtle" onClick={() => setUsageOf(a)}>
                      {t('agreements.usage.action')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      component={Link}
                      to={`/admin/webhooks?agreement=${encodeURIComponent(a.id)}`}
                    >
                      {t('agreements.webhooks')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </ListState>
      <AgreementFormDialog
        opened={editing != null}
        agreement={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setNotice(t('agreements.saved', { name: saved.counterpart }));
          void refetch();
        }}
      />
      <SuspendAgreementDialog
        agreement={suspending}
        onClose={() => setSuspending(null)}
        onSuspended={(saved) => setNotice(t('agreements.suspend.done', { name: saved.counterpart }))}
      />
      <AgreementUsagePanel agreement={usageOf} onClose={() => setUsageOf(null)} />
    </Stack>
  );
}

/** "Thỏa thuận chia sẻ dữ liệu": the agreements every integration key works under (admin). */
export default function AgreementsPage() {
  return (
    <AdminTexts>
      <AgreementsScreen />
    </AdminTexts>
  );
}
