import {
  SUPPORT_STATUS_LABELS,
  SUPPORT_TRANSITIONS,
  SUPPORT_TYPE_LABELS,
  SupportStatus,
  SupportType,
  todayInVietnam,
} from '@hoanhap/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { NotesField, OutboxForm, PastDateField, useSaveChange } from './outbox-form';
import s from './phone.module.css';
import { PersonUnavailable } from './person-unavailable';
import { usePerson } from './use-person';
import { useTexts } from './use-texts';

/** Record a new support, or move one on (with the version read, so a concurrent edit is caught). */
export default function SupportPage() {
  const { id = '', supportId } = useParams();
  const { t, lang } = useTexts();
  const save = useSaveChange(id);
  const state = usePerson(id);
  const person = state.status === 'ready' ? state.person : undefined;
  const support = person?.supports.find((x) => x.id === supportId);
  const [type, setType] = useState<SupportType>(SupportType.COUNSELLING);
  const [date, setDate] = useState(todayInVietnam());
  const [status, setStatus] = useState<SupportStatus | ''>('');
  const [outcome, setOutcome] = useState('');
  const choices = support ? SUPPORT_TRANSITIONS[support.status] : [];
  const chosen = status || choices[0];

  async function onSubmit() {
    // A support that is DONE or DECLINED moves no further (the card offers no update for it).
    if (support && !chosen) return;
    if (support && chosen) {
      return save({
        kind: 'updateSupportStatus',
        input: {
          supportId: support.id,
          status: chosen,
          completedOn: chosen === SupportStatus.DONE ? date : null,
          outcome: outcome || null,
          version: support.version,
        },
      });
    }
    return save({
      kind: 'recordSupport',
      input: { returneeId: id, type, startedOn: date, outcome: outcome || null },
    });
  }

  if (state.status !== 'ready') return <PersonUnavailable state={state} />;
  return (
    <OutboxForm
      personId={id}
      title={support ? t('support.updateTitle') : t('support.newTitle')}
      saveLabel={t('support.save')}
      onSubmit={onSubmit}
    >
      {support ? (
        <fieldset className={s.field}>
          <legend>
            {SUPPORT_TYPE_LABELS[support.type][lang]} · {t('support.status')}
          </legend>
          {choices.map((value) => (
            <label key={value} className={s.choice}>
              <input type="radio" name="status" checked={chosen === value} onChange={() => setStatus(value)} />
              {SUPPORT_STATUS_LABELS[value][lang]}
            </label>
          ))}
        </fieldset>
      ) : (
        <label className={s.field}>
          {t('support.type')}
          <select className={s.input} value={type} onChange={(e) => setType(e.target.value as SupportType)}>
            {Object.values(SupportType).map((value) => (
              <option key={value} value={value}>
                {SUPPORT_TYPE_LABELS[value][lang]}
              </option>
            ))}
          </select>
        </label>
      )}
      {(!support || chosen === SupportStatus.DONE) && (
        <PastDateField
          label={support ? t('support.completedOn') : t('support.startedOn')}
          value={date}
          onChange={setDate}
        />
      )}
      <NotesField label={t('support.outcome')} rows={3} maxLength={2000} value={outcome} onChange={setOutcome} />
    </OutboxForm>
  );
}
