import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/form-errors';

interface FormShellProps {
  label: string;
  testId: string;
  errors: FormErrors;
  saving: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
}

/**
 * The frame of the casework forms: the form-level error on top, the fields, then cancel and a
 * submit button that shows progress and cannot be pressed twice while saving.
 */
export function FormShell({
  label,
  testId,
  errors,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: FormShellProps) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      aria-label={label}
      data-testid={testId}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!saving) onSubmit();
      }}
    >
      <Stack gap="sm">
        {errors.form && (
          <Alert color="red" variant="light" role="alert">
            {errors.form}
          </Alert>
        )}
        {children}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={saving}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={saving} disabled={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
