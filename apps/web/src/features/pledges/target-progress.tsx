import { Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-label';
import type { TargetResultFragment } from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { formatNumber, progressPercent } from './format';
import { TARGET_DIRECTION_LABELS, TARGET_KIND_LABELS } from './labels';

/** The API's unit codes read as symbols; a manual target's free text is shown as written. */
function unitLabel(unitOfMeasure: string): string {
  if (unitOfMeasure === 'PERCENT') return '%';
  // A count or a rate needs no unit next to the number.
  if (unitOfMeasure === 'COUNT' || unitOfMeasure === 'RATE') return '';
  return unitOfMeasure;
}

/** Colour of a progress bar: complete, on the way, far behind. */
function progressColor(progress: number): string {
  if (progress >= 1) return 'teal';
  if (progress >= 0.5) return 'blue';
  return 'orange';
}

/** One target with its live result: actual against target, a progress bar, weight and score. */
export function TargetProgress({ target }: { target: TargetResultFragment }) {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const label = useEnumLabel();
  const n = (value: number, digits = 1) => formatNumber(value, lang, digits);
  const measured = target.actual != null && target.progress != null;
  const percent = measured ? progressPercent(target.progress ?? 0) : 0;
  return (
    <Card withBorder padding="sm" component="li" data-testid="pledge-target">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={600} size="sm" data-testid="target-label">
              {target.label}
            </Text>
            <Text size="xs" c="dimmed">
              {t('pledge.targets.responsible', { name: target.responsibleOrganisation.name })}
            </Text>
          </div>
          <Group gap={4} wrap="nowrap">
            <Badge variant="light" size="sm" tt="none" data-testid="target-direction">
              {label(TARGET_DIRECTION_LABELS, target.direction)}
            </Badge>
            <Badge variant="outline" size="sm" tt="none" color="gray">
              {label(TARGET_KIND_LABELS, target.kind)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" data-testid="target-actual">
          {measured
            ? t('pledge.targets.actualVsTarget', {
                actual: n(target.actual ?? 0),
                target: n(target.target),
                unit: unitLabel(target.unitOfMeasure),
              }).trim()
            : `${t('pledge.targets.notMeasured')} · ${t('pledge.targets.actualVsTarget', { actual: '—', target: n(target.target), unit: unitLabel(target.unitOfMeasure) }).trim()}`}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={percent}
            color={measured ? progressColor(target.progress ?? 0) : 'gray'}
            style={{ flex: 1 }}
            aria-label={t('pledge.targets.progress')}
            aria-valuetext={
              measured ? t('pledge.targets.progressValue', { value: percent }) : t('pledge.targets.notMeasured')
            }
            data-testid="target-progress"
            data-progress={measured ? percent : undefined}
          />
          <Text size="sm" w={48} ta="right" data-testid="target-percent">
            {measured ? t('pledge.targets.progressValue', { value: percent }) : '—'}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" data-testid="target-score">
          {t('pledge.targets.weight', { weight: n(target.weight) })} ·{' '}
          {t('pledge.targets.score', { score: n(target.score, 2), weight: n(target.weight) })}
        </Text>
      </Stack>
    </Card>
  );
}
