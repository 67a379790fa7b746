import { Alert } from '@mantine/core';

/**
 * What went wrong with the form as a whole (a refusal not tied to one field, a lost connection),
 * said as an alert so screen readers announce it; nothing when there is no message.
 */
export function FormError({ message, testId }: { message: string | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      {message}
    </Alert>
  );
}
