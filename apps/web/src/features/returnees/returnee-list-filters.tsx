import { CASE_STATUS_LABELS, CLASSIFICATION_GROUP_LABELS, EMPLOYMENT_STATUS_LABELS } from '@hoanhap/shared';
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useStillOnThisPage } from '../../components/use-still-on-this-page';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import {
  CASE_STATUSES,
  CLASSIFICATION_GROUPS,
  EMPLOYMENT_STATUSES,
  hasFilters,
  type ListParams,
  SORTS,
} from './returnee-list-params';

export const SEARCH_DEBOUNCE_MS = 350;

interface Props {
  params: ListParams;
  onChange: (change: Partial<ListParams>) => void;
}

export function ReturneeListFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [search, setSearch] = useState(params.q);
  const stillHere = useStillOnThisPage();
  // A result clicked while the search waits for its debounce has already left the list (the file's
  // page may still be loading, with the list on screen): pushing the search then would bring the
  // user back to the list.
  const pushSearch = useDebouncedCallback((q: string) => {
    if (stillHere()) onChange({ q: q.trim() });
  }, SEARCH_DEBOUNCE_MS);

  // The URL is the source of truth: clearing filters or following a link updates the box.
  useEffect(() => {
    setSearch((current) => (current.trim() === params.q ? current : params.q));
  }, [params.q]);

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('returnees.filters')}>
      <TextInput
        type="search"
        label={t('returnees.search')}
        description={t('returnees.searchHint')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          pushSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange({ q: search.trim() });
        }}
        w={{ base: '100%', sm: 280 }}
        data-testid="returnee-search"
      />
      <MultiSelect
        label={t('returnees.status')}
        placeholder={params.status.length ? undefined : t('returnees.any')}
        data={CASE_STATUSES.map((value) => ({ value, label: label(CASE_STATUS_LABELS, value) }))}
        value={params.status}
        onChange={(values) => onChange({ status: CASE_STATUSES.filter((s) => values.includes(s)) })}
        clearable
        w={{ base: '100%', sm: 260 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('returnees.employmentStatus')}
        placeholder={t('returnees.any')}
        data={EMPLOYMENT_STATUSES.map((value) => ({ value, label: label(EMPLOYMENT_STATUS_LABELS, value) }))}
        value={params.employment}
        onChange={(value) => onChange({ employment: EMPLOYMENT_STATUSES.find((s) => s === value) ?? null })}
        clearable
        w={{ base: '100%', sm: 200 }}
      />
      <Select
        label={t('returnees.classification')}
        placeholder={t('returnees.any')}
        data={CLASSIFICATION_GROUPS.map((value) => ({ value, label: label(CLASSIFICATION_GROUP_LABELS, value) }))}
        value={params.group}
        onChange={(value) => onChange({ group: CLASSIFICATION_GROUPS.find((g) => g === value) ?? null })}
        clearable
        w={{ base: '100%', sm: 200 }}
      />
      <DateField
        label={t('returnees.returnedFrom')}
        value={params.from}
        maxDate={params.to ?? undefined}
        onChange={(from) => onChange({ from })}
        w={{ base: '100%', xs: 150 }}
      />
      <DateField
        label={t('returnees.returnedTo')}
        value={params.to}
        minDate={params.from ?? undefined}
        onChange={(to) => onChange({ to })}
        w={{ base: '100%', xs: 150 }}
      />
      <Select
        label={t('returnees.sort')}
        data={SORTS.map((value) => ({ value, label: t(`returnees.sort${value}`) }))}
        value={params.sort}
        onChange={(value) => onChange({ sort: SORTS.find((s) => s === value) ?? 'NAME' })}
        allowDeselect={false}
        w={{ base: '100%', sm: 220 }}
      />
      {hasFilters(params) && (
        <Button
          variant="subtle"
          onClick={() => {
            setSearch('');
            onChange({ q: '', status: [], employment: null, group: null, from: null, to: null });
          }}
        >
          {t('returnees.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
