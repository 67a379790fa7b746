import { OPERATIONAL_RETENTION } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/modules/minimisation/minimisation.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * The hourly retention purge removes the operational rows past their period (sensitive reveals a
 * year after expiry, dead sessions, spent failed-login counters, devices' idempotency keys after 90 days) and nothing younger.
 */

const { db } = withDemoServer({ serve: false });

const query = async <T>(sql: string, params: unknown[] = []) => (await db.dataSource.query(sql, params)) as T[];

describe('retention purge', () => {
  it('removes old reveals, sessions and failed-login counters only', async () => {
    const [user] = await query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'so.haiphong@hoanhap.local'`);
    const [person] = await query<{ id: string }>('SELECT id FROM returnee ORDER BY full_name LIMIT 1');
    const revealDays = OPERATIONAL_RETENTION.sensitiveRevealDays;
    await query(
      `INSERT INTO sensitive_reveal (user_id, returnee_id, purpose, expires_at, granted_at) VALUES
         ($1, $2, 'cũ', now() - make_interval(days => $3 + 1), now() - make_interval(days => $3 + 1)),
         ($1, $2, 'gần đây', now() - make_interval(days => $3 - 1), now() - make_interval(days => $3 - 1)),
         ($1, $2, 'đang dùng', now() + interval '20 minutes', now())`,
      [user?.id, person?.id, revealDays],
    );
    await query(
      `INSERT INTO session (token_hash, user_id, expires_at, last_seen_at) VALUES
         ('old-expired', $1, now() - interval '1 hour', now() - interval '13 hours'),
         ('old-idle', $1, now() + interval '1 hour', now() - interval '2 days'),
         ('live', $1, now() + interval '11 hours', now())`,
      [user?.id],
    );
    const ms = (days: number) => `(extract(epoch FROM now() + make_interval(days => ${days})) * 1000)::bigint`;
    await query(
      `INSERT INTO login_throttle (key, points, expire) VALUES
         ('spent', 3, ${ms(-2)}), ('counting', 2, ${ms(1)}), ('forever', 1, NULL)`,
    );

    const keyDays = OPERATIONAL_RETENTION.clientChangeDays;
    await query(
      `INSERT INTO client_change (user_id, idempotency_key, operation, created_at) VALUES
         ($1, gen_random_uuid(), 'recordContact', now() - make_interval(days => $2 + 1)),
         ($1, gen_random_uuid(), 'recordSupport', now() - make_interval(days => $2 - 1))`,
      [user?.id, keyDays],
    );

    const noticeDays = OPERATIONAL_RETENTION.notificationDays;
    await query(
      `INSERT INTO notification (recipient_id, kind, text, link, dedupe_key, created_at) VALUES
         ($1, 'TASK_ASSIGNED', 'Bạn có 1 việc mới', '/', 'old', now() - make_interval(days => $2 + 1)),
         ($1, 'TASK_ASSIGNED', 'Bạn có 1 việc mới', '/', 'recent', now() - make_interval(days => $2 - 1))`,
      [user?.id, noticeDays],
    );

    const counts = await purgeExpired(testSystemContext(db.dataSource));
    expect(counts).toEqual({ sensitiveReveals: 1, sessions: 2, failedLogins: 1, clientChanges: 1, notifications: 1 });
    expect(
      (await query<{ purpose: string }>('SELECT purpose FROM sensitive_reveal ORDER BY purpose')).map((r) => r.purpose),
    ).toEqual(['gần đây', 'đang dùng']);
    expect((await query<{ token_hash: string }>('SELECT token_hash FROM session')).map((r) => r.token_hash)).toEqual([
      'live',
    ]);
    expect((await query<{ key: string }>('SELECT key FROM login_throttle ORDER BY key')).map((r) => r.key)).toEqual([
      'counting',
      'forever',
    ]);
    expect(
      (await query<{ dedupe_key: string }>('SELECT dedupe_key FROM notification')).map((r) => r.dedupe_key),
    ).toEqual(['recent']);
    expect((await query<{ operation: string }>('SELECT operation FROM client_change')).map((r) => r.operation)).toEqual(
      ['recordSupport'],
    );

    // A second run finds nothing more.
    expect(await purgeExpired(testSystemContext(db.dataSource))).toEqual({
      sensitiveReveals: 0,
      sessions: 0,
      failedLogins: 0,
      clientChanges: 0,
      notifications: 0,
    });
  });
});
