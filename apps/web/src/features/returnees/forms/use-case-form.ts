import { type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationFormOptions, useMutationForm } from '../../../components/forms/use-mutation-form';
import { CASEWORK_NS } from '../../../i18n/casework';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { useRequiredCheck } from './use-required-fields';

/**
 * The wiring every judgment-and-release form shares: its texts' namespace, a conflict explained in
 * the conflict dialog, the required-field check, and a mutation after which the case file is read
 * again (the API recomputes what the header shows from it).
 */
export function useJudgmentForm<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: MutationFormOptions,
) {
  const form = useMutationForm({ ns: JUDGMENTS_NS, conflictDialog: true, ...options });
  const [mutate] = useMutation(document, { refetchQueries: ['ReturneeDetail'], awaitRefetchQueries: true });
  const requiredCheck = useRequiredCheck();
  return { form, mutate, requiredCheck };
}

/** The casework forms' form state: their texts' namespace, and API errors placed by the whole input path. */
export function useCaseworkForm(fields: readonly string[]) {
  return useMutationForm({ fields, ns: CASEWORK_NS, paths: 'both' });
}
