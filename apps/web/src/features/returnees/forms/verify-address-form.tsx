import { useMutation } from '@apollo/client/react';
import { ADDRESS_VERIFICATION_LABELS, todayInVietnam } from '@hoanhap/shared';
import { Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { useEnumLabel } from '../../../components/enum-label';
import { type AddressVerification, VerifyReleaseAddressDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConflictDialog } from './conflict-dialog';
import { FormShell } from './form-shell';
import { useRequiredCheck } from './use-required-fields';

const RESULTS = Object.keys(ADDRESS_VERIFICATION_LABELS) as AddressVerification[];
const FIELDS = ['verifiedOn', 'result'] as const;

/** The result of verifying a notice's stated address; it completes the verification task. */
export function VerifyAddressForm({
  releaseNoticeId,
  onSaved,
  onCancel,
}: {
  releaseNoticeId: string;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
  const requiredCheck = useRequiredCheck();
  const { errors, invalid, clear, submitting, submit, conflict, closeConflict } = useMutationForm({
    fields: FIELDS,
    ns: JUDGMENTS_NS,
    conflictDialog: true,
  });
  const [verify] = useMutation(VerifyReleaseAddressDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: true,
  });
  const [verifiedOn, setVerifiedOn] = useState<string | null>(todayInVietnam());
  const [result, setResult] = useState<AddressVerification | null>(null);

  async function save() {
    if (!verifiedOn || !result) {
      return invalid(requiredCheck({ verifiedOn, result }));
    }
    await submit(() => verify({ variables: { input: { releaseNoticeId, verifiedOn, result } } }), onSaved);
  }

  return (
    <FormShell
      label={t('release.verifyTitle')}
      testId="verify-address-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('release.verifySubmit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField
        label={t('release.verifiedOn')}
        value={verifiedOn}
        onChange={(value) => {
          setVerifiedOn(value);
          clear('verifiedOn');
        }}
        required
        error={errors.fields.verifiedOn || undefined}
        popoverProps={{ withinPortal: false }}
      />
      <Radio.Group
        label={t('release.result')}
        value={result}
        onChange={(value) => {
          setResult(RESULTS.find((r) => r === value) ?? null);
          clear('result');
        }}
        required
        error={errors.fields.result || undefined}
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
      <ConflictDialog reason={conflict} onClose={closeConflict} />
    </FormShell>
  );
}
