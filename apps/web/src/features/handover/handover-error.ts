import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';
import { useLang } from '../../i18n/use-lang';
import { apiWords } from '../imports/import-error';
import { CasePackageRequestError } from './case-package-requests';

/** The API's own words for a refusal ("<Vietnamese> / <English>"), in `lang`; none for a lost connection. */
export function apiWordsOf(error: unknown, lang: 'vi' | 'en'): string | undefined {
  const message =
    error instanceof CasePackageRequestError
      ? error.apiMessage
      : CombinedGraphQLErrors.is(error)
        ? error.errors[0]?.message
        : undefined;
  return message ? apiWords(message, lang) || undefined : undefined;
}

/**
 * A hand-over refusal in the user's language. The reasons (a tampered, unsigned, wrongly addressed
 * or replayed package…) are the API's catalogue, so its words are shown as they are; without words
 * (no connection), the app's text for the code.
 */
export function useHandoverErrorMessage() {
  const { t } = useTranslation();
  const lang = useLang();
  const generic = useApiErrorMessage();
  return useCallback(
    (error: unknown): string => {
      const words = apiWordsOf(error, lang);
      if (words) return words;
      if (error instanceof CasePackageRequestError) {
        return error.code === 'NETWORK' ? t('errors.NETWORK') : t('errors.UNKNOWN');
      }
      return generic(error);
    },
    [t, lang, generic],
  );
}

/**
 * `useMutationForm` for the hand-over's forms: a refusal is said in the API's words, next to the
 * field it names when the form shows it, else for the whole form.
 */
export function useHandoverForm(fields: readonly string[]) {
  const { t } = useTranslation();
  const lang = useLang();
  return useMutationForm({
    fields,
    map: (info, error) => {
      const words = apiWordsOf(error, lang);
      if (!words) return undefined;
      const top = info.field?.replace(/^input\./, '').split('.')[0];
      if (info.code === 'BAD_USER_INPUT' && top && fields.includes(top)) {
        return { fields: { [top]: words }, form: t('errors.formHasErrors') };
      }
      return { fields: {}, form: words };
    },
  });
}
