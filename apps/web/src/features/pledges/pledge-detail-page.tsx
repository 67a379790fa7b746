import { useQuery } from '@apollo/client/react';
import { can, formatDateVi, Permission, PLEDGE_KIND_LABELS } from '@hoanhap/shared';
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { ErrorState } from '../../components/error-state';
import { PledgeDetailDocument, type PledgeDetailQuery } from '../../gql/graphql';
import { PledgesTexts } from '../../i18n/pledges';
import { useCurrentUser } from '../auth/current-user';
import { PrintLink } from '../reports/print/print-link';
import { useLang } from '../../i18n/use-lang';
import { formatNumber, progressPercent } from './format';
import { AddTargetDialog } from './forms/add-target-dialog';
import { ReviewPledgeDialog } from './forms/review-pledge-dialog';
import { REVIEW_KIND_LABELS } from './labels';
import { TargetProgress } from './target-progress';
import { DataTable } from '../../components/list-state';

type Pledge = NonNullable<PledgeDetailQuery['pledge']>;

function Reviews({ pledge }: { pledge: Pledge }) {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const label = useEnumLabel();
  const targetLabel = new Map(pledge.targets.map((target) => [target.id, target.label]));
  if (pledge.reviews.length === 0)
    return (
      <Text c="dimmed" data-testid="reviews-empty">
        {t('pledge.reviews.empty')}
      </Text>
    );
  return (
    <Stack gap="md">
      {pledge.reviews.map((review) => (
        <Card withBorder padding="sm" key={review.id} data-testid="pledge-review">
          <Group justify="space-between" mb="xs">
            <div>
              <Text fw={600}>
                {label(REVIEW_KIND_LABELS, review.kind)} · {formatDateVi(review.reviewedOn)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('pledge.reviews.measured')}:{' '}
                {t('pledges.period', { from: formatDateVi(review.measuredFrom), to: formatDateVi(review.measuredTo) })}
              </Text>
            </div>
            <Badge size="lg" variant="light" tt="none" data-testid="review-total">
              {t('pledge.reviews.total')}:{' '}
              {review.totalScore == null
                ? t('pledges.notScored')
                : t('pledge.totalOf', { score: formatNumber(review.totalScore, lang) })}
            </Badge>
          </Group>
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pledge.reviews.target')}</Table.Th>
                  <Table.Th ta="right">{t('pledge.targets.progress')}</Table.Th>
                  <Table.Th ta="right">{t('pledge.reviews.items')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{targetLabel.get(item.targetId) ?? '—'}</Table.Td>
                    <Table.Td ta="right">
                      {item.progress == null
                        ? '—'
                        : t('pledge.targets.progressValue', { value: progressPercent(item.progress) })}
                    </Table.Td>
                    <Table.Td ta="right">
                      {item.actual == null ? '—' : formatNumber(item.actual, lang)} / {formatNumber(item.target, lang)}{' '}
                      ·{' '}
                      {t('pledge.targets.score', {
                        score: formatNumber(item.score, lang, 2),
                        weight: formatNumber(item.weight, lang),
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
    </Stack>
  );
}

function PledgeDetail() {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const label = useEnumLabel();
  const { id = '' } = useParams();
  const canWrite = can(useCurrentUser().role, Permission.WRITE_COMMITTEE);
  const [dialog, setDialog] = useState<'review' | 'target' | null>(null);
  const { data, loading, error, refetch } = useQuery(PledgeDetailDocument, { variables: { id } });
  const pledge = data?.pledge;
  useDocumentTitle(`${pledge?.title ?? t('pledges.title')} · ${t('app.name', { ns: 'translation' })}`);

  const back = (
    <Anchor component={Link} to="/pledges" size="sm">
      ← {t('pledge.back')}
    </Anchor>
  );
  if (loading && !data) return <Skeleton h={240} aria-busy="true" />;
  if (error && !data)
    return (
      <Stack>
        {back}
        <ErrorState error={error} title={t('pledge.loadFailed')} onRetry={() => refetch()} />
      </Stack>
    );
  if (!pledge)
    return (
      <Stack>
        {back}
        <Text data-testid="pledge-not-found">{t('pledge.notFound')}</Text>
      </Stack>
    );

  const targets = [...pledge.targets].sort((a, b) => a.position - b.position);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        {back}
        <PrintLink kind="pledge" to={`/print/pledges/${encodeURIComponent(pledge.id)}`} testId="print-pledge" />
      </Group>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="pledge-title">
            {pledge.title}
          </Title>
          <Text c="dimmed" size="sm">
            {label(PLEDGE_KIND_LABELS, pledge.kind)} · {pledge.unit.name} ·{' '}
            {t('pledge.signedOn', { date: formatDateVi(pledge.signedOn) })} ·{' '}
            {t('pledge.period', { from: formatDateVi(pledge.periodFrom), to: formatDateVi(pledge.periodTo) })}
          </Text>
        </div>
        <Card withBorder padding="sm" ta="center" data-testid="pledge-total">
          <Text size="xs" c="dimmed">
            {t('pledge.totalScore')}
          </Text>
          <Text fw={700} size="xl">
            {pledge.totalScore == null
              ? t('pledge.totalNotMeasured')
              : t('pledge.totalOf', { score: formatNumber(pledge.totalScore, lang) })}
          </Text>
        </Card>
      </Group>

      <section>
        <Title order={2} size="h4" mb="sm">
          {t('pledge.signatories.title')}
        </Title>
        {pledge.signatories.length === 0 ? (
          <Text c="dimmed">{t('pledge.signatories.empty')}</Text>
        ) : (
          <DataTable
            minWidth={560}
            highlightOnHover={false}
            withTableBorder
            testId="pledge-signatories"
            columns={[
              t('pledge.signatories.organisation'),
              t('pledge.signatories.representative'),
              t('pledge.signatories.position'),
            ]}
          >
            {pledge.signatories.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.organisation.name}</Table.Td>
                <Table.Td>{s.representative}</Table.Td>
                <Table.Td>{s.title ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </section>

      <section>
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {t('pledge.targets.title')}
          </Title>
          {canWrite && (
            <Button variant="light" size="xs" onClick={() => setDialog('target')}>
              {t('pledge.actions.addTarget')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed" mb="sm">
          {t('pledge.targets.hint')}
        </Text>
        {targets.length === 0 ? (
          <Text c="dimmed">{t('pledge.targets.empty')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {targets.map((target) => (
              <TargetProgress key={target.id} target={target} />
            ))}
          </Stack>
        )}
      </section>

      <section>
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {t('pledge.reviews.title')}
          </Title>
          {canWrite && targets.length > 0 && (
            <Button variant="light" size="xs" onClick={() => setDialog('review')}>
              {t('pledge.actions.review')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed" mb="sm">
          {t('pledge.reviews.hint')}
        </Text>
        <Reviews pledge={pledge} />
      </section>
      {canWrite && (
        <>
          <ReviewPledgeDialog
            pledgeId={pledge.id}
            targets={targets}
            opened={dialog === 'review'}
            onClose={() => setDialog(null)}
          />
          <AddTargetDialog pledgeId={pledge.id} opened={dialog === 'target'} onClose={() => setDialog(null)} />
        </>
      )}
    </Stack>
  );
}

export default function PledgeDetailPage() {
  return (
    <PledgesTexts>
      <PledgeDetail />
    </PledgesTexts>
  );
}
