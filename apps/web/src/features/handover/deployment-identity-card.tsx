import { Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOVER_NS } from '../../i18n/handover';

/** This deployment's code and public key, to give to partners so they accept its packages. */
export function DeploymentIdentityCard({ code, publicKey }: { code: string; publicKey: string }) {
  const { t } = useTranslation(HANDOVER_NS);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(publicKey);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <Card withBorder padding="md" data-testid="deployment-identity">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('partners.identity.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('partners.identity.intro')}
        </Text>
        <Text size="sm">
          {t('partners.identity.code')}{' '}
          <Code fw={700} data-testid="deployment-code">
            {code}
          </Code>
        </Text>
        <Text size="sm" fw={500} id="deployment-public-key-label">
          {t('partners.identity.publicKey')}
        </Text>
        <Code block aria-labelledby="deployment-public-key-label" style={{ wordBreak: 'break-all' }}>
          {publicKey}
        </Code>
        <Group gap="sm">
          <Button size="xs" variant="light" onClick={copyKey}>
            {t('partners.identity.copy')}
          </Button>
          {copy && (
            <Text size="sm" c={copy === 'copied' ? 'green' : 'red'} role="status">
              {t(`partners.identity.${copy}`)}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
