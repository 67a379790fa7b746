import type { Label } from '@hoanhap/shared';
import { Select, type SelectProps } from '@mantine/core';
import { useEnumLabel } from '../enum-label';
import { type BoundForm, fieldError } from './bound-field';

type SelectFieldProps<T extends string> = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'error' | 'form'> & {
  form: BoundForm;
  name: string;
  /** The choices' labels, keyed by value. */
  labels: Readonly<Record<string, Label>>;
  /** The values offered, in order; every key of `labels` when left out. */
  options?: readonly T[];
  value: T | null;
  onChange: (value: T | null) => void;
};

/** A form's choice among an enum's values, labelled in the current language; its list opens inside the form. */
export function SelectField<T extends string>({
  form,
  name,
  labels,
  options,
  value,
  onChange,
  ...props
}: SelectFieldProps<T>) {
  const label = useEnumLabel();
  const values = options ?? (Object.keys(labels) as T[]);
  return (
    <Select
      data={values.map((v) => ({ value: v, label: label(labels, v) }))}
      comboboxProps={{ withinPortal: false }}
      {...props}
      value={value}
      onChange={(next) => {
        onChange(values.find((v) => v === next) ?? null);
        form.clear(name);
      }}
      error={fieldError(form, name)}
    />
  );
}
