import { useMutation, useQuery } from '@apollo/client/react';
import { can, formatDateVi, Permission, ReportPeriodKind } from '@hoanhap/shared';
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ReportComparisonDocument,
  ReportSubmissionsDocument,
  type SubmittedFiguresFragment,
  SubmitReportDocument,
} from '../../gql/graphql';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';
import { useCurrentUser } from '../auth/current-user';
import { showCount } from '../dashboard/breakdown';
import { printClasses as classes } from './print/print-sheet';
import { cellKey, differenceKeys, REPORT_COLUMNS } from './report-figures';

interface PanelProps {
  unitCode: string;
  returnedSince: string;
  asOf: string;
}

/**
 * Beside the printed report, on screen only: "Nộp báo cáo" freezes the figures with the signer
 * (the ward's officer or committee), the list of submitted revisions, and one of them "as
 * submitted" beside "as of today" with the cells that changed since highlighted.
 */
export function ReportSubmissionsPanel({ unitCode, returnedSince, asOf }: PanelProps) {
  const { t } = useTranslation('reports');
  const me = useCurrentUser();
  const canSubmit = can(me.role, Permission.SUBMIT_REPORTS);
  const canRead = can(me.role, Permission.READ_SUBMITTED_REPORTS);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useQuery(ReportSubmissionsDocument, {
    variables: { unitCode, periodKind: ReportPeriodKind.CUSTOM },
    skip: !canRead,
  });
  if (!canRead) return null;
  const mine = (list.data?.reportSubmissions ?? []).filter(
    (s) => s.unit.code === unitCode && s.periodStart === returnedSince && s.periodEnd === asOf,
  );
  return (
    <Stack className={classes.toolbar} gap="md" p="md" maw={900} mx="auto" data-testid="report-submissions">
      <Title order={2} size="h4">
        {t('submissions.title')}
      </Title>
      {canSubmit && (
        <SubmitForm
          unitCode={unitCode}
          returnedSince={returnedSince}
          asOf={asOf}
          onSubmitted={(id) => {
            setSelected(id);
            void list.refetch();
          }}
        />
      )}
      {mine.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('submissions.none')}
        </Text>
      ) : (
        <Table data-testid="submission-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('submissions.revision')}</Table.Th>
              <Table.Th>{t('submissions.submittedAt')}</Table.Th>
              <Table.Th>{t('submissions.signer')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mine.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.revision}</Table.Td>
                <Table.Td>{new Date(s.submittedAt).toLocaleString('vi-VN')}</Table.Td>
                <Table.Td>
                  {s.signerName}, {s.signerTitle}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setSelected(s.id)}>
                    {t('submissions.compare')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {selected && <Comparison id={selected} />}
    </Stack>
  );
}

function SubmitForm({
  unitCode,
  returnedSince,
  asOf,
  onSubmitted,
}: PanelProps & { onSubmitted: (id: string) => void }) {
  const { t } = useTranslation('reports');
  const errorMessage = useApiErrorMessage();
  const [signerName, setSignerName] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const [submit, { loading, error }] = useMutation(SubmitReportDocument);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      unitCode,
      periodKind: ReportPeriodKind.CUSTOM,
      periodStart: returnedSince,
      periodEnd: asOf,
      returnedSince,
      signerName,
      signerTitle,
    };
    const result = await submit({ variables: { input } }).catch(() => null);
    if (result?.data) onSubmitted(result.data.submitReport.id);
  }
  return (
    <form onSubmit={onSubmit}>
      <Group align="flex-end">
        <TextInput
          label={t('submissions.signerName')}
          value={signerName}
          onChange={(e) => setSignerName(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('submissions.signerTitle')}
          value={signerTitle}
          onChange={(e) => setSignerTitle(e.currentTarget.value)}
          required
        />
        <Button type="submit" loading={loading} data-testid="submit-report">
          {t('submissions.submit')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" mt="sm" role="alert">
          {errorMessage(error)}
        </Alert>
      )}
    </form>
  );
}

/** One submission "as submitted" beside "as of today"; changed cells are marked. */
function Comparison({ id }: { id: string }) {
  const { t } = useTranslation('reports');
  const { data } = useQuery(ReportComparisonDocument, { variables: { id } });
  const row = data?.reportSubmission;
  if (!row) return null;
  const changed = differenceKeys(row.differences);
  const rows = [
    ['RETURNED', t('report.rowReturned', { date: formatDateVi(row.figures.returnedSince) })],
    ['IN_CASELOAD', t('report.rowCaseload')],
  ] as const;
  const side = (figures: SubmittedFiguresFragment, r: 'RETURNED' | 'IN_CASELOAD') =>
    r === 'RETURNED' ? figures.returned : figures.inCaseload;
  return (
    <Table withTableBorder data-testid="submission-comparison">
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          <Table.Th />
          {REPORT_COLUMNS.map((col) => (
            <Table.Th key={col}>{t(`report.col.${col}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.flatMap(([r, label]) =>
          (
            [
              ['submitted', t('submissions.asSubmitted'), row.figures],
              ['today', t('submissions.asOfToday'), row.asOfToday],
            ] as const
          ).map(([which, caption, figures]) => (
            <Table.Tr key={`${r}-${which}`}>
              <Table.Td>{which === 'submitted' ? label : ''}</Table.Td>
              <Table.Td>{caption}</Table.Td>
              {REPORT_COLUMNS.map((col) => {
                const differs = changed.has(cellKey(r, col));
                return (
                  <Table.Td
                    key={col}
                    fw={differs ? 700 : undefined}
                    bg={differs ? 'yellow.1' : undefined}
                    data-testid={`compare-${r}-${which}-${col}`}
                    data-differs={differs || undefined}
                  >
                    {showCount(side(figures, r)[col])}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          )),
        )}
      </Table.Tbody>
    </Table>
  );
}
