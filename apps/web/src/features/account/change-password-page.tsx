import { PASSWORD_MIN_LENGTH } from '@hoanhap/shared';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { ChangePasswordDocument } from '../../gql/graphql';
import { AccountTexts } from '../../i18n/account';
import { NotificationPreferencesSection } from '../notifications/notification-preferences-section';
import { FormError } from '../../components/forms/form-error';
import { textProps } from '../../components/forms/bound-field';

const FIELDS = ['currentPassword', 'newPassword'] as const;

function ChangePasswordForm() {
  const { t } = useTranslation('account');
  useDocumentTitle(`${t('password.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { errors, invalid, reason, submitting, submit } = useMutationForm({ fields: FIELDS });
  const [changePassword] = useMutation(ChangePasswordDocument);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const fields: Record<string, string> = {};
    if (!current) fields.currentPassword = reason('REQUIRED');
    if (next.length < PASSWORD_MIN_LENGTH) fields.newPassword = t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
    else if (next !== repeat) fields.repeat = t('password.mismatch');
    if (Object.keys(fields).length > 0) return invalid(fields);
    await submit(
      () => changePassword({ variables: { input: { currentPassword: current, newPassword: next } } }),
      () => {
        setCurrent('');
        setNext('');
        setRepeat('');
        setDone(true);
      },
    );
  }

  return (
    <Stack gap="md" maw={480}>
      <Title order={1} size="h2">
        {t('password.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('password.intro')}
      </Text>
      <form onSubmit={onSubmit} noValidate data-testid="change-password-form">
        <Stack gap="sm">
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            {...textProps(errors, 'currentPassword', current, setCurrent)}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.newHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...textProps(errors, 'newPassword', next, setNext)}
          />
          <PasswordInput
            label={t('password.confirm')}
            autoComplete="new-password"
            required
            {...textProps(errors, 'repeat', repeat, setRepeat)}
          />
          <FormError message={errors.form} />
          {done && (
            <Alert color="green" role="status">
              {t('password.done')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={submitting}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

export default function ChangePasswordPage() {
  return (
    <Stack gap="xl">
      <AccountTexts>
        <ChangePasswordForm />
      </AccountTexts>
      <NotificationPreferencesSection />
    </Stack>
  );
}
