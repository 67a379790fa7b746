import { useApolloClient } from '@apollo/client/react';
import { PLEDGE_KIND_LABELS } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-label';
import { type PledgeFilter, PledgeListDocument, type PledgeListQuery } from '../../gql/graphql';
import { EXPORT_PAGE_SIZE, toExportPage } from '../export/collect-pages';
import { ExportButton } from '../export/export-button';
import { type ExportColumn, filterNames } from '../export/xlsx';

type Pledge = PledgeListQuery['pledges']['edges'][number]['node'];

/** The pledges matching the year and kind on screen, with their live scores, as a spreadsheet. */
export function PledgesExport({ filter }: { filter: PledgeFilter }) {
  const { t } = useTranslation('pledges');
  const label = useEnumLabel();
  const client = useApolloClient();
  const columns: ExportColumn<Pledge>[] = [
    { header: t('pledges.columns.title'), value: (p) => p.title, width: 44 },
    { header: t('pledges.columns.kind'), value: (p) => label(PLEDGE_KIND_LABELS, p.kind), width: 28 },
    { header: t('pledges.columns.signedOn'), value: (p) => p.signedOn, kind: 'date', width: 12 },
    { header: t('pledges.columns.periodFrom'), value: (p) => p.periodFrom, kind: 'date', width: 12 },
    { header: t('pledges.columns.periodTo'), value: (p) => p.periodTo, kind: 'date', width: 12 },
    { header: t('pledges.columns.signatories'), value: (p) => p.signatories.length, kind: 'number', width: 10 },
    { header: t('pledges.columns.score'), value: (p) => p.totalScore, kind: 'number', format: '0.0', width: 12 },
  ];
  return (
    <ExportButton
      fileStem="cam-ket-giao-uoc"
      log={{ list: 'PLEDGES', filterKeys: filterNames(filter) }}
      sheet={t('pledges.title')}
      columns={columns}
      fetchPage={async (after) => {
        const { data } = await client.query({
          query: PledgeListDocument,
          variables: { filter, first: EXPORT_PAGE_SIZE, after },
          // Not into the cache: the page's own list is keyed by the filter alone.
          fetchPolicy: 'no-cache',
        });
        return toExportPage(data?.pledges);
      }}
    />
  );
}
