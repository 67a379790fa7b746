import { Card, Skeleton, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnauthenticated } from '../../apollo/error-code';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';

/** How many names an alert lists before "and N more". */
export const SHOWN = 5;

interface AlertCardProps {
  id: string;
  title: string;
  loading: boolean;
  error?: unknown;
  children?: ReactNode;
}

/** One alert with its own loading, error and content; a failing alert leaves the others be. */
export function AlertCard({ id, title, loading, error, children }: AlertCardProps) {
  const { t } = useTranslation('alerts');
  const errorMessage = useApiErrorMessage();
  return (
    <Card withBorder padding="md" data-testid={`alert-${id}`} aria-busy={loading || undefined}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {loading ? (
        <Skeleton h={40} data-testid={`alert-${id}-loading`} />
      ) : error && !isUnauthenticated(error) ? (
        <Text size="sm" c="red" role="alert" data-testid={`alert-${id}-error`}>
          {t('alerts.loadFailed')} {errorMessage(error)}
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}

export function Count({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Text fw={600} data-testid={`alert-${id}-count`}>
      {children}
    </Text>
  );
}

export function Empty({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" data-testid={`alert-${id}-empty`}>
      {children}
    </Text>
  );
}
