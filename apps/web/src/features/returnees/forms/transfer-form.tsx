import { useMutation, useQuery } from '@apollo/client/react';
import { todayInVietnam, UnitLevel } from '@hoanhap/shared';
import { Group, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound, fieldError } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { TextareaField } from '../../../components/forms/textarea-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { TransferCaseDocument, UnitsDocument, type UnitsQuery } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { FormShell } from './form-shell';
import { useRequiredCheck } from './use-required-fields';

const FIELDS = ['toUnitCode', 'transferredOn', 'reason'] as const;

/** Wards and communes that exist today, other than the person's own: where a case can go. */
export function transferTargets(units: UnitsQuery['units'], fromUnitId: string, today: string) {
  return units.filter(
    (u) =>
      (u.level === UnitLevel.WARD || u.level === UnitLevel.COMMUNE) &&
      u.id !== fromUnitId &&
      (!u.validFrom || u.validFrom <= today) &&
      (!u.validTo || u.validTo >= today),
  );
}

/**
 * "Chuyển nơi cư trú": hands the whole case to the ward or commune the person moved to. The API
 * takes the receiving unit's code, so a unit outside the officer's scope (another province) is typed
 * in; units in scope can be picked to fill the code.
 */
export function TransferForm({
  returneeId,
  unitId,
  onTransferred,
  onCancel,
}: {
  returneeId: string;
  unitId: string;
  onTransferred: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const requiredCheck = useRequiredCheck();
  const form = useMutationForm({
    fields: FIELDS,
    ns: JUDGMENTS_NS,
    // A code that matches no unit is a NOT_FOUND: said at the code typed.
    notFound: { field: 'toUnitCode', reason: 'UNIT_NOT_FOUND' },
    conflictDialog: true,
  });
  const today = todayInVietnam();
  const units = useQuery(UnitsDocument);
  const targets = transferTargets(units.data?.units ?? [], unitId, today);
  // The person leaves the officer's scope: nothing of the file is read again afterwards.
  const [transfer] = useMutation(TransferCaseDocument);
  const [code, setCode] = useState('');
  const [transferredOn, setTransferredOn] = useState<string | null>(today);
  const [reason, setReason] = useState('');

  async function save() {
    const missing = requiredCheck({ toUnitCode: code, transferredOn });
    if (!transferredOn || Object.keys(missing).length > 0) {
      return form.invalid(missing);
    }
    await form.submit(
      () =>
        transfer({
          variables: { input: { returneeId, toUnitCode: code.trim(), transferredOn, reason: reason.trim() || null } },
        }),
      onTransferred,
    );
  }

  return (
    <FormShell
      label={t('transfer.title')}
      testId="transfer-form"
      form={form}
      submitLabel={t('transfer.submit')}
      onSubmit={save}
      onCancel={onCancel}
      conflictDialog
    >
      <Stack gap={4}>
        <Text size="sm">{t('transfer.explain')}</Text>
        <List size="sm" withPadding>
          <List.Item>{t('transfer.explainHelpers')}</List.Item>
          <List.Item>{t('transfer.explainTasks')}</List.Item>
          <List.Item>{t('transfer.explainHistory')}</List.Item>
        </List>
      </Stack>
      {targets.length > 0 ? (
        <Select
          label={t('transfer.unitInScope')}
          description={t('transfer.unitInScopeHint')}
          data={targets.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
          value={targets.some((u) => u.code === code.trim()) ? code.trim() : null}
          onChange={(value) => {
            setCode(value ?? '');
            form.clear('toUnitCode');
          }}
          searchable
          clearable
          comboboxProps={{ withinPortal: false }}
        />
      ) : (
        !units.loading && (
          <Text size="sm" c="dimmed">
            {t('transfer.noUnitsInScope')}
          </Text>
        )
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('transfer.unitCode')}
          description={t('transfer.unitCodeHint')}
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            form.clear('toUnitCode');
          }}
          required
          autoComplete="off"
          error={fieldError(form, 'toUnitCode')}
        />
        <DateInputField
          {...bound(form, 'transferredOn', transferredOn, setTransferredOn)}
          label={t('transfer.transferredOn')}
          required
        />
      </Group>
      <TextareaField {...bound(form, 'reason', reason, setReason)} label={t('transfer.reason')} keepMessage />
    </FormShell>
  );
}
