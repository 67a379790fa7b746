import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { apiMessage, appError, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { rootFieldNames } from '../../schema/public-operations.js';
import { readBearer, serviceKeyHash } from './service-account-key.js';

/** Requests per key per minute. */
export const SERVICE_KEY_RATE_PER_MINUTE = 300;

/**
 * Per-key rate limit for Bearer requests, before anything else runs: 429 with Retry-After. The
 * counters live in this process's memory (rate-limiter-flexible's memory limiter); with several
 * API processes each counts on its own.
 */
export function serviceKeyRateLimit(points = SERVICE_KEY_RATE_PER_MINUTE): RequestHandler {
  const limiter = new RateLimiterMemory({ points, duration: 60 });
  return (req, res, next) => {
    const key = readBearer(req.headers.authorization);
    if (!key) {
      next();
      return;
    }
    limiter.consume(serviceKeyHash(key)).then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) {
          next(rejection);
          return;
        }
        res.setHeader('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
        res.status(429).json({
          errors: [
            {
              message: apiMessage('TOO_MANY_REQUESTS'),
              extensions: { code: 'TOO_MANY_REQUESTS' },
            },
          ],
        });
      },
    );
  };
}

const ALWAYS_ALLOWED = new Set(['__typename', '__schema', '__type']);

/** Refuses, before execution, any root field a service account's key does not list. */
export function serviceAccountOperationGate(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const allowed = contextValue.actor?.allowedOperations;
          if (!allowed || !operation) return;
          const refused = rootFieldNames(document, operation).some(
            (name) => !ALWAYS_ALLOWED.has(name) && !allowed.includes(name),
          );
          if (refused) {
            const error = appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.keyOperation');
            error.extensions.http = { status: 200 };
            throw error;
          }
        },
      };
    },
  };
}
