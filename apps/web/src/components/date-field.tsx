import { parseDateVi } from '@hoanhap/shared';
import { DateInput, type DateInputProps, DatesProvider } from '@mantine/dates';
// Only the forms need dayjs and its Vietnamese locale, so they stay out of the first load.
import 'dayjs/locale/vi';
import '@mantine/dates/styles.css';
import { useTranslation } from 'react-i18next';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A date typed or picked as dd/MM/yyyy and handed over as YYYY-MM-DD (null when empty). */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
      <DateInput
        valueFormat="DD/MM/YYYY"
        dateParser={(text) => parseDateVi(text)}
        placeholder={t('common.dateHint')}
        clearable
        popoverProps={{ withinPortal: true }}
        ariaLabels={t('calendar', { returnObjects: true })}
        {...props}
        value={value}
        onChange={(next) => onChange(next || null)}
      />
    </DatesProvider>
  );
}
