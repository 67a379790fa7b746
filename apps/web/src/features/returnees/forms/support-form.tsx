import {
  FUNDING_SOURCE_LABELS,
  SUPPORT_STATUS_LABELS,
  SUPPORT_TYPE_LABELS,
  todayInVietnam,
  FundingSource,
  SupportStatus,
  SupportType,
} from '@hoanhap/shared';
import { Alert, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { useRecordSupport } from './use-casework-mutations';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';
import { fieldProps, textProps } from '../../../components/forms/bound-field';

export const SUPPORT_TYPES: readonly SupportType[] = [
  SupportType.COUNSELLING,
  SupportType.LEGAL_AID,
  SupportType.RESIDENCE_REGISTRATION,
  SupportType.ID_PAPERS,
  SupportType.VOCATIONAL_TRAINING,
  SupportType.JOB_PLACEMENT,
  SupportType.SOCIAL_POLICY_LOAN,
  SupportType.HARDSHIP_AID,
  SupportType.GIFT,
  SupportType.OTHER,
];
export const SUPPORT_STATUSES: readonly SupportStatus[] = [
  SupportStatus.PROPOSED,
  SupportStatus.IN_PROGRESS,
  SupportStatus.DONE,
  SupportStatus.DECLINED,
];
const FUNDING: readonly FundingSource[] = [
  FundingSource.STATE_BUDGET,
  FundingSource.REINTEGRATION_FUND,
  FundingSource.DONATION,
  FundingSource.OTHER,
];
const FIELDS = ['type', 'status', 'startedOn', 'amountVnd', 'fundingSource', 'providerName', 'outcome'] as const;

/** "Ghi nhận hỗ trợ": a support action under Decree 49/2020. */
export function SupportForm({ returneeId, onSaved }: { returneeId: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { errors, invalid, reason, submitting, submit } = useMutationForm({ fields: FIELDS });
  const [recordSupport] = useRecordSupport(returneeId);
  const [type, setType] = useState<SupportType | null>(null);
  const [status, setStatus] = useState<SupportStatus>(SupportStatus.PROPOSED);
  const [startedOn, setStartedOn] = useState<string | null>(todayInVietnam());
  const [amount, setAmount] = useState('');
  const [funding, setFunding] = useState<FundingSource | null>(null);
  const [providerName, setProviderName] = useState('');
  const [outcome, setOutcome] = useState('');
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const fields: Record<string, string> = {};
    if (!type) fields.type = reason('REQUIRED');
    if (!startedOn) fields.startedOn = reason('REQUIRED');
    const digits = amount.replace(/[.\s,]/g, '');
    if (digits && !/^\d+$/.test(digits)) fields.amountVnd = reason('INVALID_AMOUNT');
    if (!type || !startedOn || fields.amountVnd) return invalid(fields);
    await submit(
      () =>
        recordSupport({
          variables: {
            input: {
              returneeId,
              type,
              status,
              startedOn,
              amountVnd: digits || null,
              fundingSource: funding,
              providerName: providerName.trim() || null,
              outcome: outcome.trim() || null,
            },
          },
        }),
      () => {
        setType(null);
        setAmount('');
        setOutcome('');
        setSaved(true);
        onSaved?.();
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('returnee.support.record')} data-testid="support-form">
      <Stack gap="sm">
        <FormError message={errors.form} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('returnee.support.saved')}
          </Alert>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('returnee.support.type')}
            data={SUPPORT_TYPES.map((value) => ({ value, label: label(SUPPORT_TYPE_LABELS, value) }))}
            value={type}
            onChange={(value) => setType(SUPPORT_TYPES.find((s) => s === value) ?? null)}
            required
            searchable
            error={errors.fields.type}
          />
          <Select
            label={t('returnee.support.status')}
            data={SUPPORT_STATUSES.map((value) => ({ value, label: label(SUPPORT_STATUS_LABELS, value) }))}
            value={status}
            onChange={(value) => setStatus(SUPPORT_STATUSES.find((s) => s === value) ?? SupportStatus.PROPOSED)}
            allowDeselect={false}
            error={errors.fields.status}
          />
          <DateField
            label={t('returnee.support.startedOn')}
            required
            {...fieldProps(errors, 'startedOn', startedOn, setStartedOn)}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('returnee.support.amount')}
            inputMode="numeric"
            {...textProps(errors, 'amountVnd', amount, setAmount)}
          />
          <Select
            label={t('returnee.support.fundingSource')}
            data={FUNDING.map((value) => ({ value, label: label(FUNDING_SOURCE_LABELS, value) }))}
            value={funding}
            onChange={(value) => setFunding(FUNDING.find((f) => f === value) ?? null)}
            clearable
            error={errors.fields.fundingSource}
          />
          <TextInput
            label={t('returnee.support.providerName')}
            {...textProps(errors, 'providerName', providerName, setProviderName)}
          />
        </Group>
        <Textarea
          label={t('returnee.support.outcome')}
          autosize
          minRows={2}
          {...textProps(errors, 'outcome', outcome, setOutcome)}
        />
        <DialogFooter submitting={submitting} submitLabel={t('returnee.support.submit')} />
      </Stack>
    </form>
  );
}
