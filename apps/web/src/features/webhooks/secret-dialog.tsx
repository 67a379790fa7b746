import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOKS_NS } from '../../i18n/webhooks';

/** A new signing secret, shown this once with a copy button: it is kept nowhere in the app. */
export function SecretDialog({
  secret,
  rotated,
  onClose,
}: {
  secret: string | null;
  rotated: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(WEBHOOKS_NS);
  const [copied, setCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);

  function close() {
    setCopied(false);
    setCopyFailed(false);
    onClose();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      setCopied(true);
      setCopyFailed(false);
    } catch {
      setCopyFailed(true);
    }
  }

  return (
    <Modal opened={secret != null} onClose={close} title={t('secret.title')} size="lg" closeOnClickOutside={false}>
      <Stack gap="sm" data-testid="webhook-secret-dialog">
        <Alert color="orange" variant="light" role="alert">
          {t('secret.warning')}
        </Alert>
        {rotated && <Text size="sm">{t('secret.rotated')}</Text>}
        <Code block data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>
          {secret}
        </Code>
        {copyFailed && (
          <Text size="sm" c="red">
            {t('secret.copyFailed')}
          </Text>
        )}
        <Group justify="space-between">
          <Button variant={copied ? 'light' : 'filled'} color={copied ? 'green' : 'blue'} onClick={copy}>
            {copied ? t('secret.copied') : t('secret.copy')}
          </Button>
          <Button variant="default" onClick={close}>
            {t('secret.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
