import { CONTACT_CHANNEL_LABELS, ContactChannel, todayInVietnam } from '@hoanhap/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { NotesField, OutboxForm, PastDateField, useSaveChange } from './outbox-form';
import s from './phone.module.css';
import { PersonUnavailable } from './person-unavailable';
import { usePerson } from './use-person';
import { useTexts } from './use-texts';

/** Record a contact: saved on the device first, sent now if the network is there, later if not. */
export default function ContactPage() {
  const { id = '' } = useParams();
  const { t, lang } = useTexts();
  const save = useSaveChange(id);
  const state = usePerson(id);
  const [contactedOn, setContactedOn] = useState(todayInVietnam());
  const [channel, setChannel] = useState<ContactChannel>(ContactChannel.HOME_VISIT);
  const [notes, setNotes] = useState('');
  const [nextAction, setNextAction] = useState('');

  if (state.status !== 'ready') return <PersonUnavailable state={state} />;
  return (
    <OutboxForm
      personId={id}
      title={t('contact.title')}
      subtitle={state.person.fullName}
      saveLabel={t('contact.save')}
      onSubmit={() =>
        save({
          kind: 'recordContact',
          input: { returneeId: id, contactedOn, channel, notes: notes || null, nextAction: nextAction || null },
        })
      }
    >
      <PastDateField label={t('contact.date')} value={contactedOn} onChange={setContactedOn} />
      <fieldset className={s.field}>
        <legend>{t('contact.channel')}</legend>
        {Object.values(ContactChannel).map((value) => (
          <label key={value} className={s.choice}>
            <input type="radio" name="channel" checked={channel === value} onChange={() => setChannel(value)} />
            {CONTACT_CHANNEL_LABELS[value][lang]}
          </label>
        ))}
      </fieldset>
      <NotesField label={t('contact.notes')} rows={4} maxLength={5000} value={notes} onChange={setNotes} />
      <label className={s.field}>
        {t('contact.nextAction')}
        <input
          className={s.input}
          maxLength={1000}
          value={nextAction}
          onChange={(e) => setNextAction(e.target.value)}
        />
      </label>
    </OutboxForm>
  );
}
