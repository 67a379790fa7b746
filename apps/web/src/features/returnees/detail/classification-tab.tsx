import { CLASSIFICATION_GROUP_LABELS, formatDateVi } from '@hoanhap/shared';
import { Alert, Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { CASEWORK_NS } from '../../../i18n/casework';
import { ClassifyForm } from '../forms/classify-form';
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
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const history = [...returnee.classifications].sort((a, b) => (a.periodStart < b.periodStart ? 1 : -1));
  const currentId = returnee.currentClassification?.id;

  return (
    <Stack gap="md">
      {saved && (
        <Alert color="green" variant="light" role="status">
          {t('classification.saved')}
        </Alert>
      )}
      {canEdit && returnee.status !== 'CLOSED' && (
        <Group>
          <Button
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {t('classification.record')}
          </Button>
        </Group>
      )}
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
      <Modal opened={open} onClose={() => setOpen(false)} title={t('classification.record')} size="lg">
        <ClassifyForm
          returneeId={returnee.id}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setSaved(true);
          }}
        />
      </Modal>
    </Stack>
  );
}
