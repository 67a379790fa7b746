import { can, Permission } from '@hoanhap/shared';
import { Alert, Card, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-header';
import { IMPORTS_NS } from '../../i18n/imports';
import { useCurrentUser } from '../auth/current-user';
import { CampaignIntakeNote } from '../campaigns/campaign-intake-note';
import { ImportWizard } from './import-wizard';
import { RecentImports } from './recent-imports';

/** "Nhập danh sách từ Excel" (/imports): the wizard, then the user's recent imports. */
export default function ImportPage() {
  const { t } = useTranslation(IMPORTS_NS);
  useDocumentTitle(`${t('title')} · ${t('app.name', { ns: 'translation' })}`);
  const me = useCurrentUser();
  // Opened from a campaign's page: the list is that campaign's (`?campaign=<id>`).
  const campaignId = useSearchParams()[0].get('campaign');
  if (!can(me.role, Permission.IMPORT_PEOPLE)) {
    return (
      <Alert color="yellow" variant="light" role="alert">
        {t('errors.FORBIDDEN', { ns: 'translation' })}
      </Alert>
    );
  }
  return (
    <Stack gap="xl">
      <PageTitle title={t('title')} intro={t('intro')} />
      {campaignId && <CampaignIntakeNote campaignId={campaignId} />}
      <Card withBorder padding="lg">
        <ImportWizard campaignId={campaignId} />
      </Card>
      <RecentImports />
    </Stack>
  );
}
