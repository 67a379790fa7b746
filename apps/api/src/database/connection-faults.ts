import pg from 'pg';

/*
 * What a lost or unreachable database looks like to the API, and a connection that is given up
 * when the network stalls, so the pool recovers by itself (fault tests in
 * test/e2e/database-faults.e2e-spec.ts).
 */

/** Pool option (passed to every client): how long to wait for an answer; 0 waits for ever. */
export interface ReadTimeoutOption {
  readTimeoutMillis?: number;
}

/**
 * A pool client that gives up on an answer that does not come in time, and closes its connection:
 * the waiting statement fails ("Connection terminated"), the pool drops the connection on release
 * instead of handing it out again with the next statement queued behind a lost answer, and the
 * server rolls back whatever transaction it had open. The server's statement timeout cannot do
 * this: a statement the server finished may be stuck on a slow or broken network.
 *
 * pg's own `query_timeout` is not used: it would also cut the long statements for which
 * maintenance work (migrations, the statistics rebuild, restores) turns the statement timeout off,
 * whereas this client stops counting on a connection that says `SET [LOCAL] statement_timeout = 0`
 * (until the transaction ends, for `SET LOCAL`).
 */
export class GuardedClient extends pg.Client {
  private readonly readTimeoutMs: number;
  private unbounded = false;
  private unboundedInTransaction = false;

  constructor(config: pg.ClientConfig & ReadTimeoutOption = {}) {
    super(config);
    this.readTimeoutMs = config.readTimeoutMillis ?? 0;
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this passes them through.
  override query(...args: any[]): any {
    const text: unknown = typeof args[0] === 'string' ? args[0] : args[0]?.text;
    if (typeof text === 'string') this.noteTimeoutChange(text);
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise && this.readTimeoutMs > 0 && !this.unbounded && !this.unboundedInTransaction) {
      const timer = setTimeout(() => this.giveUp(), this.readTimeoutMs);
      const stop = () => clearTimeout(timer);
      result.then(stop, stop);
    }
    return result;
  }

  private noteTimeoutChange(text: string) {
    const set = /^\s*SET\s+(LOCAL\s+)?statement_timeout\s*(=|TO)\s*'?(\w+)'?/i.exec(text);
    if (set) {
      const off = set[3] === '0';
      if (set[1]) this.unboundedInTransaction = off;
      else this.unbounded = off;
    } else if (/^\s*(COMMIT|ROLLBACK|END)\b/i.test(text)) {
      this.unboundedInTransaction = false;
    }
  }

  /** Ends the connection at once: `_ending` first, so pg fails the statement without an 'error' event. */
  private giveUp() {
    void this.end().catch(() => undefined);
    (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }
}

/** SQLSTATE classes and codes of a server that is gone, shutting down or not accepting connections yet. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
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
