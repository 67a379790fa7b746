import { EmploymentStatus, normalizeName, Role, UnitLevel } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/password.js';
import { User } from '../../src/modules/auth/user.entity.js';
import { CaseTransfer } from '../../src/modules/lifecycle/case-transfer.entity.js';
import { EmploymentPeriod } from '../../src/modules/employment/employment-period.entity.js';
import { Returnee } from '../../src/modules/returnees/returnee.entity.js';
import { AdministrativeUnit } from '../../src/modules/units/administrative-unit.entity.js';
import { withDemoServer } from '../utils/demo-server.js';

/*
 * A hand-over keeps each unit's history true: the sending ward still counts the person among
 * those who returned to it, but not in its caseload after the hand-over; the receiving ward
 * counts the arrival; the city above both counts one return, not two.
 *
 *   Minh: home to ward X on 01/06/2022, handed over to ward Y on 15/01/2023, casual work throughout.
 *   Lan:  home to ward Y on 01/03/2023, stable work.
 */

const client = withDemoServer({
  demo: false,
  accounts: { city: { email: 'q@test.local', password: 'pw' } },
  async seed({ db }) {
    const units = db.dataSource.getRepository(AdministrativeUnit);
    const city = await units.save(units.create({ code: 'q', name: 'Thành phố Q', level: UnitLevel.PROVINCE }));
    const x = await units.save(units.create({ code: 'x', name: 'Phường X', level: UnitLevel.WARD, parentId: city.id }));
    const y = await units.save(units.create({ code: 'y', name: 'Phường Y', level: UnitLevel.WARD, parentId: city.id }));
    await db.dataSource.getRepository(User).insert({
      email: 'q@test.local',
      displayName: 'Thành phố',
      // An administrator: the counting is the point here, and a viewer would see counts of 1–2
      // suppressed (report-submissions.e2e-spec.ts covers that).
      role: Role.ADMIN,
      unitId: city.id,
      passwordHash: await hashPassword('pw'),
    });
    const person = async (name: string, unitId: string, returnedOn: string, status: EmploymentStatus) => {
      const r = await db.dataSource
        .getRepository(Returnee)
        .save({ unitId, fullName: name, searchName: normalizeName(name), returnedOn, otherNames: [] });
      await db.dataSource.getRepository(EmploymentPeriod).insert({ returneeId: r.id, status, startedOn: returnedOn });
      return r;
    };
    const minh = await person('Minh', y.id, '2022-06-01', EmploymentStatus.UNSTABLE);
    await db.dataSource
      .getRepository(CaseTransfer)
      .insert({ returneeId: minh.id, fromUnitId: x.id, toUnitId: y.id, transferredOn: '2023-01-15' });
    await person('Lan', y.id, '2023-03-01', EmploymentStatus.STABLE);
  },
}).client('city');

async function stats(unit: string, since = '2022-01-01', asOf = '2023-06-30') {
  const res = await client.request<{
    reintegrationStats: { returned: { total: number }; inCaseload: { total: number } };
  }>(
    `query ($u: String, $s: LocalDate!, $a: LocalDate) { reintegrationStats(returnedSince: $s, asOf: $a, unitCode: $u) {
      returned { total stable unstable unemployed other } inCaseload { total stable unstable unemployed other } } }`,
    { u: unit, s: since, a: asOf },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.reintegrationStats;
}

describe('reintegrationStats across a hand-over', () => {
  it('keeps the person among the sending ward’s returns, out of its caseload after the hand-over', async () => {
    expect(await stats('x')).toMatchObject({ returned: { total: 1, unstable: 1 }, inCaseload: { total: 0 } });
    // Before the hand-over the person was in ward X's caseload.
    expect(await stats('x', '2022-01-01', '2022-12-31')).toMatchObject({ inCaseload: { total: 1 } });
  });

  it('counts the arrival in the receiving ward from the hand-over day', async () => {
    expect(await stats('y')).toMatchObject({
      returned: { total: 2, stable: 1, unstable: 1 },
      inCaseload: { total: 2 },
    });
    expect(await stats('y', '2023-02-01')).toMatchObject({ returned: { total: 1, stable: 1 } });
  });

  it('counts one return, not two, for the city above both wards', async () => {
    expect(await stats('q')).toMatchObject({ returned: { total: 2 }, inCaseload: { total: 2 } });
    expect(await stats('q', '2023-01-01')).toMatchObject({ returned: { total: 1, stable: 1 } });
  });
});
