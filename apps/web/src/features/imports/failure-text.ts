import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORTS_NS } from '../../i18n/imports';

/** The `failureReason` codes a failed import job carries (docs/api.md, "Imports"). */
const FAILURE_CODES = [
  'TOO_MANY_ROWS',
  'DAMAGED',
  'NOT_XLSX',
  'NO_HEADER',
  'NOT_A_SPREADSHEET',
  'FORBIDDEN',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
] as const;
type FailureCode = (typeof FAILURE_CODES)[number];

const isFailureCode = (code: string): code is FailureCode => (FAILURE_CODES as readonly string[]).includes(code);

/** Why a job failed, said to the user; a code this app does not know yet is still named. */
export function useFailureText() {
  const { t } = useTranslation(IMPORTS_NS);
  return useCallback(
    (code: string | null | undefined): string =>
      code && isFailureCode(code) ? t(`job.failure.${code}`) : t('job.failure.OTHER', { code: code ?? '—' }),
    [t],
  );
}
