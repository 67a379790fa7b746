import { ClosureReason, EmploymentStatus, normalizeName, Role, UnitLevel } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/password.js';
import { User } from '../../src/modules/auth/user.entity.js';
import { CaseClosure } from '../../src/modules/lifecycle/case-closure.entity.js';
import { EmploymentPeriod } from '../../src/modules/employment/employment-period.entity.js';
import { Returnee } from '../../src/modules/returnees/returnee.entity.js';
import { AdministrativeUnit } from '../../src/modules/units/administrative-unit.entity.js';
import { withDemoServer } from '../utils/demo-server.js';

/*
 * A small hand-built data set whose answers are worked out by hand, to pin the edges of the
 * definitions: inclusive dates everywhere, and a higher unit adding up its wards.
 */

const SINCE = '2022-01-01';
const AS_OF = '2023-06-30';

const client = withDemoServer({
  demo: false,
  accounts: { province: { email: 'p@test.local', password: 'pw' } },
  async seed({ db }) {
    const units = db.dataSource.getRepository(AdministrativeUnit);
    const province = await units.save(units.create({ code: 'p', name: 'Tỉnh P', level: UnitLevel.PROVINCE }));
    const wardA = await units.save(
      units.create({ code: 'a', name: 'Phường A', level: UnitLevel.WARD, parentId: province.id }),
    );
    const wardB = await units.save(
      units.create({ code: 'b', name: 'Phường B', level: UnitLevel.WARD, parentId: province.id }),
    );
    await db.dataSource.getRepository(User).insert({
      email: 'p@test.local',
      displayName: 'Tỉnh',
      // An administrator: the counting is the point here, and a viewer would see counts of 1–2
      // suppressed (report-submissions.e2e-spec.ts covers that).
      role: Role.ADMIN,
      unitId: province.id,
      passwordHash: await hashPassword('pw'),
    });

    const person = async (
      unitId: string,
      name: string,
      returnedOn: string,
      periods: Array<[EmploymentStatus, string, string | null]>,
      closedOn?: string,
    ) => {
      const r = await db.dataSource
        .getRepository(Returnee)
        .save({ unitId, fullName: name, searchName: normalizeName(name), returnedOn, otherNames: [] });
      for (const [status, startedOn, endedOn] of periods) {
        await db.dataSource.getRepository(EmploymentPeriod).insert({ returneeId: r.id, status, startedOn, endedOn });
      }
      if (closedOn) {
        await db.dataSource
          .getRepository(CaseClosure)
          .insert({ returneeId: r.id, reason: ClosureReason.MOVED_AWAY, closedOn });
      }
    };
    const { STABLE, UNSTABLE, UNEMPLOYED, IN_TRAINING } = EmploymentStatus;
    // Ward A
    await person(wardA.id, 'Returned exactly on returnedSince', SINCE, [[STABLE, SINCE, null]]);
    await person(wardA.id, 'Returned the day before returnedSince', '2021-12-31', [[STABLE, '2022-01-05', null]]);
    await person(wardA.id, 'Returned exactly on asOf', AS_OF, [[UNEMPLOYED, AS_OF, null]]);
    await person(wardA.id, 'Returned the day after asOf', '2023-07-01', [[UNEMPLOYED, '2023-07-01', null]]);
    await person(wardA.id, 'Period ends exactly on asOf', '2022-03-01', [
      [UNEMPLOYED, '2022-03-01', '2022-05-31'],
      [UNSTABLE, '2022-06-01', AS_OF],
      [STABLE, '2023-07-01', null],
    ]);
    await person(wardA.id, 'Closed exactly on asOf', '2022-04-01', [[UNSTABLE, '2022-04-01', null]], AS_OF);
    await person(wardA.id, 'Closed the day after asOf', '2022-04-02', [[UNSTABLE, '2022-04-02', null]], '2023-07-01');
    // Ward B
    await person(wardB.id, 'In training', '2022-08-01', [[IN_TRAINING, '2022-08-01', null]]);
    await person(wardB.id, 'No period recorded', '2022-09-01', []);
    await person(wardB.id, 'Stable in B', '2023-01-10', [[STABLE, '2023-02-01', null]]);
  },
}).client('province');

async function stats(unit: string) {
  const res = await client.request<{ reintegrationStats: { returned: unknown; inCaseload: unknown } }>(
    `query ($u: String) { reintegrationStats(returnedSince: "${SINCE}", asOf: "${AS_OF}", unitCode: $u) {
      returned { total stable unstable unemployed other } inCaseload { total stable unstable unemployed other } } }`,
    { u: unit },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.reintegrationStats;
}

describe('reintegrationStats edges', () => {
  it('counts inclusive dates: returned on returnedSince or asOf, a period ending on asOf, a closure on asOf', async () => {
    // A: counted = on-since (STABLE), on-asOf (UNEMPLOYED), period-ends-on-asOf (UNSTABLE),
    //    closed-on-asOf (UNSTABLE), closed-after (UNSTABLE) → 5 = 1/3/1.
    // In caseload: all but "closed exactly on asOf" → 4 = 1/2/1.
    expect(await stats('a')).toEqual({
      returned: { total: 5, stable: 1, unstable: 3, unemployed: 1, other: 0 },
      inCaseload: { total: 4, stable: 1, unstable: 2, unemployed: 1, other: 0 },
    });
  });

  it('counts training and no recorded period as other', async () => {
    expect(await stats('b')).toEqual({
      returned: { total: 3, stable: 1, unstable: 0, unemployed: 0, other: 2 },
      inCaseload: { total: 3, stable: 1, unstable: 0, unemployed: 0, other: 2 },
    });
  });

  it('adds up both wards at the higher unit', async () => {
    expect(await stats('p')).toEqual({
      returned: { total: 8, stable: 2, unstable: 3, unemployed: 1, other: 2 },
      inCaseload: { total: 7, stable: 2, unstable: 2, unemployed: 1, other: 2 },
    });
  });
});
