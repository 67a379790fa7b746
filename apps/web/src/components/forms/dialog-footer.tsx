import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogFooterProps {
  /** The submit button's words. */
  submitLabel: ReactNode;
  /** While the form is being sent the submit button shows progress and cannot be pressed again. */
  submitting: boolean;
  /** Left out, there is no cancel button (a form shown inline rather than in a dialog). */
  onCancel?: () => void;
  /** Whether cancel waits for the send to finish too. */
  lockCancel?: boolean;
  /** A button shown instead of submit, when the form cannot be sent as it stands. */
  action?: ReactNode;
  /** The cancel button's words, when the feature has its own; "Hủy" otherwise. */
  cancelLabel?: ReactNode;
  submitTestId?: string;
}

/** The end of a form: cancel, then the submit button. */
export function DialogFooter({
  submitLabel,
  submitting,
  onCancel,
  lockCancel = false,
  action,
  cancelLabel,
  submitTestId,
}: DialogFooterProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {onCancel && (
        <Button variant="default" onClick={onCancel} disabled={lockCancel && submitting}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
      )}
      {action ?? (
        <Button type="submit" loading={submitting} data-testid={submitTestId}>
          {submitLabel}
        </Button>
      )}
    </Group>
  );
}
