import { useQuery } from '@apollo/client/react';
import {
  SUPPORT_TYPE_LABELS,
  TARGET_DIRECTION_LABELS,
  TARGET_KIND_LABELS,
  TargetDirection,
  TargetKind,
} from '@hoanhap/shared';
import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { usePledgeForm } from './use-pledge-form';
import { AddPledgeTargetDocument, PledgeFormChoicesDocument, type SupportType } from '../../../gql/graphql';
import { useLang } from '../../../i18n/use-lang';
import { OrganisationSelect } from '../../pickers/organisation-select';
import { parseDecimal } from '../format';
import { FormDialog } from '../../../components/forms/form-dialog';
import { fieldProps, textProps } from '../../../components/forms/bound-field';

const KINDS = [TargetKind.COMPUTED, TargetKind.MANUAL] as const satisfies readonly TargetKind[];
const DIRECTIONS = [TargetDirection.AT_LEAST, TargetDirection.AT_MOST] as const satisfies readonly TargetDirection[];

interface AddTargetDialogProps {
  pledgeId: string;
  opened: boolean;
  onClose: () => void;
}

/** "Thêm chỉ tiêu": a computed indicator of the catalogue, or a manual target measured at reviews. */
export function AddTargetDialog({ pledgeId, opened, onClose }: AddTargetDialogProps) {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const label = useEnumLabel();
  const form = usePledgeForm(AddPledgeTargetDocument, 'PledgeDetail');
  const { errors, invalid, reset, reason, submitting, submit, mutate: add } = form;
  const choices = useQuery(PledgeFormChoicesDocument, { skip: !opened });
  const [kind, setKind] = useState<TargetKind>(TargetKind.COMPUTED);
  const [indicator, setIndicator] = useState<string | null>(null);
  const [withinDays, setWithinDays] = useState('');
  const [supportType, setSupportType] = useState<string | null>(null);
  const [targetLabel, setTargetLabel] = useState('');
  const [unitOfMeasure, setUnitOfMeasure] = useState('');
  const [direction, setDirection] = useState<TargetDirection | null>(null);
  const [target, setTarget] = useState('');
  const [weight, setWeight] = useState('1');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const indicators = choices.data?.pledgeIndicators ?? [];
  const chosen = indicators.find((i) => i.code === indicator);
  const computed = kind === 'COMPUTED';

  function close() {
    setKind(TargetKind.COMPUTED);
    setIndicator(null);
    setWithinDays('');
    setSupportType(null);
    setTargetLabel('');
    setUnitOfMeasure('');
    setDirection(null);
    setTarget('');
    setWeight('1');
    setOrganisationId(null);
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (computed && !chosen) fields.indicator = reason('REQUIRED');
    if (!computed && !targetLabel.trim()) fields.label = reason('REQUIRED');
    const days = computed && chosen?.needsDays ? parseDecimal(withinDays) : null;
    if (computed && chosen?.needsDays && (days === null || !Number.isInteger(days)))
      fields.withinDays = reason(days === null ? 'REQUIRED' : 'OUT_OF_RANGE');
    const targetValue = parseDecimal(target);
    if (targetValue === null || Number.isNaN(targetValue))
      fields.target = reason(targetValue === null ? 'REQUIRED' : 'OUT_OF_RANGE');
    const weightValue = parseDecimal(weight);
    if (weightValue === null || Number.isNaN(weightValue))
      fields.weight = reason(weightValue === null ? 'REQUIRED' : 'OUT_OF_RANGE');
    if (!organisationId) fields.responsibleOrganisationId = reason('REQUIRED');
    if (Object.keys(fields).length > 0 || targetValue === null || weightValue === null || !organisationId)
      return invalid(fields);
    await submit(
      () =>
        add({
          variables: {
            input: {
              pledgeId,
              kind,
              indicator: computed ? (chosen?.code ?? null) : null,
              withinDays: days,
              supportType: computed && chosen?.takesSupportType ? ((supportType as SupportType | null) ?? null) : null,
              label: computed ? null : targetLabel.trim(),
              unitOfMeasure: computed ? null : unitOfMeasure.trim() || null,
              direction,
              target: targetValue,
              weight: weightValue,
              responsibleOrganisationId: organisationId,
            },
          },
        }),
      close,
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('pledge.addTarget.title')}
      size="lg"
      testId="add-target-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('pledge.addTarget.submit')}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="target-kind-label">
          {t('pledge.addTarget.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="target-kind-label"
          data={KINDS.map((k) => ({ value: k, label: label(TARGET_KIND_LABELS, k) }))}
          value={kind}
          onChange={(next) => setKind(KINDS.find((k) => k === next) ?? TargetKind.COMPUTED)}
        />
      </Stack>
      {computed ? (
        <>
          <Select
            label={t('pledge.addTarget.indicator')}
            data={indicators.map((i) => ({ value: i.code, label: lang === 'en' ? i.labelEn : i.labelVi }))}
            description={chosen ? (lang === 'en' ? chosen.definitionEn : chosen.definitionVi) : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            disabled={choices.loading}
            required
            data-autofocus
            {...fieldProps(errors, 'indicator', indicator, setIndicator)}
          />
          {chosen?.needsDays && (
            <TextInput
              label={t('pledge.addTarget.withinDays')}
              inputMode="numeric"
              required
              {...textProps(errors, 'withinDays', withinDays, setWithinDays)}
            />
          )}
          {chosen?.takesSupportType && (
            <Select
              label={t('pledge.addTarget.supportType')}
              data={Object.keys(SUPPORT_TYPE_LABELS).map((s) => ({
                value: s,
                label: label(SUPPORT_TYPE_LABELS, s),
              }))}
              clearable
              {...fieldProps(errors, 'supportType', supportType, setSupportType)}
            />
          )}
        </>
      ) : (
        <Group grow align="flex-start">
          <TextInput
            label={t('pledge.addTarget.label')}
            required
            {...textProps(errors, 'label', targetLabel, setTargetLabel)}
          />
          <TextInput
            label={t('pledge.addTarget.unitOfMeasure')}
            placeholder={t('pledge.addTarget.unitHint')}
            {...textProps(errors, 'unitOfMeasure', unitOfMeasure, setUnitOfMeasure)}
          />
        </Group>
      )}
      <Group grow align="flex-start">
        <Select
          label={t('pledge.addTarget.direction')}
          placeholder={t('pledge.addTarget.directionDefault')}
          data={DIRECTIONS.map((d) => ({ value: d, label: label(TARGET_DIRECTION_LABELS, d) }))}
          value={direction}
          onChange={(next) => setDirection(DIRECTIONS.find((d) => d === next) ?? null)}
          error={errors.fields.direction}
          clearable
        />
        <TextInput
          label={t('pledge.addTarget.target')}
          inputMode="decimal"
          rightSection={
            chosen && computed ? <Text size="xs">{chosen.unitOfMeasure === 'PERCENT' ? '%' : ''}</Text> : null
          }
          required
          {...textProps(errors, 'target', target, setTarget)}
        />
        <TextInput
          label={t('pledge.addTarget.weight')}
          inputMode="decimal"
          required
          {...textProps(errors, 'weight', weight, setWeight)}
        />
      </Group>
      <OrganisationSelect
        label={t('pledge.addTarget.responsible')}
        description={t('pledge.addTarget.responsibleHint')}
        value={organisationId}
        onChange={setOrganisationId}
        error={errors.fields.responsibleOrganisationId}
        required
      />
      {errors.fields.pledgeId && (
        <Text c="red" size="sm">
          {errors.fields.pledgeId}
        </Text>
      )}
    </FormDialog>
  );
}
