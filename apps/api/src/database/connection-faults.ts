import pg from 'pg';

/*
 * What a lost or unreachable database looks like to the API, and a connection that is given up
 * when the network stalls, so the pool recovers by itself (fault tests in
 * test/e2e/database-faults.e2e-spec.ts).
 */

/** The client's own deadline for an answer (pg's `query_timeout`) passed. */
const READ_TIMEOUT = 'Query read timeout';

/**
 * A pool client that closes its connection when an answer does not come in time. pg leaves such a
 * connection waiting for the late answer, and the pool would hand it out again with the next
 * statement queued behind one that may never finish; closed, the pool drops it on release and the
 * server rolls back whatever transaction it had open.
 */
export class GuardedClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this passes them through.
  override query(...args: any[]): any {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === READ_TIMEOUT) void this.end().catch(() => undefined);
      });
    }
    return result;
  }
}

/** SQLSTATE classes and codes of a server that is gone, shutting down or not accepting connections yet. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/,
  /Client has encountered a connection error/i,
  /Connection is not established/i,
];

/**
 * True when `error` (or what it wraps: TypeORM's QueryFailedError keeps pg's error as
 * `driverError`, GraphQL as `originalError`) says the database could not be reached or answered
 * too late, rather than that a statement was wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    const next = e as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    e = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}

/** The server cancelled a statement that ran past the statement timeout. */
export function isStatementTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === '57014') return true;
    const next = e as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    e = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}
