import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { formatError } from '../schema/format-error.js';
import { isDatabaseUnavailable, isStatementTimeout } from './connection-faults.js';
import { parseLsn } from './replicas.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const failed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('what a lost or slow database looks like', () => {
  it('recognises a refused connection, a server shutting down and a client that gave up waiting', () => {
    expect(isDatabaseUnavailable(pgError('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(failed(pgError('57P01', 'terminating connection due to administrator command')))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(failed(new Error('Connection terminated')))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // Apollo wraps what the context factory threw.
    expect(
      isDatabaseUnavailable(new GraphQLError('Context creation failed', { originalError: pgError('ECONNRESET') })),
    ).toBe(true);
  });

  it('does not mistake a wrong statement or a timeout for a lost database', () => {
    expect(isDatabaseUnavailable(failed(pgError('23505', 'duplicate key')))).toBe(false);
    expect(isDatabaseUnavailable(failed(pgError('57014', 'canceling statement due to statement timeout')))).toBe(false);
    expect(isStatementTimeout(failed(pgError('57014')))).toBe(true);
    expect(isStatementTimeout(failed(pgError('23505')))).toBe(false);
  });

  it('answers SERVICE_UNAVAILABLE and STATEMENT_TIMEOUT in Vietnamese and English, never the driver message', () => {
    const format = formatError(createLogger('silent'));
    const lost = format({ message: 'connect ECONNREFUSED 127.0.0.1:5432' }, failed(pgError('ECONNREFUSED')));
    expect(lost.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(lost.message).toMatch(/^Cơ sở dữ liệu tạm thời không truy cập được.* \/ The database is unavailable/);
    expect(lost.message).not.toContain('5432');
    const slow = format({ message: 'canceling statement' }, failed(pgError('57014')));
    expect(slow.extensions?.code).toBe('STATEMENT_TIMEOUT');
  });
});

describe('parseLsn', () => {
  it('orders WAL positions as PostgreSQL does', () => {
    expect(parseLsn('0/16B3748') < parseLsn('0/16B3750')).toBe(true);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
  });
});
