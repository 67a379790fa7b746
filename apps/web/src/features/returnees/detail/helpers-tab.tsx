import { formatDateVi, HELPER_ROLE_LABELS } from '@hoanhap/shared';
import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import type { ReturneeDetail } from './types';

export function HelpersTab({ returnee }: { returnee: ReturneeDetail }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  if (returnee.helpers.length === 0) return <Text c="dimmed">{t('returnee.helpers.empty')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="helper-list">
      {returnee.helpers.map((h) => (
        <Card key={h.id} withBorder padding="md">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>{h.helperName}</Text>
            <Badge variant="light" color={h.endedOn ? 'gray' : 'green'} tt="none">
              {h.endedOn ? t('returnee.helpers.past') : t('returnee.helpers.active')}
            </Badge>
          </Group>
          <Text size="sm">
            {label(HELPER_ROLE_LABELS, h.role)} · {h.organisation.name}
          </Text>
          {h.helperPhone && <Text size="sm">{h.helperPhone}</Text>}
          <Text size="xs" c="dimmed">
            {t('returnee.helpers.since', { date: formatDateVi(h.startedOn) })}
            {h.endedOn ? ` · ${t('returnee.helpers.ended', { date: formatDateVi(h.endedOn) })}` : ''}
          </Text>
          {h.daysSinceLastContact != null && (
            <Text size="xs" c={h.daysSinceLastContact > 30 ? 'red' : 'dimmed'}>
              {t('returnee.helpers.lastContact', { days: h.daysSinceLastContact })}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}
