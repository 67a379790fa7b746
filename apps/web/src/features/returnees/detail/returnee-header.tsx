import {
  EMPLOYMENT_STATUS_LABELS,
  EXPUNGEMENT_NOTE_LABELS,
  EXPUNGEMENT_ROUTE_LABELS,
  ExpungementRoute,
  formatDateVi,
} from '@hoanhap/shared';
import { Alert, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { StatusBadge } from '../../../components/status-badge';
import { PrintLink } from '../../reports/print/print-link';
import { LifecycleActions } from './lifecycle-actions';
import { PersonFileDialog } from './person-file-dialog';
import { TransferAction } from './transfer-action';
import { MergeAction } from '../merge/merge-action';
import type { ReturneeHeaderFieldsFragment } from '../../../gql/graphql';

function Forecast({ returnee, canSeeSensitive }: { returnee: ReturneeHeaderFieldsFragment; canSeeSensitive: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const f = returnee.expungementForecast;
  if (!f) {
    return canSeeSensitive ? (
      <Text size="sm">—</Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('returnee.forecastHidden')}
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid="forecast">
      <Text size="sm" fw={600}>
        {label(EXPUNGEMENT_ROUTE_LABELS, f.route)}
      </Text>
      {f.eligibleOn && (
        // By court (Penal Code art. 71) the person may apply to the court, which decides.
        <Text size="sm" data-testid="forecast-eligible">
          {t(f.route === ExpungementRoute.COURT_DECISION ? 'returnee.eligibleOnCourt' : 'returnee.eligibleOn', {
            date: formatDateVi(f.eligibleOn),
          })}
        </Text>
      )}
      {f.waitingMonths != null && (
        <Text size="xs" c="dimmed">
          {t('returnee.waiting', { months: f.waitingMonths })}
        </Text>
      )}
      {f.blockers.length > 0 && (
        <Alert color="yellow" variant="light" p="xs" title={t('returnee.forecastBlocked')}>
          <List size="xs">
            {f.blockers.map((b) => (
              <List.Item key={b}>{t(`returnee.blocker.${b}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {f.explanation.length > 0 && (
        <details data-testid="forecast-explanation">
          <Text component="summary" size="xs" c="dimmed">
            {t('returnee.explanation')}
          </Text>
          <List size="xs">
            {f.explanation.map((note) => (
              <List.Item key={note}>{label(EXPUNGEMENT_NOTE_LABELS, note)}</List.Item>
            ))}
          </List>
        </details>
      )}
    </Stack>
  );
}

export function ReturneeHeader({
  returnee,
  canWrite,
  canMerge = false,
  canSeeSensitive,
  canProduceFile = false,
}: {
  returnee: ReturneeHeaderFieldsFragment;
  canWrite: boolean;
  /** Whether the user may merge this record with another record of the same person. */
  canMerge?: boolean;
  canSeeSensitive: boolean;
  /** May print or archive the whole file (EXPORT_PERSON_FILE). */
  canProduceFile?: boolean;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const job = returnee.currentEmployment;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Group gap="sm" align="center">
          <Title order={1} size="h2" data-testid="returnee-name">
            {returnee.fullName}
          </Title>
          <StatusBadge status={returnee.status} />
        </Group>
        <Group gap="xs">
          {canProduceFile && <PersonFileDialog returneeId={returnee.id} />}
          <PrintLink
            kind="returnee"
            to={`/print/returnees/${encodeURIComponent(returnee.id)}`}
            testId="print-returnee"
          />
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        {t('returnee.unit', { name: returnee.unit.name })}
        {returnee.returnedOn ? ` · ${t('returnees.col.returnedOn')}: ${formatDateVi(returnee.returnedOn)}` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('returnee.currentEmployment')}
          </Text>
          <Text size="sm" fw={600} data-testid="current-employment">
            {job ? label(EMPLOYMENT_STATUS_LABELS, job.status) : t('returnee.noEmployment')}
          </Text>
          {job?.employerName && <Text size="sm">{job.employerName}</Text>}
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('returnee.forecast')}
          </Text>
          <Forecast returnee={returnee} canSeeSensitive={canSeeSensitive} />
        </Card>
      </SimpleGrid>
      {(canWrite || canMerge) && (
        <Group gap="xs" align="center">
          {canWrite && (
            <>
              <LifecycleActions
                returneeId={returnee.id}
                status={returnee.status}
                allowed={returnee.allowedTransitions}
              />
              <TransferAction returnee={returnee} />
            </>
          )}
          {canMerge && <MergeAction returneeId={returnee.id} />}
        </Group>
      )}
    </Stack>
  );
}
