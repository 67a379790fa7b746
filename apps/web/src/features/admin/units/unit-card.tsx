import { formatDateVi, UNIT_LEVEL_LABELS } from '@hoanhap/shared';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import type { AdminUnitFragment } from '../../../gql/graphql';
import { UnitOrganisations } from './unit-organisations';
import { type UnitNode, unitStatus } from './unit-tree';
import classes from './units.module.css';

const STATUS_COLOR = { active: 'green', ended: 'gray', notYet: 'blue' } as const;

/** "từ 01/01/2025 đến 30/06/2025", or the one end that is known; nothing when neither is. */
function useValidityText() {
  const { t } = useTranslation('admin');
  return (unit: AdminUnitFragment): string | null => {
    const from = unit.validFrom ? formatDateVi(unit.validFrom) : null;
    const to = unit.validTo ? formatDateVi(unit.validTo) : null;
    if (from && to) return t('units.validity.fromTo', { from, to });
    if (from) return t('units.validity.from', { from });
    if (to) return t('units.validity.to', { to });
    return null;
  };
}

interface UnitCardProps {
  node: UnitNode;
  today: string;
  canEdit: boolean;
  onEdit: (unit: AdminUnitFragment) => void;
}

/** One unit: who it is, when it existed, what it became, its settings; its children below it. */
export function UnitCard({ node, today, canEdit, onEdit }: UnitCardProps) {
  const { t } = useTranslation('admin');
  const label = useEnumLabel();
  const validity = useValidityText();
  const [open, setOpen] = useState(false);
  const { unit, children } = node;
  const status = unitStatus(unit, today);
  const organisationsId = `unit-organisations-${unit.id}`;

  return (
    <li className={classes.item}>
      <Paper withBorder p="sm" data-testid="unit-row" data-unit-code={unit.code}>
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Title order={2} size="h4">
                {unit.name}
              </Title>
              <Group gap="xs">
                <Badge variant="light">{label(UNIT_LEVEL_LABELS, unit.level)}</Badge>
                <Text size="sm" c="dimmed">
                  {t('units.code', { code: unit.code })}
                </Text>
              </Group>
            </Stack>
            {canEdit && (
              <Button
                size="xs"
                variant="default"
                aria-label={t('units.editFor', { name: unit.name })}
                onClick={() => onEdit(unit)}
              >
                {t('units.edit')}
              </Button>
            )}
          </Group>
          <Group gap="xs" data-testid="unit-validity">
            {validity(unit) && <Text size="sm">{validity(unit)}</Text>}
            {unit.successor ? (
              // A unit's name reads better as written than in capitals.
              <Badge color="orange" variant="light" tt="none" data-testid="unit-merged">
                {t('units.status.mergedInto', { name: unit.successor.name })}
              </Badge>
            ) : (
              <Badge color={STATUS_COLOR[status]} variant="light" tt="none">
                {t(`units.status.${status}`)}
              </Badge>
            )}
          </Group>
          <Group gap="lg" data-testid="unit-settings">
            <Text size="sm">
              {t('units.settings.noContactDays')}:{' '}
              <Text span fw={600} data-testid="unit-no-contact-days">
                {t('units.settings.days', { count: unit.noContactDays })}
              </Text>
            </Text>
            <Text size="sm">
              {t('units.settings.reportInDays')}:{' '}
              <Text span fw={600} data-testid="unit-report-in-days">
                {t('units.settings.days', { count: unit.reportInDays })}
              </Text>
            </Text>
          </Group>
          <Text size="sm" c={unit.note ? undefined : 'dimmed'} className={classes.note} data-testid="unit-note">
            {unit.note ? `${t('units.settings.note')}: ${unit.note}` : t('units.settings.noNote')}
          </Text>
          <Group>
            <Button
              size="xs"
              variant="subtle"
              aria-expanded={open}
              aria-controls={open ? organisationsId : undefined}
              aria-label={t(open ? 'units.organisations.hideFor' : 'units.organisations.showFor', { name: unit.name })}
              onClick={() => setOpen((was) => !was)}
            >
              {open ? t('units.organisations.hide') : t('units.organisations.show')}
            </Button>
          </Group>
          {open && <UnitOrganisations id={organisationsId} unitId={unit.id} unitName={unit.name} />}
        </Stack>
      </Paper>
      {children.length > 0 && (
        <ul className={classes.children}>
          {children.map((child) => (
            <UnitCard key={child.unit.id} node={child} today={today} canEdit={canEdit} onEdit={onEdit} />
          ))}
        </ul>
      )}
    </li>
  );
}
