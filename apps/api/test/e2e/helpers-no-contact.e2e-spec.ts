import { addDays, todayInVietnam } from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';
import { errorCode, GqlClient, startTestServer, type TestServer } from '../utils/test-server.js';

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

let db: TestDatabase;
let server: TestServer;
const today = todayInVietnam();
const daysAgo = (n: number) => addDays(today, -n);
const people: Record<string, string> = {};
const clients: Record<string, GqlClient> = {};

/** The signed-in client called `name` (see beforeAll). */
function client(name: string): GqlClient {
  const c = clients[name];
  if (!c) throw new Error(`no client ${name}`);
  return c;
}

async function login(name: string, email: string) {
  clients[name] = new GqlClient(server.url);
  await clients[name].login(email);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.dataSource, createLogger('silent'));
  server = await startTestServer(db.dataSource);
  const q = async <T>(sql: string, params: unknown[] = []) => ((await db.dataSource.query(sql, params)) as T[])[0] as T;
  const city = await q<{ id: string }>(`SELECT id FROM administrative_unit WHERE code = 'hai-phong'`);
  const unit = await q<{ id: string }>(
    `INSERT INTO administrative_unit (code, name, level, parent_id, no_contact_days, report_in_days)
     VALUES ('phuong-thu', 'Phường Thử', 'WARD', $1, 20, 10) RETURNING id`,
    [city.id],
  );
  const org = await q<{ id: string }>(
    `INSERT INTO organisation (name, kind, unit_id) VALUES ('Hội Phụ nữ phường Thử', 'WOMENS_UNION', $1) RETURNING id`,
    [unit.id],
  );
  const hash = await hashPassword('hoanhap-demo-2024');
  const user = async (email: string, role: string, organisationId: string | null) =>
    (
      await q<{ id: string }>(
        `INSERT INTO app_user (email, display_name, role, unit_id, organisation_id, password_hash, version)
         VALUES ($1, $1, $2, $3, $4, $5, 1) RETURNING id`,
        [email, role, unit.id, organisationId, hash],
      )
    ).id;
  const officer = await user('congan.thu@hoanhap.local', 'OFFICER', null);
  const helper = await user('phunu.thu@hoanhap.local', 'HELPER', org.id);
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
  await login('officer', 'congan.thu@hoanhap.local');
  await login('helper', 'phunu.thu@hoanhap.local');
  await login('lamHa', 'congan.lamha@hoanhap.local');
  await login('viewer', 'so.haiphong@hoanhap.local');
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
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
