import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealDialog } from './reveal-dialog';

interface HiddenNoticeProps {
  returneeId: string;
  /** Committee and viewer users may state a purpose to see the hidden part for 30 minutes. */
  canReveal?: boolean;
  onRevealed?: (expiresAt: string) => Promise<unknown>;
  /** What is hidden from a role that may not ask to see it. */
  hiddenText: string;
  testId: string;
}

/** Why a sensitive list is empty for this role, and (for those who may ask) the way to see it. */
export function HiddenNotice({ returneeId, canReveal, onRevealed, hiddenText, testId }: HiddenNoticeProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!canReveal) {
    return (
      <Alert color="gray" variant="light" data-testid={testId}>
        {hiddenText}
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light" data-testid={testId} title={t('returnee.reveal.hidden')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('returnee.reveal.hiddenBody')}</Text>
        <Button size="sm" onClick={() => setOpened(true)}>
          {t('returnee.reveal.open')}
        </Button>
      </Stack>
      <RevealDialog
        returneeId={returneeId}
        opened={opened}
        onClose={() => setOpened(false)}
        onRevealed={async (expiresAt) => onRevealed?.(expiresAt)}
      />
    </Alert>
  );
}
