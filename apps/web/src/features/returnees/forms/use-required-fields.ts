import { useReasonMessage } from '../../../components/forms/form-errors';

/**
 * The fields left empty, each with the "required" message: checked before sending, so an obviously
 * incomplete form does not make a round trip. Everything else is the API's call.
 */
export function useRequiredCheck() {
  const reasonMessage = useReasonMessage();
  return (values: Record<string, unknown>): Record<string, string> => {
    const missing: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) {
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
        missing[name] = reasonMessage('REQUIRED');
      }
    }
    return missing;
  };
}

/** An integer typed in a number field, or null when empty. */
export function toInt(value: number | string): number | null {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}
