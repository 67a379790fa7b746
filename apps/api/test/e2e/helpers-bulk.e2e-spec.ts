import { addDays, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNothingWritten } from '../utils/assertions.js';
import { withDemoServer } from '../utils/demo-server.js';
import { GqlClient } from '../utils/test-server.js';

const { db, client, count, ids: demoIds } = withDemoServer();
const officer = client('officer');
const committee = client('committee');
const startedOn = addDays(todayInVietnam(), -3);
const ids = { open: [] as string[], closed: '', vanDau: '', womensUnion: '', vanDauPolice: '' };

const ASSIGN_MANY = `mutation ($input: AssignHelperToManyInput!) { assignHelperToMany(input: $input) {
  id helperName role startedOn organisation { id } } }`;
const HELPERS_OF = `query ($id: ID!) { returnee(id: $id) { id status helpers { helperName role } } }`;

function input(returneeIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    returneeIds,
    helperName: 'Phạm Thị Hoa',
    organisationId: ids.womensUnion,
    helperPhone: '0913 222 333',
    role: 'SUPPORTING',
    startedOn,
    ...overrides,
  };
}

beforeAll(async () => {
  ids.open = await demoIds.openPeople('lam-ha');
  ids.closed = await demoIds.anyPerson('lam-ha', 'CLOSED');
  ids.vanDau = await demoIds.anyPerson('van-dau');
  ids.womensUnion = await demoIds.organisation('Hội Phụ nữ phường Lãm Hà');
  ids.vanDauPolice = await demoIds.organisation('Công an phường Văn Đẩu');
});

/** Expects the call to fail and leave no assignment and no audit row behind. */
async function refusedWithNothingWritten(client: GqlClient, value: Record<string, unknown>) {
  const res = await expectNothingWritten(count, ['helper_assignment', 'audit_event'], () =>
    client.request(ASSIGN_MANY, { input: value }),
  );
  expect(res.data?.assignHelperToMany ?? null).toBeNull();
  return res.errors?.[0]?.extensions;
}

describe('assignHelperToMany', () => {
  it('assigns the helper to two people in one call, with an audit row per person', async () => {
    const [a, b] = ids.open;
    const res = await officer.request<{ assignHelperToMany: Array<{ id: string }> }>(ASSIGN_MANY, {
      input: input([a ?? '', b ?? '']),
    });
    expect(res.errors).toBeUndefined();
    const created = res.data?.assignHelperToMany ?? [];
    expect(created).toHaveLength(2);
    for (const person of [a, b]) {
      const seen = await officer.request<{ returnee: { helpers: Array<{ helperName: string }> } }>(HELPERS_OF, {
        id: person,
      });
      expect(seen.data?.returnee.helpers.map((h) => h.helperName)).toContain('Phạm Thị Hoa');
    }
    const audits = (await db.dataSource.query(
      `SELECT action, returnee_id, object_id, fields FROM audit_event WHERE object_id = ANY($1::uuid[]) ORDER BY returnee_id`,
      [created.map((c) => c.id)],
    )) as Array<{ action: string; returnee_id: string; fields: string[] }>;
    expect(audits.map((x) => x.returnee_id).sort()).toEqual([a, b].sort());
    for (const row of audits) {
      expect(row.action).toBe('assignHelperToMany');
      expect(row.fields).toEqual(expect.arrayContaining(['returneeId', 'helperName', 'organisationId', 'role']));
      expect(row.fields.join(' ')).not.toContain('Phạm');
    }
  });

  it('rolls everything back when one person is out of scope, blaming that person’s place', async () => {
    const [, , c, d] = ids.open;
    const ext = await refusedWithNothingWritten(officer, input([c ?? '', ids.vanDau, d ?? '']));
    expect(ext).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.returneeIds.1',
      reason: 'NOT_FOUND',
      returneeId: ids.vanDau,
    });
    // A missing id answers exactly the same.
    const missing = await refusedWithNothingWritten(officer, input([c ?? '', '00000000-0000-4000-8000-000000000000']));
    expect(missing).toMatchObject({ field: 'input.returneeIds.1', reason: 'NOT_FOUND' });
  });

  it('refuses the whole call when the state of one person does not allow it', async () => {
    const [, , c] = ids.open;
    const closed = await refusedWithNothingWritten(officer, input([c ?? '', ids.closed]));
    expect(closed).toMatchObject({ field: 'input.returneeIds.1', reason: 'CASE_CLOSED' });
    // A second PRIMARY for a person who already has one is refused on that person.
    const free = (await db.dataSource.query(
      `SELECT r.id FROM returnee r WHERE r.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM helper_assignment h
         WHERE h.returnee_id = r.id AND h.role = 'PRIMARY' AND h.ended_on IS NULL) ORDER BY r.id`,
      [ids.open],
    )) as Array<{ id: string }>;
    const [x, y] = free.map((f) => f.id);
    const first = await officer.request(ASSIGN_MANY, {
      input: input([x ?? ''], { role: 'PRIMARY', helperName: 'Vũ Văn Nam' }),
    });
    expect(first.errors).toBeUndefined();
    const second = await refusedWithNothingWritten(
      officer,
      input([y ?? '', x ?? ''], { role: 'PRIMARY', helperName: 'Đỗ Văn Tài' }),
    );
    expect(second).toMatchObject({ field: 'input.returneeIds.1', reason: 'PRIMARY_TAKEN', cause: 'input.role' });
  });

  it('refuses an organisation that is not in the person’s unit on that person', async () => {
    const [, , c] = ids.open;
    const ext = await refusedWithNothingWritten(officer, input([c ?? ''], { organisationId: ids.vanDauPolice }));
    expect(ext).toMatchObject({ field: 'input.returneeIds.0', reason: 'NOT_FOUND', cause: 'input.organisationId' });
  });

  it('checks the list itself: not empty, at most 100, no repeats', async () => {
    const [, , c] = ids.open;
    expect(await refusedWithNothingWritten(officer, input([]))).toMatchObject({
      field: 'input.returneeIds',
      reason: 'REQUIRED',
    });
    expect(await refusedWithNothingWritten(officer, input([c ?? '', c ?? '']))).toMatchObject({
      field: 'input.returneeIds',
      reason: 'DUPLICATE',
    });
    const many = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(await refusedWithNothingWritten(officer, input(many))).toMatchObject({
      field: 'input.returneeIds',
      reason: 'TOO_MANY',
    });
  });

  it('is the officer’s: the committee may not assign helpers', async () => {
    const [, , c] = ids.open;
    const ext = await refusedWithNothingWritten(committee, input([c ?? '']));
    expect(ext?.code).toBe('FORBIDDEN');
  });
});
