import { addDays } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectBadInput } from '../utils/assertions.js';
import {
  ASSIGN,
  CASELOAD,
  CONTACT,
  type Data,
  daysAgo,
  END,
  idOf,
  today,
  withHelperCasework,
} from '../utils/helper-casework.js';
import { errorCode } from '../utils/test-server.js';

/*
 * A person's helpers, helpers' caseloads and ending an assignment, on casework built as the
 * assignment and contact tests build it: helper A (Women's Union, primary, 20 days ago) and
 * helper 2 (Youth Union, supporting, 15 days ago) on person A, and contacts 5, 3 and 2 days ago.
 */

const { client, one, ids, assignInput, supportingInput } = withHelperCasework();

beforeAll(async () => {
  const ok = async (who: string, query: string, input: Record<string, unknown>) =>
    expect((await client(who).request(query, { input })).errors).toBeUndefined();
  await ok('officer', ASSIGN, assignInput());
  await ok('officer', ASSIGN, supportingInput());
  await ok('helper', CONTACT, {
    returneeId: ids.personA,
    contactedOn: daysAgo(5),
    channel: 'HOME_VISIT',
    notes: 'Ghi chú của Hội Phụ nữ',
    nextAction: 'Giới thiệu học nghề',
  });
  await ok('officer', CONTACT, {
    returneeId: ids.personA,
    contactedOn: daysAgo(3),
    channel: 'OFFICE',
    notes: 'Ghi chú của công an',
  });
  await ok('helper2', CONTACT, {
    returneeId: ids.personA,
    contactedOn: daysAgo(2),
    channel: 'PHONE',
    notes: 'Ghi chú của Đoàn',
  });
});

describe('helpers on a person, caseloads and ending assignments', () => {
  it('lists active helpers with their organisation and days since their own latest contact', async () => {
    const res = await client('officer').request<{
      returnee: { helpers: Array<Record<string, unknown>>; ended: unknown[] };
    }>(
      `query ($id: ID!) { returnee(id: $id) {
        helpers { helperName role daysSinceLastContact organisation { name kind } }
        ended: helpers(active: false) { id } } }`,
      { id: ids.personA },
    );
    expect(res.errors).toBeUndefined();
    // The officer's contact 3 days ago counts for no helper: each helper counts from her own latest.
    expect(res.data?.returnee.helpers).toEqual([
      {
        helperName: 'Trần Thị Lan',
        role: 'PRIMARY',
        daysSinceLastContact: 5,
        organisation: { name: 'Hội Phụ nữ phường Lãm Hà', kind: 'WOMENS_UNION' },
      },
      {
        helperName: 'Phạm Văn Hùng',
        role: 'SUPPORTING',
        daysSinceLastContact: 2,
        organisation: { name: 'Đoàn Thanh niên phường Lãm Hà', kind: 'YOUTH_UNION' },
      },
    ]);
    expect(res.data?.returnee.ended).toEqual([]);
  });

  it('gives the helper her own caseload, and an officer any helper’s in scope', async () => {
    const own = await client('helper').request<Data>(CASELOAD);
    expect(own.data?.helperCaseload).toEqual([expect.objectContaining({ id: ids.personA })]);
    const asked = await client('officer').request<Data>(CASELOAD, { helper: ids.helper });
    expect(asked.data?.helperCaseload).toEqual([expect.objectContaining({ id: ids.personA })]);
  });

  it('refuses caseload questions outside one’s own view', async () => {
    expect(errorCode(await client('helper').request(CASELOAD, { helper: ids.helper2 }))).toBe('FORBIDDEN');
    expect(errorCode(await client('vanDau').request(CASELOAD, { helper: ids.helper }))).toBe('NOT_FOUND');
    expect((await client('officer').request(CASELOAD)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'helperUserId',
    });
    expect(errorCode(await client('viewer').request(CASELOAD, { helper: ids.helper }))).toBe('FORBIDDEN');
  });

  it('ends an assignment: stored, audited, and the helper loses the person the day after it ends', async () => {
    const assigned = await client('officer').request<Data>(ASSIGN, {
      input: assignInput({ returneeId: ids.personB, role: 'SUPPORTING', startedOn: daysAgo(10) }),
    });
    const id = idOf(assigned.data?.assignHelper);
    expect((await client('helper').request<Data>(CASELOAD)).data?.helperCaseload).toHaveLength(2);

    const res = await client('officer').request<Data>(END, {
      input: { helperAssignmentId: id, endedOn: daysAgo(1), endReason: 'Chuyển công tác' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.endHelperAssignment).toEqual({ id, endedOn: daysAgo(1), endReason: 'Chuyển công tác' });
    const audit = await one<{ action: string; fields: string[] }>(
      `SELECT action, fields FROM audit_event WHERE object_id = $1 AND action = 'endHelperAssignment'`,
      [id],
    );
    expect(audit.fields).toEqual(['endedOn', 'endReason']);
    expect((await client('helper').request<Data>(CASELOAD)).data?.helperCaseload).toEqual([
      expect.objectContaining({ id: ids.personA }),
    ]);
    const contact = await client('helper').request(CONTACT, {
      input: { returneeId: ids.personB, contactedOn: daysAgo(1), channel: 'PHONE' },
    });
    expect(errorCode(contact)).toBe('NOT_FOUND');
    const ended = await client('officer').request<{
      returnee: { helpers: Array<{ id: string; daysSinceLastContact: number | null }> };
    }>(`query ($id: ID!) { returnee(id: $id) { helpers(active: false) { id daysSinceLastContact } } }`, {
      id: ids.personB,
    });
    expect(ended.data?.returnee.helpers).toEqual([{ id, daysSinceLastContact: null }]);
  });

  it('refuses to end an assignment twice, before it started, in the future, or out of scope', async () => {
    const { id } = await one<{ id: string }>(
      `SELECT id FROM helper_assignment WHERE returnee_id = $1 AND ended_on IS NOT NULL`,
      [ids.personB],
    );
    const twice = await client('officer').request(END, { input: { helperAssignmentId: id, endedOn: today } });
    expect(errorCode(twice)).toBe('INVALID_TRANSITION');

    const { id: primary } = await one<{ id: string }>(
      `SELECT id FROM helper_assignment WHERE returnee_id = $1 AND role = 'PRIMARY'`,
      [ids.personA],
    );
    const before = await client('officer').request(END, {
      input: { helperAssignmentId: primary, endedOn: daysAgo(21) },
    });
    expectBadInput(before, 'input.endedOn', 'BEFORE_START');
    const future = await client('officer').request(END, {
      input: { helperAssignmentId: primary, endedOn: addDays(today, 1) },
    });
    expectBadInput(future, 'input.endedOn', 'IN_FUTURE');
    expect(
      errorCode(await client('vanDau').request(END, { input: { helperAssignmentId: primary, endedOn: today } })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await client('helper').request(END, { input: { helperAssignmentId: primary, endedOn: today } })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await client('officer').request(END, { input: { helperAssignmentId: 'nope', endedOn: today } })),
    ).toBe('NOT_FOUND');
    const row = await one<{ ended_on: string | null }>('SELECT ended_on FROM helper_assignment WHERE id = $1', [
      primary,
    ]);
    expect(row.ended_on).toBeNull();
  });
});
