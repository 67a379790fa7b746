import { useMutation } from '@apollo/client/react';
import { CAMPAIGN_KIND_LABELS, CampaignKind } from '@hoanhap/shared';
import { Select, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { FormDialog } from '../../components/forms/form-dialog';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import {
  type CampaignFieldsFragment,
  CampaignsDocument,
  CreateCampaignDocument,
  UpdateCampaignDocument,
} from '../../gql/graphql';
import { CAMPAIGNS_NS } from '../../i18n/campaigns';
import { useImportUnits } from '../imports/use-import-units';

const KINDS: readonly CampaignKind[] = [CampaignKind.AMNESTY, CampaignKind.BULK_RELEASE];
const FIELDS = ['unitCode', 'kind', 'name', 'decisionNumber', 'decisionDate', 'notes'];

export interface CampaignFormDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The campaign to edit; a new one when left out. */
  campaign?: CampaignFieldsFragment | null;
  onSaved: (campaign: CampaignFieldsFragment) => void;
}

/** Opens a campaign, or edits one from the version read (a stale version opens the conflict message). */
export function CampaignFormDialog({ opened, onClose, campaign, onSaved }: CampaignFormDialogProps) {
  const { t } = useTranslation(CAMPAIGNS_NS);
  const label = useEnumLabel();
  const { options, defaultCode } = useImportUnits();
  const { errors, invalid, clear, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS });
  const [create] = useMutation(CreateCampaignDocument, { refetchQueries: [CampaignsDocument] });
  const [update] = useMutation(UpdateCampaignDocument);
  const [unitCode, setUnitCode] = useState<string | null>(defaultCode);
  const [kind, setKind] = useState<CampaignKind>(CampaignKind.AMNESTY);
  const [name, setName] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState<string | null>(null);
  const [notes, setNotes] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts from the record.
  useEffect(() => {
    if (!opened) return;
    reset();
    setUnitCode(campaign?.unit.code ?? defaultCode);
    setKind(campaign?.kind ?? CampaignKind.AMNESTY);
    setName(campaign?.name ?? '');
    setDecisionNumber(campaign?.decisionNumber ?? '');
    setDecisionDate(campaign?.decisionDate ?? null);
    setNotes(campaign?.notes ?? '');
  }, [opened]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return invalid({ name: reason('REQUIRED') });
    if (!campaign && !unitCode) return invalid({ unitCode: reason('REQUIRED') });
    const details = {
      kind,
      name: name.trim(),
      decisionNumber: decisionNumber.trim() || null,
      decisionDate,
      notes: notes.trim() || null,
    };
    if (campaign) {
      await submit(
        () => update({ variables: { input: { id: campaign.id, version: campaign.version, ...details } } }),
        ({ data }) => data && onSaved(data.updateCampaign),
      );
    } else {
      await submit(
        () => create({ variables: { input: { unitCode: unitCode ?? '', ...details } } }),
        ({ data }) => data && onSaved(data.createCampaign),
      );
    }
  }

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={campaign ? t('form.editTitle') : t('form.createTitle')}
      testId="campaign-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={campaign ? t('form.save') : t('form.create')}
    >
      {!campaign && (
        <Select
          label={t('form.unit')}
          data={options.map((u) => ({ value: u.code, label: u.name }))}
          value={unitCode}
          onChange={(value) => {
            setUnitCode(value);
            clear('unitCode');
          }}
          allowDeselect={false}
          required
          error={errors.fields.unitCode || undefined}
          data-testid="campaign-unit"
        />
      )}
      <Select
        label={t('form.kind')}
        data={KINDS.map((value) => ({ value, label: label(CAMPAIGN_KIND_LABELS, value) }))}
        value={kind}
        onChange={(value) => setKind(KINDS.find((k) => k === value) ?? CampaignKind.AMNESTY)}
        allowDeselect={false}
        required
        data-testid="campaign-kind"
      />
      <TextInput
        label={t('form.name')}
        placeholder={t('form.namePlaceholder')}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          clear('name');
        }}
        required
        maxLength={200}
        error={errors.fields.name || undefined}
        data-testid="campaign-name"
      />
      <TextInput
        label={t('form.decisionNumber')}
        value={decisionNumber}
        onChange={(event) => {
          setDecisionNumber(event.currentTarget.value);
          clear('decisionNumber');
        }}
        maxLength={100}
        error={errors.fields.decisionNumber || undefined}
        data-testid="campaign-decision-number"
      />
      <DateField
        label={t('form.decisionDate')}
        value={decisionDate}
        onChange={(value) => {
          setDecisionDate(value);
          clear('decisionDate');
        }}
        error={errors.fields.decisionDate || undefined}
      />
      <Textarea
        label={t('form.notes')}
        value={notes}
        onChange={(event) => {
          setNotes(event.currentTarget.value);
          clear('notes');
        }}
        maxLength={2000}
        autosize
        minRows={2}
        error={errors.fields.notes || undefined}
      />
    </FormDialog>
  );
}
