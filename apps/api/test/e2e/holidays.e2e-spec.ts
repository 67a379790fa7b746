import { addWorkingDays, isWorkingDay } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from '../../src/modules/tasks/working-calendar.js';
import { loadHolidays, VIETNAMESE_HOLIDAYS } from '../../src/seed/holidays.js';
import { expectBadInput, refusedWrites } from '../utils/assertions.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

/*
 * The public-holiday calendar that working-day deadlines read: loaded once from the seed, read by
 * anyone signed in, changed only by the admin (audited).
 */

const { db, server, client, one, count } = withDemoServer({ logins: ['officer', 'helper', 'viewer', 'admin'] });
const refused = refusedWrites(count);
let insertedHolidays = 0;

beforeAll(async () => {
  await db.dataSource.query(`DELETE FROM holiday`);
  insertedHolidays = await db.dataSource.transaction((tx) => loadHolidays(tx));
});

describe('holiday calendar', () => {
  const HOLIDAYS = 'query ($year: Int!) { holidays(year: $year) { day kind name } }';
  const SET = 'mutation ($input: SetHolidayInput!) { setHoliday(input: $input) { day kind name } }';
  const REMOVE = 'mutation ($input: RemoveHolidayInput!) { removeHoliday(input: $input) { day kind name } }';

  it('loads the 2020–2027 days once: a second load inserts nothing', async () => {
    expect(insertedHolidays).toBe(VIETNAMESE_HOLIDAYS.length);
    expect(await db.dataSource.transaction((tx) => loadHolidays(tx))).toBe(0);
    expect(new Set(VIETNAMESE_HOLIDAYS.map((h) => h.day)).size).toBe(VIETNAMESE_HOLIDAYS.length);
  });

  it('gives any signed-in user a year’s days in order, swapped working days included', async () => {
    const res = await client('helper').request<{ holidays: Array<{ day: string; kind: string }> }>(HOLIDAYS, {
      year: 2025,
    });
    expect(res.errors).toBeUndefined();
    const days = res.data?.holidays ?? [];
    expect(days[0]).toMatchObject({ day: '2025-01-01', kind: 'DAY_OFF' });
    expect(days).toContainEqual(expect.objectContaining({ day: '2025-04-26', kind: 'WORKING_DAY' }));
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
    expect(days.every((d) => d.day.startsWith('2025-'))).toBe(true);
    expect(errorCode(await new GqlClient(server.url).request(HOLIDAYS, { year: 2025 }))).toBe('UNAUTHENTICATED');
    expectBadInput(await client('helper').request(HOLIDAYS, { year: 0 }), 'year', 'OUT_OF_RANGE');
  });

  it('feeds working-day deadlines: Tết, the 30/4 break and the Saturday worked in 2025', async () => {
    const calendar = await loadWorkingCalendar(db.dataSource, 2025, 2025);
    expect(isWorkingDay('2025-04-26', calendar)).toBe(true); // Saturday worked for Friday 02/05
    expect(isWorkingDay('2025-05-02', calendar)).toBe(false);
    expect(addWorkingDays('2025-04-29', 1, calendar)).toBe('2025-05-05');
    expect(addWorkingDays('2025-01-24', 3, calendar)).toBe('2025-02-05'); // Tết: 25/01 to 02/02 off
  });

  it('lets the admin add and change a day, with an audit row each time', async () => {
    const added = await client('admin').request(SET, {
      input: { day: '2027-11-24', kind: 'DAY_OFF', name: 'Ngày nghỉ thử' },
    });
    expect(added.data).toEqual({ setHoliday: { day: '2027-11-24', kind: 'DAY_OFF', name: 'Ngày nghỉ thử' } });
    const changed = await client('admin').request(SET, {
      input: { day: '2027-11-24', kind: 'DAY_OFF', name: 'Ngày Văn hóa Việt Nam' },
    });
    expect(changed.errors).toBeUndefined();
    expect(await one('SELECT kind, name FROM holiday WHERE day = $1', ['2027-11-24'])).toEqual({
      kind: 'DAY_OFF',
      name: 'Ngày Văn hóa Việt Nam',
    });
    const audits = await db.dataSource.query(`SELECT fields FROM audit_event WHERE action = 'setHoliday'`);
    expect(audits).toEqual([{ fields: ['day', 'kind', 'name'] }, { fields: ['day', 'kind', 'name'] }]);
  });

  it('refuses a weekday as a swapped working day, an empty name, and anyone but the admin', async () => {
    expectBadInput(
      await refused('holiday', client('admin'), SET, { day: '2027-03-01', kind: 'WORKING_DAY', name: 'Làm bù' }),
      'input.day',
      'NOT_A_WEEKEND',
    );
    expectBadInput(
      await refused('holiday', client('admin'), SET, { day: '2027-03-06', kind: 'WORKING_DAY', name: '' }),
      'input.name',
      'REQUIRED',
    );
    for (const who of ['officer', 'helper', 'viewer']) {
      const res = await refused('holiday', client(who), SET, { day: '2027-03-06', kind: 'WORKING_DAY', name: 'x' });
      expect(errorCode(res), who).toBe('FORBIDDEN');
    }
  });

  it('lets the admin remove a day (audited); removing it again is NOT_FOUND', async () => {
    expect(errorCode(await refused('holiday', client('officer'), REMOVE, { day: '2027-11-24' }))).toBe('FORBIDDEN');
    const res = await client('admin').request(REMOVE, { input: { day: '2027-11-24' } });
    expect(res.data).toEqual({ removeHoliday: { day: '2027-11-24', kind: 'DAY_OFF', name: 'Ngày Văn hóa Việt Nam' } });
    expect(await one(`SELECT count(*)::int AS n FROM holiday WHERE day = '2027-11-24'`)).toEqual({ n: 0 });
    expect(await one(`SELECT fields FROM audit_event WHERE action = 'removeHoliday'`)).toEqual({ fields: ['day'] });
    expect(errorCode(await client('admin').request(REMOVE, { input: { day: '2027-11-24' } }))).toBe('NOT_FOUND');
  });
});
