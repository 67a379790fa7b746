import { formatDateVi, INCIDENT_KIND_LABELS } from '@hoanhap/shared';
import { Alert, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { CASEWORK_NS } from '../../../i18n/casework';
import { IncidentForm } from '../forms/incident-form';
import { HiddenNotice } from './hidden-notice';
import { RecordAction } from './record-action';
import { formatTimeVi } from './reveal-grants';
import type { IncidentsTabFieldsFragment } from '../../../gql/graphql';

interface IncidentsTabProps {
  returnee: IncidentsTabFieldsFragment;
  /** The officer: sees and records incidents. */
  canEdit: boolean;
  /** Committee and viewer users may state a purpose to see them for 30 minutes. */
  canReveal: boolean;
  revealedUntil: string | null;
  onRevealed: (expiresAt: string) => Promise<unknown>;
}

/**
 * Incidents are sensitive like convictions: the API sends them only to roles that may see them,
 * so an empty list for any other role is explained rather than shown as "no incident".
 */
export function IncidentsTab({ returnee, canEdit, canReveal, revealedUntil, onRevealed }: IncidentsTabProps) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation(CASEWORK_NS);
  const label = useEnumLabel();
  if (!canEdit && !revealedUntil && returnee.incidents.length === 0) {
    return (
      <HiddenNotice
        returneeId={returnee.id}
        canReveal={canReveal}
        onRevealed={onRevealed}
        hiddenText={tc('incidents.hidden')}
        testId="incidents-hidden"
      />
    );
  }
  const newestFirst = [...returnee.incidents].reverse();
  return (
    <Stack gap="md">
      {revealedUntil && (
        <Alert color="yellow" variant="light" data-testid="reveal-until">
          {t('returnee.reveal.until', { time: formatTimeVi(revealedUntil) })}
        </Alert>
      )}
      <RecordAction
        canRecord={canEdit && returnee.status !== 'CLOSED'}
        label={tc('incidents.record')}
        savedText={tc('incidents.saved')}
      >
        {(close) => <IncidentForm returneeId={returnee.id} {...close} />}
      </RecordAction>
      {newestFirst.length === 0 ? (
        <Text c="dimmed">{tc('incidents.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} data-testid="incident-list">
          {newestFirst.map((i) => (
            <Card key={i.id} withBorder padding="sm" component="li">
              <Text fw={600} size="sm">
                {formatDateVi(i.occurredOn)} · {label(INCIDENT_KIND_LABELS, i.kind)}
              </Text>
              {i.note && <Text size="sm">{i.note}</Text>}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
