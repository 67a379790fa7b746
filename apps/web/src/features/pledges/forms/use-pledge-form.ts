import { type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useMutationForm } from '../../../components/forms/use-mutation-form';

/**
 * The pledge dialogs' form state and mutation: rows keep their whole path
 * ("signatories.1.representative"), a review already recorded is a CONFLICT at its field, and the
 * list or pledge shown behind the dialog (`reload`) is read again before it closes.
 */
export function usePledgeForm<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  reload: 'PledgeDetail' | 'PledgeList',
) {
  const form = useMutationForm({ ns: 'pledges', paths: 'whole', conflictAtField: true });
  const [mutate] = useMutation(document, { refetchQueries: [reload], awaitRefetchQueries: true });
  return { ...form, mutate };
}
