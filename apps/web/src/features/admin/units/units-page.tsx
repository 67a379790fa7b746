import { useQuery } from '@apollo/client/react';
import { can, Permission, todayInVietnam } from '@hoanhap/shared';
import { Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AdminUnitFragment, AdminUnitsDocument } from '../../../gql/graphql';
import { AdminTexts } from '../../../i18n/admin';
import { useCurrentUser } from '../../auth/current-user';
import { UnitCard } from './unit-card';
import { UnitSettingsDialog } from './unit-settings-dialog';
import { buildUnitTree } from './unit-tree';
import classes from './units.module.css';
import { ListState } from '../../../components/list-state';
import { NoticeAlert, PageTitle } from '../../../components/page-header';

function UnitsScreen() {
  const { t } = useTranslation('admin');
  const me = useCurrentUser();
  const canEdit = can(me.role, Permission.ADMINISTER);
  useDocumentTitle(`${t('units.title')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, loading, error, refetch } = useQuery(AdminUnitsDocument);
  const [editing, setEditing] = useState<AdminUnitFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const units = data?.units;
  const tree = useMemo(() => buildUnitTree(units ?? []), [units]);
  const today = todayInVietnam();

  return (
    <Stack gap="md">
      <PageTitle title={t('units.title')} intro={t('units.intro')}>
        {!canEdit && (
          <Text size="sm" c="dimmed">
            {t('units.readOnly')}
          </Text>
        )}
      </PageTitle>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} testId="admin-notice" />
      <ListState
        data={units}
        loading={loading}
        error={error}
        isEmpty={(units) => units.length === 0}
        loadFailed={t('units.loadFailed')}
        onRetry={() => refetch()}
        empty={t('units.empty')}
        emptyTestId="units-empty"
        loadingTestId="units-loading"
      >
        {(units) => (
          <>
            <Text size="sm" c="dimmed">
              {t('units.count', { count: units.length })}
            </Text>
            <ul className={classes.tree} aria-label={t('units.treeLabel')}>
              {tree.map((node) => (
                <UnitCard key={node.unit.id} node={node} today={today} canEdit={canEdit} onEdit={setEditing} />
              ))}
            </ul>
          </>
        )}
      </ListState>
      {canEdit && (
        <UnitSettingsDialog
          unit={editing}
          onClose={() => setEditing(null)}
          // The mutation answers with the unit; the cache puts it in the tree without a reload.
          onSaved={(saved) => setNotice(t('units.saved', { name: saved.name }))}
        />
      )}
    </Stack>
  );
}

/** `/admin/units`: the administrative units as a tree, with their settings and organisations. */
export default function UnitsAdminPage() {
  return (
    <AdminTexts>
      <UnitsScreen />
    </AdminTexts>
  );
}
