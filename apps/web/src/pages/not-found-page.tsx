import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notFound.title')} · ${t('app.name')}`);
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Text c="dimmed" fw={700} fz={48} lh={1} aria-hidden="true">
          404
        </Text>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed">{t('notFound.body')}</Text>
        <Button component={Link} to="/dashboard" mt="sm">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
