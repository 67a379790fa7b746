import { useApolloClient } from '@apollo/client/react';
import { labelOf, ROLE_LABELS } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { type AuditFilter, AuditLogDocument, type AuditRowFragment } from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { EXPORT_PAGE_SIZE, toExportPage } from '../export/collect-pages';
import { ExportButton } from '../export/export-button';
import { type ExportColumn, filterNames } from '../export/xlsx';
import { actionKey } from './audit-actions';
import { formatDateTimeVi } from './format';

/** The audit log with its current filters as a spreadsheet: names and field names, never values. */
export function AuditExport({ filter }: { filter: AuditFilter | null }) {
  const { t, i18n } = useTranslation('audit');
  const lang = useLang();
  const client = useApolloClient();
  const translate = i18n.t as unknown as (key: string) => string;
  const word = (key: string, raw: string) => (i18n.exists(`audit:${key}`) ? translate(`audit:${key}`) : raw);

  const columns: ExportColumn<AuditRowFragment>[] = [
    { header: t('audit.columns.time'), value: (row) => formatDateTimeVi(row.occurredAt), width: 18 },
    { header: t('audit.columns.actor'), value: (row) => row.actor?.displayName ?? t('audit.unknownActor'), width: 24 },
    {
      header: t('audit.export.role'),
      value: (row) => (row.actorRole ? labelOf(ROLE_LABELS, row.actorRole, lang) : ''),
    },
    { header: t('audit.columns.action'), value: (row) => word(actionKey(row.action), row.action), width: 32 },
    { header: t('audit.export.rawAction'), value: (row) => row.action, width: 24 },
    { header: t('audit.columns.object'), value: (row) => word(`audit.objectTypes.${row.objectType}`, row.objectType) },
    { header: t('audit.export.objectId'), value: (row) => row.objectId, width: 38 },
    { header: t('audit.columns.fields'), value: (row) => row.fields.join(', '), width: 40 },
    { header: t('audit.columns.returnee'), value: (row) => row.returneeId, width: 38 },
  ];

  return (
    <ExportButton
      fileStem="nhat-ky-truy-cap"
      log={{ list: 'AUDIT_LOG', filterKeys: filterNames(filter) }}
      sheet={t('audit.title')}
      columns={columns}
      fetchPage={async (after) => {
        const { data } = await client.query({
          query: AuditLogDocument,
          variables: { filter, first: EXPORT_PAGE_SIZE, after },
          // Not into the cache: the page's list appends pages per filter, and these would join it.
          fetchPolicy: 'no-cache',
        });
        return toExportPage(data?.auditLog);
      }}
    />
  );
}
