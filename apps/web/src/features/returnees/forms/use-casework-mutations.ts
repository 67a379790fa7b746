import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  ContactFieldsFragmentDoc,
  EmploymentFieldsFragmentDoc,
  RecordContactDocument,
  RecordEmploymentPeriodDocument,
  RecordSupportDocument,
  SupportFieldsFragmentDoc,
} from '../../../gql/graphql';

/** Puts a new item at the head of a list field (the lists come newest first). */
const prepend =
  (ref: Reference | undefined) =>
  (existing: Reference | readonly unknown[]): Reference | readonly unknown[] =>
    ref && Array.isArray(existing) ? [ref, ...existing] : existing;

/**
 * Each hook wraps one mutation with its cache update: the new item is put at the head of the
 * person's list (which the API returns newest first), so the tabs and the timeline show it at once
 * without reloading the whole case file.
 */
export function useRecordContact(returneeId: string) {
  return useMutation(RecordContactDocument, {
    update(cache, { data }) {
      const contact = data?.recordContact;
      if (!contact) return;
      const ref = cache.writeFragment({ fragment: ContactFieldsFragmentDoc, data: contact });
      cache.modify({
        id: cache.identify({ __typename: 'Returnee', id: returneeId }),
        fields: { contacts: prepend(ref) },
      });
    },
  });
}

export function useRecordSupport(returneeId: string) {
  return useMutation(RecordSupportDocument, {
    update(cache, { data }) {
      const support = data?.recordSupport;
      if (!support) return;
      const ref = cache.writeFragment({ fragment: SupportFieldsFragmentDoc, data: support });
      cache.modify({
        id: cache.identify({ __typename: 'Returnee', id: returneeId }),
        fields: { supports: prepend(ref) },
      });
    },
  });
}

export function useRecordEmploymentPeriod(returneeId: string) {
  return useMutation(RecordEmploymentPeriodDocument, {
    update(cache, { data }) {
      const period = data?.recordEmploymentPeriod;
      if (!period) return;
      const ref = cache.writeFragment({ fragment: EmploymentFieldsFragmentDoc, data: period });
      cache.modify({
        id: cache.identify({ __typename: 'Returnee', id: returneeId }),
        fields: { employmentPeriods: prepend(ref) },
      });
    },
    // Which period covers today (the header, the list) is the server's call: read the file again.
    refetchQueries: ['ReturneeDetail'],
  });
}
