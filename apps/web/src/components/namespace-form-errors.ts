import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../apollo/error-code';
import { useApiErrorMessage } from '../i18n/use-api-error-message';
import { type FormErrors, useReasonMessage } from './form-errors';

/**
 * Like `useFormErrorsFromApi`, but a lazily loaded namespace may word a reason for its own screens
 * (`<ns>:reasons.<CODE>`, e.g. NOT_A_WEEKEND for the holiday calendar), so rules only one screen
 * meets stay out of the first load's texts. Other reasons fall back to `errors.reasons.*`.
 */
export function useNamespaceFormErrors(ns: 'admin' | 'employers' | 'ops', fieldNames: readonly string[]) {
  const { t, i18n } = useTranslation();
  const reasonMessage = useReasonMessage();
  const apiMessage = useApiErrorMessage();

  const reason = useCallback(
    (code: string | undefined): string => {
      const key = `${ns}:reasons.${code ?? 'GENERIC'}`;
      // Keys are typed per namespace; a code only known at runtime is checked, else the shared text.
      const translate = i18n.t as unknown as (k: string) => string;
      return code && i18n.exists(key) ? translate(key) : reasonMessage(code);
    },
    [ns, i18n, reasonMessage],
  );

  const fromApi = useCallback(
    (error: unknown): FormErrors => {
      const info = apiErrorInfo(error);
      if (info.code === 'BAD_USER_INPUT' && info.field) {
        const top = info.field.split('.').slice(1)[0] ?? info.field;
        if (fieldNames.includes(top))
          return { fields: { [top]: reason(info.reason) }, form: t('errors.formHasErrors') };
      }
      return { fields: {}, form: apiMessage(error) };
    },
    [fieldNames, reason, apiMessage, t],
  );

  return { fromApi, reason };
}
