import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { ImportRequestError } from './import-requests';

/**
 * An upload's refusal in the current language: the API words each one as "<Vietnamese> / <English>",
 * so its own half is shown as is; without words (no connection), the app's text for the code.
 */
export function useImportErrorMessage() {
  const { t } = useTranslation();
  const lang = useLang();
  return useCallback(
    (error: unknown): string => {
      const words = error instanceof ImportRequestError ? apiWords(error.apiMessage, lang) : null;
      if (words) return words;
      const code = error instanceof ImportRequestError ? error.code : 'UNKNOWN';
      return code === 'NETWORK'
        ? t('errors.NETWORK')
        : code === 'FORBIDDEN'
          ? t('errors.FORBIDDEN')
          : t('errors.UNKNOWN');
    },
    [t, lang],
  );
}

/** The half of "<Vietnamese> / <English>" for `lang` (the whole message when it has no English half). */
export function apiWords(message: string, lang: 'vi' | 'en'): string {
  const [vi, ...rest] = message.split(' / ');
  const en = rest.join(' / ');
  return (lang === 'en' && en ? en : (vi ?? '')).trim();
}
