import { useMutation } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Group, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { RecordReleaseNoticeDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConflictDialog } from './conflict-dialog';
import { FormShell } from './form-shell';
import { useRequiredCheck } from './use-required-fields';

const FIELDS = ['receivedOn', 'prison', 'expectedReleaseOn', 'statedAddress'] as const;

/** The prison's advance notice; saving creates the 3-working-day address-verification task. */
export function ReleaseNoticeForm({
  returneeId,
  onSaved,
  onCancel,
}: {
  returneeId: string;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const requiredCheck = useRequiredCheck();
  const { errors, invalid, clear, submitting, submit, conflict, closeConflict } = useMutationForm({
    fields: FIELDS,
    ns: JUDGMENTS_NS,
    conflictDialog: true,
  });
  const [record] = useMutation(RecordReleaseNoticeDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: true,
  });
  const [receivedOn, setReceivedOn] = useState<string | null>(todayInVietnam());
  const [expectedReleaseOn, setExpectedReleaseOn] = useState<string | null>(null);
  const [prison, setPrison] = useState('');
  const [statedAddress, setStatedAddress] = useState('');

  async function save() {
    const missing = requiredCheck({ receivedOn, prison, statedAddress });
    if (!receivedOn || Object.keys(missing).length > 0) {
      return invalid(missing);
    }
    await submit(
      () =>
        record({
          variables: {
            input: {
              returneeId,
              receivedOn,
              prison: prison.trim(),
              expectedReleaseOn,
              statedAddress: statedAddress.trim(),
            },
          },
        }),
      onSaved,
    );
  }

  return (
    <FormShell
      label={t('release.recordNotice')}
      testId="release-notice-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('release.noticeSubmit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Text size="sm" c="dimmed">
        {t('release.noticeHint')}
      </Text>
      <TextInput
        label={t('release.prison')}
        value={prison}
        onChange={(e) => {
          setPrison(e.currentTarget.value);
          clear('prison');
        }}
        required
        error={errors.fields.prison || undefined}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('release.receivedOn')}
          value={receivedOn}
          onChange={(value) => {
            setReceivedOn(value);
            clear('receivedOn');
          }}
          required
          error={errors.fields.receivedOn || undefined}
          popoverProps={{ withinPortal: false }}
        />
        <DateField
          label={t('release.expectedReleaseOn')}
          value={expectedReleaseOn}
          onChange={(value) => {
            setExpectedReleaseOn(value);
            clear('expectedReleaseOn');
          }}
          error={errors.fields.expectedReleaseOn || undefined}
          popoverProps={{ withinPortal: false }}
        />
      </Group>
      <Textarea
        label={t('release.statedAddress')}
        value={statedAddress}
        onChange={(e) => {
          setStatedAddress(e.currentTarget.value);
          clear('statedAddress');
        }}
        autosize
        minRows={2}
        required
        error={errors.fields.statedAddress || undefined}
      />
      <ConflictDialog reason={conflict} onClose={closeConflict} />
    </FormShell>
  );
}
