import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../apollo/error-code';
import { type FormErrors, useFormErrorsFromApi } from '../../../components/form-errors';
import { LISTS_NS } from '../../../i18n/lists';

export const ASSIGN_FIELDS = [
  'helperName',
  'helperPhone',
  'helperUserId',
  'organisationId',
  'role',
  'startedOn',
  'returneeIds',
] as const;

const PERSON_REASONS = [
  'NOT_FOUND',
  'CASE_CLOSED',
  'PRIMARY_TAKEN',
  'ALREADY_ASSIGNED',
  'NOT_A_HELPER',
  'ORGANISATION_MISMATCH',
] as const;
type PersonReason = (typeof PERSON_REASONS)[number];

const PERSON_FIELD = /^input\.returneeIds\.(\d+)$/;

/** The field the single assignment would have blamed (`extensions.cause`, e.g. "input.organisationId"). */
function causeField(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const cause = error.errors[0]?.extensions?.cause;
  const name = typeof cause === 'string' ? cause.replace(/^input\./, '') : undefined;
  return ASSIGN_FIELDS.find((field) => field === name);
}

/**
 * A refused bulk assignment as form errors: a person the API blamed (`input.returneeIds.<i>`) is
 * named with the reason; anything else goes next to its field like any form.
 */
export function useAssignErrors(people: readonly { id: string; fullName: string }[]) {
  const { t } = useTranslation(LISTS_NS);
  const toFormErrors = useFormErrorsFromApi(ASSIGN_FIELDS);
  return useCallback(
    (error: unknown): FormErrors & { person?: string } => {
      const info = apiErrorInfo(error);
      const index = info.code === 'BAD_USER_INPUT' ? PERSON_FIELD.exec(info.field ?? '')?.[1] : undefined;
      if (index !== undefined) {
        const person = people[Number(index)];
        const reason: PersonReason | 'OTHER' = PERSON_REASONS.find((r) => r === info.reason) ?? 'OTHER';
        const message = t('bulk.personError', {
          name: person?.fullName ?? `#${Number(index) + 1}`,
          reason: t(`bulk.reasons.${reason}`),
        });
        // The field behind the refusal (organisation, role, account) is marked too, when it is one.
        const cause = causeField(error);
        const fields: Record<string, string> = { returneeIds: message };
        if (cause && cause !== 'returneeIds') fields[cause] = message;
        return { fields, form: message, person: person?.id };
      }
      return toFormErrors(error);
    },
    [people, t, toFormErrors],
  );
}
