import {
  formatDateVi,
  MAIN_PENALTY_LABELS,
  OBLIGATION_KIND_LABELS,
  OFFENCE_SEVERITY_LABELS,
  SUPPLEMENTARY_PENALTY_KIND_LABELS,
} from '@hoanhap/shared';
import { Alert, Button, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { RevealDialog } from './reveal-dialog';
import { formatTimeVi } from './reveal-grants';
import type { ReturneeDetail } from './types';

interface ConvictionsTabProps {
  returnee: ReturneeDetail;
  canSee: boolean;
  /** Committee and viewer users may state a purpose to see them for 30 minutes. */
  canReveal?: boolean;
  /** The end of the running reveal, if any. */
  revealedUntil?: string | null;
  onRevealed?: (expiresAt: string) => Promise<unknown>;
}

function HiddenNotice({
  returnee,
  canReveal,
  onRevealed,
}: Pick<ConvictionsTabProps, 'returnee' | 'canReveal' | 'onRevealed'>) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!canReveal) {
    return (
      <Alert color="gray" variant="light" data-testid="convictions-hidden">
        {t('returnee.convictions.hidden')}
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light" data-testid="convictions-hidden" title={t('returnee.reveal.hidden')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('returnee.reveal.hiddenBody')}</Text>
        <Button size="sm" onClick={() => setOpened(true)}>
          {t('returnee.reveal.open')}
        </Button>
      </Stack>
      <RevealDialog
        returneeId={returnee.id}
        opened={opened}
        onClose={() => setOpened(false)}
        onRevealed={async (expiresAt) => onRevealed?.(expiresAt)}
      />
    </Alert>
  );
}

/**
 * Judgments are sensitive: the API sends them only to roles that may see them. An empty list for
 * any other role is explained rather than shown as "no conviction".
 */
export function ConvictionsTab({ returnee, canSee, canReveal, revealedUntil, onRevealed }: ConvictionsTabProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const until = revealedUntil ? (
    <Alert color="yellow" variant="light" data-testid="reveal-until">
      {t('returnee.reveal.until', { time: formatTimeVi(revealedUntil) })}
    </Alert>
  ) : null;
  if (!canSee && !revealedUntil && returnee.convictions.length === 0) {
    return <HiddenNotice returnee={returnee} canReveal={canReveal} onRevealed={onRevealed} />;
  }
  if (returnee.convictions.length === 0) {
    return (
      <Stack gap="md">
        {until}
        <Text c="dimmed">{t('returnee.convictions.empty')}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-testid="conviction-list">
      {until}
      {returnee.convictions.map((c) => (
        <Card key={c.id} withBorder padding="md">
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
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Card>
      ))}
    </Stack>
  );
}
