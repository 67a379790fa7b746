import { DateField } from '../date-field';
import { type BoundForm, fieldError } from './bound-field';

type DateInputFieldProps = Omit<Parameters<typeof DateField>[0], 'error' | 'form'> & { form: BoundForm; name: string };

/**
 * A form's date (dd/MM/yyyy) whose message goes once it changes. Its calendar opens inside the
 * form, so it stays above the dialog or drawer holding it.
 */
export function DateInputField({ form, name, onChange, ...props }: DateInputFieldProps) {
  return (
    <DateField
      popoverProps={{ withinPortal: false }}
      {...props}
      onChange={(value) => {
        onChange(value);
        form.clear(name);
      }}
      error={fieldError(form, name)}
    />
  );
}
