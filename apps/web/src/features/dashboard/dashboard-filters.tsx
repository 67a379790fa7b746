import { isIsoDate, parseDateVi } from '@hoanhap/shared';
import { Group } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
// Only the date pickers need dayjs and its Vietnamese locale, so they stay out of the first load.
import 'dayjs/locale/vi';
import '@mantine/dates/styles.css';
import { useTranslation } from 'react-i18next';

interface DashboardFiltersProps {
  returnedSince: string;
  asOf: string;
  onChange: (key: 'returnedSince' | 'asOf', value: string) => void;
}

// Typed dates are read as dd/MM/yyyy, as written in Vietnamese documents, never month-first.
const parseTyped = (text: string) => parseDateVi(text);

export function DashboardFilters({ returnedSince, asOf, onChange }: DashboardFiltersProps) {
  const { t, i18n } = useTranslation();
  const common = {
    valueFormat: 'DD/MM/YYYY',
    dateParser: parseTyped,
    description: t('dashboard.dateHint'),
    w: { base: '100%', xs: 200 },
    popoverProps: { withinPortal: true },
    // The calendar's arrow buttons are icons only: give them names in the current language.
    ariaLabels: t('calendar', { returnObjects: true }),
  } as const;
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
      <Group align="flex-start" gap="md" role="group" aria-label={t('dashboard.filters')}>
        <DateInput
          {...common}
          label={t('dashboard.returnedSince')}
          value={returnedSince}
          maxDate={asOf}
          onChange={(value) => value && isIsoDate(value) && onChange('returnedSince', value)}
          data-testid="returned-since-input"
        />
        <DateInput
          {...common}
          label={t('dashboard.asOf')}
          value={asOf}
          minDate={returnedSince}
          onChange={(value) => value && isIsoDate(value) && onChange('asOf', value)}
          data-testid="as-of-input"
        />
      </Group>
    </DatesProvider>
  );
}
