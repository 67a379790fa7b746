import { CASE_STATUS_LABELS, formatDateVi, SEX_LABELS, TASK_KIND_LABELS } from '@hoanhap/shared';
import { Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-label';
import { HANDOVER_NS } from '../../i18n/handover';
import type { CasePackagePreview } from './case-package-requests';

/** The records a package brings, in the order the receiving officer reads a file. */
const COUNTS = [
  'releases',
  'convictions',
  'employmentPeriods',
  'classifications',
  'contacts',
  'supports',
  'helpers',
  'documents',
] as const;

const day = (value: string | null | undefined) => (value ? formatDateVi(value.slice(0, 10)) : '—');

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w="40%" fw={500}>
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

/** What a verified package holds: who sent it, to whom, the person, what comes with them. */
export function PackagePreview({ preview }: { preview: CasePackagePreview }) {
  const { t } = useTranslation(HANDOVER_NS);
  const label = useEnumLabel();
  const { person, auditSummary } = preview;
  return (
    <Stack gap="md" data-testid="package-preview">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="sm">
          <Title order={3} size="h5" mb="xs">
            {t('receive.preview.sender')}
          </Title>
          <Table>
            <Table.Tbody>
              <Fact label={t('receive.preview.from')} value={`${preview.from.name} (${preview.from.code})`} />
              <Fact
                label={t('receive.preview.to')}
                value={[preview.to.unitName, preview.to.unitCode && `(${preview.to.unitCode})`]
                  .filter(Boolean)
                  .join(' ')}
              />
              <Fact label={t('receive.preview.handedOverOn')} value={day(preview.handedOverOn)} />
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder padding="sm">
          <Title order={3} size="h5" mb="xs">
            {t('receive.preview.person')}
          </Title>
          <Table>
            <Table.Tbody>
              <Fact label={t('receive.preview.fullName')} value={person.fullName} />
              <Fact label={t('receive.preview.dateOfBirth')} value={day(person.dateOfBirth)} />
              <Fact label={t('receive.preview.sex')} value={label(SEX_LABELS, person.sex)} />
              <Fact label={t('receive.preview.citizenId')} value={person.citizenId ?? '—'} />
              <Fact label={t('receive.preview.currentAddress')} value={person.currentAddress ?? '—'} />
              <Fact label={t('receive.preview.returnedOn')} value={day(person.returnedOn)} />
              <Fact label={t('receive.preview.status')} value={label(CASE_STATUS_LABELS, person.status)} />
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {t('receive.preview.records')}
        </Title>
        <List size="sm" data-testid="package-counts">
          {COUNTS.map((key) => (
            <List.Item key={key}>{t(`receive.preview.counts.${key}`, { count: preview.counts[key] ?? 0 })}</List.Item>
          ))}
        </List>
        <Text size="sm" mt="xs">
          {t('receive.preview.auditSummary', {
            count: auditSummary.total,
            from: day(auditSummary.firstAt),
            to: day(auditSummary.lastAt),
          })}
        </Text>
      </Card>
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {t('receive.preview.openTasks', { count: preview.openTasks.length })}
        </Title>
        {preview.openTasks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('receive.preview.noOpenTasks')}
          </Text>
        ) : (
          <List size="sm">
            {preview.openTasks.map((task, i) => (
              // Tasks of a package have no ids: their order is the sender's.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
              <List.Item key={i}>
                {label(TASK_KIND_LABELS, task.kind)}: {task.title}
                {task.dueOn ? ` — ${t('receive.preview.dueOn', { date: day(task.dueOn) })}` : ''}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t('receive.preview.openTasksHint')}
        </Text>
      </Card>
    </Stack>
  );
}
