import type { Label } from '@hoanhap/shared';
import { useCallback } from 'react';
import { useLang } from '../i18n/use-lang';

/**
 * The label of an API enum value in the current language. The generated types are string unions,
 * the shared label maps are keyed by the shared enums with the same values, hence the loose key.
 */
export function useEnumLabel() {
  const lang = useLang();
  return useCallback(
    (labels: Readonly<Record<string, Label>>, value: string | null | undefined): string =>
      value == null ? '—' : (labels[value]?.[lang] ?? value),
    [lang],
  );
}
