import { useTranslation } from 'react-i18next';
import type { EmployersQuery } from '../../gql/graphql';
import { ExportButton } from '../export/export-button';
import type { ExportColumn } from '../export/xlsx';
import { EMPLOYERS_NS } from '../../i18n/employers';

type Employer = EmployersQuery['employers'][number];

/** The partner employers as a spreadsheet, with the share of returnees on staff. */
export function EmployersExport({ employers }: { employers: readonly Employer[] }) {
  const { t } = useTranslation(EMPLOYERS_NS);
  const columns: ExportColumn<Employer>[] = [
    { header: t('list.columns.name'), value: (e) => e.name, width: 36 },
    {
      header: t('list.columns.contact'),
      value: (e) => [e.contactPerson, e.phone].filter(Boolean).join(' · '),
      width: 30,
    },
    { header: t('list.columns.staff'), value: (e) => e.staffCount, kind: 'number', width: 10 },
    { header: t('list.columns.onStaff'), value: (e) => e.returneesOnStaff, kind: 'number', width: 10 },
    {
      header: t('list.columns.share'),
      value: (e) => e.returneeShare,
      kind: 'number',
      format: '0.0%',
      width: 10,
    },
    {
      header: t('list.columns.bank'),
      value: (e) => (e.meetsSocialPolicyBankShare ? t('list.bankYes') : t('list.bankNo')),
      width: 16,
    },
  ];
  return (
    <ExportButton
      fileStem="doanh-nghiep-doi-tac"
      sheet={t('list.title')}
      columns={columns}
      rows={employers}
      log={{ list: 'EMPLOYERS' }}
    />
  );
}
