import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/forms/form-errors';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';
import { ConflictDialog } from './conflict-dialog';

interface FormShellProps {
  label: string;
  testId: string;
  errors: FormErrors;
  saving: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** The form's conflict (from `useMutationForm` with `conflictDialog`), explained in the conflict dialog. */
  conflict?: { conflict: string | null; closeConflict: () => void };
  children: ReactNode;
}

/**
 * The frame every casework form shares: the form-level error first (screen readers hear it), the
 * fields, then cancel and a submit button that shows progress and cannot be pressed twice.
 */
export function FormShell({
  label,
  testId,
  errors,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
  conflict,
  children,
}: FormShellProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!saving) onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate aria-label={label} data-testid={testId}>
      <Stack gap="sm">
        <FormError message={errors.form} />
        {children}
        {conflict && <ConflictDialog reason={conflict.conflict} onClose={conflict.closeConflict} />}
        <DialogFooter
          onCancel={onCancel}
          submitting={saving}
          lockCancel
          submitLabel={saving ? t('common.saving') : submitLabel}
        />
      </Stack>
    </form>
  );
}
