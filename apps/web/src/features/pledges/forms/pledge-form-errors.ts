import { Role } from '@hoanhap/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../apollo/error-code';
import { useNamespaceFormErrors } from '../../../components/namespace-form-errors';
import { useApiErrorMessage } from '../../../i18n/use-api-error-message';

/** The roles the API lets sign pledges, add targets and record reviews (COMMITTEE_WRITERS). */
export const PLEDGE_WRITERS: readonly Role[] = [Role.OFFICER, Role.COMMITTEE];

/** Errors keyed by the input path without "input." ("kind", "manualActuals.2.actual"). */
export interface PledgeFormErrors {
  fields: Record<string, string>;
  form?: string;
}

export const NO_PLEDGE_ERRORS: PledgeFormErrors = { fields: {} };

/**
 * Pledge forms have rows (targets, signatories), so the API's field path is kept whole: the row it
 * names shows the reason. A CONFLICT naming a field (a review already recorded) goes there too.
 */
export function usePledgeFormErrors() {
  const { t } = useTranslation();
  const { reason } = useNamespaceFormErrors('ops', []);
  const apiMessage = useApiErrorMessage();
  const fromApi = useCallback(
    (error: unknown): PledgeFormErrors => {
      const info = apiErrorInfo(error);
      if ((info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT') && info.field && info.reason) {
        const path = info.field.replace(/^input\./, '');
        return { fields: { [path]: reason(info.reason) }, form: t('errors.formHasErrors') };
      }
      return { fields: {}, form: apiMessage(error) };
    },
    [reason, apiMessage, t],
  );
  return { fromApi, reason };
}

/** A decimal typed the Vietnamese way ("12,5") or plainly; null when empty, NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const normal = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}
