import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useCurrentUser } from '../auth/current-user';

/** Users above ward level pick the unit they are looking at; everyone else looks at their own. */
const SWITCHING_LEVELS: readonly string[] = ['PROVINCE', 'DISTRICT'];

interface ActiveUnit {
  /** Whether the user may pick a unit (city and district users). */
  canSwitch: boolean;
  /** The picked unit's code, or null for the user's own unit (the API's default). */
  unitCode: string | null;
  setUnitCode: (code: string | null) => void;
}

const ActiveUnitContext = createContext<ActiveUnit>({ canSwitch: false, unitCode: null, setUnitCode: () => {} });

const storageKey = (userId: string) => `hoanhap.activeUnit.${userId}`;

function readStored(userId: string): string | null {
  try {
    return localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

/**
 * Holds the unit a city or district user is looking at, per user and kept across visits. The API
 * still decides: a code outside the user's scope answers NOT_FOUND, and the switcher only offers
 * units from the `units` query.
 */
export function ActiveUnitProvider({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const canSwitch = SWITCHING_LEVELS.includes(user.unit.level);
  const [unitCode, setState] = useState<string | null>(() => (canSwitch ? readStored(user.id) : null));

  const setUnitCode = useCallback(
    (code: string | null) => {
      const next = code === user.unit.code ? null : code;
      setState(next);
      try {
        if (next) localStorage.setItem(storageKey(user.id), next);
        else localStorage.removeItem(storageKey(user.id));
      } catch {
        // Private browsing: the choice lasts for this visit only.
      }
    },
    [user.id, user.unit.code],
  );

  const value = useMemo(
    () => ({ canSwitch, unitCode: canSwitch ? unitCode : null, setUnitCode }),
    [canSwitch, unitCode, setUnitCode],
  );
  return <ActiveUnitContext.Provider value={value}>{children}</ActiveUnitContext.Provider>;
}

/** The unit the pages show: pass `unitCode` to queries that take one (null means the user's own). */
export function useActiveUnit(): ActiveUnit {
  return useContext(ActiveUnitContext);
}

/** `{ unitCode }` when a unit is picked, nothing otherwise: requests stay as they were for ward users. */
export function unitVariable(unitCode: string | null): { unitCode?: string } {
  return unitCode ? { unitCode } : {};
}
