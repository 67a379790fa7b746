import { type PlainReasonKey, type ReasonMessage, reasonCode, reasonMessage } from '@hoanhap/shared';
import { GraphQLError } from 'graphql';

/**
 * Stable error codes other departments' clients and the web app rely on. Messages are safe to
 * show and come from the shared catalogue of reasons; the web app translates the codes.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  /** A lifecycle change the case's current status does not allow; extensions carry `from` and `to`. */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** A department's key has spent its points for the hour; extensions carry `retryAfterSeconds`. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** The database could not be reached, or did not answer in time: retry later; nothing was half-written. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A statement ran past the statement timeout and was cancelled; its transaction rolled back. */
  STATEMENT_TIMEOUT: 'STATEMENT_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A message of the catalogue: a key said without parameters, or one filled in by `reasonMessage`. */
export type Said = PlainReasonKey | ReasonMessage;

function messageOf(said: Said): ReasonMessage {
  return typeof said === 'string' ? reasonMessage(said) : said;
}

/**
 * The API's wording of a catalogue message (`packages/shared/src/reasons.ts`): Vietnamese, then
 * English, so a department's client that shows the message raw is understood either way.
 */
export function apiMessage(said: Said): string {
  const { vi, en } = messageOf(said);
  return `${vi} / ${en}`;
}

export function appError(code: ErrorCode, said: Said, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(apiMessage(said), { extensions: { code, ...extra } });
}

/** An error passed on under another code and extensions, keeping the message it already has. */
export function reworded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = () => appError(ErrorCode.UNAUTHENTICATED, 'UNAUTHENTICATED');

/** Also what out-of-scope objects answer, so the two cannot be told apart. */
export const notFound = (kind: Extract<PlainReasonKey, `NOT_FOUND.${string}`>) => appError(ErrorCode.NOT_FOUND, kind);

/**
 * A bad input value, with the path of the input field so forms can show it in place; the reason is
 * the message's code (`OUT_OF_RANGE.year` reports `OUT_OF_RANGE`).
 */
export const badInput = (field: string, said: Said) => {
  const message = messageOf(said);
  return appError(ErrorCode.BAD_USER_INPUT, message, { field, reason: reasonCode(message.key) });
};
