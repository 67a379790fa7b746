import { useQuery } from '@apollo/client/react';
import { CAMPAIGN_KIND_LABELS, can, Permission } from '@hoanhap/shared';
import { Alert, Anchor, Button, Stack, Table } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { DataTable, ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { CampaignsDocument } from '../../gql/graphql';
import { CAMPAIGNS_NS } from '../../i18n/campaigns';
import { useCurrentUser } from '../auth/current-user';
import { CampaignFormDialog } from './campaign-form-dialog';
import { decisionText } from './campaign-text';

/** "Đợt đặc xá, tiếp nhận" (/campaigns): the campaigns seen from the user's unit, newest first. */
export default function CampaignsListPage() {
  const { t } = useTranslation(CAMPAIGNS_NS);
  useDocumentTitle(`${t('title')} · ${t('app.name', { ns: 'translation' })}`);
  const me = useCurrentUser();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CampaignsDocument, {
    variables: { first: 50 },
    skip: !can(me.role, Permission.READ_CAMPAIGNS),
  });
  if (!can(me.role, Permission.READ_CAMPAIGNS)) {
    return (
      <Alert color="yellow" variant="light" role="alert">
        {t('errors.FORBIDDEN', { ns: 'translation' })}
      </Alert>
    );
  }
  const page = data?.campaigns;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          can(me.role, Permission.WRITE_CAMPAIGNS) && (
            <Button onClick={() => setCreating(true)} data-testid="campaign-create">
              {t('create')}
            </Button>
          )
        }
      />
      <ListState
        data={page}
        loading={loading}
        error={error}
        isEmpty={(p) => p.edges.length === 0}
        loadFailed={t('loadFailed')}
        onRetry={() => refetch()}
        empty={t('empty')}
        emptyTestId="campaigns-empty"
      >
        {(p) => (
          <Stack gap="sm">
            <DataTable
              minWidth={640}
              columns={[t('col.name'), t('col.kind'), t('col.decision'), t('col.unit')]}
              testId="campaigns-table"
            >
              {p.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/campaigns/${node.id}`}>
                      {node.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{label(CAMPAIGN_KIND_LABELS, node.kind)}</Table.Td>
                  <Table.Td>{decisionText(t, node) ?? t('noDecision')}</Table.Td>
                  <Table.Td>{node.unit.name}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {p.pageInfo.hasNextPage && (
              <Button
                variant="default"
                onClick={() => fetchMore({ variables: { after: p.pageInfo.endCursor } })}
                style={{ alignSelf: 'center' }}
              >
                {t('loadMore')}
              </Button>
            )}
          </Stack>
        )}
      </ListState>
      <CampaignFormDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(campaign) => {
          setCreating(false);
          navigate(`/campaigns/${campaign.id}`);
        }}
      />
    </Stack>
  );
}
