import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../apollo/error-code';
import { useApiErrorMessage } from '../i18n/use-api-error-message';

/** A form's errors: one message per input name, and one for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

/**
 * The message of a rule the API (or the form itself) reports as a reason code, in the current
 * language; codes without a message of their own get a generic one.
 */
export function useReasonMessage() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (reason: string | undefined): string => {
      const key = `errors.reasons.${reason ?? 'GENERIC'}`;
      // Keys are typed; a code the API adds later is checked at runtime and falls back.
      return i18n.exists(key) ? t(key as 'errors.reasons.GENERIC') : t('errors.reasons.GENERIC');
    },
    [t, i18n],
  );
}

/**
 * Turns a failed mutation into form errors: a BAD_USER_INPUT on a field this form shows goes next
 * to that field ("input.contactedOn" → "contactedOn"); anything else is a message for the form.
 */
export function useFormErrorsFromApi(fieldNames: readonly string[]) {
  const reasonMessage = useReasonMessage();
  const apiMessage = useApiErrorMessage();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): FormErrors => {
      const info = apiErrorInfo(error);
      if (info.code === 'BAD_USER_INPUT' && info.field) {
        const name = info.field.split('.').slice(1).join('.') || info.field;
        const top = name.split('.')[0] ?? name;
        if (fieldNames.includes(top)) {
          return { fields: { [top]: reasonMessage(info.reason) }, form: t('errors.formHasErrors') };
        }
      }
      return { fields: {}, form: apiMessage(error) };
    },
    [fieldNames, reasonMessage, apiMessage, t],
  );
}
