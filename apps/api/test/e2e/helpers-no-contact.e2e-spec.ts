import { addDays, todayInVietnam } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';
import { addTestWard, TEST_WARD_ACCOUNTS } from '../utils/test-ward.js';

/*
 * A hand-built ward ("Phường Thử", no-contact threshold 20 days) whose answers are worked out
 * below, day by day relative to today:
 *
 *   person  returned  status          contacts (days ago)                 latest any  days since
 *   Một     100       UNDER_SUPPORT   officer 50, helper 25 (assignment)   25          25  > 20 listed
 *   Hai     100       UNDER_SUPPORT   officer 10                           10          10
 *   Ba       40       RECEIVED        none                                 -           40  > 20 listed
 *   Bốn      21       UNDER_SUPPORT   none                                 -           21  > 20 listed
 *   Năm      20       UNDER_SUPPORT   none                                 -           20  (not more than 20)
 *   Sáu     200       CLOSED          none                                 -           closed: never listed
 *   Bảy       -       NOTIFIED        none                                 -           not home yet
 *
 * The helper is assigned to Một (PRIMARY, from 60 days ago) and Hai (SUPPORTING, from 30 days ago).
 * Her daysSinceLastContact counts only contacts under her assignment: Một 25, Hai 30 (the
 * officer's contact 10 days ago is under no assignment).
 */

const today = todayInVietnam();
const daysAgo = (n: number) => addDays(today, -n);
const people: Record<string, string> = {};

const { client } = withDemoServer({
  accounts: { ...TEST_WARD_ACCOUNTS, lamHa: DEMO_ACCOUNTS.officer },
  logins: ['officer', 'helper', 'lamHa', 'viewer'],
  async seed({ db }) {
    const q = async <T>(sql: string, params: unknown[] = []) =>
      ((await db.dataSource.query(sql, params)) as T[])[0] as T;
    const ward = await addTestWard(db.dataSource, { noContactDays: 20 });
    const unit = { id: ward.unitId };
    const org = { id: ward.organisationId };
    const officer = ward.officerId;
    const helper = ward.helperId;
    const person = async (name: string, returnedAgo: number | null, status: string) => {
      people[name] = (
        await q<{ id: string }>(
          `INSERT INTO returnee (unit_id, full_name, search_name, returned_on, status, version)
           VALUES ($1, $2, lower($2), $3, $4, 1) RETURNING id`,
          [unit.id, `Người ${name}`, returnedAgo === null ? null : daysAgo(returnedAgo), status],
        )
      ).id;
    };
    await person('Một', 100, 'UNDER_SUPPORT');
    await person('Hai', 100, 'UNDER_SUPPORT');
    await person('Ba', 40, 'RECEIVED');
    await person('Bốn', 21, 'UNDER_SUPPORT');
    await person('Năm', 20, 'UNDER_SUPPORT');
    await person('Sáu', 200, 'CLOSED');
    await person('Bảy', null, 'NOTIFIED');
    const assign = async (name: string, role: string, startedAgo: number) =>
      (
        await q<{ id: string }>(
          `INSERT INTO helper_assignment (returnee_id, helper_name, organisation_id, helper_user_id, role, started_on, version)
           VALUES ($1, 'Chị Thử', $2, $3, $4, $5, 1) RETURNING id`,
          [people[name], org.id, helper, role, daysAgo(startedAgo)],
        )
      ).id;
    const mot = await assign('Một', 'PRIMARY', 60);
    await assign('Hai', 'SUPPORTING', 30);
    const contact = async (name: string, ago: number, by: string, assignment: string | null) =>
      db.dataSource.query(
        `INSERT INTO contact (returnee_id, helper_assignment_id, contacted_on, channel, recorded_by_id, version)
         VALUES ($1, $2, $3, 'HOME_VISIT', $4, 1)`,
        [people[name], assignment, daysAgo(ago), by],
      );
    await contact('Một', 50, officer, null);
    await contact('Một', 25, helper, mot);
    await contact('Hai', 10, officer, null);
  },
});

const LIST = `query ($days: Int) { noContactList(days: $days) {
  returnee { id fullName } lastContactOn daysSince thresholdDays } }`;

interface Entry {
  returnee: { id: string; fullName: string };
  lastContactOn: string | null;
  daysSince: number;
  thresholdDays: number;
}

async function list(who: string, days?: number) {
  const res = await client(who).request<{ noContactList: Entry[] }>(LIST, days === undefined ? {} : { days });
  expect(res.errors).toBeUndefined();
  return res.data?.noContactList ?? [];
}

const summary = (entries: Entry[]) =>
  entries.map((e) => [e.returnee.fullName, e.lastContactOn, e.daysSince, e.thresholdDays]);

describe('noContactList', () => {
  it('lists open cases past the unit’s 20 days, longest wait first, closed and not-yet-home people left out', async () => {
    expect(summary(await list('officer'))).toEqual([
      ['Người Ba', null, 40, 20],
      ['Người Một', daysAgo(25), 25, 20],
      ['Người Bốn', null, 21, 20],
    ]);
  });

  it('applies the number of days asked for instead of the unit’s', async () => {
    expect(summary(await list('officer', 30))).toEqual([['Người Ba', null, 40, 30]]);
    expect(summary(await list('officer', 5))).toEqual([
      ['Người Ba', null, 40, 5],
      ['Người Một', daysAgo(25), 25, 5],
      ['Người Bốn', null, 21, 5],
      ['Người Năm', null, 20, 5],
      ['Người Hai', daysAgo(10), 10, 5],
    ]);
  });

  it('shows a helper only the people assigned to her', async () => {
    expect(summary(await list('helper', 5))).toEqual([
      ['Người Một', daysAgo(25), 25, 5],
      ['Người Hai', daysAgo(10), 10, 5],
    ]);
  });

  it('never shows another ward’s people, and refuses viewers and bad numbers', async () => {
    const lamHa = await list('lamHa', 0);
    expect(lamHa.length).toBeGreaterThan(0);
    expect(lamHa.filter((e) => Object.values(people).includes(e.returnee.id))).toEqual([]);
    expect(errorCode(await client('viewer').request(LIST))).toBe('FORBIDDEN');
    expect((await client('officer').request(LIST, { days: -1 })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'days',
      reason: 'OUT_OF_RANGE',
    });
  });
});

describe('daysSinceLastContact', () => {
  it('counts from the latest contact under each assignment, or from its start when there is none', async () => {
    const res = await client('helper').request<{ helperCaseload: Array<Record<string, unknown>> }>(
      `{ helperCaseload { fullName helpers { role daysSinceLastContact } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.helperCaseload).toEqual([
      { fullName: 'Người Hai', helpers: [{ role: 'SUPPORTING', daysSinceLastContact: 30 }] },
      { fullName: 'Người Một', helpers: [{ role: 'PRIMARY', daysSinceLastContact: 25 }] },
    ]);
  });
});
