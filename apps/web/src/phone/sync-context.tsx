import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { phoneStore } from './store';
import { expireStale, type SyncOutcome, syncNow } from './sync';

interface SyncState {
  online: boolean;
  syncing: boolean;
  sync: () => Promise<void>;
}

const SyncContext = createContext<SyncState>({ online: true, syncing: false, sync: async () => {} });
export const useSync = () => useContext(SyncContext);

/**
 * Where a device whose session ended goes: the sign-in page, then back to the phone page it was on
 * (an officer who opened a person's card from a link lands on that card again).
 */
export function phoneLogin(): string {
  const { pathname, search } = window.location;
  const next = pathname.startsWith('/m') ? pathname + search : '/m/';
  return `/login?${new URLSearchParams({ next }).toString()}`;
}

/**
 * Syncs on start and whenever the network comes back; an ended session (the officer revoked it
 * for a lost phone, say) has already wiped the store when this sends the user to sign in.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const [online, setOnline] = useState(() => navigator.onLine);
  const [syncing, setSyncing] = useState(false);

  const sync = useCallback(async () => {
    setSyncing(true);
    let outcome: SyncOutcome = 'offline';
    try {
      outcome = await syncNow(phoneStore());
    } finally {
      setSyncing(false);
    }
    if (outcome === 'signed-out') window.location.assign(phoneLogin());
  }, []);

  useEffect(() => {
    void expireStale(phoneStore()).then(() => sync());
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [sync]);

  return <SyncContext.Provider value={{ online, syncing, sync }}>{children}</SyncContext.Provider>;
}
