import { GENERIC_REASONS, type Label, type Lang } from '@hoanhap/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiErrorInfo, apiErrorInfo } from '../../apollo/error-code';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';

/** A form's errors: one message per input name (or row path), and one for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

/** Lazily loaded namespaces that word some reasons for their own screens (`<ns>:reasons.<CODE>`). */
export type ReasonNamespace = 'admin' | 'employers' | 'model' | 'pledges' | 'casework' | 'judgments';

/** How a refusal of the API becomes form errors; every option is optional. */
export interface FormErrorOptions {
  /**
   * The inputs the form shows (top-level names, "input." left off). A refusal on another input is
   * said for the whole form. Left out, any path with a reason goes to its field (forms with rows).
   */
  fields?: readonly string[];
  /** Reasons worded by this namespace first, then by the shared `errors.reasons.*`. */
  ns?: ReasonNamespace;
  /**
   * How a nested path ("input.familyContacts.1.phone") is keyed: `top` ("familyContacts"),
   * `whole` ("familyContacts.1.phone", for forms with rows) or `both` (a list marks the row).
   */
  paths?: 'top' | 'whole' | 'both';
  /** An input the API blames that the form shows elsewhere: at another field, or (null) for the form. */
  fieldFor?: Readonly<Record<string, string | null>>;
  /** A NOT_FOUND that means what was typed matches nothing (a unit code): the field and its reason. */
  notFound?: { field: string; reason: string };
  /** A CONFLICT naming a field goes to that field (a review already recorded), not to the form. */
  conflictAtField?: boolean;
  /** The form's own reading of a refusal, tried first; undefined leaves it to the rules above. */
  map?: (info: ApiErrorInfo, error: unknown) => FormErrors | undefined;
}

/**
 * The API's own wording of a reason (the catalogue in `@hoanhap/shared`), as a form shows it:
 * without the closing full stop. Only the generic wordings are read, so the rest stays out of the bundle.
 */
function apiWording(reason: string, lang: Lang): string | undefined {
  if (!Object.hasOwn(GENERIC_REASONS, reason)) return undefined;
  return (GENERIC_REASONS as Record<string, Label>)[reason]?.[lang].replace(/\.$/, '');
}

/**
 * The message of a rule the API (or the form itself) reports as a reason code, in the current
 * language: the namespace's wording when it has one, else the web app's shared one (where it words
 * a reason its own way), else the API's, else a generic one.
 */
export function useReasonMessage(ns?: ReasonNamespace) {
  const { t, i18n } = useTranslation();
  return useCallback(
    (reason: string | undefined): string => {
      // Keys are typed; a code the API adds later is checked at runtime and falls back.
      const translate = i18n.t as unknown as (key: string) => string;
      if (ns && reason && i18n.exists(`${ns}:reasons.${reason}`)) return translate(`${ns}:reasons.${reason}`);
      const key = `errors.reasons.${reason ?? 'GENERIC'}`;
      if (i18n.exists(key)) return t(key as 'errors.reasons.GENERIC');
      const api = reason ? apiWording(reason, i18n.language === 'en' ? 'en' : 'vi') : undefined;
      return api ?? t('errors.reasons.GENERIC');
    },
    [ns, t, i18n],
  );
}

/** "input.targets.2.actual" → "targets.2.actual" (whole) or "targets" (top); a bare name stays. */
function pathOf(field: string, whole: boolean): string {
  if (whole) return field.replace(/^input\./, '');
  return field.split('.').slice(1).join('.') || field;
}

/**
 * Turns a failed mutation into form errors: a BAD_USER_INPUT on an input the form shows goes next
 * to that field with its reason, and the form says to fix the marked fields; anything else is a
 * message for the whole form, from the error code.
 */
export function useFormErrorsFromApi(options: FormErrorOptions = {}) {
  const { fields, ns, paths = 'top', fieldFor, notFound, conflictAtField, map } = options;
  const { t } = useTranslation();
  const reason = useReasonMessage(ns);
  const apiMessage = useApiErrorMessage();
  return (error: unknown): FormErrors => {
    const info = apiErrorInfo(error);
    const own = map?.(info, error);
    if (own) return own;
    const formHasErrors = t('errors.formHasErrors');
    if (info.code === 'NOT_FOUND' && notFound) {
      return { fields: { [notFound.field]: reason(notFound.reason) }, form: formHasErrors };
    }
    const atField = info.code === 'BAD_USER_INPUT' || (conflictAtField && info.code === 'CONFLICT');
    if (atField && info.field) {
      const path = pathOf(info.field, paths === 'whole');
      const top = path.split('.')[0] ?? path;
      const shown = fields ? fields.includes(top) : Boolean(info.reason);
      if (shown) {
        const message = reason(info.reason);
        const moved = fieldFor?.[top];
        if (moved === null) return { fields: {}, form: message };
        if (moved) return { fields: { [moved]: message }, form: formHasErrors };
        if (paths === 'both') return { fields: { [top]: message, [path]: message }, form: formHasErrors };
        return { fields: { [paths === 'whole' ? path : top]: message }, form: formHasErrors };
      }
    }
    return { fields: {}, form: apiMessage(error) };
  };
}
