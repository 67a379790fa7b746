import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiErrorInfo, apiErrorInfo } from '../../apollo/error-code';
import {
  type FormErrorOptions,
  type FormErrors,
  NO_ERRORS,
  useFormErrorsFromApi,
  useReasonMessage,
} from './form-errors';

export interface MutationFormOptions extends FormErrorOptions {
  /**
   * A CONFLICT (someone changed the record while the form was open) opens the form's conflict
   * dialog instead of a message: `conflict` holds its reason until `closeConflict`.
   */
  conflictDialog?: boolean;
}

/** How a send ended: its result, or what the API refused (already shown by the form). */
export type SubmitOutcome<T> = { ok: true; result: T } | { ok: false; error: ApiErrorInfo };

/**
 * What every form that sends a mutation keeps: whether it is sending, the errors at its fields and
 * for the whole form (from the API's reason codes), a conflict to explain, and `submit`, which
 * sends once at a time, clears the errors and calls `onSuccess`, or shows what the API said.
 */
export function useMutationForm(options: MutationFormOptions = {}) {
  const { t } = useTranslation();
  const reason = useReasonMessage(options.ns);
  const toErrors = useFormErrorsFromApi(options);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // A second press before the first answer is ignored (state lags a render behind).
  const sending = useRef(false);

  /** Marks fields the form found wrong itself, before any round trip. */
  const invalid = (fields: Record<string, string>) => setErrors({ fields, form: t('errors.formHasErrors') });
  /** The field's message (and its rows' or cells', "familyContacts.1.phone") goes once the user changes it. */
  const clear = (name: string) =>
    setErrors((prev) => ({
      ...prev,
      fields: Object.fromEntries(
        Object.entries({ ...prev.fields, [name]: '' }).filter(([key]) => !key.startsWith(`${name}.`)),
      ),
    }));
  const reset = () => setErrors(NO_ERRORS);

  async function submit<T>(
    send: () => Promise<T>,
    onSuccess?: (result: T) => void | Promise<void>,
  ): Promise<SubmitOutcome<T>> {
    if (sending.current) return { ok: false, error: { code: 'UNKNOWN' } };
    sending.current = true;
    setSubmitting(true);
    let result: T;
    try {
      result = await send();
    } catch (error) {
      const info = apiErrorInfo(error);
      if (options.conflictDialog && info.code === 'CONFLICT') setConflict(info.reason ?? 'GENERIC');
      else setErrors(toErrors(error));
      return { ok: false, error: info };
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
    setErrors(NO_ERRORS);
    await onSuccess?.(result);
    return { ok: true, result };
  }

  return {
    errors,
    setErrors,
    invalid,
    clear,
    reset,
    reason,
    submitting,
    submit,
    conflict,
    closeConflict: () => setConflict(null),
    toErrors,
  };
}
