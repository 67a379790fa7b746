import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The page's heading and the line under it that says what the page is for. */
export function PageTitle({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {intro && (
        <Text c="dimmed" size="sm">
          {intro}
        </Text>
      )}
      {children}
    </Stack>
  );
}

/** A page's title with its actions (create, export…) on the right. */
export function PageHeader({ title, intro, actions }: { title: string; intro?: string; actions: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <PageTitle title={title} intro={intro} />
      {actions}
    </Group>
  );
}

/** What the last action did, until closed. */
export function NoticeAlert({
  notice,
  onClose,
  testId,
}: {
  notice: string | null;
  onClose: () => void;
  testId: string;
}) {
  if (!notice) return null;
  return (
    <Alert color="green" role="status" withCloseButton onClose={onClose} data-testid={testId}>
      {notice}
    </Alert>
  );
}
