import { useMutation } from '@apollo/client/react';
import { Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { RevealSensitiveDocument } from '../../../gql/graphql';
import { FormDialog } from '../../../components/forms/form-dialog';
import { textProps } from '../../../components/forms/bound-field';

export const PURPOSE_MIN = 10;
export const PURPOSE_MAX = 500;

interface RevealDialogProps {
  returneeId: string;
  opened: boolean;
  onClose: () => void;
  /** Called with the grant's end once the API has granted it. */
  onRevealed: (expiresAt: string) => Promise<unknown>;
}

/** "Xem thông tin (nêu mục đích)": the purpose is recorded in the audit log with the reveal. */
export function RevealDialog({ returneeId, opened, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useTranslation();
  // No input is marked by the API here: whatever it refuses is said for the whole form.
  const { errors, setErrors, reset, submitting, submit } = useMutationForm({ fields: [] });
  const [reveal] = useMutation(RevealSensitiveDocument);
  const [purpose, setPurpose] = useState('');

  function close() {
    setPurpose('');
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = purpose.trim();
    const tooShort = text.length < PURPOSE_MIN && t('returnee.reveal.tooShort', { min: PURPOSE_MIN });
    const tooLong = text.length > PURPOSE_MAX && t('returnee.reveal.tooLong', { max: PURPOSE_MAX });
    if (tooShort || tooLong) return setErrors({ fields: { purpose: tooShort || tooLong || '' } });
    reset();
    // The grant counts once the case file shows the fields again: a failure there is the form's too.
    const send = async () => {
      const { data } = await reveal({ variables: { input: { returneeId, purpose: text } } });
      const expiresAt = data?.revealSensitive.expiresAt;
      if (!expiresAt) throw new Error('no grant');
      await onRevealed(expiresAt);
    };
    await submit(send, close);
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('returnee.reveal.title')}
      size="lg"
      testId="reveal-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('returnee.reveal.submit')}
    >
      <Text size="sm">{t('returnee.reveal.body')}</Text>
      <Textarea
        label={t('returnee.reveal.purpose')}
        description={t('returnee.reveal.purposeHint', { min: PURPOSE_MIN })}
        placeholder={t('returnee.reveal.placeholder')}
        maxLength={PURPOSE_MAX}
        autosize
        minRows={3}
        required
        data-autofocus
        {...textProps(errors, 'purpose', purpose, setPurpose)}
      />
    </FormDialog>
  );
}
