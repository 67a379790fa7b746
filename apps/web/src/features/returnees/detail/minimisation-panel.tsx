import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateVi, MINIMISATION_STATUS_LABELS, MINIMISED_CATEGORY_LABELS } from '@hoanhap/shared';
import { Badge, Button, Card, Group, List, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { FormError } from '../../../components/forms/form-error';
import {
  type MinimisationFieldsFragment,
  PlaceLegalHoldDocument,
  ReleaseLegalHoldDocument,
  ReturneeMinimisationDocument,
} from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { useApiErrorMessage } from '../../../i18n/use-api-error-message';
import { formatTimeVi } from './reveal-grants';

const STATUS_COLOR = { SCHEDULED: 'blue', HELD: 'orange', DONE: 'gray', NOT_APPLICABLE: 'gray' } as const;
const MIN_REASON = 10;

/**
 * "Giảm thiểu dữ liệu": what will be minimised on this file and when, and the legal hold that
 * pauses it (an ongoing proceeding, say). The officer's only (the API answers null to others).
 */
export function MinimisationPanel({ returneeId }: { returneeId: string }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
  const errorMessage = useApiErrorMessage();
  const { data, loading } = useQuery(ReturneeMinimisationDocument, {
    variables: { id: returneeId },
    fetchPolicy: 'network-only',
  });
  const [placeHold, placing] = useMutation(PlaceLegalHoldDocument);
  const [releaseHold, releasing] = useMutation(ReleaseLegalHoldDocument);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  // The latest answer of a mutation wins over the first read (no cache identity for this object).
  const [changed, setChanged] = useState<MinimisationFieldsFragment | null>(null);
  const minimisation = changed ?? data?.returnee?.minimisation ?? null;

  if (loading && !data) return <Skeleton h={120} aria-busy="true" />;
  if (!minimisation) return null;

  async function onHold() {
    if (reason.trim().length < MIN_REASON) return setTooShort(true);
    setTooShort(false);
    const res = await placeHold({ variables: { input: { returneeId, reason: reason.trim() } } }).catch(() => null);
    if (res?.data) {
      setChanged(res.data.placeLegalHold);
      setReason('');
    }
  }
  async function onRelease() {
    const res = await releaseHold({ variables: { input: { returneeId } } }).catch(() => null);
    if (res?.data) setChanged(res.data.releaseLegalHold);
  }

  const { status, dueOn, minimisedAt, hold } = minimisation;
  const error = placing.error ?? releasing.error;
  return (
    <Card withBorder padding="md" data-testid="minimisation-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('minimisation.title')}
          </Title>
          <Badge color={STATUS_COLOR[status]} variant="light" tt="none" data-testid="minimisation-status">
            {label(MINIMISATION_STATUS_LABELS, status)}
          </Badge>
        </Group>
        <Text size="sm" data-testid="minimisation-when">
          {status === 'DONE' && minimisedAt
            ? t('minimisation.doneOn', { when: formatTimeVi(minimisedAt) })
            : dueOn
              ? t(status === 'HELD' ? 'minimisation.dueHeld' : 'minimisation.due', { date: formatDateVi(dueOn) })
              : t('minimisation.notApplicable')}
        </Text>
        {status !== 'DONE' && (
          <>
            <Text size="sm" c="dimmed">
              {t('minimisation.what')}
            </Text>
            <List size="sm" data-testid="minimisation-categories">
              {minimisation.categories.map((c) => (
                <List.Item key={c}>{label(MINIMISED_CATEGORY_LABELS, c)}</List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed">
              {t('minimisation.kept')}
            </Text>
          </>
        )}
        <FormError message={error ? errorMessage(error) : null} />
        {hold ? (
          <Group justify="space-between" align="flex-end">
            <Text size="sm" data-testid="minimisation-hold">
              {t('minimisation.heldSince', { when: formatTimeVi(hold.placedAt), reason: hold.reason })}
            </Text>
            <Button size="xs" variant="default" onClick={onRelease} loading={releasing.loading}>
              {t('minimisation.release')}
            </Button>
          </Group>
        ) : (
          status !== 'DONE' && (
            <Group align="flex-end">
              <Textarea
                style={{ flex: 1 }}
                label={t('minimisation.holdReason')}
                description={t('minimisation.holdReasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={tooShort ? t('minimisation.reasonTooShort', { min: MIN_REASON }) : undefined}
                maxLength={500}
                autosize
                minRows={1}
              />
              <Button size="sm" onClick={onHold} loading={placing.loading}>
                {t('minimisation.hold')}
              </Button>
            </Group>
          )
        )}
      </Stack>
    </Card>
  );
}
