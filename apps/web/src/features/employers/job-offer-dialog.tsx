import { useMutation } from '@apollo/client/react';
import { JOB_OFFER_STATUS_LABELS, JobOfferStatus, todayInVietnam } from '@hoanhap/shared';
import { Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type JobOfferRowFragment, RecordJobOfferDocument } from '../../gql/graphql';
import { parseWhole } from './format';
import { FormDialog } from '../../components/forms/form-dialog';
import { fieldProps, textProps } from '../../components/forms/bound-field';

const FIELDS = ['title', 'positions', 'wageMinVnd', 'wageMaxVnd', 'status', 'offeredOn'] as const;
const STATUSES: readonly JobOfferStatus[] = [JobOfferStatus.OPEN, JobOfferStatus.CLOSED];

interface JobOfferDialogProps {
  employerId: string;
  opened: boolean;
  onClose: () => void;
  onRecorded: (offer: JobOfferRowFragment) => void;
}

/** "Ghi nhận vị trí tuyển dụng": positions, monthly wage band in đồng, status, the day it was offered. */
export function JobOfferDialog({ employerId, opened, onClose, onRecorded }: JobOfferDialogProps) {
  const { t } = useTranslation('employers');
  const label = useEnumLabel();
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS, ns: 'employers' });
  const [record] = useMutation(RecordJobOfferDocument);
  const [title, setTitle] = useState('');
  const [positions, setPositions] = useState('1');
  const [wageMin, setWageMin] = useState('');
  const [wageMax, setWageMax] = useState('');
  const [status, setStatus] = useState<JobOfferStatus>(JobOfferStatus.OPEN);
  const [offeredOn, setOfferedOn] = useState<string | null>(todayInVietnam());

  function close() {
    setTitle('');
    setPositions('1');
    setWageMin('');
    setWageMax('');
    setStatus(JobOfferStatus.OPEN);
    setOfferedOn(todayInVietnam());
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!title.trim()) fields.title = reason('REQUIRED');
    const count = parseWhole(positions);
    if (!count.valid) fields.positions = reason('INVALID_NUMBER');
    else if (count.value === null) fields.positions = reason('REQUIRED');
    const min = parseWhole(wageMin);
    const max = parseWhole(wageMax);
    if (!min.valid) fields.wageMinVnd = reason('INVALID_AMOUNT');
    if (!max.valid) fields.wageMaxVnd = reason('INVALID_AMOUNT');
    if (!offeredOn) fields.offeredOn = reason('REQUIRED');
    if (Object.keys(fields).length > 0 || !offeredOn) {
      return invalid(fields);
    }
    await submit(
      () =>
        record({
          variables: {
            input: {
              employerId,
              title: title.trim(),
              positions: Number(count.value),
              wageMinVnd: min.value,
              wageMaxVnd: max.value,
              status,
              offeredOn,
            },
          },
        }),
      (result) => {
        if (result.data) onRecorded(result.data.recordJobOffer);
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('offer.title')}
      size="lg"
      testId="job-offer-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('offer.submit')}
    >
      <TextInput
        label={t('offer.jobTitle')}
        placeholder={t('offer.jobTitlePlaceholder')}
        required
        data-autofocus
        {...textProps(errors, 'title', title, setTitle)}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('offer.positions')}
          inputMode="numeric"
          required
          {...textProps(errors, 'positions', positions, setPositions)}
        />
        <TextInput
          label={t('offer.wageMinVnd')}
          inputMode="numeric"
          {...textProps(errors, 'wageMinVnd', wageMin, setWageMin)}
        />
        <TextInput
          label={t('offer.wageMaxVnd')}
          inputMode="numeric"
          {...textProps(errors, 'wageMaxVnd', wageMax, setWageMax)}
        />
      </Group>
      <Group grow align="flex-start">
        <DateField
          label={t('offer.offeredOn')}
          required
          {...fieldProps(errors, 'offeredOn', offeredOn, setOfferedOn)}
        />
        <Select
          label={t('offer.status')}
          data={STATUSES.map((value) => ({ value, label: label(JOB_OFFER_STATUS_LABELS, value) }))}
          value={status}
          onChange={(value) => setStatus(STATUSES.find((s) => s === value) ?? JobOfferStatus.OPEN)}
          error={errors.fields.status}
          allowDeselect={false}
        />
      </Group>
    </FormDialog>
  );
}
