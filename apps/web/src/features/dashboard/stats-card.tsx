import { Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { BREAKDOWN_PARTS, type ShownBreakdown, showCount } from './breakdown';
import classes from './stats-card.module.css';

interface StatsCardProps {
  title: string;
  breakdown: ShownBreakdown;
  /** Prefix of the test ids on the numbers ("returned" → returned-total, returned-stable…). */
  testIdPrefix: string;
}

export function StatsCard({ title, breakdown, testIdPrefix }: StatsCardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        <Group gap={6} align="baseline">
          <Text component="span" fz={40} fw={700} lh={1} data-testid={`${testIdPrefix}-total`}>
            {showCount(breakdown.total, format.format)}
          </Text>
          <Text component="span" c="dimmed">
            {t('dashboard.people')}
          </Text>
        </Group>
        <dl className={classes.list}>
          {BREAKDOWN_PARTS.map((part) => (
            <div key={part} className={classes.row}>
              <dt>{t(`dashboard.${part}`)}</dt>
              <dd data-testid={`${testIdPrefix}-${part}`}>{showCount(breakdown[part], format.format)}</dd>
            </div>
          ))}
        </dl>
      </Stack>
    </Card>
  );
}

export function StatsCardSkeleton() {
  return (
    <Card withBorder padding="lg" aria-hidden="true">
      <Stack gap="sm">
        <Skeleton h={16} w="80%" />
        <Skeleton h={40} w={90} />
        {BREAKDOWN_PARTS.map((part) => (
          <Skeleton key={part} h={14} />
        ))}
      </Stack>
    </Card>
  );
}
