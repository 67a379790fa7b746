import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorInfo } from '../../../apollo/error-code';
import type { FormErrors } from '../../../components/forms/form-errors';
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

/** The key of the person a refusal names in the list ("returneeIds.1"), so the list marks them. */
export const personKey = (index: number) => `returneeIds.${index}`;

/**
 * A refused bulk assignment, read for `useMutationForm`'s `map`: a person the API blamed
 * (`input.returneeIds.<i>`) is named with the reason; anything else is left to the usual rules
 * (undefined), next to its field like any form.
 */
export function useAssignRefusal(people: readonly { id: string; fullName: string }[]) {
  const { t } = useTranslation(LISTS_NS);
  return useCallback(
    (info: ApiErrorInfo, error: unknown): FormErrors | undefined => {
      const index = info.code === 'BAD_USER_INPUT' ? PERSON_FIELD.exec(info.field ?? '')?.[1] : undefined;
      if (index === undefined) return undefined;
      const person = people[Number(index)];
      const reason: PersonReason | 'OTHER' = PERSON_REASONS.find((r) => r === info.reason) ?? 'OTHER';
      const message = t('bulk.personError', {
        name: person?.fullName ?? `#${Number(index) + 1}`,
        reason: t(`bulk.reasons.${reason}`),
      });
      // The field behind the refusal (organisation, role, account) is marked too, when it is one.
      const cause = causeField(error);
      const fields: Record<string, string> = { returneeIds: message, [personKey(Number(index))]: message };
      if (cause && cause !== 'returneeIds') fields[cause] = message;
      return { fields, form: message };
    },
    [people, t],
  );
}
