import { useQuery } from '@apollo/client/react';
import { CASE_STATUS_LABELS, can, formatDateVi, Permission } from '@hoanhap/shared';
import { Alert, Anchor, Button, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { DataTable, ListState } from '../../components/list-state';
import { CampaignNoticesDocument } from '../../gql/graphql';
import { CAMPAIGNS_NS } from '../../i18n/campaigns';
import { ListsTexts } from '../../i18n/lists';
import { useCurrentUser } from '../auth/current-user';
import { BulkAssignDialog } from '../returnees/bulk/bulk-assign-dialog';

interface Props {
  campaignId: string;
  wards: ReadonlyArray<{ unit: { code: string; name: string } }>;
  unitCode: string | null;
  onUnitChange: (unitCode: string) => void;
  /** After a bulk assignment: the page's figures moved. */
  onAssigned: () => void;
}

/**
 * The campaign's people in one ward, with the officer's bulk helper assignment: pick people, then
 * assign one helper to all of them at once (the same all-or-nothing call as the people list).
 */
export function CampaignPeople({ campaignId, wards, unitCode, onUnitChange, onAssigned }: Props) {
  const { t } = useTranslation(CAMPAIGNS_NS);
  const me = useCurrentUser();
  const label = useEnumLabel();
  const mayAssign = can(me.role, Permission.WRITE_CASES);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [assigning, setAssigning] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CampaignNoticesDocument, {
    variables: { id: campaignId, unitCode: unitCode ?? '' },
    skip: !unitCode,
  });
  const notices = data?.campaign?.notices;
  const people = useMemo(
    () => (notices?.edges ?? []).map((e) => e.node.returnee).filter((p) => selected.has(p.id)),
    [notices, selected],
  );
  const ward = wards.find((w) => w.unit.code === unitCode)?.unit.name ?? '';
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Stack gap="sm" data-testid="campaign-people">
      <Group justify="space-between" align="end">
        <Title order={3}>{t('people.title', { ward })}</Title>
        <Group align="end">
          <Select
            label={t('people.chooseWard')}
            data={wards.map((w) => ({ value: w.unit.code, label: w.unit.name }))}
            value={unitCode}
            onChange={(value) => {
              if (!value) return;
              setSelected(new Set());
              onUnitChange(value);
            }}
            allowDeselect={false}
            data-testid="campaign-people-ward"
          />
          {mayAssign && (
            <Button disabled={people.length === 0} onClick={() => setAssigning(true)} data-testid="campaign-assign">
              {t('people.assign', { count: people.length })}
            </Button>
          )}
        </Group>
      </Group>
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      <ListState
        data={unitCode ? notices : undefined}
        loading={loading}
        error={error}
        isEmpty={(n) => n.edges.length === 0}
        loadFailed={t('people.loadFailed')}
        onRetry={() => refetch()}
        empty={t('people.empty')}
      >
        {(n) => (
          <DataTable
            minWidth={640}
            columns={[
              mayAssign && (
                <Table.Th key="select" w={40}>
                  <Checkbox
                    aria-label={t('people.selectAll')}
                    checked={n.edges.length > 0 && n.edges.every((e) => selected.has(e.node.returnee.id))}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setSelected(new Set(on ? n.edges.map((e) => e.node.returnee.id) : []));
                    }}
                    data-testid="campaign-select-all"
                  />
                </Table.Th>
              ),
              t('people.name'),
              t('people.expected'),
              t('people.verified'),
              t('people.status'),
            ]}
            testId="campaign-people-table"
          >
            {n.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                {mayAssign && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('people.select', { name: node.returnee.fullName })}
                      checked={selected.has(node.returnee.id)}
                      onChange={(event) => toggle(node.returnee.id, event.currentTarget.checked)}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor component={Link} to={`/returnees/${node.returnee.id}`}>
                    {node.returnee.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{node.expectedReleaseOn ? formatDateVi(node.expectedReleaseOn) : '—'}</Table.Td>
                <Table.Td>
                  {node.verifiedOn ? (
                    formatDateVi(node.verifiedOn)
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('people.pending')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{label(CASE_STATUS_LABELS, node.returnee.status)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </ListState>
      {mayAssign && (
        <ListsTexts fallback={null}>
          <BulkAssignDialog
            opened={assigning}
            onClose={() => setAssigning(false)}
            people={people}
            onAssigned={(helper, count) => {
              setAssigning(false);
              setSelected(new Set());
              setDone(t('people.assigned', { helper, count }));
              void refetch();
              onAssigned();
            }}
          />
        </ListsTexts>
      )}
    </Stack>
  );
}
