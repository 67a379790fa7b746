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
        return { fields: { returneeIds: message }, form: message, person: person?.id };
      }
      return toFormErrors(error);
    },
    [people, t, toFormErrors],
  );
}
