import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** The current answer of an IndexedDB query, kept up to date as the store changes. */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  const key = JSON.stringify(deps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the query reads (`deps`).
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue });
    return () => subscription.unsubscribe();
  }, [key]);
  return value;
}
