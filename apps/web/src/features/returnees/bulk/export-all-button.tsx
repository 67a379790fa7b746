import { useTranslation } from 'react-i18next';
import { LISTS_NS, ListsTexts } from '../../../i18n/lists';
import { ExportButton } from '../../export/export-button';
import { filterNames } from '../../export/xlsx';
import type { ListParams } from '../returnee-list-params';
import { useReturneeExportColumns, useReturneesFetchPage } from './returnee-export';

/** "Xuất Excel": every row matching the filters on screen, fetched page by page. */
export function ExportAllButton({ params }: { params: ListParams }) {
  return (
    <ListsTexts fallback={null}>
      <ExportAll params={params} />
    </ListsTexts>
  );
}

function ExportAll({ params }: { params: ListParams }) {
  const { t } = useTranslation(LISTS_NS);
  const columns = useReturneeExportColumns();
  const fetchPage = useReturneesFetchPage(params);
  return (
    <ExportButton
      fileStem={t('export.fileStem')}
      sheet={t('export.sheet')}
      columns={columns}
      fetchPage={fetchPage}
      log={{ list: 'RETURNEES', filterKeys: filterNames({ ...params, sort: null }) }}
    />
  );
}
