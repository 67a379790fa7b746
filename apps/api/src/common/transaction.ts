import type { RequestContext } from '../context.js';
import { stayOnPrimary } from '../database/read-routing.js';

/** True when `ctx.db` is an open transaction (so `withTransaction` joins it). */
export function inTransaction(ctx: RequestContext): boolean {
  return ctx.db.queryRunner?.isTransactionActive === true;
}

/**
 * Runs `work` in one transaction, with a context whose `db` is that transaction: every helper it
 * calls (scope checks, audit rows, loaders of the same row) reads and writes inside it. Called
 * inside another `withTransaction`, it joins the open transaction instead of starting one, so a
 * service can be composed from others and stay all-or-nothing. A transaction always runs on the
 * primary, and the rest of the request reads there too (database/read-routing.ts).
 */
export function withTransaction<T>(ctx: RequestContext, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  if (inTransaction(ctx)) return work(ctx);
  stayOnPrimary();
  return ctx.dataSource.transaction((db) => work({ ...ctx, db }));
}
