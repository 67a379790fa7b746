import { useQuery } from '@apollo/client/react';
import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignNameDocument } from '../../gql/graphql';
import { CAMPAIGNS_NS, CampaignsTexts } from '../../i18n/campaigns';

function Note({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation(CAMPAIGNS_NS);
  const { data } = useQuery(CampaignNameDocument, { variables: { id: campaignId } });
  const name = data?.campaign?.name;
  if (!name) return null;
  return (
    <Alert variant="light" data-testid="campaign-intake-note">
      {t('intake.note', { name })}{' '}
      <Anchor component={Link} to={`/campaigns/${campaignId}`}>
        {t('intake.back')}
      </Anchor>
    </Alert>
  );
}

/** Above the import wizard opened from a campaign: the list goes into this campaign. */
export function CampaignIntakeNote({ campaignId }: { campaignId: string }) {
  return (
    <CampaignsTexts fallback={null}>
      <Note campaignId={campaignId} />
    </CampaignsTexts>
  );
}
