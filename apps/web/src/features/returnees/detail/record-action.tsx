import { Alert, Button, Group, Modal } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { CaseFormProps } from '../forms/form-shell';

interface RecordActionProps {
  /** Whether the button is offered (the role may, and the case is open). */
  canRecord: boolean;
  /** The button's words, and the dialog's title. */
  label: string;
  /** Said once the form has saved, until the button is pressed again. */
  savedText: string;
  /** The form, given what closes the dialog. */
  children: (close: CaseFormProps) => ReactNode;
}

/** A tab's "record …" button, the form it opens in a dialog, and the note that it was saved. */
export function RecordAction({ canRecord, label, savedText, children }: RecordActionProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <>
      {saved && (
        <Alert color="green" variant="light" role="status">
          {savedText}
        </Alert>
      )}
      {canRecord && (
        <Group>
          <Button
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {label}
          </Button>
        </Group>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={label} size="lg">
        {children({
          onCancel: () => setOpen(false),
          onSaved: () => {
            setOpen(false);
            setSaved(true);
          },
        })}
      </Modal>
    </>
  );
}
