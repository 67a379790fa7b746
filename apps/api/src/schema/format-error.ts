import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from '../common/errors.js';
import type { Logger } from '../logger.js';

/** Codes whose message is meant for the caller; anything else is masked. */
const SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Every error leaves with a stable code and a safe message: validation errors name the input
 * field and the rule broken; unexpected errors (a database error, a bug) are logged with the
 * request's path and answered with a generic message, never SQL or a stack trace.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const first = original.extensions.validationErrors[0];
      const field = first ? validationPath(first) : undefined;
      return {
        message: 'Dữ liệu nhập không hợp lệ. / Invalid input.',
        path: formatted.path,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          field: field?.path,
          reason: field?.reason,
        },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (SAFE_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    log.error(
      {
        path: formatted.path,
        code,
        err: original instanceof Error ? { name: original.name, message: original.message } : undefined,
      },
      'unexpected error in GraphQL request',
    );
    return {
      message: 'Lỗi hệ thống, vui lòng thử lại. / Internal server error.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** `input.email` and the rule's code (e.g. INVALID_EMAIL) from class-validator's nested errors. */
function validationPath(e: ValidationErrorLike, prefix = 'input'): { path: string; reason: string } {
  const path = `${prefix}.${e.property}`;
  const child = e.children?.[0];
  if (child) return validationPath(child, path);
  return { path, reason: Object.values(e.constraints ?? {})[0] ?? 'INVALID' };
}
