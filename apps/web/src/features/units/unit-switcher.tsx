import { useQuery } from '@apollo/client/react';
import { formatDateVi } from '@hoanhap/shared';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UnitsDocument } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { useActiveUnit } from './active-unit';

/**
 * "Đơn vị đang xem": lets a city or district user look at one ward (or a former one) across the
 * dashboard, the returnees list and the unit's tasks. Hidden for ward users, who have one unit.
 */
export function UnitSwitcher() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { canSwitch, unitCode, setUnitCode } = useActiveUnit();
  const { data, loading } = useQuery(UnitsDocument, { skip: !canSwitch });
  if (!canSwitch) return null;

  const options = (data?.units ?? []).map((unit) => ({
    value: unit.code,
    label: unit.validTo ? t('units.formerOption', { name: unit.name, until: formatDateVi(unit.validTo) }) : unit.name,
  }));

  return (
    <Select
      aria-label={t('units.switcherLabel')}
      data-testid="unit-switcher"
      size="xs"
      w={240}
      searchable
      allowDeselect={false}
      data={options.length ? options : [{ value: user.unit.code, label: user.unit.name }]}
      value={unitCode ?? user.unit.code}
      onChange={(code) => setUnitCode(code)}
      disabled={loading}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
