import { useMutation, useQuery } from '@apollo/client/react';
import { can, formatDateVi, HOLIDAY_KIND_LABELS, Permission, todayInVietnam } from '@hoanhap/shared';
import { ActionIcon, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type HolidayRowFragment, HolidaysDocument, RemoveHolidayDocument } from '../../gql/graphql';
import { AdminTexts } from '../../i18n/admin';
import { useCurrentUser } from '../auth/current-user';
import { ConfirmDialog } from './confirm-dialog';
import { HolidayDialog } from './holiday-dialog';
import { DataTable, ListState } from '../../components/list-state';
import { NoticeAlert } from '../../components/page-header';

const thisYear = () => Number(todayInVietnam().slice(0, 4));

/** The year in `?year=`, or this year when it is missing or not a year the API takes. */
export function yearFromParams(params: URLSearchParams): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : thisYear();
}

/** 0 = Sunday … 6 = Saturday, for a civil date (no time zone involved). */
const weekdayOf = (day: string) => String(new Date(`${day}T00:00:00Z`).getUTCDay()) as '0';

function HolidaysScreen() {
  const { t } = useTranslation('admin');
  const label = useEnumLabel();
  const me = useCurrentUser();
  const canEdit = can(me.role, Permission.ADMINISTER);
  useDocumentTitle(`${t('holidays.title')} · ${t('app.name', { ns: 'translation' })}`);
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const { data, error, loading, refetch } = useQuery(HolidaysDocument, { variables: { year } });
  const [removeHoliday] = useMutation(RemoveHolidayDocument);
  const [editing, setEditing] = useState<HolidayRowFragment | null>(null);
  const [adding, setAdding] = useState(false);
  const [toRemove, setToRemove] = useState<HolidayRowFragment | null>(null);
  const removing = useMutationForm({ fields: [] });
  const [notice, setNotice] = useState<string | null>(null);

  const setYear = (next: number) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('year', String(next));
      return copy;
    });
  const years = Array.from({ length: 9 }, (_, i) => thisYear() - 5 + i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  async function onRemove() {
    if (!toRemove) return;
    const day = toRemove.day;
    await removing.submit(
      () => removeHoliday({ variables: { input: { day } } }),
      async () => {
        setNotice(t('holidays.remove.done', { date: formatDateVi(day) }));
        setToRemove(null);
        // A failed reload shows as the calendar's own error state.
        await refetch().catch(() => undefined);
      },
    );
  }

  const holidays = data?.holidays;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('holidays.title')}
          </Title>
          <Text c="dimmed" size="sm" data-testid="holidays-intro">
            {t('holidays.intro')}
          </Text>
        </Stack>
        {canEdit && <Button onClick={() => setAdding(true)}>{t('holidays.add')}</Button>}
      </Group>
      <Group gap="xs" align="flex-end">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('holidays.previousYear')}
          onClick={() => setYear(year - 1)}
        >
          ‹
        </ActionIcon>
        <Select
          label={t('holidays.year')}
          data={years.map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={120}
        />
        <ActionIcon variant="default" size="lg" aria-label={t('holidays.nextYear')} onClick={() => setYear(year + 1)}>
          ›
        </ActionIcon>
      </Group>
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('holidays.readOnly')}
        </Text>
      )}
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="admin-notice" />
      <ListState
        data={holidays}
        loading={loading}
        error={error}
        isEmpty={(holidays) => holidays.length === 0}
        loadFailed={t('holidays.loadFailed')}
        onRetry={() => refetch()}
        empty={t('holidays.empty', { year })}
        emptyTestId="holidays-empty"
      >
        {(holidays) => (
          <>
            <Text size="sm" c="dimmed">
              {t('holidays.count', { count: holidays.length })}
            </Text>
            <DataTable
              minWidth={640}
              columns={[
                t('holidays.columns.day'),
                t('holidays.columns.name'),
                t('holidays.columns.kind'),
                canEdit && t('holidays.columns.actions'),
              ]}
            >
              {holidays.map((holiday) => (
                <Table.Tr key={holiday.day} data-testid="holiday-row">
                  <Table.Td>
                    {formatDateVi(holiday.day)}{' '}
                    <Text span size="sm" c="dimmed">
                      ({t(`holidays.weekday.${weekdayOf(holiday.day)}`)})
                    </Text>
                  </Table.Td>
                  <Table.Td>{holiday.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={holiday.kind === 'WORKING_DAY' ? 'orange' : 'blue'}>
                      {label(HOLIDAY_KIND_LABELS, holiday.kind)}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(holiday)}>
                          {t('common.edit', { ns: 'translation' })}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          onClick={() => {
                            removing.reset();
                            setToRemove(holiday);
                          }}
                        >
                          {t('holidays.remove.action')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </DataTable>
          </>
        )}
      </ListState>
      {canEdit && (
        <HolidayDialog
          opened={adding || editing != null}
          holiday={editing}
          onClose={() => {
            setAdding(false);
            setEditing(null);
          }}
          onSaved={(saved) => {
            setNotice(t('holidays.saved', { date: formatDateVi(saved.day) }));
            // A day added in another year is shown where it belongs.
            const savedYear = Number(saved.day.slice(0, 4));
            if (savedYear !== year) setYear(savedYear);
            else void refetch();
          }}
        />
      )}
      <ConfirmDialog
        opened={toRemove != null}
        title={t('holidays.remove.title')}
        body={t('holidays.remove.body', {
          date: toRemove ? formatDateVi(toRemove.day) : '',
          name: toRemove?.name ?? '',
        })}
        confirmLabel={t('holidays.remove.confirm')}
        loading={removing.submitting}
        error={removing.errors.form}
        onConfirm={onRemove}
        onClose={() => setToRemove(null)}
      />
    </Stack>
  );
}

export default function HolidaysPage() {
  return (
    <AdminTexts>
      <HolidaysScreen />
    </AdminTexts>
  );
}
