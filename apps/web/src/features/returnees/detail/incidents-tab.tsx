import { formatDateVi, INCIDENT_KIND_LABELS } from '@hoanhap/shared';
import { Alert, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { CASEWORK_NS } from '../../../i18n/casework';
import { IncidentForm } from '../forms/incident-form';
import { RevealDialog } from './reveal-dialog';
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

/** Why the list is empty for this role, and (for committee and viewer users) the way to see it. */
function IncidentsHidden({
  returneeId,
  canReveal,
  onRevealed,
}: { returneeId: string } & Pick<IncidentsTabProps, 'canReveal' | 'onRevealed'>) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation(CASEWORK_NS);
  const [opened, setOpened] = useState(false);
  if (!canReveal) {
    return (
      <Alert color="gray" variant="light" data-testid="incidents-hidden">
        {tc('incidents.hidden')}
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light" data-testid="incidents-hidden" title={t('returnee.reveal.hidden')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('returnee.reveal.hiddenBody')}</Text>
        <Button size="sm" onClick={() => setOpened(true)}>
          {t('returnee.reveal.open')}
        </Button>
      </Stack>
      <RevealDialog returneeId={returneeId} opened={opened} onClose={() => setOpened(false)} onRevealed={onRevealed} />
    </Alert>
  );
}

/**
 * Incidents are sensitive like convictions: the API sends them only to roles that may see them,
 * so an empty list for any other role is explained rather than shown as "no incident".
 */
export function IncidentsTab({ returnee, canEdit, canReveal, revealedUntil, onRevealed }: IncidentsTabProps) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation(CASEWORK_NS);
  const label = useEnumLabel();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!canEdit && !revealedUntil && returnee.incidents.length === 0) {
    return <IncidentsHidden returneeId={returnee.id} canReveal={canReveal} onRevealed={onRevealed} />;
  }
  const newestFirst = [...returnee.incidents].reverse();
  return (
    <Stack gap="md">
      {revealedUntil && (
        <Alert color="yellow" variant="light" data-testid="reveal-until">
          {t('returnee.reveal.until', { time: formatTimeVi(revealedUntil) })}
        </Alert>
      )}
      {saved && (
        <Alert color="green" variant="light" role="status">
          {tc('incidents.saved')}
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
            {tc('incidents.record')}
          </Button>
        </Group>
      )}
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
      <Modal opened={open} onClose={() => setOpen(false)} title={tc('incidents.record')} size="lg">
        <IncidentForm
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
