import { useQuery } from '@apollo/client/react';
import { CAMPAIGN_KIND_LABELS, can, Permission } from '@hoanhap/shared';
import { Alert, Anchor, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { ErrorState } from '../../components/error-state';
import { CampaignDocument } from '../../gql/graphql';
import { CAMPAIGNS_NS } from '../../i18n/campaigns';
import { useCurrentUser } from '../auth/current-user';
import { CampaignFormDialog } from './campaign-form-dialog';
import { CampaignPeople } from './campaign-people';
import { decisionText } from './campaign-text';
import { CampaignWardsTable } from './campaign-wards-table';

/**
 * One campaign (/campaigns/:id): its decision, the per-ward progress of its people in the user's
 * scope, the intake of its list (the import wizard with the campaign chosen), the printed report,
 * and a ward's people for bulk helper assignment (`?ward=` keeps the ward chosen).
 */
export default function CampaignPage() {
  const { t } = useTranslation(CAMPAIGNS_NS);
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const label = useEnumLabel();
  const [search, setSearch] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(CampaignDocument, { variables: { id } });
  const campaign = data?.campaign;
  useDocumentTitle(`${campaign?.name ?? t('title')} · ${t('app.name', { ns: 'translation' })}`);

  if (loading && !data) return <Skeleton h={320} data-testid="campaign-loading" />;
  if (error && !data) return <ErrorState error={error} title={t('page.loadFailed')} onRetry={() => refetch()} />;
  if (!campaign) {
    return (
      <Alert color="yellow" variant="light" role="alert" data-testid="campaign-not-found">
        {t('page.notFound')}{' '}
        <Anchor component={Link} to="/campaigns">
          {t('page.back')}
        </Anchor>
      </Alert>
    );
  }
  const mayWrite = can(me.role, Permission.WRITE_CAMPAIGNS);
  const ward = search.get('ward') ?? campaign.wards[0]?.unit.code ?? null;
  const decision = decisionText(t, campaign);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/campaigns" size="sm">
        ← {t('page.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} data-testid="campaign-title">
              {campaign.name}
            </Title>
            <Badge variant="light">{label(CAMPAIGN_KIND_LABELS, campaign.kind)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {campaign.unit.name}
            {decision ? ` · ${decision}` : ''}
          </Text>
          {campaign.notes && <Text size="sm">{campaign.notes}</Text>}
        </Stack>
        <Group>
          {mayWrite && (
            <Button variant="default" onClick={() => setEditing(true)} data-testid="campaign-edit">
              {t('page.edit')}
            </Button>
          )}
          {mayWrite && (
            <Button component={Link} to={`/imports?campaign=${campaign.id}`} data-testid="campaign-intake">
              {t('page.intake')}
            </Button>
          )}
          <Button
            component={Link}
            to={`/print/campaigns/${campaign.id}`}
            variant="default"
            data-testid="campaign-print"
          >
            {t('page.print')}
          </Button>
        </Group>
      </Group>
      <Title order={3}>{t('page.wardsTitle')}</Title>
      {campaign.wards.length === 0 ? (
        <Text c="dimmed" data-testid="campaign-no-wards">
          {t('page.noWards')}
        </Text>
      ) : (
        <CampaignWardsTable
          wards={campaign.wards}
          totals={campaign.totals}
          onPick={(code) => setSearch({ ward: code }, { replace: true })}
        />
      )}
      {ward && can(me.role, Permission.READ_CASES) && (
        <CampaignPeople
          campaignId={campaign.id}
          wards={campaign.wards}
          unitCode={ward}
          onUnitChange={(code) => setSearch({ ward: code }, { replace: true })}
          onAssigned={() => void refetch()}
        />
      )}
      <CampaignFormDialog
        opened={editing}
        onClose={() => setEditing(false)}
        campaign={campaign}
        onSaved={() => setEditing(false)}
      />
    </Stack>
  );
}
