import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../apollo/error-code';
import { type FormErrors, useFormErrorsFromApi } from '../../../components/form-errors';
import { CASEWORK_NS } from '../../../i18n/casework';

/**
 * Form errors for the casework forms: like `useFormErrorsFromApi`, and a reason the casework texts
 * explain better (NOT_A_HELPER, PRIMARY_TAKEN, INVALID_INCIDENT…) gets that message. A nested path
 * ("input.familyContacts.1.phone") is also kept whole, so a list can mark the right row.
 */
export function useCaseworkErrors(fieldNames: readonly string[]) {
  const { t, i18n } = useTranslation(CASEWORK_NS);
  const toFormErrors = useFormErrorsFromApi(fieldNames);
  return useCallback(
    (error: unknown): FormErrors => {
      const result = toFormErrors(error);
      const info = apiErrorInfo(error);
      if (info.code !== 'BAD_USER_INPUT' || !info.field) return result;
      const path = info.field.split('.').slice(1).join('.') || info.field;
      const top = path.split('.')[0] ?? path;
      if (!fieldNames.includes(top)) return result;
      const key = `reasons.${info.reason ?? ''}`;
      const message = i18n.exists(key, { ns: CASEWORK_NS })
        ? t(key as 'reasons.NOT_A_HELPER')
        : (result.fields[top] ?? '');
      return { ...result, fields: { [top]: message, [path]: message } };
    },
    [fieldNames, toFormErrors, t, i18n],
  );
}
