import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/forms/form-errors';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';
import { ConflictDialog } from './conflict-dialog';

/** What the parent of every casework form gives it: what to do once saved, and how to close it. */
export interface CaseFormProps {
  onSaved: () => void;
  onCancel?: () => void;
}

interface FormShellProps {
  label: string;
  testId: string;
  /** The form's state (`useMutationForm`): its messages, whether it is sending, and a conflict. */
  form: { errors: FormErrors; submitting: boolean; conflict: string | null; closeConflict: () => void };
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** A conflict (`useMutationForm` with `conflictDialog`) is explained in the conflict dialog. */
  conflictDialog?: boolean;
  children: ReactNode;
}

/**
 * The frame every casework form shares: the form-level error first (screen readers hear it), the
 * fields, then cancel and a submit button that shows progress and cannot be pressed twice.
 */
export function FormShell({
  label,
  testId,
  form,
  submitLabel,
  onSubmit,
  onCancel,
  conflictDialog = false,
  children,
}: FormShellProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.submitting) onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate aria-label={label} data-testid={testId}>
      <Stack gap="sm">
        <FormError message={form.errors.form} />
        {children}
        {conflictDialog && <ConflictDialog reason={form.conflict} onClose={form.closeConflict} />}
        <DialogFooter
          onCancel={onCancel}
          submitting={form.submitting}
          lockCancel
          submitLabel={form.submitting ? t('common.saving') : submitLabel}
        />
      </Stack>
    </form>
  );
}
