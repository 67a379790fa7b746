import { ADDRESS_VERIFICATION_LABELS, todayInVietnam } from '@hoanhap/shared';
import { Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { bound, fieldError } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { type AddressVerification, VerifyReleaseAddressDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { type CaseFormProps, FormShell } from './form-shell';
import { useJudgmentForm } from './use-case-form';

const RESULTS = Object.keys(ADDRESS_VERIFICATION_LABELS) as AddressVerification[];
const FIELDS = ['verifiedOn', 'result'] as const;

/** The result of verifying a notice's stated address; it completes the verification task. */
export function VerifyAddressForm({ releaseNoticeId, onSaved, onCancel }: CaseFormProps & { releaseNoticeId: string }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
  const { form, mutate: verify, requiredCheck } = useJudgmentForm(VerifyReleaseAddressDocument, { fields: FIELDS });
  const [verifiedOn, setVerifiedOn] = useState<string | null>(todayInVietnam());
  const [result, setResult] = useState<AddressVerification | null>(null);

  async function save() {
    if (!verifiedOn || !result) {
      return form.invalid(requiredCheck({ verifiedOn, result }));
    }
    await form.submit(() => verify({ variables: { input: { releaseNoticeId, verifiedOn, result } } }), onSaved);
  }

  return (
    <FormShell
      label={t('release.verifyTitle')}
      testId="verify-address-form"
      form={form}
      submitLabel={t('release.verifySubmit')}
      onSubmit={save}
      onCancel={onCancel}
      conflictDialog
    >
      <DateInputField
        {...bound(form, 'verifiedOn', verifiedOn, setVerifiedOn)}
        label={t('release.verifiedOn')}
        required
      />
      <Radio.Group
        label={t('release.result')}
        value={result}
        onChange={(value) => {
          setResult(RESULTS.find((r) => r === value) ?? null);
          form.clear('result');
        }}
        required
        error={fieldError(form, 'result')}
      >
        <Stack gap={6} mt={4}>
          {RESULTS.map((value) => (
            <Radio key={value} value={value} label={label(ADDRESS_VERIFICATION_LABELS, value)} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="xs" c="dimmed">
        {t('release.verifyHint')}
      </Text>
    </FormShell>
  );
}
