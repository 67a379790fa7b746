import { useMutation, useQuery } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Checkbox, Group, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound, fieldError } from '../../components/forms/bound-field';
import { DateInputField } from '../../components/forms/date-input-field';
import { TextareaField } from '../../components/forms/textarea-field';
import {
  ExportCasePackageDocument,
  type ExportCasePackageMutation,
  HandoverDestinationsDocument,
} from '../../gql/graphql';
import { HANDOVER_NS } from '../../i18n/handover';
import { FormShell } from '../returnees/forms/form-shell';
import { useRequiredCheck } from '../returnees/forms/use-required-fields';
import { useHandoverForm } from './handover-error';

const FIELDS = ['toDeploymentCode', 'toUnitCode', 'toUnitName', 'handedOverOn', 'reason', 'understood'] as const;

/** What the officer sent, shown once the package is made (the API keeps no copy of the file). */
export interface HandedOver {
  destination: string;
  toUnitName: string;
  handedOverOn: string;
  file: ExportCasePackageMutation['exportCasePackage'];
}

/**
 * "Chuyển sang địa phương ngoài hệ thống": the person moved to a ward another deployment serves.
 * The receiving deployment is one of the partners the administrator registered; the officer
 * confirms that the case leaves this ward's caseload, as the API records it at once.
 */
export function HandOverForm({
  returneeId,
  onHandedOver,
  onCancel,
}: {
  returneeId: string;
  onHandedOver: (result: HandedOver) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(HANDOVER_NS);
  const requiredCheck = useRequiredCheck();
  const form = useHandoverForm(FIELDS);
  const destinations = useQuery(HandoverDestinationsDocument);
  const partners = destinations.data?.handoverDestinations ?? [];
  const [exportPackage] = useMutation(ExportCasePackageDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: false,
  });
  const [code, setCode] = useState<string | null>(null);
  const [unitCode, setUnitCode] = useState('');
  const [unitName, setUnitName] = useState('');
  const [handedOverOn, setHandedOverOn] = useState<string | null>(todayInVietnam());
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);

  async function save() {
    const missing = requiredCheck({ toDeploymentCode: code, toUnitName: unitName, handedOverOn, reason });
    if (!understood) missing.understood = t('send.understoodRequired');
    if (!code || !handedOverOn || Object.keys(missing).length > 0) return form.invalid(missing);
    const destination = partners.find((p) => p.code === code)?.name ?? code;
    await form.submit(
      () =>
        exportPackage({
          variables: {
            input: {
              returneeId,
              toDeploymentCode: code,
              toUnitCode: unitCode.trim() || null,
              toUnitName: unitName.trim(),
              handedOverOn,
              reason: reason.trim(),
            },
          },
        }),
      ({ data }) => {
        if (data)
          onHandedOver({ destination, toUnitName: unitName.trim(), handedOverOn, file: data.exportCasePackage });
      },
    );
  }

  return (
    <FormShell
      label={t('send.title')}
      testId="hand-over-form"
      form={form}
      submitLabel={t('send.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Stack gap={4}>
        <Text size="sm">{t('send.explain')}</Text>
        <List size="sm" withPadding>
          <List.Item>{t('send.explainCaseload')}</List.Item>
          <List.Item>{t('send.explainHelpers')}</List.Item>
          <List.Item>{t('send.explainFile')}</List.Item>
        </List>
      </Stack>
      <Select
        label={t('send.destination')}
        description={partners.length > 0 || destinations.loading ? t('send.destinationHint') : t('send.noPartners')}
        data={partners.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
        value={code}
        onChange={(value) => {
          setCode(value);
          form.clear('toDeploymentCode');
        }}
        searchable
        required
        error={fieldError(form, 'toDeploymentCode')}
        comboboxProps={{ withinPortal: false }}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('send.unitName')}
          description={t('send.unitNameHint')}
          value={unitName}
          onChange={(e) => {
            setUnitName(e.currentTarget.value);
            form.clear('toUnitName');
          }}
          required
          error={fieldError(form, 'toUnitName')}
        />
        <TextInput
          label={t('send.unitCode')}
          description={t('send.unitCodeHint')}
          value={unitCode}
          onChange={(e) => {
            setUnitCode(e.currentTarget.value);
            form.clear('toUnitCode');
          }}
          autoComplete="off"
          error={fieldError(form, 'toUnitCode')}
        />
      </Group>
      <DateInputField
        {...bound(form, 'handedOverOn', handedOverOn, setHandedOverOn)}
        label={t('send.handedOverOn')}
        required
      />
      <TextareaField
        {...bound(form, 'reason', reason, setReason)}
        label={t('send.reason')}
        description={t('send.reasonHint')}
        required
      />
      <Checkbox
        label={t('send.understood')}
        checked={understood}
        onChange={(e) => {
          setUnderstood(e.currentTarget.checked);
          form.clear('understood');
        }}
        error={fieldError(form, 'understood')}
      />
    </FormShell>
  );
}
