import { Textarea, type TextareaProps } from '@mantine/core';
import { type BoundForm, fieldError } from './bound-field';

type TextareaFieldProps = Omit<TextareaProps, 'value' | 'onChange' | 'error' | 'form'> & {
  form: BoundForm;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** The message stays until the next send (the field is optional and checked only by the API). */
  keepMessage?: boolean;
};

/** A form's free text over several lines, growing as it is typed; its message goes once it changes. */
export function TextareaField({ form, name, value, onChange, keepMessage, ...props }: TextareaFieldProps) {
  return (
    <Textarea
      autosize
      minRows={2}
      {...props}
      value={value}
      onChange={(e) => {
        onChange(e.currentTarget.value);
        if (!keepMessage) form.clear(name);
      }}
      error={fieldError(form, name)}
    />
  );
}
