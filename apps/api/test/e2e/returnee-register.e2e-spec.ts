import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, client, signIn } = withDemoServer();
const officer = client('officer');

const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) {
  id fullName status version citizenId returnedOn unit { code } familyContacts { name relation phone } } }`;
const UPDATE = `mutation ($input: UpdateReturneeInput!) { updateReturnee(input: $input) { id fullName version citizenId } }`;

interface Registered {
  registerReturnee: {
    id: string;
    fullName: string;
    status: string;
    version: number;
    citizenId: string | null;
    unit: { code: string };
  };
}

const count = async () => Number((await db.dataSource.query('SELECT count(*)::int AS n FROM returnee'))[0].n);

describe('registerReturnee', () => {
  it('adds a person from a prison notice as NOTIFIED in the officer’s unit, with an audit row', async () => {
    const res = await officer.request<Registered>(REGISTER, {
      input: {
        fullName: '  Đinh Văn Khánh ',
        otherNames: ['Khánh "đen"'],
        citizenId: '031 095 012 345',
        familyContacts: [{ name: 'Đinh Thị Lụa', relation: 'mẹ', phone: '0912 345 678' }],
      },
    });
    expect(res.errors).toBeUndefined();
    const person = res.data?.registerReturnee;
    expect(person).toMatchObject({
      fullName: 'Đinh Văn Khánh',
      status: 'NOTIFIED',
      citizenId: '031095012345',
      unit: { code: 'lam-ha' },
    });
    const audit = await db.dataSource.query('SELECT action, fields FROM audit_event WHERE object_id = $1 ORDER BY id', [
      person?.id,
    ]);
    // One row, the write: it names the citizen ID it wrote, so the answer carrying it back is no new read.
    expect(audit).toEqual([{ action: 'registerReturnee', fields: expect.arrayContaining(['fullName', 'citizenId']) }]);
    expect(JSON.stringify(audit)).not.toContain('031095012345');
    const found = await officer.request<{ returnees: { totalCount: number } }>(
      '{ returnees(filter: { search: "khanh dinh den" }) { totalCount } }',
    );
    expect(found.data?.returnees.totalCount).toBe(1);
  });

  it.each([
    ['an 11-digit citizen ID', { citizenId: '03109501234' }, 'input.citizenId', 'INVALID_CITIZEN_ID'],
    ['a citizen ID already on file', { citizenId: '031095012345' }, 'input.citizenId', 'DUPLICATE'],
    ['a birth date in the future', { dateOfBirth: '2999-01-01' }, 'input.dateOfBirth', 'IN_FUTURE'],
    ['a return date in the future', { returnedOn: '2999-01-01' }, 'input.returnedOn', 'IN_FUTURE'],
    [
      'a return before birth',
      { dateOfBirth: '1990-05-01', returnedOn: '1989-01-01' },
      'input.returnedOn',
      'BEFORE_START',
    ],
    ['an empty name', { fullName: ' ' }, 'input.fullName', 'REQUIRED'],
    [
      'a bad phone',
      { familyContacts: [{ name: 'A', relation: 'bố', phone: 'call me' }] },
      'input.familyContacts.0.phone',
      'INVALID_PHONE',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_label, change, field, reason) => {
    const before = await count();
    const res = await officer.request(REGISTER, { input: { fullName: 'Người Thử', ...change } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count()).toBe(before);
  });

  it('words the identity-number errors as the Identity Law 2023 does: "số định danh cá nhân", never "CCCD"', async () => {
    const invalid = await officer.request(REGISTER, { input: { fullName: 'Người Thử', citizenId: '03109501234' } });
    expect(invalid.errors?.[0]?.message).toBe(
      'Số định danh cá nhân phải gồm đúng 12 chữ số. / A personal identification number has exactly 12 digits.',
    );
    const duplicate = await officer.request(REGISTER, { input: { fullName: 'Người Thử', citizenId: '031095012345' } });
    expect(duplicate.errors?.[0]?.message).toBe(
      'Số định danh cá nhân này đã có trong hồ sơ. / This personal identification number is already on file.',
    );
  });

  it('is refused to roles that do not record casework, and to a unit outside the officer’s scope', async () => {
    for (const email of ['ubnd.lamha@hoanhap.local', 'phunu.lamha@hoanhap.local', 'so.haiphong@hoanhap.local']) {
      const client = await signIn(email);
      expect(errorCode(await client.request(REGISTER, { input: { fullName: 'Người Thử' } })), email).toBe('FORBIDDEN');
    }
    const res = await officer.request(REGISTER, { input: { fullName: 'Người Thử', unitCode: 'van-dau' } });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });
});

describe('updateReturnee', () => {
  async function registered(): Promise<Registered['registerReturnee']> {
    const res = await officer.request<Registered>(REGISTER, { input: { fullName: 'Hồ Văn Lâm' } });
    return res.data?.registerReturnee as Registered['registerReturnee'];
  }

  it('changes only the fields given and bumps the version', async () => {
    const p = await registered();
    const res = await officer.request<{ updateReturnee: { fullName: string; version: number; citizenId: string } }>(
      UPDATE,
      {
        input: { id: p.id, version: p.version, citizenId: '031096000111' },
      },
    );
    expect(res.data?.updateReturnee).toMatchObject({
      fullName: 'Hồ Văn Lâm',
      citizenId: '031096000111',
      version: p.version + 1,
    });
    const audit = await db.dataSource.query(
      `SELECT fields FROM audit_event WHERE object_id = $1 AND action = 'updateReturnee'`,
      [p.id],
    );
    expect(audit).toEqual([{ fields: ['citizenId'] }]);
  });

  it('refuses a stale version with CONFLICT and keeps the other officer’s change', async () => {
    const p = await registered();
    const first = await officer.request(UPDATE, {
      input: { id: p.id, version: p.version, fullName: 'Hồ Văn Lâm (sửa 1)' },
    });
    expect(first.errors).toBeUndefined();
    const second = await officer.request(UPDATE, {
      input: { id: p.id, version: p.version, fullName: 'Hồ Văn Lâm (sửa 2)' },
    });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: p.version + 1 });
    const [{ full_name }] = await db.dataSource.query('SELECT full_name FROM returnee WHERE id = $1', [p.id]);
    expect(full_name).toBe('Hồ Văn Lâm (sửa 1)');
  });

  it('lets only one of two simultaneous edits of the same version win', async () => {
    const p = await registered();
    const results = await Promise.all(
      ['A', 'B'].map((v) =>
        officer.request(UPDATE, { input: { id: p.id, version: p.version, fullName: `Hồ Văn ${v}` } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(1);
  });

  it('answers NOT_FOUND for another unit’s person and for an unknown id', async () => {
    const vanDau = await signIn('congan.vandau@hoanhap.local');
    const p = await registered();
    expect(errorCode(await vanDau.request(UPDATE, { input: { id: p.id, version: p.version, fullName: 'X Y' } }))).toBe(
      'NOT_FOUND',
    );
    const unknown = await officer.request(UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', version: 1, fullName: 'X Y' },
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});
