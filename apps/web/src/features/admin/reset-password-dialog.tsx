import { PASSWORD_MIN_LENGTH } from '@hoanhap/shared';
import { useMutation } from '@apollo/client/react';
import { PasswordInput, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type AdminUserFragment, ResetUserPasswordDocument } from '../../gql/graphql';
import { FormDialog } from '../../components/forms/form-dialog';
import { textProps } from '../../components/forms/bound-field';

const FIELDS = ['newPassword'] as const;

/** Sets a new password for a user who lost theirs; they are told it by the administrator. */
export function ResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: AdminUserFragment | null;
  onClose: () => void;
  onDone: (email: string) => void;
}) {
  const { t } = useTranslation('admin');
  const { errors, setErrors, reset: clearErrors, submitting, submit } = useMutationForm({ fields: FIELDS });
  const [reset] = useMutation(ResetUserPasswordDocument);
  const [password, setPassword] = useState('');

  function close() {
    setPassword('');
    clearErrors();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!user) return;
    if (password.length < PASSWORD_MIN_LENGTH) {
      return setErrors({ fields: { newPassword: t('password.tooShort', { min: PASSWORD_MIN_LENGTH }) } });
    }
    await submit(
      () => reset({ variables: { input: { userId: user.id, newPassword: password } } }),
      () => {
        onDone(user.email);
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={user != null}
      onClose={close}
      title={t('users.reset.title', { email: user?.email ?? '' })}
      testId="reset-password-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('users.reset.submit')}
    >
      <Text size="sm">{t('users.reset.body')}</Text>
      <PasswordInput
        label={t('users.reset.newPassword')}
        description={t('users.form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        data-autofocus
        {...textProps(errors, 'newPassword', password, setPassword)}
      />
    </FormDialog>
  );
}
