import { useCurrentUser } from '../auth/current-user';
import { useRegistrableUnits } from '../pickers/use-registrable-units';

/**
 * The units an import may bring people into: the user's own unit first (always in their scope, the
 * default, as for a person registered by hand), then the wards and communes below it that still exist.
 */
export function useImportUnits() {
  const me = useCurrentUser();
  const { units, error } = useRegistrableUnits();
  const options = [
    { code: me.unit.code, name: me.unit.name },
    ...units.filter((u) => u.code !== me.unit.code).map((u) => ({ code: u.code, name: u.name })),
  ];
  return { options, defaultCode: me.unit.code, error };
}
