import {
  SUPPORT_STATUS_LABELS,
  SUPPORT_TRANSITIONS,
  SUPPORT_TYPE_LABELS,
  SupportStatus,
  SupportType,
  todayInVietnam,
} from '@hoanhap/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import s from './phone.module.css';
import { PersonUnavailable } from './person-unavailable';
import { phoneStore } from './store';
import { useSync } from './sync-context';
import { enqueue } from './sync';
import { usePerson } from './use-person';
import { useTexts } from './use-texts';
import { BackBar } from './back-bar';

/** Record a new support, or move one on (with the version read, so a concurrent edit is caught). */
export default function SupportPage() {
  const { id = '', supportId } = useParams();
  const { t, lang } = useTexts();
  const navigate = useNavigate();
  const { online, sync } = useSync();
  const state = usePerson(id);
  const person = state.status === 'ready' ? state.person : undefined;
  const support = person?.supports.find((x) => x.id === supportId);
  const [type, setType] = useState<SupportType>(SupportType.COUNSELLING);
  const [date, setDate] = useState(todayInVietnam());
  const [status, setStatus] = useState<SupportStatus | ''>('');
  const [outcome, setOutcome] = useState('');
  const choices = support ? SUPPORT_TRANSITIONS[support.status] : [];
  const chosen = status || choices[0];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (support && chosen) {
      await enqueue(phoneStore(), id, {
        kind: 'updateSupportStatus',
        input: {
          supportId: support.id,
          status: chosen,
          completedOn: chosen === SupportStatus.DONE ? date : null,
          outcome: outcome || null,
          version: support.version,
        },
      });
    } else {
      await enqueue(phoneStore(), id, {
        kind: 'recordSupport',
        input: { returneeId: id, type, startedOn: date, outcome: outcome || null },
      });
    }
    navigate(`/people/${id}`);
    if (online) void sync();
  }

  if (state.status !== 'ready') return <PersonUnavailable state={state} />;
  return (
    <main className={s.page}>
      <BackBar to={`/people/${id}`} />
      <h1 className={s.title}>{support ? t('support.updateTitle') : t('support.newTitle')}</h1>
      <form onSubmit={onSubmit} className={s.form}>
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
          <label className={s.field}>
            {support ? t('support.completedOn') : t('support.startedOn')}
            <input
              className={s.input}
              type="date"
              required
              max={todayInVietnam()}
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </label>
        )}
        <label className={s.field}>
          {t('support.outcome')}
          <textarea
            className={s.input}
            rows={3}
            maxLength={2000}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
        </label>
        <button type="submit" className={s.primary}>
          {t('support.save')}
        </button>
      </form>
    </main>
  );
}
