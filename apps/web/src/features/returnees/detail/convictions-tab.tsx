import {
  formatDateVi,
  MAIN_PENALTY_LABELS,
  OBLIGATION_KIND_LABELS,
  OFFENCE_SEVERITY_LABELS,
  SUPPLEMENTARY_PENALTY_KIND_LABELS,
} from '@hoanhap/shared';
import { Alert, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { useJudgmentDialogs } from './judgment-dialogs';
import { HiddenNotice } from './hidden-notice';
import { formatTimeVi } from './reveal-grants';
import type { ConvictionsTabFieldsFragment } from '../../../gql/graphql';

interface ConvictionsTabProps {
  returnee: ConvictionsTabFieldsFragment;
  canSee: boolean;
  /** The officer records judgments, supplementary penalties and obligations here. */
  canRecord?: boolean;
  /** Committee and viewer users may state a purpose to see them for 30 minutes. */
  canReveal?: boolean;
  /** The end of the running reveal, if any. */
  revealedUntil?: string | null;
  onRevealed?: (expiresAt: string) => Promise<unknown>;
}

/**
 * Judgments are sensitive: the API sends them only to roles that may see them. An empty list for
 * any other role is explained rather than shown as "no conviction".
 */
export function ConvictionsTab({
  returnee,
  canSee,
  canRecord = false,
  canReveal,
  revealedUntil,
  onRevealed,
}: ConvictionsTabProps) {
  const { t } = useTranslation();
  const { t: tj } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
  const dialogs = useJudgmentDialogs(returnee.id);
  const record = canRecord ? (
    <Group justify="flex-end">
      <Button size="sm" onClick={() => dialogs.show({ form: 'conviction' })}>
        {tj('conviction.add')}
      </Button>
    </Group>
  ) : null;
  const until = revealedUntil ? (
    <Alert color="yellow" variant="light" data-testid="reveal-until">
      {t('returnee.reveal.until', { time: formatTimeVi(revealedUntil) })}
    </Alert>
  ) : null;
  if (!canSee && !revealedUntil && returnee.convictions.length === 0) {
    return (
      <HiddenNotice
        returneeId={returnee.id}
        canReveal={canReveal}
        onRevealed={onRevealed}
        hiddenText={t('returnee.convictions.hidden')}
        testId="convictions-hidden"
      />
    );
  }
  if (returnee.convictions.length === 0) {
    return (
      <Stack gap="md">
        {until}
        {dialogs.elements}
        {record}
        <Text c="dimmed">{t('returnee.convictions.empty')}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-testid="conviction-list">
      {until}
      {dialogs.elements}
      {record}
      {returnee.convictions.map((c) => (
        <Card key={c.id} withBorder padding="md" data-testid="conviction">
          <Title order={3} size="h5">
            {t('returnee.convictions.judgment', { number: c.judgmentNumber, date: formatDateVi(c.judgmentDate) })}
          </Title>
          <Table mt="xs" variant="vertical" layout="fixed" withTableBorder={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={200}>{t('returnee.convictions.court')}</Table.Th>
                <Table.Td>{c.court}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('returnee.convictions.severity')}</Table.Th>
                <Table.Td>
                  {t('returnee.convictions.article', { article: c.penalCodeArticle, chapter: c.penalCodeChapter })} ·{' '}
                  {label(OFFENCE_SEVERITY_LABELS, c.severity)}
                  {c.intentional ? ` · ${t('returnee.convictions.intentional')}` : ''}
                  {c.ageAtOffence ? ` · ${tj('conviction.ageAtOffenceValue', { age: c.ageAtOffence })}` : ''}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('returnee.convictions.penalty')}</Table.Th>
                <Table.Td>
                  {label(MAIN_PENALTY_LABELS, c.mainPenalty)}
                  {c.prisonMonths ? ` · ${t('returnee.convictions.months', { count: c.prisonMonths })}` : ''}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('returnee.convictions.completedOn')}</Table.Th>
                <Table.Td>{c.mainPenaltyCompletedOn ? formatDateVi(c.mainPenaltyCompletedOn) : '—'}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {c.supplementaryPenalties.length > 0 && (
            <>
              <Text fw={600} size="sm" mt="sm">
                {t('returnee.convictions.supplementary')}
              </Text>
              <List size="sm">
                {c.supplementaryPenalties.map((p) => (
                  <List.Item key={p.id}>
                    {label(SUPPLEMENTARY_PENALTY_KIND_LABELS, p.kind)}: {formatDateVi(p.startsOn)}
                    {p.endsOn ? ` – ${formatDateVi(p.endsOn)}` : ''}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {c.obligations.length > 0 && (
            <>
              <Text fw={600} size="sm" mt="sm">
                {t('returnee.convictions.obligations')}
              </Text>
              <List size="sm">
                {c.obligations.map((o) => (
                  <List.Item key={o.id}>
                    {label(OBLIGATION_KIND_LABELS, o.kind)}: {Number(o.amountVnd).toLocaleString('vi-VN')} đ ·{' '}
                    {o.settledOn
                      ? t('returnee.convictions.settled', { date: formatDateVi(o.settledOn) })
                      : t('returnee.convictions.unsettled')}
                    {canRecord && !o.settledOn && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        ml="xs"
                        onClick={() => dialogs.show({ form: 'settle', obligationId: o.id })}
                      >
                        {tj('obligation.settle')}
                      </Button>
                    )}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {canRecord && (
            <Group gap="xs" mt="sm">
              <Button size="xs" variant="light" onClick={() => dialogs.show({ form: 'penalty', convictionId: c.id })}>
                {tj('penalty.add')}
              </Button>
              <Button
                size="xs"
                variant="light"
                onClick={() => dialogs.show({ form: 'obligation', convictionId: c.id })}
              >
                {tj('obligation.add')}
              </Button>
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
