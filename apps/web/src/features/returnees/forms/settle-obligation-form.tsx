import { todayInVietnam } from '@hoanhap/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInputField } from '../../../components/forms/date-input-field';
import { SettleObligationDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { type CaseFormProps, FormShell } from './form-shell';
import { useJudgmentForm } from './use-case-form';

// "obligationId" carries ALREADY_SETTLED: shown on the date, the only field of the form.
const FIELDS = ['settledOn', 'obligationId'] as const;

/** Marks an unsettled obligation as settled; the forecast is recomputed once none is left. */
export function SettleObligationForm({ obligationId, onSaved, onCancel }: CaseFormProps & { obligationId: string }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const {
    form,
    mutate: settle,
    requiredCheck,
  } = useJudgmentForm(SettleObligationDocument, {
    fields: FIELDS,
    fieldFor: { obligationId: 'settledOn' },
  });
  const [settledOn, setSettledOn] = useState<string | null>(todayInVietnam());

  async function save() {
    if (!settledOn) return form.invalid(requiredCheck({ settledOn }));
    await form.submit(() => settle({ variables: { input: { obligationId, settledOn } } }), onSaved);
  }

  return (
    <FormShell
      label={t('obligation.settleTitle')}
      testId="settle-obligation-form"
      form={form}
      submitLabel={t('obligation.settleSubmit')}
      onSubmit={save}
      onCancel={onCancel}
      conflictDialog
    >
      {/* Any change drops every message, the form's too: the date is all there is to correct. */}
      <DateInputField
        form={{ errors: form.errors, clear: form.reset }}
        name="settledOn"
        label={t('obligation.settledOn')}
        value={settledOn}
        onChange={setSettledOn}
        required
      />
    </FormShell>
  );
}
