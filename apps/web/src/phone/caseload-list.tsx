import { normalizeName } from '@hoanhap/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import s from './phone.module.css';
import { phoneStore } from './store';
import { useLive } from './use-live';
import { useTexts } from './use-texts';

/** A helper's people, from the device (works offline), searched by name without diacritics. */
export function CaseloadList({ synced }: { synced: boolean }) {
  const { t } = useTexts();
  const [search, setSearch] = useState('');
  const people = useLive(() => phoneStore().people.toArray(), []);

  const wanted = normalizeName(search);
  const shown = (people ?? [])
    .filter((p) => !wanted || normalizeName(p.fullName).includes(wanted))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));

  return (
    <>
      <input
        className={s.input}
        type="search"
        aria-label={t('home.search')}
        placeholder={t('home.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {people?.length === 0 && <p className={s.muted}>{synced ? t('home.empty') : t('home.noData')}</p>}
      <ul className={s.list}>
        {shown.map((p) => {
          const days = p.helpers[0]?.daysSinceLastContact;
          return (
            <li key={p.id}>
              <Link to={`/people/${p.id}`} className={s.card}>
                <strong>{p.fullName}</strong>
                <span className={s.muted}>
                  {days == null ? t('home.neverContacted') : t('home.daysSinceContact', { days })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
