import { formatDateVi } from '@hoanhap/shared';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PhoneSearchQuery } from '../gql/graphql';
import { OfflineError, request, SessionEndedError } from './api';
import SEARCH from './graphql/search.graphql?raw';
import s from './phone.module.css';
import { phoneLogin } from './sync-context';
import { useTexts } from './use-texts';

type Found = PhoneSearchQuery['returnees']['edges'][number]['node'];
/** The API's page: a full page means there may be more, so the officer is asked to type more. */
const PAGE = 20;
/** Wait for a pause in typing before asking the API. */
const PAUSE_MS = 300;

/**
 * An officer's people are the whole unit, which the device does not keep: the home searches them
 * online (the desktop list's search, which ignores diacritics) and keeps the answer in memory only.
 */
export function OfficerSearch({ online }: { online: boolean }) {
  const { t } = useTexts();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<{ term: string; people: Found[] | 'unreachable' | 'failed' }>();
  const term = search.trim();

  useEffect(() => {
    if (!term || !online) return;
    let current = true;
    const timer = setTimeout(() => {
      request<PhoneSearchQuery>(SEARCH, { search: term })
        .then((data) => current && setFound({ term, people: data.returnees.edges.map((edge) => edge.node) }))
        .catch((error) => {
          if (error instanceof SessionEndedError) window.location.assign(phoneLogin());
          else if (error instanceof OfflineError) current && setFound({ term, people: 'unreachable' });
          else current && setFound({ term, people: 'failed' });
        });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [term, online]);

  const people = found?.term === term ? found.people : undefined;
  let status: string | null = null;
  if (!online || people === 'unreachable') status = t('officer.searchOffline');
  else if (!term) status = t('officer.hint');
  else if (people === 'failed') status = t('officer.searchFailed');
  else if (people === undefined) status = t('officer.searching');
  else if (people.length === 0) status = t('officer.noMatch', { term });

  return (
    <>
      <input
        className={s.input}
        type="search"
        maxLength={100}
        aria-label={t('officer.search')}
        placeholder={t('officer.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {status && (
        <p className={s.muted} role="status" data-testid="search-status">
          {status}
        </p>
      )}
      {online && Array.isArray(people) && term && (
        <ul className={s.list} data-testid="search-results">
          {people.map((p) => (
            <li key={p.id}>
              <Link to={`/people/${p.id}`} className={s.card}>
                <strong>{p.fullName}</strong>
                <span className={s.muted}>
                  {[p.dateOfBirth && t('officer.born', { date: formatDateVi(p.dateOfBirth) }), p.residentialGroup]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {Array.isArray(people) && people.length === PAGE && <p className={s.muted}>{t('officer.firstResults')}</p>}
    </>
  );
}
