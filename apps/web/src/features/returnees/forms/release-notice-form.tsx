import { todayInVietnam } from '@hoanhap/shared';
import { Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound, fieldError } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { TextareaField } from '../../../components/forms/textarea-field';
import { RecordReleaseNoticeDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { type CaseFormProps, FormShell } from './form-shell';
import { useJudgmentForm } from './use-case-form';

const FIELDS = ['receivedOn', 'prison', 'expectedReleaseOn', 'statedAddress'] as const;

/** The prison's advance notice; saving creates the 3-working-day address-verification task. */
export function ReleaseNoticeForm({ returneeId, onSaved, onCancel }: CaseFormProps & { returneeId: string }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const { form, mutate: record, requiredCheck } = useJudgmentForm(RecordReleaseNoticeDocument, { fields: FIELDS });
  const [receivedOn, setReceivedOn] = useState<string | null>(todayInVietnam());
  const [expectedReleaseOn, setExpectedReleaseOn] = useState<string | null>(null);
  const [prison, setPrison] = useState('');
  const [statedAddress, setStatedAddress] = useState('');

  async function save() {
    const missing = requiredCheck({ receivedOn, prison, statedAddress });
    if (!receivedOn || Object.keys(missing).length > 0) {
      return form.invalid(missing);
    }
    const input = {
      returneeId,
      receivedOn,
      prison: prison.trim(),
      expectedReleaseOn,
      statedAddress: statedAddress.trim(),
    };
    await form.submit(() => record({ variables: { input } }), onSaved);
  }

  return (
    <FormShell
      label={t('release.recordNotice')}
      testId="release-notice-form"
      form={form}
      submitLabel={t('release.noticeSubmit')}
      onSubmit={save}
      onCancel={onCancel}
      conflictDialog
    >
      <Text size="sm" c="dimmed">
        {t('release.noticeHint')}
      </Text>
      <TextInput
        label={t('release.prison')}
        value={prison}
        onChange={(e) => {
          setPrison(e.currentTarget.value);
          form.clear('prison');
        }}
        required
        error={fieldError(form, 'prison')}
      />
      <Group grow align="flex-start">
        <DateInputField
          {...bound(form, 'receivedOn', receivedOn, setReceivedOn)}
          label={t('release.receivedOn')}
          required
        />
        <DateInputField
          {...bound(form, 'expectedReleaseOn', expectedReleaseOn, setExpectedReleaseOn)}
          label={t('release.expectedReleaseOn')}
        />
      </Group>
      <TextareaField
        {...bound(form, 'statedAddress', statedAddress, setStatedAddress)}
        label={t('release.statedAddress')}
        required
      />
    </FormShell>
  );
}
