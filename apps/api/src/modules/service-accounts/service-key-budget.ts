import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** Points a department's key may spend per hour (GitHub's default); a document spends its cost. */
export const SERVICE_KEY_POINTS_PER_HOUR = 5_000;

const HOUR_SECONDS = 60 * 60;

/** Created by migration 1796640000000-service-key-budget; the limiter never creates tables itself. */
const TABLE = 'service_key_budget';

/** Where a key stands in the current hour: what the X-RateLimit-* headers report. */
export interface BudgetState {
  limit: number;
  used: number;
  remaining: number;
  /** When the hour's window ends, in epoch seconds. */
  resetAt: number;
}

export interface Spending {
  state: BudgetState;
  /** The cost did not fit what was left: nothing was spent. */
  refused: boolean;
}

/** A key's hourly points: read them, or spend some. */
export interface KeyBudget {
  peek(serviceAccountId: string): Promise<BudgetState>;
  spend(serviceAccountId: string, points: number): Promise<Spending>;
}

const byDataSource = new WeakMap<DataSource, KeyBudget>();

/**
 * The budget of every key, counted in PostgreSQL (rate-limiter-flexible's store, on the data
 * source's own pool) so every API process on the database spends from the same hour. One atomic
 * upsert per spending; a refused spending is given back at once, so a document too dear for what
 * is left costs nothing and a cheaper one still passes.
 */
export function serviceKeyBudget(dataSource: DataSource, pointsPerHour = SERVICE_KEY_POINTS_PER_HOUR): KeyBudget {
  const known = byDataSource.get(dataSource);
  if (known) return known;
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: TABLE,
    tableCreated: true,
    clearExpiredByTimeout: true,
    keyPrefix: 'key',
    points: pointsPerHour,
    duration: HOUR_SECONDS,
  });
  const stateOf = (used: number, msBeforeNext: number): BudgetState => ({
    limit: pointsPerHour,
    used,
    remaining: Math.max(0, pointsPerHour - used),
    resetAt: Math.ceil((Date.now() + Math.max(0, msBeforeNext)) / 1000),
  });
  const budget: KeyBudget = {
    async peek(id) {
      const res = await limiter.get(id);
      return res ? stateOf(res.consumedPoints, res.msBeforeNext) : stateOf(0, HOUR_SECONDS * 1000);
    },
    async spend(id, points) {
      try {
        const res = await limiter.consume(id, points);
        return { state: stateOf(res.consumedPoints, res.msBeforeNext), refused: false };
      } catch (outcome) {
        if (!(outcome instanceof RateLimiterRes)) throw outcome; // the store failed: never a silent pass
        await limiter.reward(id, points);
        return { state: stateOf(outcome.consumedPoints - points, outcome.msBeforeNext), refused: true };
      }
    },
  };
  byDataSource.set(dataSource, budget);
  return budget;
}
