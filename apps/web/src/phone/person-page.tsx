import { CONTACT_CHANNEL_LABELS, formatDateVi, SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS } from '@hoanhap/shared';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PhoneContactsQuery } from '../gql/graphql';
import { request } from './api';
import CONTACTS from './graphql/contacts.graphql?raw';
import s from './phone.module.css';
import { PersonUnavailable } from './person-unavailable';
import { phoneStore } from './store';
import { useSync } from './sync-context';
import { useLive } from './use-live';
import { usePerson } from './use-person';
import { useTexts } from './use-texts';
import { BackBar } from './back-bar';

type SentContact = NonNullable<PhoneContactsQuery['returnee']>['contacts'][number];

/**
 * A person's card: details, the contacts timeline (sent ones need the network), support. The
 * person comes from the device (a helper's caseload) or, online, from the API (usePerson).
 */
export default function PersonPage() {
  const { id = '' } = useParams();
  const { t, lang } = useTexts();
  const { online, syncing } = useSync();
  const store = phoneStore();
  const state = usePerson(id);
  const queued = useLive(() => store.outbox.filter((e) => e.returneeId === id).toArray(), [id]) ?? [];
  const [sent, setSent] = useState<SentContact[] | null>(null);

  // Read again after each sync, so contacts just sent from the outbox appear (once) on the timeline.
  useEffect(() => {
    if (!online || syncing) return;
    request<PhoneContactsQuery>(CONTACTS, { id })
      .then((data) => setSent(data.returnee?.contacts ?? []))
      .catch(() => setSent(null));
  }, [id, online, syncing]);

  if (state.status !== 'ready') return <PersonUnavailable state={state} />;
  const { person } = state;
  const queuedContacts = queued.filter((e) => e.change.kind === 'recordContact');

  return (
    <main className={s.page}>
      <BackBar />
      <h1 className={s.title}>{person.fullName}</h1>
      <p className={s.muted}>
        {person.dateOfBirth && t('person.born', { date: formatDateVi(person.dateOfBirth) })}
        {person.returnedOn && <> · {t('person.returned', { date: formatDateVi(person.returnedOn) })}</>}
      </p>
      {person.residentialGroup && <p>{t('person.group', { group: person.residentialGroup })}</p>}
      {person.currentAddress && <p>{t('person.address', { address: person.currentAddress })}</p>}
      <div className={s.actions}>
        <Link to={`/people/${id}/contact`} className={s.primary}>
          {t('person.recordContact')}
        </Link>
        <Link to={`/people/${id}/support`} className={s.secondary}>
          {t('person.recordSupport')}
        </Link>
      </div>

      <h2 className={s.subtitle}>{t('person.timeline')}</h2>
      <ul className={s.list} data-testid="timeline">
        {queuedContacts.map((e) =>
          e.change.kind === 'recordContact' ? (
            <li key={e.key} className={s.card} data-testid="timeline-contact">
              <span>
                {formatDateVi(e.change.input.contactedOn)} · {CONTACT_CHANNEL_LABELS[e.change.input.channel][lang]}
              </span>
              <span className={s.badge}>{t('person.notSent')}</span>
            </li>
          ) : null,
        )}
        {(sent ?? []).map((c) => (
          <li key={c.id} className={s.card} data-testid="timeline-contact">
            <span>
              {formatDateVi(c.contactedOn)} · {CONTACT_CHANNEL_LABELS[c.channel][lang]}
            </span>
            {c.nextAction && <span className={s.muted}>{c.nextAction}</span>}
          </li>
        ))}
      </ul>
      {sent === null && <p className={s.muted}>{t('person.timelineOffline')}</p>}
      {sent?.length === 0 && queuedContacts.length === 0 && <p className={s.muted}>{t('person.noContacts')}</p>}

      <h2 className={s.subtitle}>{t('person.supports')}</h2>
      {person.supports.length === 0 && <p className={s.muted}>{t('person.noSupports')}</p>}
      <ul className={s.list}>
        {person.supports.map((support) => (
          <li key={support.id} className={s.card}>
            <strong>{SUPPORT_TYPE_LABELS[support.type][lang]}</strong>
            <span className={s.muted}>
              {formatDateVi(support.startedOn)} · {SUPPORT_STATUS_LABELS[support.status][lang]}
            </span>
            {support.outcome && <span>{support.outcome}</span>}
            {(support.status === 'PROPOSED' || support.status === 'IN_PROGRESS') && (
              <Link to={`/people/${id}/support/${support.id}`} className={s.secondary}>
                {t('person.updateSupport')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
