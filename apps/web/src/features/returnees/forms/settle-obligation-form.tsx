import { useMutation } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { type FormErrors, NO_ERRORS } from '../../../components/form-errors';
import { SettleObligationDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConflictDialog, conflictReason, useCaseworkFormErrors } from './casework-form-errors';
import { FormShell } from './form-shell';
import { useRequiredCheck } from './use-required-fields';

// "obligationId" carries ALREADY_SETTLED: shown on the date, the only field of the form.
const FIELDS = ['settledOn', 'obligationId'] as const;

/** Marks an unsettled obligation as settled; the forecast is recomputed once none is left. */
export function SettleObligationForm({
  obligationId,
  onSaved,
  onCancel,
}: {
  obligationId: string;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const { t: tApp } = useTranslation();
  const requiredCheck = useRequiredCheck();
  const toFormErrors = useCaseworkFormErrors(FIELDS);
  const [settle, { loading }] = useMutation(SettleObligationDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: true,
  });
  const [settledOn, setSettledOn] = useState<string | null>(todayInVietnam());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<string | null>(null);

  async function submit() {
    if (!settledOn) return setErrors({ fields: requiredCheck({ settledOn }), form: tApp('errors.formHasErrors') });
    try {
      await settle({ variables: { input: { obligationId, settledOn } } });
      setErrors(NO_ERRORS);
      onSaved();
    } catch (error) {
      const reason = conflictReason(error);
      if (reason) return setConflict(reason);
      const next = toFormErrors(error);
      setErrors(next.fields.obligationId ? { ...next, fields: { settledOn: next.fields.obligationId } } : next);
    }
  }

  return (
    <FormShell
      label={t('obligation.settleTitle')}
      testId="settle-obligation-form"
      errors={errors}
      saving={loading}
      submitLabel={t('obligation.settleSubmit')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <DateField
        label={t('obligation.settledOn')}
        value={settledOn}
        onChange={(value) => {
          setSettledOn(value);
          setErrors(NO_ERRORS);
        }}
        required
        error={errors.fields.settledOn || undefined}
        popoverProps={{ withinPortal: false }}
      />
      <ConflictDialog reason={conflict} onClose={() => setConflict(null)} />
    </FormShell>
  );
}
