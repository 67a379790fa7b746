import { useApolloClient } from '@apollo/client/react';
import { CASE_STATUS_LABELS, CLASSIFICATION_GROUP_LABELS, EMPLOYMENT_STATUS_LABELS } from '@hoanhap/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { ReturneesDocument, type ReturneeRowFragment } from '../../../gql/graphql';
import type { ExportPage } from '../../export/collect-pages';
import { EXPORT_PAGE_SIZE, toExportPage } from '../../export/collect-pages';
import type { ExportColumn } from '../../export/xlsx';
import { COLUMNS, type Column } from '../returnee-columns';
import type { ListParams } from '../returnee-list-params';
import { useReturneeFilter } from '../use-list-params';

/** Every column of the list in the spreadsheet: translated headers, real dates, statuses in words. */
export function useReturneeExportColumns(): ExportColumn<ReturneeRowFragment>[] {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return useMemo(() => {
    const cell: Record<Column, Omit<ExportColumn<ReturneeRowFragment>, 'header'>> = {
      fullName: { value: (r) => r.fullName, width: 28 },
      dateOfBirth: { value: (r) => r.dateOfBirth, kind: 'date', width: 12 },
      status: { value: (r) => label(CASE_STATUS_LABELS, r.status), width: 24 },
      returnedOn: { value: (r) => r.returnedOn, kind: 'date', width: 12 },
      employment: {
        value: (r) => (r.currentEmployment ? label(EMPLOYMENT_STATUS_LABELS, r.currentEmployment.status) : null),
        width: 20,
      },
      classification: {
        value: (r) =>
          r.currentClassification
            ? `${r.currentClassification.group} – ${label(CLASSIFICATION_GROUP_LABELS, r.currentClassification.group)}`
            : null,
        width: 30,
      },
      residentialGroup: { value: (r) => r.residentialGroup, width: 16 },
      unit: { value: (r) => r.unit.name, width: 22 },
      openTaskCount: { value: (r) => r.openTaskCount, kind: 'number', width: 10 },
    };
    return COLUMNS.map((column) => ({ header: t(`returnees.col.${column}`), ...cell[column] }));
  }, [t, label]);
}

/**
 * One page of the list with the filters on screen, for "Xuất Excel". Always from the server, and
 * with `no-cache` rather than `network-only`: the list's cache entry is keyed by the filter alone,
 * so pages of 100 written there would replace the 25 rows on screen with the export's pages.
 */
export function useReturneesFetchPage(params: ListParams) {
  const client = useApolloClient();
  const filter = useReturneeFilter(params);
  return useCallback(
    async (after: string | null): Promise<ExportPage<ReturneeRowFragment>> => {
      const { data } = await client.query({
        query: ReturneesDocument,
        variables: { filter, first: EXPORT_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      return toExportPage(data?.returnees);
    },
    [client, filter],
  );
}
