import type { FormErrors } from './form-errors';

/** What a field takes from its form (`useMutationForm`): the messages, and a way to drop its own. */
export interface BoundForm {
  errors: FormErrors;
  clear: (name: string) => void;
}

/** The field's message, or nothing, as Mantine's `error` prop wants it. */
export const fieldError = (form: BoundForm, name: string) => form.errors.fields[name] || undefined;
