import { Alert, Button, Stack, Text } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { isUnauthenticated } from '../apollo/error-code';
import { loginPath } from '../features/auth/login-redirect';
import { useApiErrorMessage } from '../i18n/use-api-error-message';
import { useTranslation } from 'react-i18next';

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => unknown;
  /** Names an input field the API blamed, in the current language. */
  fieldLabel?: (field: string) => string | undefined;
}

/** A failed load: the reason in the user's language and a way to try again. */
export function ErrorState({ error, title, onRetry, fieldLabel }: ErrorStateProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const message = useApiErrorMessage()(error, fieldLabel);

  // A session that expired mid-use: send the user to sign in and bring them back here.
  if (isUnauthenticated(error)) return <Navigate to={loginPath(location, 'expired')} replace />;

  return (
    <Alert color="red" variant="light" title={title} role="alert" w="100%" maw={640}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button variant="light" color="red" onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}>
            {t('dashboard.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
