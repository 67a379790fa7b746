import { CLASSIFICATION_GROUP_LABELS, formatDateVi } from '@hoanhap/shared';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { CASEWORK_NS } from '../../../i18n/casework';
import { ClassifyForm } from '../forms/classify-form';
import { RecordAction } from './record-action';
import type { ClassificationTabFieldsFragment } from '../../../gql/graphql';

/** The A–D classification history, newest period first, and the form for the next period. */
export function ClassificationTab({
  returnee,
  canEdit,
}: {
  returnee: ClassificationTabFieldsFragment;
  canEdit: boolean;
}) {
  const { t } = useTranslation(CASEWORK_NS);
  const label = useEnumLabel();
  const history = [...returnee.classifications].sort((a, b) => (a.periodStart < b.periodStart ? 1 : -1));
  const currentId = returnee.currentClassification?.id;

  return (
    <Stack gap="md">
      <RecordAction
        canRecord={canEdit && returnee.status !== 'CLOSED'}
        label={t('classification.record')}
        savedText={t('classification.saved')}
      >
        {(close) => <ClassifyForm returneeId={returnee.id} {...close} />}
      </RecordAction>
      {history.length === 0 ? (
        <Text c="dimmed">{t('classification.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} data-testid="classification-list">
          {history.map((c) => (
            <Card key={c.id} withBorder padding="sm" component="li">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {label(CLASSIFICATION_GROUP_LABELS, c.group)}
                </Text>
                {c.id === currentId && (
                  <Badge variant="light" color="green" tt="none">
                    {t('classification.current')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {c.periodEnd
                  ? t('classification.period', { from: formatDateVi(c.periodStart), to: formatDateVi(c.periodEnd) })
                  : t('classification.openPeriod', { from: formatDateVi(c.periodStart) })}
              </Text>
              {c.reasons.length > 0 && <Text size="sm">{c.reasons.join('; ')}</Text>}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
