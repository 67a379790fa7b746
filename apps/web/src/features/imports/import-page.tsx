import { can, Permission } from '@hoanhap/shared';
import { Alert, Card, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-header';
import { IMPORTS_NS } from '../../i18n/imports';
import { useCurrentUser } from '../auth/current-user';
import { ImportWizard } from './import-wizard';
import { RecentImports } from './recent-imports';

/** "Nhập danh sách từ Excel" (/imports): the wizard, then the user's recent imports. */
export default function ImportPage() {
  const { t } = useTranslation(IMPORTS_NS);
  useDocumentTitle(`${t('title')} · ${t('app.name', { ns: 'translation' })}`);
  const me = useCurrentUser();
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
      <Card withBorder padding="lg">
        <ImportWizard />
      </Card>
      <RecentImports />
    </Stack>
  );
}
