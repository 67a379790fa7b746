import type { TypedDocumentNode } from '@apollo/client';

/**
 * A mutation's mock that answers every request with `result` and keeps each request's variables
 * in `sent`, so a test can check what the form sent.
 */
export function recordingMock<V>(query: TypedDocumentNode<unknown, V>, sent: V[], result: object) {
  return {
    request: {
      query,
      variables: (variables: V) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
}
