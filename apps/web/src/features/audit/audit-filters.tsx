import { AUDIT_ACTIONS } from '@hoanhap/shared';
import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { actionKey } from './audit-actions';
import { type AuditParams, hasFilters } from './audit-params';

interface AuditFiltersProps {
  value: AuditParams;
  onChange: (next: AuditParams) => void;
}

/** Date range and action; actor and case file are picked from a row (the auditor lists no users). */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t, i18n } = useTranslation('audit');
  const translate = i18n.t as unknown as (key: string) => string;
  const actions = [
    ...AUDIT_ACTIONS,
    ...(value.action && !AUDIT_ACTIONS.some((a) => a === value.action) ? [value.action] : []),
  ];
  const actionLabel = (action: string) =>
    i18n.exists(`audit:${actionKey(action)}`) ? translate(`audit:${actionKey(action)}`) : action;

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('audit.filters.label')}>
      <DateField
        label={t('audit.filters.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        maxDate={value.to ?? undefined}
        w={160}
      />
      <DateField
        label={t('audit.filters.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        minDate={value.from ?? undefined}
        w={160}
      />
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.actionPlaceholder')}
        data={actions.map((action) => ({ value: action, label: actionLabel(action) }))}
        value={value.action}
        onChange={(action) => onChange({ ...value, action })}
        searchable
        clearable
        w={300}
      />
      {hasFilters(value) && (
        <Button
          variant="subtle"
          onClick={() => onChange({ from: null, to: null, action: null, actor: null, returnee: null })}
        >
          {t('audit.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
