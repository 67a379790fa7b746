import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/list-state';
import type { CampaignQuery } from '../../gql/graphql';
import { CAMPAIGNS_NS } from '../../i18n/campaigns';

type Loaded = NonNullable<CampaignQuery['campaign']>;

/** The figures of a campaign, in the order a case moves through them. */
export const CAMPAIGN_FIGURES = [
  'notified',
  'addressVerified',
  'released',
  'reportedIn',
  'received',
  'helperAssigned',
  'overdue',
] as const;

/** One row per ward of the reader's scope, then the totals; a ward's name picks it for the people list below. */
export function CampaignWardsTable({
  wards,
  totals,
  onPick,
}: {
  wards: Loaded['wards'];
  totals: Loaded['totals'];
  onPick?: (unitCode: string) => void;
}) {
  const { t } = useTranslation(CAMPAIGNS_NS);
  return (
    <DataTable
      minWidth={860}
      columns={[t('figures.unit'), ...CAMPAIGN_FIGURES.map((f) => t(`figures.${f}`))]}
      testId="campaign-wards"
    >
      {wards.map((ward) => (
        <Table.Tr key={ward.unit.id} data-testid={`campaign-ward-${ward.unit.code}`}>
          <Table.Td>
            {onPick ? (
              <Anchor component="button" type="button" onClick={() => onPick(ward.unit.code)}>
                {ward.unit.name}
              </Anchor>
            ) : (
              ward.unit.name
            )}
          </Table.Td>
          {CAMPAIGN_FIGURES.map((f) => (
            <Table.Td
              key={f}
              data-testid={`ward-${ward.unit.code}-${f}`}
              c={f === 'overdue' && ward[f] > 0 ? 'red' : undefined}
            >
              {ward[f]}
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
      <Table.Tr fw={700}>
        <Table.Td>{t('page.totals')}</Table.Td>
        {CAMPAIGN_FIGURES.map((f) => (
          <Table.Td key={f} data-testid={`total-${f}`}>
            {totals[f]}
          </Table.Td>
        ))}
      </Table.Tr>
    </DataTable>
  );
}
