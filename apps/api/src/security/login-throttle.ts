import { apiMessage } from '../common/errors.js';
import { reasonMessage } from '@hoanhap/shared';
import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import { clientAddress } from './client-address.js';

export const TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS';

/** Failed sign-ins allowed per window, per account (email as typed) and per client address. */
export const LOGIN_THROTTLE = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20 } as const;

/** Created by migration 1795949974655-login-throttle; the limiter never creates tables itself. */
const TABLE = 'login_throttle';

interface Limiters {
  account: RateLimiterPostgres;
  address: RateLimiterPostgres;
}

const byDataSource = new WeakMap<DataSource, Limiters>();

/**
 * Counters live in PostgreSQL so every API node sees the same ones. They use the data source's
 * own pool (one atomic upsert per counter and attempt).
 */
function limiters(dataSource: DataSource): Limiters {
  let found = byDataSource.get(dataSource);
  if (!found) {
    const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
    const make = (keyPrefix: string, points: number) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        clearExpiredByTimeout: true,
        keyPrefix,
        points,
        duration: LOGIN_THROTTLE.windowSeconds,
      });
    found = {
      account: make('account', LOGIN_THROTTLE.perAccount),
      address: make('address', LOGIN_THROTTLE.perAddress),
    };
    byDataSource.set(dataSource, found);
  }
  return found;
}

/** A keyed hash: stable enough to correlate log lines, useless for recovering the email or address. */
function pseudonym(secret: string, kind: string, value: string): string {
  return createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url');
}

export interface LoginAttempt {
  /** Logs the failure; its point stays counted. */
  failed(): void;
  /** A correct password: the account's counter starts again and the address gets its point back. */
  succeeded(): Promise<void>;
}

/**
 * Counts a sign-in attempt BEFORE the password is checked (one atomic increment per counter, so
 * parallel attempts cannot slip past the limit), and refuses it with TOO_MANY_ATTEMPTS once the
 * account has 5 or the address 20 failures in the current 15-minute window. The account key is
 * the email as typed, whether or not such a user exists, so throttling reveals nothing about
 * which accounts exist. Nothing personal is stored or logged: only keyed hashes.
 */
export async function beginLoginAttempt(ctx: RequestContext, normalizedEmail: string): Promise<LoginAttempt> {
  const { account, address } = limiters(ctx.dataSource);
  const secret = ctx.cookies.secret;
  const accountKey = pseudonym(secret, 'email', normalizedEmail);
  const addressKey = pseudonym(secret, 'address', clientAddress(ctx));
  const logFields = {
    requestId: ctx.requestId,
    emailHash: accountKey.slice(0, 16),
    addressHash: addressKey.slice(0, 16),
  };

  const refuse = (scope: 'account' | 'address', res: RateLimiterRes) => {
    const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    ctx.log.warn({ ...logFields, event: 'login_throttled', scope, retryAfterSeconds }, 'login throttled');
    return new GraphQLError(
      apiMessage(reasonMessage('TOO_MANY_ATTEMPTS', { minutes: Math.ceil(retryAfterSeconds / 60) })),
      { extensions: { code: TOO_MANY_ATTEMPTS, retryAfterSeconds } },
    );
  };
  const consume = async (limiter: RateLimiterPostgres, key: string) => {
    try {
      await limiter.consume(key);
      return undefined;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return outcome;
      throw outcome; // the store failed: an internal error, never a silent pass
    }
  };

  const byAddress = await consume(address, addressKey);
  if (byAddress) throw refuse('address', byAddress);
  const byAccount = await consume(account, accountKey);
  if (byAccount) throw refuse('account', byAccount);

  return {
    failed() {
      ctx.log.info({ ...logFields, event: 'login_failed' }, 'login failed');
    },
    async succeeded() {
      await Promise.all([account.delete(accountKey), address.reward(addressKey, 1)]);
    },
  };
}
