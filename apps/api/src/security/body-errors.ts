import { apiMessage } from '../common/errors.js';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * Errors from the JSON body parser on /graphql (too large, malformed, wrong charset) answered as
 * a GraphQL-shaped error with the parser's status (413, 400, 415) and a safe message. Without it
 * Express's default handler answers an HTML page that, outside production, shows the stack trace.
 */
export function bodyErrors(log: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string }, _req, res, next) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (res.headersSent || status >= 500 || typeof error.type !== 'string') {
      next(error);
      return;
    }
    log.info({ event: 'request_body_refused', status, type: error.type }, 'request body refused');
    const message = status === 413 ? apiMessage('BODY_TOO_LARGE') : apiMessage('INVALID_JSON');
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
