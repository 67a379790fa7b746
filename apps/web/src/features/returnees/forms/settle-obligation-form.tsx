import { useMutation } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { SettleObligationDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConflictDialog } from './conflict-dialog';
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
  const requiredCheck = useRequiredCheck();
  const { errors, reset, invalid, submitting, submit, conflict, closeConflict } = useMutationForm({
    fields: FIELDS,
    ns: JUDGMENTS_NS,
    fieldFor: { obligationId: 'settledOn' },
    conflictDialog: true,
  });
  const [settle] = useMutation(SettleObligationDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: true,
  });
  const [settledOn, setSettledOn] = useState<string | null>(todayInVietnam());

  async function save() {
    if (!settledOn) return invalid(requiredCheck({ settledOn }));
    await submit(() => settle({ variables: { input: { obligationId, settledOn } } }), onSaved);
  }

  return (
    <FormShell
      label={t('obligation.settleTitle')}
      testId="settle-obligation-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('obligation.settleSubmit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField
        label={t('obligation.settledOn')}
        value={settledOn}
        onChange={(value) => {
          setSettledOn(value);
          reset();
        }}
        required
        error={errors.fields.settledOn || undefined}
        popoverProps={{ withinPortal: false }}
      />
      <ConflictDialog reason={conflict} onClose={closeConflict} />
    </FormShell>
  );
}
