import { Modal, type ModalProps, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { DialogFooter } from './dialog-footer';
import { FormError } from './form-error';

interface FormDialogProps {
  opened: boolean;
  /** Closing the dialog; the cancel button does the same unless `onCancel` says otherwise. */
  onClose: () => void;
  onCancel?: () => void;
  title: ReactNode;
  size?: ModalProps['size'];
  testId: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The form-level message, above the buttons. */
  error?: string;
  submitting: boolean;
  submitLabel: ReactNode;
  children: ReactNode;
}

/** A form in a dialog: its fields, the form-level message, then cancel and submit. */
export function FormDialog({
  opened,
  onClose,
  onCancel = onClose,
  title,
  size,
  testId,
  onSubmit,
  error,
  submitting,
  submitLabel,
  children,
}: FormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate data-testid={testId}>
        <Stack gap="sm">
          {children}
          <FormError message={error} />
          <DialogFooter onCancel={onCancel} submitting={submitting} submitLabel={submitLabel} />
        </Stack>
      </form>
    </Modal>
  );
}
