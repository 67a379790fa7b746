import { unwrapResolverError } from '@apollo/server/errors';
import { reasonMessage } from '@hoanhap/shared';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode, apiMessage } from '../common/errors.js';
import { isDatabaseUnavailable, isStatementTimeout } from '../database/connection-faults.js';
import type { Logger } from '../logger.js';
import { TOO_MANY_ATTEMPTS } from '../security/login-throttle.js';
import { QUERY_TOO_COSTLY } from '../security/query-cost-limit.js';
import { UNTRUSTED_DOCUMENT } from '../security/trusted-documents.js';

/** Codes whose message is meant for the caller; anything else is masked. */
const SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  TOO_MANY_ATTEMPTS,
  UNTRUSTED_DOCUMENT,
  QUERY_TOO_COSTLY,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function databaseFault(error: unknown): 'SERVICE_UNAVAILABLE' | 'STATEMENT_TIMEOUT' | undefined {
  if (isDatabaseUnavailable(error)) return ErrorCode.SERVICE_UNAVAILABLE;
  if (isStatementTimeout(error)) return ErrorCode.STATEMENT_TIMEOUT;
  return undefined;
}

/**
 * Every error leaves with a stable code and a safe message: validation errors name the input
 * field and the rule broken; unexpected errors (a database error, a bug) are logged with the
 * request's path and answered with a generic message, never SQL or a stack trace.
 *
 * A message passes only when the error itself was raised with a safe code (ours, or Apollo's
 * parse/validation/request errors). Apollo labels every other error INTERNAL_SERVER_ERROR before
 * this runs, so the label alone proves nothing: a database error would pass with its SQL.
 * "Did you mean …?" suggestions are cut from every message (they reveal the schema).
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const first = original.extensions.validationErrors[0];
      const field = first ? validationPath(first) : undefined;
      return {
        message: apiMessage('BAD_USER_INPUT'),
        path: formatted.path,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          field: field?.path,
          reason: field?.reason,
        },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (SAFE_CODES.has(code) && raisedWithCode(original, code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return {
        message:
          code === 'GRAPHQL_PARSE_FAILED'
            ? parseFailure(formatted)
            : (overLimit(formatted.message) ?? withoutSuggestions(formatted.message)),
        locations: formatted.locations,
        path: formatted.path,
        extensions,
      };
    }
    const fault = databaseFault(original);
    if (fault) {
      // Expected while the database is down or slow: a warning, and the caller is told to retry.
      log.warn({ path: formatted.path, code: fault }, 'database unavailable or too slow for a GraphQL request');
      return { message: apiMessage(fault), path: formatted.path, extensions: { code: fault } };
    }
    log.error(
      {
        path: formatted.path,
        code,
        err: original instanceof Error ? safeErrorSummary(original) : undefined,
      },
      'unexpected error in GraphQL request',
    );
    return {
      message: apiMessage('INTERNAL_SERVER_ERROR'),
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * The code was set by whoever raised the error, not filled in by Apollo. Duck-typed: under the
 * test runner graphql's ESM and CommonJS builds can both be loaded, so `instanceof GraphQLError`
 * is not reliable.
 */
function raisedWithCode(original: unknown, code: string): boolean {
  if (!(original instanceof Error) || !('extensions' in original)) return false;
  const extensions = (original as { extensions?: { code?: unknown } }).extensions;
  return extensions?.code === code;
}

/**
 * A document graphql-js cannot parse, said in the catalogue's words with where it went wrong
 * (graphql-js's own "Syntax Error: Expected Name, found <EOF>." is English only and reads as a crash).
 */
function parseFailure(formatted: GraphQLFormattedError): string {
  const detail = formatted.message.replace(/^Syntax Error:\s*/, '');
  // graphql-js 16 words it "more that N tokens".
  const tokens = /more th(?:an|at) (\d+) tokens/.exec(detail);
  if (tokens) return apiMessage(reasonMessage('GRAPHQL_PARSE_FAILED.tokens', { max: Number(tokens[1]) }));
  const at = formatted.locations?.[0] ?? { line: 1, column: 1 };
  return apiMessage(reasonMessage('GRAPHQL_PARSE_FAILED', { line: at.line, column: at.column, detail }));
}

const ARMOR_LIMITS = {
  'Query depth': 'GRAPHQL_VALIDATION_FAILED.depth',
  Aliases: 'GRAPHQL_VALIDATION_FAILED.aliases',
  Directives: 'GRAPHQL_VALIDATION_FAILED.directives',
} as const;

/** graphql-armor's refusals ("Syntax Error: Aliases limit of 15 exceeded, found 16."), in the catalogue's words. */
function overLimit(message: string): string | undefined {
  const found = /^Syntax Error: (Query depth|Aliases|Directives) limit of (\d+) exceeded, found (\d+)\.$/.exec(message);
  if (!found) return undefined;
  const key = ARMOR_LIMITS[found[1] as keyof typeof ARMOR_LIMITS];
  return apiMessage(reasonMessage(key, { max: Number(found[2]), found: Number(found[3]) }));
}

/** graphql-js's suggestions: `Did you mean "x"?`, `Did you mean the enum value "Y"?`, lists with "or". */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
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

/**
 * What the log may say about an unexpected error: its name, the database's error code, and the
 * message with every quoted value blanked (PostgreSQL quotes the offending input, e.g.
 * `invalid input syntax for type uuid: "…"`, and input can be personal data).
 */
export function safeErrorSummary(error: Error): { name: string; code?: string; message: string } {
  const driverCode =
    (error as { driverError?: { code?: unknown }; code?: unknown }).driverError?.code ??
    (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof driverCode === 'string' ? { code: driverCode } : {}),
    message: error.message.replace(/"[^"]*"|'[^']*'|\([^)]*\)=\([^)]*\)/g, '"…"').slice(0, 300),
  };
}
