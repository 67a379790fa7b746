import { useMutation } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Group, Select, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type JobOfferRowFragment, type PlacementRowFragment, RecordPlacementDocument } from '../../gql/graphql';
import { parseWhole } from './format';
import { ReturneePicker } from './returnee-picker';
import { FormDialog } from '../../components/forms/form-dialog';
import { fieldProps, textProps } from '../../components/forms/bound-field';

const FIELDS = ['returneeId', 'jobOfferId', 'startedOn', 'contractMonths'] as const;

interface PlacementDialogProps {
  employerId: string;
  /** The employer's open offers, to place someone on one. */
  openOffers: readonly JobOfferRowFragment[];
  opened: boolean;
  onClose: () => void;
  onRecorded: (placement: PlacementRowFragment, name: string) => void;
}

/**
 * "Giới thiệu việc làm": places a person with the employer. The API opens their employment period
 * in the same transaction and refuses an overlap with one already open (OVERLAP on startedOn).
 */
export function PlacementDialog({ employerId, openOffers, opened, onClose, onRecorded }: PlacementDialogProps) {
  const { t } = useTranslation('employers');
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS, ns: 'employers' });
  const [record] = useMutation(RecordPlacementDocument, {
    // The person's case file now has another employment period: read it afresh when next shown.
    update(cache, { data }) {
      const id = data?.recordPlacement.returnee?.id;
      if (!id) return;
      const ref = cache.identify({ __typename: 'Returnee', id });
      cache.evict({ id: ref, fieldName: 'currentEmployment' });
      cache.evict({ id: ref, fieldName: 'employmentPeriods' });
    },
  });
  const [returnee, setReturnee] = useState<{ id: string; name: string } | null>(null);
  const [jobOfferId, setJobOfferId] = useState<string | null>(null);
  const [startedOn, setStartedOn] = useState<string | null>(todayInVietnam());
  const [contractMonths, setContractMonths] = useState('');

  function close() {
    setReturnee(null);
    setJobOfferId(null);
    setStartedOn(todayInVietnam());
    setContractMonths('');
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!returnee) fields.returneeId = reason('REQUIRED');
    if (!startedOn) fields.startedOn = reason('REQUIRED');
    const months = parseWhole(contractMonths);
    if (!months.valid) fields.contractMonths = reason('INVALID_NUMBER');
    if (Object.keys(fields).length > 0 || !returnee || !startedOn) {
      return invalid(fields);
    }
    await submit(
      () =>
        record({
          variables: {
            input: {
              employerId,
              returneeId: returnee.id,
              jobOfferId,
              startedOn,
              contractMonths: months.value === null ? null : Number(months.value),
            },
          },
        }),
      (result) => {
        if (result.data) onRecorded(result.data.recordPlacement, returnee.name);
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('placement.title')}
      size="lg"
      testId="placement-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('placement.submit')}
    >
      <Text size="sm" c="dimmed">
        {t('placement.intro')}
      </Text>
      <ReturneePicker
        value={returnee?.id ?? null}
        onChange={(id, name) => setReturnee(id && name ? { id, name } : null)}
        error={errors.fields.returneeId}
      />
      <Select
        label={t('placement.jobOffer')}
        placeholder={t('placement.jobOfferPlaceholder')}
        data={openOffers.map((offer) => ({ value: offer.id, label: offer.title }))}
        clearable
        {...fieldProps(errors, 'jobOfferId', jobOfferId, setJobOfferId)}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('placement.startedOn')}
          required
          {...fieldProps(errors, 'startedOn', startedOn, setStartedOn)}
        />
        <TextInput
          label={t('placement.contractMonths')}
          description={t('placement.contractMonthsHint')}
          inputMode="numeric"
          {...textProps(errors, 'contractMonths', contractMonths, setContractMonths)}
        />
      </Group>
    </FormDialog>
  );
}
