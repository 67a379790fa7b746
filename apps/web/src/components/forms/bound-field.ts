import type { FormErrors } from './form-errors';

/** What a field takes from its form (`useMutationForm`): the messages, and a way to drop its own. */
export interface BoundForm {
  errors: FormErrors;
  clear: (name: string) => void;
}

/** The field's message, or nothing, as Mantine's `error` prop wants it. */
export const fieldError = (form: BoundForm, name: string) => form.errors.fields[name] || undefined;

/**
 * What ties a field to its form and to its state, spread on the field:
 * `<DateInputField {...bound(form, 'startsOn', startsOn, setStartsOn)} label={…} />`.
 */
export const bound = <T>(form: BoundForm, name: string, value: T, onChange: (value: T) => void) => ({
  form,
  name,
  value,
  onChange,
});

/**
 * A field whose message stays until the next send, spread on it: its value, its setter and the
 * message at `name` (`<DateField {...fieldProps(errors, 'day', day, setDay)} … />`).
 */
export const fieldProps = <T, Change>(errors: FormErrors, name: string, value: T, onChange: Change) => ({
  value,
  onChange,
  error: errors.fields[name],
});

/** The same for a typed-in text (`TextInput`, `Textarea`, `PasswordInput`), whose change is an event. */
export const textProps = (errors: FormErrors, name: string, value: string, onChange: (value: string) => void) => ({
  value,
  onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
  error: errors.fields[name],
});
