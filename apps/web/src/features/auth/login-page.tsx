import { useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ColorSchemeToggle } from '../../components/color-scheme-toggle';
import { LanguageSwitch } from '../../components/language-switch';
import { LoginDocument, MeDocument } from '../../gql/graphql';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';
import { type LoginFormErrors, validateLoginForm } from './login-form';
import { safeNext } from './login-redirect';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const errorMessage = useApiErrorMessage();
  useDocumentTitle(`${t('login.title')} · ${t('app.name')}`);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<LoginFormErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const [login, { loading, error, reset }] = useMutation(LoginDocument, {
    // The guard reads `me` from the cache, so the next page needs no extra round trip.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.login.user } });
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateLoginForm(email, password);
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
      navigate(safeNext(params.get('next')), { replace: true });
    } catch {
      // The mutation's `error` carries the reason; the alert below shows it.
      passwordRef.current?.select();
    }
  }

  const expired = params.get('reason') === 'expired' && !error;

  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="flex-end" gap="xs">
          <LanguageSwitch />
          <ColorSchemeToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <div>
              <Text c="blue" fw={700} size="lg">
                {t('app.name')}
              </Text>
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('login.subtitle')}
              </Text>
            </div>
            {expired && (
              <Alert color="yellow" variant="light" role="status">
                {t('login.sessionExpired')}
              </Alert>
            )}
            {error && (
              <Alert color="red" variant="light" role="alert" data-testid="login-error">
                {errorMessage(error)}
              </Alert>
            )}
            <form onSubmit={onSubmit} noValidate aria-busy={loading}>
              <Stack gap="sm">
                <TextInput
                  ref={emailRef}
                  label={t('login.email')}
                  placeholder={t('login.emailPlaceholder')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  error={fieldErrors.email && t(`login.${fieldErrors.email}`)}
                  onChange={(event) => {
                    setEmail(event.currentTarget.value);
                    setFieldErrors((prev) => ({ ...prev, email: undefined }));
                    reset();
                  }}
                />
                <PasswordInput
                  ref={passwordRef}
                  label={t('login.password')}
                  name="password"
                  autoComplete="current-password"
                  visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
                  required
                  value={password}
                  error={fieldErrors.password && t(`login.${fieldErrors.password}`)}
                  onChange={(event) => {
                    setPassword(event.currentTarget.value);
                    setFieldErrors((prev) => ({ ...prev, password: undefined }));
                    reset();
                  }}
                />
                <Button type="submit" loading={loading} fullWidth mt="xs" loaderProps={{ 'aria-hidden': true }}>
                  {loading ? t('login.submitting') : t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
