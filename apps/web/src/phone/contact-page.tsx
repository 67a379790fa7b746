import { CONTACT_CHANNEL_LABELS, ContactChannel, todayInVietnam } from '@hoanhap/shared';
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

/** Record a contact: saved on the device first, sent now if the network is there, later if not. */
export default function ContactPage() {
  const { id = '' } = useParams();
  const { t, lang } = useTexts();
  const navigate = useNavigate();
  const { online, sync } = useSync();
  const state = usePerson(id);
  const [contactedOn, setContactedOn] = useState(todayInVietnam());
  const [channel, setChannel] = useState<ContactChannel>(ContactChannel.HOME_VISIT);
  const [notes, setNotes] = useState('');
  const [nextAction, setNextAction] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await enqueue(phoneStore(), id, {
      kind: 'recordContact',
      input: { returneeId: id, contactedOn, channel, notes: notes || null, nextAction: nextAction || null },
    });
    navigate(`/people/${id}`);
    if (online) void sync();
  }

  if (state.status !== 'ready') return <PersonUnavailable state={state} />;
  return (
    <main className={s.page}>
      <BackBar to={`/people/${id}`} />
      <h1 className={s.title}>{t('contact.title')}</h1>
      <p className={s.muted}>{state.person.fullName}</p>
      <form onSubmit={onSubmit} className={s.form}>
        <label className={s.field}>
          {t('contact.date')}
          <input
            className={s.input}
            type="date"
            required
            max={todayInVietnam()}
            value={contactedOn}
            onChange={(e) => setContactedOn(e.target.value)}
          />
        </label>
        <fieldset className={s.field}>
          <legend>{t('contact.channel')}</legend>
          {Object.values(ContactChannel).map((value) => (
            <label key={value} className={s.choice}>
              <input type="radio" name="channel" checked={channel === value} onChange={() => setChannel(value)} />
              {CONTACT_CHANNEL_LABELS[value][lang]}
            </label>
          ))}
        </fieldset>
        <label className={s.field}>
          {t('contact.notes')}
          <textarea
            className={s.input}
            rows={4}
            maxLength={5000}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </label>
        <label className={s.field}>
          {t('contact.nextAction')}
          <input
            className={s.input}
            maxLength={1000}
            value={nextAction}
            onChange={(e) => setNextAction(e.target.value)}
          />
        </label>
        <button type="submit" className={s.primary}>
          {t('contact.save')}
        </button>
      </form>
    </main>
  );
}
