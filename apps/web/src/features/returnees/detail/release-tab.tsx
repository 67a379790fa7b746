import { ADDRESS_VERIFICATION_LABELS, formatDateVi, RELEASE_TYPE_LABELS, todayInVietnam } from '@hoanhap/shared';
import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ReleaseNoticeForm } from '../forms/release-notice-form';
import { VerifyAddressForm } from '../forms/verify-address-form';
import { receptionTimeliness, reportInDeadline, verificationState } from './release-deadlines';
import type { ReleaseTabFieldsFragment } from '../../../gql/graphql';

type Dialog = { form: 'notice' } | { form: 'verify'; noticeId: string };

const STATE_COLOR = { onTime: 'green', late: 'orange', pending: 'gray', overdue: 'red' } as const;

/** Label–value rows of one recorded document. */
function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false}>
      <Table.Tbody>
        {rows.map(([th, td]) => (
          <Table.Tr key={th}>
            <Table.Th w={220}>{th}</Table.Th>
            <Table.Td>{td}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * From the prison's notice to reporting in: the notices with their address verification (3 working
 * days), the release certificate and the reception, as recorded. The officer records a notice
 * while the case is NOTIFIED and the verification of any notice still open; the release and the
 * reception themselves are lifecycle steps offered at the top of the file.
 */
export function ReleaseTab({ returnee, canRecord }: { returnee: ReleaseTabFieldsFragment; canRecord: boolean }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
  const [open, setOpen] = useState<Dialog | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const today = todayInVietnam();
  const closed = returnee.status === 'CLOSED';
  const canRecordNotice = canRecord && returnee.status === 'NOTIFIED';
  const done = () => {
    setSaved(open?.form === 'notice' ? t('release.noticeSaved') : t('release.verified'));
    setOpen(null);
  };
  const yesNo = (value: boolean) => (value ? t('release.yes') : t('release.no'));

  return (
    <Stack gap="lg" data-testid="release-tab">
      {saved && (
        <Alert color="green" variant="light" role="status">
          {saved}
        </Alert>
      )}
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('release.notices')}
          </Title>
          {canRecordNotice && (
            <Button size="sm" onClick={() => setOpen({ form: 'notice' })}>
              {t('release.recordNotice')}
            </Button>
          )}
        </Group>
        {returnee.releaseNotices.length === 0 && <Text c="dimmed">{t('release.noticesEmpty')}</Text>}
        {returnee.releaseNotices.map((n) => {
          const state = verificationState(n, today);
          return (
            <Card key={n.id} withBorder padding="md" data-testid="release-notice">
              <Group justify="space-between" align="flex-start">
                <Text fw={600}>{t('release.notice', { prison: n.prison, date: formatDateVi(n.receivedOn) })}</Text>
                <Badge color={STATE_COLOR[state]} variant="light">
                  {state === 'pending' ? t('release.notVerified') : t(`release.${state}`)}
                </Badge>
              </Group>
              <Facts
                rows={[
                  [t('release.statedAddress'), n.statedAddress],
                  [t('release.expectedReleaseOn'), n.expectedReleaseOn ? formatDateVi(n.expectedReleaseOn) : '—'],
                  [t('release.verificationDueOn'), formatDateVi(n.verificationDueOn)],
                  [
                    t('release.verifiedOn'),
                    n.verifiedOn
                      ? `${formatDateVi(n.verifiedOn)} · ${label(ADDRESS_VERIFICATION_LABELS, n.verificationResult)}`
                      : t('release.notVerified'),
                  ],
                ]}
              />
              {canRecord && !closed && !n.verifiedOn && (
                <Group justify="flex-end">
                  <Button size="xs" variant="light" onClick={() => setOpen({ form: 'verify', noticeId: n.id })}>
                    {t('release.verify')}
                  </Button>
                </Group>
              )}
            </Card>
          );
        })}
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('release.certificate')}
        </Title>
        {returnee.releases.length === 0 && <Text c="dimmed">{t('release.certificateEmpty')}</Text>}
        {returnee.releases.map((x) => (
          <Card key={x.id} withBorder padding="md" data-testid="release-certificate">
            <Facts
              rows={[
                [t('release.type'), label(RELEASE_TYPE_LABELS, x.type)],
                [t('release.prison'), x.prison],
                [t('release.releasedOn'), formatDateVi(x.releasedOn)],
                [t('release.certificateNumber'), x.certificateNumber ?? '—'],
                ...(x.probationEndsOn
                  ? ([[t('release.probationEndsOn'), formatDateVi(x.probationEndsOn)]] as Array<[string, string]>)
                  : []),
                [t('release.reportInBy'), formatDateVi(reportInDeadline(x, returnee.unit.reportInDays))],
              ]}
            />
          </Card>
        ))}
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('release.reception')}
        </Title>
        {returnee.receptions.length === 0 && <Text c="dimmed">{t('release.receptionEmpty')}</Text>}
        {returnee.receptions.map((r) => {
          const timely = receptionTimeliness(r.receivedOn, returnee.releases, returnee.unit.reportInDays);
          return (
            <Card key={r.id} withBorder padding="md" data-testid="reception">
              <Facts
                rows={[
                  [
                    t('release.receptionOn'),
                    <Group gap="xs" key="on">
                      {formatDateVi(r.receivedOn)}
                      {timely && (
                        <Badge color={timely.onTime ? 'green' : 'orange'} variant="light">
                          {timely.onTime ? t('release.onTime') : t('release.late')}
                        </Badge>
                      )}
                    </Group>,
                  ],
                  ...(timely
                    ? ([[t('release.deadline'), formatDateVi(timely.deadline)]] as Array<[string, string]>)
                    : []),
                  [t('release.officer'), r.officer?.displayName ?? '—'],
                  [t('release.meetingRecordNumber'), r.meetingRecordNumber ?? '—'],
                  [t('release.pledgeSigned'), yesNo(r.pledgeSigned)],
                  [t('release.informationSheetDone'), yesNo(r.informationSheetDone)],
                  [t('release.needs'), r.needs.join(', ') || '—'],
                ]}
              />
            </Card>
          );
        })}
      </Stack>
      {canRecord && (
        <Text size="sm" c="dimmed">
          {t('release.actionsHint')}
        </Text>
      )}

      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.form === 'verify' ? t('release.verifyTitle') : t('release.recordNotice')}
      >
        {open?.form === 'notice' && (
          <ReleaseNoticeForm returneeId={returnee.id} onSaved={done} onCancel={() => setOpen(null)} />
        )}
        {open?.form === 'verify' && (
          <VerifyAddressForm releaseNoticeId={open.noticeId} onSaved={done} onCancel={() => setOpen(null)} />
        )}
      </Modal>
    </Stack>
  );
}
