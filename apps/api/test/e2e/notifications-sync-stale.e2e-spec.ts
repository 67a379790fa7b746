import { addDays, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNotificationRules } from '../../src/modules/notifications/notification-rules.js';
import { withDemoServer } from '../utils/demo-server.js';
import { testSystemContext } from '../utils/system-context.js';
import { errorCode } from '../utils/test-server.js';

/*
 * A phone app that has not synced for 3 days holds casework the unit cannot see (issue 16 §2): its
 * user is told once a day until it syncs again. The phone reports each finished sync with
 * `reportDeviceSync`; a user who never synced (no phone app) is never told.
 */
const demo = withDemoServer({ demoCasework: false, logins: ['helper'] });
const { client, db, one, sql } = demo;
const ctx = () => testSystemContext(db.dataSource);
const today = todayInVietnam();
const ids = { helper: '', officer: '', committee: '' };

const REPORT = 'mutation { reportDeviceSync }';

const staleNotices = (userId: string) =>
  sql<{ text: string; link: string }>(
    `SELECT text, link FROM notification WHERE kind = 'SYNC_STALE' AND recipient_id = $1 ORDER BY created_at`,
    [userId],
  );
const syncedDaysAgo = (userId: string, days: number) =>
  sql(`UPDATE app_user SET last_synced_at = now() - make_interval(days => $2) WHERE id = $1`, [userId, days]);

beforeAll(async () => {
  ids.helper = await demo.ids.user('phunu.lamha@hoanhap.local');
  ids.officer = await demo.ids.user('congan.lamha@hoanhap.local');
  ids.committee = await demo.ids.user('ubnd.lamha@hoanhap.local');
});

describe('reportDeviceSync', () => {
  it('records the signed-in user’s last sync and audits it, touching no one else', async () => {
    const res = await client('helper').request(REPORT);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ reportDeviceSync: true });
    const row = await one<{ recent: boolean }>(
      `SELECT last_synced_at > now() - interval '1 minute' AS recent FROM app_user WHERE id = $1`,
      [ids.helper],
    );
    expect(row.recent).toBe(true);
    expect(await one('SELECT last_synced_at FROM app_user WHERE id = $1', [ids.officer])).toEqual({
      last_synced_at: null,
    });
    expect(
      await sql(`SELECT object_type, fields FROM audit_event WHERE action = 'reportDeviceSync' AND actor_id = $1`, [
        ids.helper,
      ]),
    ).toEqual([{ object_type: 'User', fields: ['lastSyncedAt'] }]);
  });

  it('is refused without a session', async () => {
    expect(errorCode(await demo.anonymous().request(REPORT))).toBe('UNAUTHENTICATED');
  });
});

describe('SYNC_STALE', () => {
  it('tells a user whose phone last synced 4 days ago, once the same day, and stops once it syncs', async () => {
    await syncedDaysAgo(ids.helper, 4);
    await runNotificationRules(ctx(), today);
    await runNotificationRules(ctx(), today);
    expect(await staleNotices(ids.helper)).toEqual([
      { text: 'Thiết bị của bạn chưa đồng bộ dữ liệu với Hòa Nhập 3 ngày nay', link: '/' },
    ]);

    // Still not synced the next day: told again, once.
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    await runNotificationRules(ctx(), addDays(today, 1), tomorrow);
    expect(await staleNotices(ids.helper)).toHaveLength(2);

    // The phone syncs: no more reminders.
    expect((await client('helper').request(REPORT)).data).toEqual({ reportDeviceSync: true });
    await runNotificationRules(ctx(), addDays(today, 2), new Date(Date.now() + 2 * 24 * 3600_000));
    expect(await staleNotices(ids.helper)).toHaveLength(2);
  });

  it('tells no one whose phone synced 2 days ago, nor anyone who never synced', async () => {
    await syncedDaysAgo(ids.committee, 2);
    await runNotificationRules(ctx(), today);
    expect(await staleNotices(ids.committee)).toEqual([]);
    expect(await staleNotices(ids.officer)).toEqual([]);
  });

  it('tells no disabled user', async () => {
    await syncedDaysAgo(ids.committee, 10);
    await sql('UPDATE app_user SET disabled_at = now() WHERE id = $1', [ids.committee]);
    await runNotificationRules(ctx(), today);
    expect(await staleNotices(ids.committee)).toEqual([]);
  });
});
