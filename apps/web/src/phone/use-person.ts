import { useEffect, useState } from 'react';
import type { PhoneReturneeQuery } from '../gql/graphql';
import { OfflineError, RefusedError, request, SessionEndedError } from './api';
import RETURNEE from './graphql/returnee.graphql?raw';
import { withPersonFragment } from './person-fragment';
import { phoneStore, type StoredPerson } from './store';
import { phoneLogin, useSync } from './sync-context';
import { useLive } from './use-live';

export type PersonState =
  | { status: 'loading' }
  | { status: 'ready'; person: StoredPerson }
  | { status: 'not-found' }
  | { status: 'needs-network' };

/**
 * People read online this page load, by id: held in memory only, never in IndexedDB, so an officer
 * who opened a card can still record a contact on it when the network drops, and nothing of it is
 * left on the device once the page is closed.
 */
const readOnline = new Map<string, StoredPerson>();

/** A person read online this page load (the outbox names people by it). */
export const personReadOnline = (id: string): StoredPerson | undefined => readOnline.get(id);

/** Forgets what was read online (tests; a new page load starts empty anyway). */
export const forgetPeopleReadOnline = () => readOnline.clear();

/**
 * Reads one person from the API. Missing, out of scope or refused all read as not found (out of
 * scope must look like missing); no network, or a session that ended, rethrow.
 */
export async function fetchPerson(id: string): Promise<StoredPerson | null> {
  const { returnee } = await request<PhoneReturneeQuery>(withPersonFragment(RETURNEE), { id }).catch((error) => {
    if (error instanceof RefusedError) return { returnee: null };
    throw error;
  });
  if (returnee) readOnline.set(id, returnee);
  else readOnline.delete(id);
  return returnee;
}

/**
 * The person a card or a form is about: the device's copy when there is one (a helper's caseload),
 * else the person read online (an officer, or a helper opening someone new), read again after each
 * sync so a change just sent shows. Offline with neither: `needs-network`.
 */
export function usePerson(id: string): PersonState {
  const { online, syncing } = useSync();
  const stored = useLive(async () => (await phoneStore().people.get(id)) ?? null, [id]);
  const [fetched, setFetched] = useState<{ id: string; person: StoredPerson | null | 'unreachable' }>();

  useEffect(() => {
    if (stored !== null || !online || syncing) return;
    let current = true;
    fetchPerson(id)
      .then((person) => current && setFetched({ id, person }))
      .catch((error) => {
        if (error instanceof SessionEndedError) window.location.assign(phoneLogin());
        // The network dropped on the way: what is in memory (if anything) still shows.
        else if (error instanceof OfflineError) current && setFetched({ id, person: 'unreachable' });
        else throw error;
      });
    return () => {
      current = false;
    };
  }, [id, stored, online, syncing]);

  if (stored === undefined) return { status: 'loading' };
  if (stored) return { status: 'ready', person: stored };
  const known = readOnline.get(id);
  if (known) return { status: 'ready', person: known };
  const outcome = fetched?.id === id ? fetched.person : undefined;
  if (outcome === null) return { status: 'not-found' };
  return online && outcome !== 'unreachable' ? { status: 'loading' } : { status: 'needs-network' };
}
