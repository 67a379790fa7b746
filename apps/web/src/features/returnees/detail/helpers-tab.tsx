import { can, formatDateVi, HELPER_ROLE_LABELS, Permission } from '@hoanhap/shared';
import { Alert, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import type { HelperFieldsFragment, HelpersTabFieldsFragment } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';
import { EndSessionsButton } from '../../admin/end-sessions-button';
import { useCurrentUser } from '../../auth/current-user';
import { AssignHelperForm } from '../forms/assign-helper-form';
import { EndHelperForm } from '../forms/end-helper-form';

interface HelperCardProps {
  helper: HelperFieldsFragment;
  onEnd?: () => void;
  /** Shows "sign out all devices" for the helper's account (a lost phone), reporting its notice. */
  onSessionsEnded?: (notice: string) => void;
}

function HelperCard({ helper, onEnd, onSessionsEnded }: HelperCardProps) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation(CASEWORK_NS);
  const label = useEnumLabel();
  return (
    <Card withBorder padding="md" data-testid="helper-card">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{helper.helperName}</Text>
        <Badge variant="light" color={helper.endedOn ? 'gray' : 'green'} tt="none">
          {helper.endedOn ? t('returnee.helpers.past') : t('returnee.helpers.active')}
        </Badge>
      </Group>
      <Text size="sm">
        {label(HELPER_ROLE_LABELS, helper.role)} · {helper.organisation.name}
      </Text>
      {helper.helperPhone && <Text size="sm">{helper.helperPhone}</Text>}
      <Text size="xs" c="dimmed">
        {t('returnee.helpers.since', { date: formatDateVi(helper.startedOn) })}
        {helper.endedOn ? ` · ${t('returnee.helpers.ended', { date: formatDateVi(helper.endedOn) })}` : ''}
      </Text>
      {helper.endReason && (
        <Text size="xs" c="dimmed">
          {tc('helpers.endReasonShown', { reason: helper.endReason })}
        </Text>
      )}
      {helper.daysSinceLastContact != null && (
        <Text size="xs" c={helper.daysSinceLastContact > 30 ? 'red' : 'dimmed'}>
          {t('returnee.helpers.lastContact', { days: helper.daysSinceLastContact })}
        </Text>
      )}
      {(onEnd || (onSessionsEnded && helper.helperUserId)) && (
        <Group justify="flex-end" mt="xs">
          {onSessionsEnded && helper.helperUserId && (
            <EndSessionsButton userId={helper.helperUserId} name={helper.helperName} onDone={onSessionsEnded} />
          )}
          {onEnd && (
            <Button size="xs" variant="default" onClick={onEnd}>
              {tc('helpers.end')}
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}

/**
 * The person's helpers: who helps now, and the history of ended assignments. The officer assigns
 * and ends assignments here (an ended helper no longer sees the person).
 */
export function HelpersTab({ returnee, canEdit = false }: { returnee: HelpersTabFieldsFragment; canEdit?: boolean }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation(CASEWORK_NS);
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<HelperFieldsFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const active = returnee.helpers.filter((h) => !h.endedOn);
  const ended = returnee.helpers.filter((h) => h.endedOn);
  const canAssign = canEdit && returnee.status !== 'CLOSED';
  // A helper's lost phone is reported to the officer, who signs the helper out from here.
  const canEndSessions = can(useCurrentUser().role, Permission.END_SESSIONS);

  return (
    <Stack gap="md">
      {notice && (
        <Alert color="green" variant="light" role="status" data-testid="helpers-notice">
          {notice}
        </Alert>
      )}
      {canAssign && (
        <Group>
          <Button
            onClick={() => {
              setNotice(null);
              setAssigning(true);
            }}
          >
            {tc('helpers.assign')}
          </Button>
        </Group>
      )}
      {active.length === 0 ? (
        <Text c="dimmed">{t('returnee.helpers.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="helper-list">
          {active.map((h) => (
            <HelperCard
              key={h.id}
              helper={h}
              onSessionsEnded={canEndSessions ? setNotice : undefined}
              onEnd={
                canEdit
                  ? () => {
                      setNotice(null);
                      setEnding(h);
                    }
                  : undefined
              }
            />
          ))}
        </SimpleGrid>
      )}
      {ended.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {tc('helpers.history')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="helper-history">
            {ended.map((h) => (
              <HelperCard key={h.id} helper={h} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <Modal opened={assigning} onClose={() => setAssigning(false)} title={tc('helpers.assign')} size="lg">
        <AssignHelperForm
          returnee={returnee}
          onCancel={() => setAssigning(false)}
          onSaved={() => {
            setAssigning(false);
            setNotice(tc('helpers.assigned'));
          }}
        />
      </Modal>
      <Modal opened={ending !== null} onClose={() => setEnding(null)} title={tc('helpers.end')}>
        {ending && (
          <EndHelperForm
            assignment={ending}
            onCancel={() => setEnding(null)}
            onSaved={() => {
              setEnding(null);
              setNotice(tc('helpers.endedNotice'));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
