import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Error codes the API puts in `extensions.code`, plus two the client adds for transport failures. */
export const KNOWN_ERROR_CODES = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'SERVICE_UNAVAILABLE',
  'STATEMENT_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export interface ApiErrorInfo {
  code: ErrorCode;
  /** For BAD_USER_INPUT: the input path the API blamed (e.g. "returnedSince"). */
  field?: string;
  /** For BAD_USER_INPUT: the rule broken (REQUIRED, IN_FUTURE, OVERLAP…). */
  reason?: string;
  /** For CONFLICT: the version the record has now. */
  currentVersion?: number;
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError> | undefined): ApiErrorInfo | null {
  const first = errors?.[0];
  if (!first) return null;
  const raw = first.extensions?.code;
  const code = KNOWN_ERROR_CODES.find((known) => known === raw) ?? 'UNKNOWN';
  const { field, reason, currentVersion } = first.extensions ?? {};
  const info: ApiErrorInfo = { code };
  if (typeof field === 'string') info.field = field;
  if (typeof reason === 'string') info.reason = reason;
  if (typeof currentVersion === 'number') info.currentVersion = currentVersion;
  return info;
}

/** Some servers answer errors with a non-2xx status; the GraphQL errors are then in the body. */
function fromServerBody(bodyText: string): ApiErrorInfo | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: GraphQLFormattedError[] };
    return fromGraphQLErrors(body.errors);
  } catch {
    return null;
  }
}

/** What went wrong, as a code the UI can translate; never the server's raw (English) message. */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors) ?? { code: 'UNKNOWN' };
  if (ServerError.is(error)) {
    return fromServerBody(error.bodyText) ?? { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN' };
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { code: 'NETWORK' };
  return { code: 'UNKNOWN' };
}

export function isUnauthenticated(error: unknown): boolean {
  return error != null && apiErrorInfo(error).code === 'UNAUTHENTICATED';
}
