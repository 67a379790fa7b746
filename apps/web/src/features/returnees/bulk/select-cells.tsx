import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LISTS_NS } from '../../../i18n/lists';

/** The row's checkbox, named after the person so a screen reader says whom it selects. */
export function SelectRowCheckbox({
  name,
  checked,
  onChange,
}: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation(LISTS_NS);
  return (
    <Checkbox
      aria-label={t('select.row', { name })}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
      data-testid="select-row"
    />
  );
}

/** "Select everyone on this page": checked when all are, half-checked when some are. */
export function SelectPageCheckbox({
  selected,
  total,
  onChange,
}: {
  selected: number;
  total: number;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation(LISTS_NS);
  return (
    <Checkbox
      aria-label={t('select.page')}
      checked={total > 0 && selected === total}
      indeterminate={selected > 0 && selected < total}
      onChange={(event) => onChange(event.currentTarget.checked)}
      data-testid="select-page"
    />
  );
}
