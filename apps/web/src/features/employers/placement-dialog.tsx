import { useMutation } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { type FormErrors, NO_ERRORS, useReasonMessage } from '../../components/form-errors';
import { useNamespaceFormErrors } from '../../components/namespace-form-errors';
import { type JobOfferRowFragment, type PlacementRowFragment, RecordPlacementDocument } from '../../gql/graphql';
import { parseWhole } from './format';
import { ReturneePicker } from './returnee-picker';

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
  const reasonMessage = useReasonMessage();
  const { fromApi, reason } = useNamespaceFormErrors('employers', FIELDS);
  const [record, { loading }] = useMutation(RecordPlacementDocument, {
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
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  function close() {
    setReturnee(null);
    setJobOfferId(null);
    setStartedOn(todayInVietnam());
    setContractMonths('');
    setErrors(NO_ERRORS);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!returnee) fields.returneeId = reasonMessage('REQUIRED');
    if (!startedOn) fields.startedOn = reasonMessage('REQUIRED');
    const months = parseWhole(contractMonths);
    if (!months.valid) fields.contractMonths = reason('INVALID_NUMBER');
    if (Object.keys(fields).length > 0 || !returnee || !startedOn) {
      return setErrors({ fields, form: t('errors.formHasErrors', { ns: 'translation' }) });
    }
    try {
      const result = await record({
        variables: {
          input: {
            employerId,
            returneeId: returnee.id,
            jobOfferId,
            startedOn,
            contractMonths: months.value === null ? null : Number(months.value),
          },
        },
      });
      if (result.data) onRecorded(result.data.recordPlacement, returnee.name);
      close();
    } catch (error) {
      setErrors(fromApi(error));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('placement.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="placement-form">
        <Stack gap="sm">
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
            value={jobOfferId}
            onChange={setJobOfferId}
            error={errors.fields.jobOfferId}
            clearable
          />
          <Group grow align="flex-start">
            <DateField
              label={t('placement.startedOn')}
              value={startedOn}
              onChange={setStartedOn}
              error={errors.fields.startedOn}
              required
            />
            <TextInput
              label={t('placement.contractMonths')}
              description={t('placement.contractMonthsHint')}
              inputMode="numeric"
              value={contractMonths}
              onChange={(e) => setContractMonths(e.currentTarget.value)}
              error={errors.fields.contractMonths}
            />
          </Group>
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel', { ns: 'translation' })}
            </Button>
            <Button type="submit" loading={loading}>
              {t('placement.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
