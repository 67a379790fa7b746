import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface KeyDialogProps {
  /** The key the API returned; null once the dialog was closed (it is not kept anywhere). */
  apiKey: string | null;
  name?: string;
  onClose: () => void;
}

/** The new integration key, shown this once: copy it now, it cannot be shown again. */
export function KeyDialog({ apiKey, name, onClose }: KeyDialogProps) {
  const { t } = useTranslation('admin');
  const [copyFailed, setCopyFailed] = useState(false);
  const [copied, setCopied] = useState(false);

  function close() {
    setCopyFailed(false);
    setCopied(false);
    onClose();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey ?? '');
      setCopied(true);
      setCopyFailed(false);
    } catch {
      setCopyFailed(true);
    }
  }

  return (
    <Modal
      opened={apiKey != null}
      onClose={close}
      title={t('serviceAccounts.key.title')}
      size="lg"
      closeOnClickOutside={false}
    >
      <Stack gap="sm" data-testid="key-dialog">
        <Alert color="orange" variant="light" role="alert">
          {t('serviceAccounts.key.warning')}
        </Alert>
        {name && <Text fw={600}>{name}</Text>}
        <Text size="sm" fw={500} id="service-account-key-label">
          {t('serviceAccounts.key.label')}
        </Text>
        <Code
          block
          aria-labelledby="service-account-key-label"
          data-testid="service-account-key"
          style={{ wordBreak: 'break-all' }}
        >
          {apiKey}
        </Code>
        <Text size="xs" c="dimmed">
          {t('serviceAccounts.key.usage')}
        </Text>
        {copyFailed && (
          <Text size="sm" c="red">
            {t('serviceAccounts.key.copyFailed')}
          </Text>
        )}
        <Group justify="space-between">
          <Button variant={copied ? 'light' : 'filled'} color={copied ? 'green' : 'blue'} onClick={copy}>
            {copied ? t('serviceAccounts.key.copied') : t('serviceAccounts.key.copy')}
          </Button>
          <Button variant="default" onClick={close}>
            {t('serviceAccounts.key.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
