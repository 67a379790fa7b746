import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../apollo/error-code';

/** Turns an Apollo error into a message in the current language, from the API's error code. */
export function useApiErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, fieldLabel?: (field: string) => string | undefined): string => {
      const { code, field } = apiErrorInfo(error);
      if (code === 'BAD_USER_INPUT' && field) {
        // The API names the input path ("input.email"); the last segment is the field.
        const name = field.split('.').pop() ?? field;
        return t('errors.BAD_USER_INPUT_FIELD', { field: fieldLabel?.(name) ?? name });
      }
      return t(`errors.${code}`);
    },
    [t],
  );
}
