import { COMMITTEE_ROLE_LABELS, formatDateVi, CommitteeRole } from '@hoanhap/shared';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-label';
import type { CommitteeMemberRowFragment, ReintegrationModelPageQuery } from '../../gql/graphql';
import { PrintLink } from '../reports/print/print-link';
import { type AppointPreset, AppointMemberDialog } from './appoint-member-dialog';
import { EndMembershipDialog } from './end-membership-dialog';

type Committee = ReintegrationModelPageQuery['reintegrationModels'][number]['committees'][number];

interface CommitteeRosterProps {
  committee: Committee;
  /** Officers and committee users appoint and end memberships. */
  canWrite: boolean;
  /** Called after a change, so the page reads the roster and history again. */
  onChanged: () => unknown;
}

function HistoryTable({ history }: { history: readonly CommitteeMemberRowFragment[] }) {
  const { t } = useTranslation('model');
  const label = useEnumLabel();
  if (history.length === 0) return <Text c="dimmed">{t('model.committee.historyEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder data-testid="committee-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('model.committee.person')}</Table.Th>
            <Table.Th>{t('model.committee.role')}</Table.Th>
            <Table.Th>{t('model.committee.since')}</Table.Th>
            <Table.Th>{t('model.committee.until')}</Table.Th>
            <Table.Th>{t('model.committee.endReason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((m) => (
            <Table.Tr key={m.id} data-testid="committee-history-row">
              <Table.Td>{m.personName}</Table.Td>
              <Table.Td>{label(COMMITTEE_ROLE_LABELS, m.role)}</Table.Td>
              <Table.Td>{formatDateVi(m.startedOn)}</Table.Td>
              <Table.Td>{m.endedOn ? formatDateVi(m.endedOn) : t('model.committee.serving')}</Table.Td>
              <Table.Td>{m.endReason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One steering committee: the roster on the chosen day, its forms and the full history. */
export function CommitteeRoster({ committee, canWrite, onChanged }: CommitteeRosterProps) {
  const { t } = useTranslation('model');
  const label = useEnumLabel();
  const [appointing, setAppointing] = useState<{ preset: AppointPreset | null } | null>(null);
  const [ending, setEnding] = useState<CommitteeMemberRowFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Still serving today or later: whom an appointment can replace, and who can be ended.
  const serving = committee.history.filter((m) => !m.endedOn);
  const servingIds = new Set(serving.map((m) => m.id));

  return (
    <Stack gap="xs" data-testid="committee">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h5">
            {committee.name}
          </Title>
          <Text size="sm" c="dimmed">
            {committee.termTo
              ? t('model.committee.term', {
                  from: formatDateVi(committee.termFrom),
                  to: formatDateVi(committee.termTo),
                })
              : t('model.committee.termOpen', { from: formatDateVi(committee.termFrom) })}
          </Text>
        </div>
        <Group gap="xs">
          {canWrite && (
            <Button variant="light" onClick={() => setAppointing({ preset: null })}>
              {t('model.committee.appoint')}
            </Button>
          )}
          <PrintLink
            kind="decision"
            to={`/print/committees/${encodeURIComponent(committee.id)}/decision`}
            testId="print-decision"
          />
        </Group>
      </Group>
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)} data-testid="committee-notice">
          {notice}
        </Alert>
      )}
      {committee.members.length === 0 ? (
        <Text c="dimmed" data-testid="committee-empty">
          {t('model.committee.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('model.committee.person')}</Table.Th>
                <Table.Th>{t('model.committee.role')}</Table.Th>
                <Table.Th>{t('model.committee.position')}</Table.Th>
                <Table.Th>{t('model.committee.organisation')}</Table.Th>
                <Table.Th>{t('model.committee.since')}</Table.Th>
                {canWrite && <Table.Th>{t('model.committee.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {committee.members.map((member) => (
                <Table.Tr key={member.id} data-testid="committee-member">
                  <Table.Td>{member.personName}</Table.Td>
                  <Table.Td>{label(COMMITTEE_ROLE_LABELS, member.role)}</Table.Td>
                  <Table.Td>{member.title}</Table.Td>
                  <Table.Td>{member.organisation?.name ?? '—'}</Table.Td>
                  <Table.Td>{formatDateVi(member.startedOn)}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      {servingIds.has(member.id) && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setEnding(member)}
                          aria-label={t('model.committee.endNamed', { name: member.personName })}
                        >
                          {t('model.committee.endAction')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={4} size="h6" mt="sm">
        {t('model.committee.history')}
      </Title>
      <HistoryTable history={committee.history} />
      <AppointMemberDialog
        committeeId={committee.id}
        serving={serving}
        preset={appointing?.preset}
        opened={appointing !== null}
        onClose={() => setAppointing(null)}
        onAppointed={(member) => {
          setNotice(t('model.appoint.done', { name: member.personName }));
          onChanged();
        }}
      />
      <EndMembershipDialog
        member={ending}
        onClose={() => setEnding(null)}
        onEnded={(member) => {
          setNotice(t('model.end.done', { name: member.personName }));
          onChanged();
        }}
        onReplace={(member) => {
          setEnding(null);
          setAppointing({ preset: { role: CommitteeRole.HEAD, replacesMemberId: member.id } });
        }}
      />
    </Stack>
  );
}
