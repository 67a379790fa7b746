import { addDays } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { expectBadInput } from '../utils/assertions.js';
import {
  ASSIGN,
  CONTACT,
  CONTACTS,
  type Data,
  daysAgo,
  idOf,
  today,
  withHelperCasework,
} from '../utils/helper-casework.js';
import { errorCode } from '../utils/test-server.js';

/*
 * Assigning helpers to a person and the contacts they record: who may, what is stored and
 * audited, and who reads the restricted notes. The tests build on each other, in order.
 */

const { client, one, ids, assignInput, supportingInput, refused } = withHelperCasework();

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
      input: supportingInput(),
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
