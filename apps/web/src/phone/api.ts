/**
 * The phone app's GraphQL calls: a plain `fetch` of the operation's text (one operation per
 * .graphql file, so the text is exactly a document the web build trusts), typed by codegen. No
 * GraphQL client: the phone's first screen must stay under its own JavaScript budget.
 */

/** The network is down (or the request never reached the API): the change stays queued. */
export class OfflineError extends Error {}

/** The session is gone (signed out, expired or revoked by the officer): the device must be wiped. */
export class SessionEndedError extends Error {}

/** The API refused the change; `code` is its `extensions.code` (CONFLICT, BAD_USER_INPUT, ...). */
export class RefusedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function request<T>(document: string, variables?: object): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    throw new OfflineError('offline');
  }
  // A proxy or a sleeping server answering without JSON: as good as offline, try again later.
  if (response.status >= 500 && !response.headers.get('content-type')?.includes('json')) {
    throw new OfflineError(`status ${response.status}`);
  }
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>;
  const error = answer.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === 'UNAUTHENTICATED') throw new SessionEndedError(error.message);
    throw new RefusedError(code, error.message, error.extensions ?? {});
  }
  if (!answer.data) throw new OfflineError('no data');
  return answer.data;
}
