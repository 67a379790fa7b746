import { PASSWORD_MIN_LENGTH } from '@hoanhap/shared';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type AdminUserFragment, ResetUserPasswordDocument } from '../../gql/graphql';

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
    <Modal opened={user != null} onClose={close} title={t('users.reset.title', { email: user?.email ?? '' })}>
      <form onSubmit={onSubmit} noValidate data-testid="reset-password-form">
        <Stack gap="sm">
          <Text size="sm">{t('users.reset.body')}</Text>
          <PasswordInput
            label={t('users.reset.newPassword')}
            description={t('users.form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.fields.newPassword}
            autoComplete="new-password"
            required
            data-autofocus
          />
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel', { ns: 'translation' })}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('users.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
