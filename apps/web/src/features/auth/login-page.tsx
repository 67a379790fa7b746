import { useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ColorSchemeToggle } from '../../components/color-scheme-toggle';
import { LanguageSwitch } from '../../components/language-switch';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { LoginDocument, MeDocument } from '../../gql/graphql';
import { validateLoginForm } from './login-form';
import { phoneDestination, safeNext } from './login-redirect';
import { FormError } from '../../components/forms/form-error';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  useDocumentTitle(`${t('login.title')} · ${t('app.name')}`);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Wrong credentials are said for the whole form, never at one field (that would tell which).
  const { errors, setErrors, reset, submitting, submit } = useMutationForm({ fields: [] });
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const [login] = useMutation(LoginDocument, {
    // The guard reads `me` from the cache, so the next page needs no extra round trip.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.login.user } });
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateLoginForm(email, password);
    const fields: Record<string, string> = {};
    if (invalid.email) fields.email = t(`login.${invalid.email}`);
    if (invalid.password) fields.password = t(`login.${invalid.password}`);
    // A refusal from the last attempt stays in view while the typing is corrected.
    if (invalid.email || invalid.password) setErrors((prev) => ({ ...prev, fields }));
    if (invalid.email) return emailRef.current?.focus();
    if (invalid.password) return passwordRef.current?.focus();
    reset();
    const outcome = await submit(
      () => login({ variables: { input: { email: email.trim(), password } } }),
      (result) => {
        const next = params.get('next');
        const role = result.data?.login.user.role ?? '';
        const phone = phoneDestination(next, role, window.matchMedia('(max-width: 640px)').matches);
        // The phone app is its own page load (its own build and service worker).
        if (phone) window.location.assign(phone);
        else navigate(safeNext(next), { replace: true });
      },
    );
    if (!outcome.ok) passwordRef.current?.select();
  }

  /** Typing again takes the field's message and the last refusal away. */
  const edited = (name: string) => setErrors((prev) => ({ fields: { ...prev.fields, [name]: '' } }));
  const expired = params.get('reason') === 'expired' && !errors.form;

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
            <FormError message={errors.form} testId="login-error" />
            <form onSubmit={onSubmit} noValidate aria-busy={submitting}>
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
                  error={errors.fields.email || undefined}
                  onChange={(event) => {
                    setEmail(event.currentTarget.value);
                    edited('email');
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
                  error={errors.fields.password || undefined}
                  onChange={(event) => {
                    setPassword(event.currentTarget.value);
                    edited('password');
                  }}
                />
                <Button type="submit" loading={submitting} fullWidth mt="xs" loaderProps={{ 'aria-hidden': true }}>
                  {submitting ? t('login.submitting') : t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
