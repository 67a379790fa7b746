import { useApolloClient } from '@apollo/client/react';
import { formatDateVi, labelOf, ROLE_LABELS } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { type AdminUserFragment, AdminUsersDocument } from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { EXPORT_PAGE_SIZE, toExportPage } from '../export/collect-pages';
import { ExportButton } from '../export/export-button';
import type { ExportColumn } from '../export/xlsx';

/** Every account in the administrator's scope as a spreadsheet, page by page. */
export function UsersExport() {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const client = useApolloClient();
  const columns: ExportColumn<AdminUserFragment>[] = [
    { header: t('users.columns.name'), value: (u) => u.displayName, width: 28 },
    { header: t('users.columns.email'), value: (u) => u.email, width: 32 },
    { header: t('users.columns.role'), value: (u) => labelOf(ROLE_LABELS, u.role, lang), width: 26 },
    { header: t('users.columns.unit'), value: (u) => u.unit.name, width: 26 },
    {
      header: t('users.columns.status'),
      value: (u) =>
        u.disabledAt ? t('users.disabledOn', { date: formatDateVi(u.disabledAt.slice(0, 10)) }) : t('users.active'),
      width: 24,
    },
  ];
  return (
    <ExportButton
      fileStem="tai-khoan"
      log={{ list: 'USERS' }}
      sheet={t('users.title')}
      columns={columns}
      fetchPage={async (after) => {
        const { data } = await client.query({
          query: AdminUsersDocument,
          variables: { first: EXPORT_PAGE_SIZE, after },
          // Not into the cache: the page's own list is keyed without the cursor.
          fetchPolicy: 'no-cache',
        });
        return toExportPage(data?.users);
      }}
    />
  );
}
