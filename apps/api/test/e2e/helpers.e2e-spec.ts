import { addDays, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/password.js';
import { expectBadInput, expectNothingWritten } from '../utils/assertions.js';
import { CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const demo = withDemoServer({
  ...CASEWORK_SPEC,
  accounts: { ...CASEWORK_SPEC.accounts, helper2: 'doan.lamha@hoanhap.local' },
  logins: ['officer', 'vanDau', 'helper', 'committee', 'viewer'],
});
const { db, client, one, count } = demo;
const today = todayInVietnam();
const daysAgo = (n: number) => addDays(today, -n);

const idOf = (value: unknown): string => (value as { id?: string } | null | undefined)?.id ?? '';
const ids = {
  personA: '', // open Lãm Hà case, assigned to the Women's Union helper in these tests
  personB: '', // open Lãm Hà case, never assigned to her
  personBReturnedOn: '',
  closedPerson: '', // closed Lãm Hà case
  vanDauPerson: '',
  helper: '',
  helper2: '',
  officer: '',
  womensUnion: '',
  youthUnion: '',
  vanDauPolice: '',
};

beforeAll(async () => {
  const open = (await db.dataSource.query(
    `SELECT r.id, r.returned_on FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
     WHERE u.code = 'lam-ha' AND r.status <> 'CLOSED' AND r.returned_on IS NOT NULL ORDER BY r.full_name`,
  )) as Array<{ id: string; returned_on: string }>;
  ids.personA = open[0]?.id ?? '';
  ids.personB = open[1]?.id ?? '';
  ids.personBReturnedOn = open[1]?.returned_on ?? '';
  ids.closedPerson = await demo.ids.anyPerson('lam-ha', 'CLOSED');
  ids.vanDauPerson = await demo.ids.anyPerson('van-dau');
  ids.helper = await demo.ids.user('phunu.lamha@hoanhap.local');
  ids.officer = await demo.ids.user('congan.lamha@hoanhap.local');
  ids.womensUnion = await demo.ids.organisation('Hội Phụ nữ phường Lãm Hà');
  ids.youthUnion = await demo.ids.organisation('Đoàn Thanh niên phường Lãm Hà');
  ids.vanDauPolice = await demo.ids.organisation('Công an phường Văn Đẩu');
  // A second helper account (Youth Union), to show helpers never read each other's notes.
  const unit = await one<{ id: string }>(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
  ids.helper2 = (
    await one<{ id: string }>(
      `INSERT INTO app_user (email, display_name, role, unit_id, organisation_id, password_hash, version)
       VALUES ('doan.lamha@hoanhap.local', 'Đoàn viên Đoàn Thanh niên phường Lãm Hà', 'HELPER', $1, $2, $3, 1) RETURNING id`,
      [unit.id, ids.youthUnion, await hashPassword('hoanhap-demo-2024')],
    )
  ).id;
  await client('helper2').signIn();
});

const ASSIGN = `mutation ($input: AssignHelperInput!) { assignHelper(input: $input) {
  id helperName helperUserId helperPhone role startedOn endedOn daysSinceLastContact organisation { id name kind } } }`;
const END = `mutation ($input: EndHelperAssignmentInput!) { endHelperAssignment(input: $input) { id endedOn endReason } }`;
const CONTACT = `mutation ($input: RecordContactInput!) { recordContact(input: $input) {
  id contactedOn channel notes nextAction recordedBy { id displayName } } }`;
const CONTACTS = `query ($id: ID!) { returnee(id: $id) { id contacts { id contactedOn notes recordedBy { id } } } }`;
const CASELOAD = `query ($helper: ID) { helperCaseload(helperUserId: $helper) { id fullName } }`;

type Data = Record<string, Record<string, unknown> | null>;

function assignInput(overrides: Record<string, unknown> = {}) {
  return {
    returneeId: ids.personA,
    helperName: 'Trần Thị Lan',
    organisationId: ids.womensUnion,
    helperUserId: ids.helper,
    helperPhone: '0912 345 678',
    role: 'PRIMARY',
    startedOn: daysAgo(20),
    ...overrides,
  };
}

/** Runs the mutation, expecting it to fail, and checks that no row was added to `table` or the audit log. */
const refused = (table: string, client: GqlClient, query: string, input: Record<string, unknown>) =>
  expectNothingWritten(count, [table, 'audit_event'], () => client.request(query, { input }));

describe('assignHelper', () => {
  it('assigns the Women’s Union helper as PRIMARY, stores it and audits field names only', async () => {
    const res = await client('officer').request<Data>(ASSIGN, { input: assignInput() });
    expect(res.errors).toBeUndefined();
    const a = res.data?.assignHelper as Record<string, unknown>;
    expect(a).toMatchObject({
      helperName: 'Trần Thị Lan',
      helperUserId: ids.helper,
      role: 'PRIMARY',
      startedOn: daysAgo(20),
      endedOn: null,
      daysSinceLastContact: 20,
      organisation: { id: ids.womensUnion, name: 'Hội Phụ nữ phường Lãm Hà', kind: 'WOMENS_UNION' },
    });
    const row = await one<Record<string, unknown>>('SELECT * FROM helper_assignment WHERE id = $1', [a.id]);
    expect(row).toMatchObject({
      returnee_id: ids.personA,
      helper_user_id: ids.helper,
      role: 'PRIMARY',
      ended_on: null,
    });
    const audit = await one<{ action: string; fields: string[]; returnee_id: string; actor_id: string }>(
      `SELECT action, fields, returnee_id, actor_id FROM audit_event WHERE object_id = $1`,
      [a.id],
    );
    expect(audit.action).toBe('assignHelper');
    expect(audit.returnee_id).toBe(ids.personA);
    expect(audit.actor_id).toBe(ids.officer);
    expect(audit.fields).toEqual(
      expect.arrayContaining(['returneeId', 'helperName', 'organisationId', 'helperUserId', 'role', 'startedOn']),
    );
    expect(audit.fields.join(' ')).not.toContain('Trần');
  });

  it('lets the helper see the person assigned to her and nobody else', async () => {
    const mine = await client('helper').request<Data>('query ($id: ID!) { returnee(id: $id) { id } }', {
      id: ids.personA,
    });
    expect(mine.data?.returnee).toEqual({ id: ids.personA });
    const other = await client('helper').request<Data>('query ($id: ID!) { returnee(id: $id) { id } }', {
      id: ids.personB,
    });
    expect(other.data?.returnee).toBeNull();
  });

  it('refuses a second active PRIMARY helper on input.role and writes nothing', async () => {
    const res = await refused(
      'helper_assignment',
      client('officer'),
      ASSIGN,
      assignInput({ helperName: 'Lê Văn Bình', helperUserId: null, organisationId: ids.youthUnion }),
    );
    expectBadInput(res, 'input.role', 'PRIMARY_TAKEN');
  });

  it('adds SUPPORTING helpers beside the primary, with or without an account', async () => {
    const res = await client('officer').request<Data>(ASSIGN, {
      input: assignInput({
        helperName: 'Phạm Văn Hùng',
        helperUserId: ids.helper2,
        organisationId: ids.youthUnion,
        role: 'SUPPORTING',
        startedOn: daysAgo(15),
        helperPhone: null,
      }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.assignHelper).toMatchObject({ role: 'SUPPORTING', helperUserId: ids.helper2, helperPhone: null });
  });

  const badAssignments: Array<[string, () => Record<string, unknown>, string, string]> = [
    [
      'an organisation of another ward',
      () => ({ organisationId: ids.vanDauPolice }),
      'input.organisationId',
      'NOT_FOUND',
    ],
    ['an account that is not a helper', () => ({ helperUserId: ids.officer }), 'input.helperUserId', 'NOT_A_HELPER'],
    [
      'a helper of another organisation',
      () => ({ organisationId: ids.youthUnion, role: 'SUPPORTING' }),
      'input.organisationId',
      'ORGANISATION_MISMATCH',
    ],
    ['a helper already assigned', () => ({ role: 'SUPPORTING' }), 'input.helperUserId', 'ALREADY_ASSIGNED'],
    ['a start in the future', () => ({ startedOn: addDays(today, 1) }), 'input.startedOn', 'IN_FUTURE'],
    ['an empty name', () => ({ helperName: '' }), 'input.helperName', 'REQUIRED'],
    ['a malformed phone', () => ({ helperPhone: 'call me' }), 'input.helperPhone', 'INVALID_PHONE'],
    ['a closed case', () => ({ returneeId: ids.closedPerson }), 'input.returneeId', 'CASE_CLOSED'],
  ];
  it.each(badAssignments)(
    'refuses %s with the field named, and writes nothing',
    async (_label, overrides, field, reason) => {
      const res = await refused('helper_assignment', client('officer'), ASSIGN, assignInput(overrides()));
      expectBadInput(res, field, reason);
    },
  );

  it('answers NOT_FOUND to the Văn Đẩu officer and FORBIDDEN to helpers, committee and viewers', async () => {
    const input = assignInput({ role: 'SUPPORTING', helperUserId: null, helperName: 'Ai đó' });
    expect(errorCode(await refused('helper_assignment', client('vanDau'), ASSIGN, input))).toBe('NOT_FOUND');
    for (const who of ['helper', 'committee', 'viewer']) {
      expect(errorCode(await refused('helper_assignment', client(who), ASSIGN, input)), who).toBe('FORBIDDEN');
    }
  });
});

describe('recordContact and its restricted notes', () => {
  it('records the helper’s visit under her active assignment, with an audit row', async () => {
    const res = await client('helper').request<Data>(CONTACT, {
      input: {
        returneeId: ids.personA,
        contactedOn: daysAgo(5),
        channel: 'HOME_VISIT',
        notes: 'Ghi chú của Hội Phụ nữ',
        nextAction: 'Giới thiệu học nghề',
      },
    });
    expect(res.errors).toBeUndefined();
    const c = res.data?.recordContact as Record<string, unknown>;
    expect(c).toMatchObject({ contactedOn: daysAgo(5), channel: 'HOME_VISIT', notes: 'Ghi chú của Hội Phụ nữ' });
    const row = await one<{ helper_assignment_id: string; recorded_by_id: string }>(
      'SELECT helper_assignment_id, recorded_by_id FROM contact WHERE id = $1',
      [c.id],
    );
    const primary = await one<{ id: string }>(
      `SELECT id FROM helper_assignment WHERE returnee_id = $1 AND helper_user_id = $2`,
      [ids.personA, ids.helper],
    );
    expect(row).toEqual({ helper_assignment_id: primary.id, recorded_by_id: ids.helper });
    const audit = await one<{ action: string; fields: string[] }>(
      'SELECT action, fields FROM audit_event WHERE object_id = $1',
      [c.id],
    );
    expect(audit.action).toBe('recordContact');
    expect(audit.fields).toEqual(expect.arrayContaining(['returneeId', 'contactedOn', 'channel', 'notes']));
    expect(audit.fields.join(' ')).not.toContain('Hội Phụ nữ');
  });

  it('records the officer’s and the second helper’s contacts too (the officer’s under no assignment)', async () => {
    const officer = await client('officer').request<Data>(CONTACT, {
      input: { returneeId: ids.personA, contactedOn: daysAgo(3), channel: 'OFFICE', notes: 'Ghi chú của công an' },
    });
    expect(officer.errors).toBeUndefined();
    const id = idOf(officer.data?.recordContact);
    expect(
      (await one<{ h: string | null }>('SELECT helper_assignment_id AS h FROM contact WHERE id = $1', [id])).h,
    ).toBeNull();
    const second = await client('helper2').request<Data>(CONTACT, {
      input: { returneeId: ids.personA, contactedOn: daysAgo(2), channel: 'PHONE', notes: 'Ghi chú của Đoàn' },
    });
    expect(second.errors).toBeUndefined();
  });

  it('shows notes to the officer, to each helper only her own, and to nobody else', async () => {
    const notesAs = async (who: string) => {
      const res = await client(who).request<{ returnee: { contacts: Array<{ notes: string | null }> } }>(CONTACTS, {
        id: ids.personA,
      });
      expect(res.errors).toBeUndefined();
      return res.data?.returnee.contacts.map((c) => c.notes);
    };
    // Newest first: Đoàn (2 days ago), officer (3), Women's Union (5).
    expect(await notesAs('officer')).toEqual(['Ghi chú của Đoàn', 'Ghi chú của công an', 'Ghi chú của Hội Phụ nữ']);
    expect(await notesAs('helper')).toEqual([null, null, 'Ghi chú của Hội Phụ nữ']);
    expect(await notesAs('helper2')).toEqual(['Ghi chú của Đoàn', null, null]);
    expect(await notesAs('committee')).toEqual([null, null, null]);
  });

  it('answers NOT_FOUND when the helper writes about someone not assigned to her, and writes nothing', async () => {
    const res = await refused('contact', client('helper'), CONTACT, {
      returneeId: ids.personB,
      contactedOn: daysAgo(1),
      channel: 'PHONE',
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(
      errorCode(
        await refused('contact', client('vanDau'), CONTACT, {
          returneeId: ids.personA,
          contactedOn: daysAgo(1),
          channel: 'PHONE',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it.each([
    ['committee', 'FORBIDDEN'],
    ['viewer', 'FORBIDDEN'],
  ])('refuses the %s role: %s', async (who, code) => {
    const res = await refused('contact', client(who), CONTACT, {
      returneeId: ids.personA,
      contactedOn: daysAgo(1),
      channel: 'PHONE',
    });
    expect(errorCode(res)).toBe(code);
  });

  it.each([
    ['a date in the future', 'officer', () => ({ contactedOn: addDays(today, 1) }), 'input.contactedOn', 'IN_FUTURE'],
    [
      'a date before the person returned',
      'officer',
      () => ({ returneeId: ids.personB, contactedOn: addDays(ids.personBReturnedOn, -1) }),
      'input.contactedOn',
      'BEFORE_RETURN',
    ],
    [
      'a helper’s date before her assignment',
      'helper',
      () => ({ contactedOn: daysAgo(21) }),
      'input.contactedOn',
      'BEFORE_ASSIGNMENT',
    ],
    ['notes that are too long', 'officer', () => ({ notes: 'x'.repeat(5001) }), 'input.notes', 'TOO_LONG'],
  ])('refuses %s with the field named', async (_label, who, overrides, field, reason) => {
    const res = await refused('contact', client(who), CONTACT, {
      returneeId: ids.personA,
      contactedOn: daysAgo(1),
      channel: 'PHONE',
      ...overrides(),
    });
    expectBadInput(res, field, reason);
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
