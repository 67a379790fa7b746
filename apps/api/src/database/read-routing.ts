import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Where the SQL of the work in progress may read: the primary, or a streaming replica. Kept in
 * async-local storage rather than on the request context because reads also happen through the
 * DataLoaders and helpers that are handed the DataSource, not the context; every statement of one
 * HTTP request sees the same route (server.ts opens it, the read-routing plugin turns it to the
 * replicas for a read-only operation, withTransaction turns it back). Nothing opened outside a
 * request (jobs, migrations, /healthz) ever reads a replica.
 */

export interface ReadRoute {
  /** Reads may go to a replica that has replayed at least `minLsn`. */
  replica: boolean;
  /**
   * The primary's WAL position after the caller's own latest write (pg_lsn text), so the caller
   * sees it: a replica behind it is skipped for the primary.
   */
  minLsn: string | undefined;
}

const routes = new AsyncLocalStorage<ReadRoute>();

/** Runs `work` (one HTTP request) with its own route, on the primary until told otherwise. */
export function withReadRoute<T>(work: () => T): T {
  return routes.run({ replica: false, minLsn: undefined }, work);
}

/** The route of the work in progress, if it has one. */
export function currentReadRoute(): ReadRoute | undefined {
  return routes.getStore();
}

/**
 * Everything from here on in this request reads the primary: a transaction (its writes, and its
 * reads, such as a case file read with its audit row, must be on the server that commits them),
 * and whatever the request reads after it wrote.
 */
export function stayOnPrimary(): void {
  const route = routes.getStore();
  if (route) route.replica = false;
}

/**
 * Runs `work` (background reading, such as an export's pages) with its reads on a replica that
 * has replayed `minLsn`, or on the primary when none has.
 */
export function readingReplicas<T>(minLsn: string | undefined, work: () => T): T {
  return routes.run({ replica: true, minLsn }, work);
}
