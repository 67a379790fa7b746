import {
  addDays,
  EmploymentStatus,
  normalizeName,
  PledgeIndicator,
  ReleaseType,
  Role,
  todayInVietnam,
  UnitLevel,
} from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/password.js';
import { User } from '../../src/modules/auth/user.entity.js';
import { evaluateIndicator } from '../../src/modules/committee/pledges/indicators.js';
import { EmploymentPeriod } from '../../src/modules/employment/employment-period.entity.js';
import { Release } from '../../src/modules/lifecycle/release.entity.js';
import { Returnee } from '../../src/modules/returnees/returnee.entity.js';
import { runTaskRules } from '../../src/modules/tasks/task-rules.js';
import { AdministrativeUnit } from '../../src/modules/units/administrative-unit.entity.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';
import { GqlClient, startTestServer, type TestServer } from '../utils/test-server.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * Circular 10/2024/TT-BCA art. 7: a parolee (người được tha tù trước thời hạn có điều kiện) enters
 * the reintegration caseload once the probation period is completed. A hand-built ward:
 *
 *   person    returned    release                        work
 *   Full      2023-01-10  full term, 2023-01-07          STABLE from 2023-01-20
 *   Parolee   2023-03-06  parole, 2023-03-03, probation  UNSTABLE from 2023-03-13
 *                         to 2023-09-30 (its last day)
 *   Now       today −100  parole, probation to today+100 none (on probation today)
 *   Home      today −100  full term                       none (in the caseload today)
 *
 * Every count that rests on the caseload leaves Parolee out up to 30/09/2023 and counts him from
 * 01/10/2023; he stays in the cohort of returns throughout.
 */

let db: TestDatabase;
let server: TestServer;
let officer: GqlClient;
let wardId: string;
const today = todayInVietnam();
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  const ds = db.dataSource;
  const units = ds.getRepository(AdministrativeUnit);
  const ward = await units.save(
    units.create({ code: 'w-parole', name: 'Phường Thử', level: UnitLevel.WARD, noContactDays: 30 }),
  );
  wardId = ward.id;
  await ds.getRepository(User).insert({
    email: 'officer@parole.test',
    displayName: 'Cán bộ',
    role: Role.OFFICER,
    unitId: ward.id,
    passwordHash: await hashPassword('pw'),
  });
  const person = async (
    name: string,
    returnedOn: string,
    release: { type: ReleaseType; releasedOn: string; probationEndsOn?: string },
    work?: [EmploymentStatus, string],
  ) => {
    const r = await ds
      .getRepository(Returnee)
      .save({ unitId: ward.id, fullName: name, searchName: normalizeName(name), returnedOn, otherNames: [] });
    await ds.getRepository(Release).insert({ returneeId: r.id, prison: 'Trại giam T', ...release });
    if (work)
      await ds.getRepository(EmploymentPeriod).insert({ returneeId: r.id, status: work[0], startedOn: work[1] });
    ids[name] = r.id;
  };
  await person('Full', '2023-01-10', { type: ReleaseType.FULL_TERM, releasedOn: '2023-01-07' }, [
    EmploymentStatus.STABLE,
    '2023-01-20',
  ]);
  await person(
    'Parolee',
    '2023-03-06',
    { type: ReleaseType.PAROLE, releasedOn: '2023-03-03', probationEndsOn: '2023-09-30' },
    [EmploymentStatus.UNSTABLE, '2023-03-13'],
  );
  await person('Now', addDays(today, -100), {
    type: ReleaseType.PAROLE,
    releasedOn: addDays(today, -103),
    probationEndsOn: addDays(today, 100),
  });
  await person('Home', addDays(today, -100), { type: ReleaseType.FULL_TERM, releasedOn: addDays(today, -103) });

  server = await startTestServer(ds);
  officer = new GqlClient(server.url);
  await officer.login('officer@parole.test', 'pw');
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

type Breakdown = { total: number; stable: number; unstable: number; unemployed: number; other: number };
const breakdown = (stable: number, unstable: number, other = 0): Breakdown => ({
  total: stable + unstable + other,
  stable,
  unstable,
  unemployed: 0,
  other,
});

async function stats(asOf: string, since = '2023-01-01') {
  const res = await officer.request<{
    reintegrationStats: {
      returned: Breakdown;
      inCaseload: Breakdown;
      caseloadByMonth: Array<{ on: string; inCaseload: Breakdown }>;
    };
  }>(
    `query ($since: LocalDate!, $asOf: LocalDate) { reintegrationStats(returnedSince: $since, asOf: $asOf) {
      returned { total stable unstable unemployed other } inCaseload { total stable unstable unemployed other }
      caseloadByMonth { on inCaseload { total stable unstable unemployed other } } } }`,
    { since, asOf },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.reintegrationStats;
}

describe('a parolee on probation is not yet in the caseload (Circular 10/2024/TT-BCA art. 7)', () => {
  it('counts him among the returns but not in the caseload on the last day of probation', async () => {
    const s = await stats('2023-09-30');
    expect(s?.returned).toEqual(breakdown(1, 1));
    expect(s?.inCaseload).toEqual(breakdown(1, 0));
  });

  it('counts him in the caseload from the day after probation ends', async () => {
    const s = await stats('2023-10-01');
    expect(s?.returned).toEqual(breakdown(1, 1));
    expect(s?.inCaseload).toEqual(breakdown(1, 1));
  });

  it('leaves him out of every month end inside probation, month by month', async () => {
    const s = await stats('2023-10-15');
    const byDay = Object.fromEntries((s?.caseloadByMonth ?? []).map((p) => [p.on, p.inCaseload.total]));
    expect(byDay).toMatchObject({
      '2023-02-28': 1,
      '2023-03-31': 1,
      '2023-08-31': 1,
      '2023-09-30': 1,
      '2023-10-15': 2,
    });
  });

  it('scores the caseload-based pledge indicators without him while on probation', async () => {
    const score = (indicator: PledgeIndicator, to: string) =>
      evaluateIndicator(db.dataSource.manager, { indicator, scope: [wardId], from: '2023-07-01', to });
    // Stable work: Full alone (1 / 1), then Full and Parolee (1 / 2).
    expect(await score(PledgeIndicator.STABLE_WORK_SHARE, '2023-09-30')).toBe(100);
    expect(await score(PledgeIndicator.STABLE_WORK_SHARE, '2023-10-01')).toBe(50);
  });

  it('keeps a parolee on probation today out of the no-contact alert and its task, not a full-term return', async () => {
    const res = await officer.request<{ noContactList: Array<{ returnee: { fullName: string } }> }>(
      '{ noContactList { returnee { fullName } } }',
    );
    expect(res.errors).toBeUndefined();
    const listed = res.data?.noContactList.map((e) => e.returnee.fullName);
    expect(listed).toContain('Home');
    expect(listed).not.toContain('Now');

    await runTaskRules(testSystemContext(db.dataSource), today);
    const kinds = async (name: string) =>
      (
        (await db.dataSource.query('SELECT kind FROM task WHERE returnee_id = $1', [ids[name]])) as Array<{
          kind: string;
        }>
      ).map((t) => t.kind);
    expect(await kinds('Home')).toEqual(['NO_CONTACT']);
    expect(await kinds('Now')).not.toContain('NO_CONTACT');
  });

  it('audits every task the rules create, with no actor (the product did it), in the same transaction', async () => {
    const ctx = testSystemContext(db.dataSource);
    await db.dataSource.query(`DELETE FROM task WHERE returnee_id = $1 AND kind = 'NO_CONTACT'`, [ids.Home]);
    expect(await runTaskRules(ctx, today)).toBe(1);
    const rows = await db.dataSource.query(
      `SELECT a.action, a.actor_id, a.actor_role, a.returnee_id, a.fields FROM audit_event a
       JOIN task t ON t.id = a.object_id WHERE a.request_id = $1`,
      [ctx.requestId],
    );
    expect(rows).toEqual([
      {
        action: 'createTask',
        actor_id: null,
        actor_role: null,
        returnee_id: ids.Home,
        fields: ['kind', 'title', 'dueOn', 'ownerId', 'ruleKey'],
      },
    ]);
  });
});
