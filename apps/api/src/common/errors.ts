import { GraphQLError } from 'graphql';

/**
 * Stable error codes other departments' clients and the web app rely on. Messages are safe to
 * show; the web app translates the codes.
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
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = () => appError(ErrorCode.UNAUTHENTICATED, 'Bạn cần đăng nhập. / Please sign in.');

/** Also what out-of-scope objects answer, so the two cannot be told apart. */
export const notFound = (vi: string, en: string) =>
  appError(ErrorCode.NOT_FOUND, `${vi} không tồn tại hoặc bạn không có quyền xem. / ${en} not found.`);

/** A bad input value, with the path of the input field so forms can show it in place. */
export const badInput = (field: string, message: string, reason: string) =>
  appError(ErrorCode.BAD_USER_INPUT, message, { field, reason });
