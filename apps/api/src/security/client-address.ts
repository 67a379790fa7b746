import type { RequestContext } from '../context.js';

/**
 * A symbol-keyed property: it survives Apollo's shallow copy of the context for each operation
 * (Object.assign copies enumerable symbol keys) and stays out of `RequestContext`'s shape, whose
 * only reader for this is the login throttle.
 */
const CLIENT_ADDRESS = Symbol('clientAddress');

/**
 * Attaches the caller's network address to a request context when `server.ts` makes it. Express's
 * `req.ip` already honours `trust proxy` (X-Forwarded-For only from a trusted proxy).
 */
export function withClientAddress<T extends object>(ctx: T, address: string | undefined): T {
  Object.defineProperty(ctx, CLIENT_ADDRESS, { value: address ?? 'unknown', enumerable: true });
  return ctx;
}

export function clientAddress(ctx: RequestContext): string {
  const value = (ctx as unknown as Record<symbol, unknown>)[CLIENT_ADDRESS];
  return typeof value === 'string' ? value : 'unknown';
}
