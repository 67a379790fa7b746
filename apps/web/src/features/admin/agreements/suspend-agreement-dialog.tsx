import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textProps } from '../../../components/forms/bound-field';
import { FormDialog } from '../../../components/forms/form-dialog';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { type AdminAgreementFragment, SuspendDataSharingAgreementDocument } from '../../../gql/graphql';

/** Suspends an agreement with a reason: its keys are refused until it is resumed. */
export function SuspendAgreementDialog({
  agreement,
  onClose,
  onSuspended,
}: {
  agreement: AdminAgreementFragment | null;
  onClose: () => void;
  onSuspended: (saved: AdminAgreementFragment) => void;
}) {
  const { t } = useTranslation('admin');
  const { errors, invalid, reset, reason: reasonOf, submitting, submit } = useMutationForm({ fields: ['reason'] });
  const [suspend] = useMutation(SuspendDataSharingAgreementDocument);
  const [reason, setReason] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reset` only clears the errors.
  useEffect(() => {
    setReason('');
    reset();
  }, [agreement]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!agreement) return;
    if (reason.trim().length < 2) return invalid({ reason: reasonOf('REQUIRED') });
    await submit(
      () => suspend({ variables: { input: { id: agreement.id, reason: reason.trim() } } }),
      ({ data }) => {
        if (data) onSuspended(data.suspendDataSharingAgreement);
        onClose();
      },
    );
  }

  return (
    <FormDialog
      opened={agreement != null}
      onClose={onClose}
      title={t('agreements.suspend.title', { name: agreement?.counterpart ?? '' })}
      testId="suspend-agreement-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('agreements.suspend.confirm')}
    >
      <Textarea
        label={t('agreements.suspend.reason')}
        description={t('agreements.suspend.hint')}
        required
        data-autofocus
        autosize
        minRows={2}
        {...textProps(errors, 'reason', reason, setReason)}
      />
    </FormDialog>
  );
}
