import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, withDemoServer } from '../utils/demo-server.js';
import { StatementCounter } from '../utils/statement-counter.js';
import { errorCode } from '../utils/test-server.js';
import { addTestWard, TEST_WARD_ACCOUNTS } from '../utils/test-ward.js';

/*
 * A hand-built ward ("Phường Thử") next to the demo data, with notices dated in March 2030 so the
 * demo's own announced release (a few days from today) stays out of every range asked below:
 *
 *   person  unit        status          notice received  expected     release on file   listed for March?
 *   An      Thử         NOTIFIED        2030-02-10       2030-03-20   -                 yes (helper's)
 *   Bình    Thử         NOTIFIED        2030-02-01       2030-03-05   -                 yes, first
 *   Chi     Thử         NOTIFIED        2030-03-01       2030-04-01   -                 no: April
 *   Dũng    Thử         AWAITING_REPORT 2030-02-01       2030-03-15   2030-03-14        no: released
 *   Em      Thử         NOTIFIED        2030-02-01       2030-03-31   2020-01-01        yes: that release is an earlier sentence
 *   Giang   Thử         CLOSED          2030-02-01       2030-03-10   -                 no: case closed
 *   Hà      Thử         NOTIFIED        2030-02-01       (none)       -                 no
 *   Khánh   Lãm Hà      NOTIFIED        2030-02-01       2030-03-12   -                 only for Lãm Hà and the city
 */

const counter = new StatementCounter();
const people: Record<string, string> = {};

const { client } = withDemoServer({
  sqlLogger: counter,
  accounts: { ...TEST_WARD_ACCOUNTS, lamHa: DEMO_ACCOUNTS.officer },
  logins: ['officer', 'helper', 'lamHa', 'viewer', 'auditor'],
  async seed({ db }) {
    const q = async <T>(sql: string, params: unknown[] = []) =>
      ((await db.dataSource.query(sql, params)) as T[])[0] as T;
    const ward = await addTestWard(db.dataSource, { noContactDays: 30 });
    const lamHa = await q<{ id: string }>(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
    const unit = { id: ward.unitId };
    const org = { id: ward.organisationId };
    const helper = ward.helperId;

    const person = async (name: string, unitId: string, status: string, notice: [string, string | null] | null) => {
      const id = (
        await q<{ id: string }>(
          `INSERT INTO returnee (unit_id, full_name, search_name, status, version)
           VALUES ($1, $2, lower($2), $3, 1) RETURNING id`,
          [unitId, `Người ${name}`, status],
        )
      ).id;
      people[name] = id;
      if (notice) {
        await db.dataSource.query(
          `INSERT INTO release_notice (returnee_id, received_on, prison, expected_release_on, stated_address, verification_due_on, version)
           VALUES ($1, $2, 'Trại giam Xuân Nguyên', $3, 'Tổ dân phố 1', $2::date + 5, 1)`,
          [id, notice[0], notice[1]],
        );
      }
      return id;
    };
    const release = (id: string, on: string) =>
      db.dataSource.query(
        `INSERT INTO release (returnee_id, type, released_on, prison, version)
         VALUES ($1, 'FULL_TERM', $2, 'Trại giam Xuân Nguyên', 1)`,
        [id, on],
      );
    await person('An', unit.id, 'NOTIFIED', ['2030-02-10', '2030-03-20']);
    await person('Bình', unit.id, 'NOTIFIED', ['2030-02-01', '2030-03-05']);
    await person('Chi', unit.id, 'NOTIFIED', ['2030-03-01', '2030-04-01']);
    await release(await person('Dũng', unit.id, 'AWAITING_REPORT', ['2030-02-01', '2030-03-15']), '2030-03-14');
    await release(await person('Em', unit.id, 'NOTIFIED', ['2030-02-01', '2030-03-31']), '2020-01-01');
    await person('Giang', unit.id, 'CLOSED', ['2030-02-01', '2030-03-10']);
    await person('Hà', unit.id, 'NOTIFIED', ['2030-02-01', null]);
    await person('Khánh', lamHa.id, 'NOTIFIED', ['2030-02-01', '2030-03-12']);
    await db.dataSource.query(
      `INSERT INTO helper_assignment (returnee_id, helper_name, organisation_id, helper_user_id, role, started_on, version)
       VALUES ($1, 'Chị Thử', $2, $3, 'PRIMARY', '2030-02-11', 1)`,
      [people.An, org.id, helper],
    );
  },
});

const LIST = `query ($from: LocalDate!, $to: LocalDate!, $unitCode: String) {
  expectedReleases(from: $from, to: $to, unitCode: $unitCode) {
    id expectedReleaseOn prison returnee { id fullName }
  } }`;

interface Entry {
  id: string;
  expectedReleaseOn: string;
  prison: string;
  returnee: { id: string; fullName: string };
}

async function list(who: string, from: string, to: string, unitCode?: string) {
  const res = await client(who).request<{ expectedReleases: Entry[] }>(LIST, { from, to, unitCode });
  return { res, names: res.data?.expectedReleases.map((e) => e.returnee.fullName.replace('Người ', '')) };
}

describe('expectedReleases', () => {
  it('lists the month’s announced releases not yet recorded, earliest first, with their person', async () => {
    const { res, names } = await list('officer', '2030-03-01', '2030-03-31');
    expect(res.errors).toBeUndefined();
    expect(names).toEqual(['Bình', 'An', 'Em']);
    const first = res.data?.expectedReleases[0];
    expect(first).toMatchObject({
      expectedReleaseOn: '2030-03-05',
      prison: 'Trại giam Xuân Nguyên',
      returnee: { id: people.Bình, fullName: 'Người Bình' },
    });
  });

  it('includes both ends of the range and nothing outside it', async () => {
    expect((await list('officer', '2030-03-20', '2030-04-01')).names).toEqual(['An', 'Em', 'Chi']);
    expect((await list('officer', '2030-03-06', '2030-03-19')).names).toEqual([]);
  });

  it('leaves out another ward’s people, which that ward and the city see', async () => {
    expect((await list('officer', '2030-03-01', '2030-03-31')).names).not.toContain('Khánh');
    expect((await list('lamHa', '2030-03-01', '2030-03-31')).names).toEqual(['Khánh']);
    expect((await list('viewer', '2030-03-01', '2030-03-31')).names).toEqual(['Bình', 'Khánh', 'An', 'Em']);
    expect((await list('viewer', '2030-03-01', '2030-03-31', 'phuong-thu')).names).toEqual(['Bình', 'An', 'Em']);
  });

  it('answers another ward asked by code as missing', async () => {
    const { res } = await list('officer', '2030-03-01', '2030-03-31', 'lam-ha');
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('shows a helper only the people assigned to them', async () => {
    expect((await list('helper', '2030-03-01', '2030-03-31')).names).toEqual(['An']);
  });

  it('is refused to the auditor, who reads the audit log and not cases', async () => {
    const { res } = await list('auditor', '2030-03-01', '2030-03-31');
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('refuses an end before the start and a range longer than 366 days', async () => {
    const inverted = (await list('officer', '2030-03-31', '2030-03-01')).res;
    expect(errorCode(inverted)).toBe('BAD_USER_INPUT');
    expect(inverted.errors?.[0]?.extensions).toMatchObject({ field: 'to', reason: 'BEFORE_START' });

    const tooLong = (await list('officer', '2030-01-01', '2031-01-02')).res;
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ field: 'to', reason: 'OUT_OF_RANGE' });

    // 366 days, a leap year and a single day are fine.
    expect((await list('officer', '2030-01-01', '2031-01-01')).res.errors).toBeUndefined();
    expect((await list('officer', '2028-01-01', '2028-12-31')).res.errors).toBeUndefined();
    expect((await list('officer', '2030-03-05', '2030-03-05')).names).toEqual(['Bình']);
  });

  it('costs the same number of statements for one person as for several', async () => {
    counter.reset();
    expect((await list('officer', '2030-03-05', '2030-03-05')).names).toHaveLength(1);
    const one = counter.count;
    counter.reset();
    expect((await list('officer', '2030-03-01', '2030-04-30')).names).toHaveLength(4);
    expect(counter.count).toBe(one);
  });
});
