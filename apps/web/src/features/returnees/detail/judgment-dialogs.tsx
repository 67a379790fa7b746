import { Alert, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConvictionForm } from '../forms/conviction-form';
import { ObligationForm } from '../forms/obligation-form';
import { SettleObligationForm } from '../forms/settle-obligation-form';
import { SupplementaryPenaltyForm } from '../forms/supplementary-penalty-form';

/** Which judgment form is open, and on what. */
export type JudgmentDialog =
  | { form: 'conviction' }
  | { form: 'penalty'; convictionId: string }
  | { form: 'obligation'; convictionId: string }
  | { form: 'settle'; obligationId: string };

const TITLE = {
  conviction: 'conviction.add',
  penalty: 'penalty.add',
  obligation: 'obligation.add',
  settle: 'obligation.settleTitle',
} as const;

const SAVED = {
  conviction: 'conviction.saved',
  penalty: 'penalty.saved',
  obligation: 'obligation.saved',
  settle: 'obligation.settled',
} as const;

/**
 * The officer's judgment forms, one at a time in a dialog. Saving closes it and says what was
 * recorded; the file has been read again by then, so the tab and the header show the new data.
 */
export function useJudgmentDialogs(returneeId: string) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const [open, setOpen] = useState<JudgmentDialog | null>(null);
  const [saved, setSaved] = useState<JudgmentDialog['form'] | null>(null);
  const close = () => setOpen(null);
  const done = () => {
    if (open) setSaved(open.form);
    setOpen(null);
  };
  const show = (dialog: JudgmentDialog) => {
    setSaved(null);
    setOpen(dialog);
  };

  let form = null;
  if (open?.form === 'conviction') form = <ConvictionForm returneeId={returneeId} onSaved={done} onCancel={close} />;
  if (open?.form === 'penalty')
    form = <SupplementaryPenaltyForm convictionId={open.convictionId} onSaved={done} onCancel={close} />;
  if (open?.form === 'obligation')
    form = <ObligationForm convictionId={open.convictionId} onSaved={done} onCancel={close} />;
  if (open?.form === 'settle')
    form = <SettleObligationForm obligationId={open.obligationId} onSaved={done} onCancel={close} />;

  const elements = (
    <>
      {saved && (
        <Alert color="green" variant="light" role="status" data-testid="judgment-saved">
          {t(SAVED[saved])}
        </Alert>
      )}
      <Modal
        opened={open !== null}
        onClose={close}
        title={open ? t(TITLE[open.form]) : ''}
        size={open?.form === 'conviction' ? 'lg' : 'md'}
      >
        {form}
      </Modal>
    </>
  );
  return { show, elements };
}
