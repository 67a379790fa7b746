import { randomUUID } from 'node:crypto';
import { addDays, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignPrimaryHelper, CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

/* The phone app's offline queue sends each change with its own key: a replay is written once. */

const demo = withDemoServer({ ...CASEWORK_SPEC, logins: ['officer', 'helper'] });
const { client, one } = demo;
const countOf = async (sql: string, params: unknown[]) => (await one<{ n: number }>(sql, params)).n;
const today = todayInVietnam();
const ids = { person: '', helper: '' };

beforeAll(async () => {
  ids.person = (await demo.ids.openPeople('lam-ha'))[0] ?? '';
  ids.helper = await demo.ids.user('phunu.lamha@hoanhap.local');
  await assignPrimaryHelper(client('officer'), {
    returneeId: ids.person,
    organisationId: await demo.ids.organisation('Hội Phụ nữ phường Lãm Hà'),
    helperUserId: ids.helper,
    startedOn: addDays(today, -30),
  });
});

const CONTACT = `mutation ($input: RecordContactInput!) { recordContact(input: $input) { id contactedOn notes } }`;
const SUPPORT = `mutation ($input: RecordSupportInput!) { recordSupport(input: $input) { id status version } }`;
const UPDATE = `mutation ($input: UpdateSupportStatusInput!) { updateSupportStatus(input: $input) { id status version } }`;

const contactInput = (idempotencyKey: string, notes = 'Thăm nhà') => ({
  returneeId: ids.person,
  contactedOn: addDays(today, -1),
  channel: 'HOME_VISIT',
  notes,
  idempotencyKey,
});

describe('changes sent with an idempotency key', () => {
  it('writes a contact sent three times once, with one audit row, and answers the first result each time', async () => {
    const key = randomUUID();
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const res = await client('helper').request<{ recordContact: { id: string } }>(CONTACT, {
        input: contactInput(key),
      });
      expect(res.errors).toBeUndefined();
      answers.push(res.data?.recordContact.id);
    }
    expect(new Set(answers).size).toBe(1);
    expect(await countOf('SELECT count(*)::int AS n FROM contact WHERE id = $1', [answers[0]])).toBe(1);
    expect(
      await countOf(`SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'recordContact'`, [
        answers[0],
      ]),
    ).toBe(1);
  });

  it('writes a replay sent concurrently once', async () => {
    const key = randomUUID();
    const before = await countOf('SELECT count(*)::int AS n FROM contact WHERE returnee_id = $1', [ids.person]);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        client('helper').request<{ recordContact: { id: string } }>(CONTACT, { input: contactInput(key) }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(results.map((r) => r.data?.recordContact.id)).size).toBe(1);
    expect(await countOf('SELECT count(*)::int AS n FROM contact WHERE returnee_id = $1', [ids.person])).toBe(
      before + 1,
    );
  });

  it('keeps keys apart per user: the same key from the officer is a new change', async () => {
    const key = randomUUID();
    const mine = await client('helper').request<{ recordContact: { id: string } }>(CONTACT, {
      input: contactInput(key),
    });
    const theirs = await client('officer').request<{ recordContact: { id: string } }>(CONTACT, {
      input: contactInput(key),
    });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.recordContact.id).not.toBe(mine.data?.recordContact.id);
  });

  it('refuses a key reused for another operation', async () => {
    const key = randomUUID();
    await client('helper').request(CONTACT, { input: contactInput(key) });
    const res = await client('helper').request(SUPPORT, {
      input: { returneeId: ids.person, type: 'COUNSELLING', startedOn: today, idempotencyKey: key },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.reason).toBe('REUSED');
  });

  it('refuses a key that is not a UUID', async () => {
    const res = await client('helper').request(CONTACT, { input: contactInput('not-a-uuid') });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('answers CONFLICT to a stale support update without using up its key, which then works on the new version', async () => {
    const support = (
      await client('helper').request<{ recordSupport: { id: string; version: number } }>(SUPPORT, {
        input: { returneeId: ids.person, type: 'COUNSELLING', startedOn: today, idempotencyKey: randomUUID() },
      })
    ).data?.recordSupport;
    if (!support) throw new Error('support not recorded');
    // The officer moves it on while the helper's phone is offline with version 1.
    const officer = await client('officer').request<{ updateSupportStatus: { version: number } }>(UPDATE, {
      input: { supportId: support.id, status: 'IN_PROGRESS', version: support.version },
    });
    expect(officer.errors).toBeUndefined();
    const key = randomUUID();
    const stale = await client('helper').request(UPDATE, {
      input: {
        supportId: support.id,
        status: 'DONE',
        completedOn: today,
        version: support.version,
        idempotencyKey: key,
      },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(officer.data?.updateSupportStatus.version);
    // "Keep mine": the same change, sent again against the version the server has now.
    const input = {
      supportId: support.id,
      status: 'DONE',
      completedOn: today,
      version: officer.data?.updateSupportStatus.version,
      idempotencyKey: key,
    };
    const kept = await client('helper').request<{ updateSupportStatus: { status: string; version: number } }>(UPDATE, {
      input,
    });
    expect(kept.data?.updateSupportStatus.status).toBe('DONE');
    const replay = await client('helper').request<{ updateSupportStatus: { status: string; version: number } }>(
      UPDATE,
      { input },
    );
    expect(replay.errors).toBeUndefined();
    expect(replay.data?.updateSupportStatus.version).toBe(kept.data?.updateSupportStatus.version);
    const row = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'updateSupportStatus'`,
      [support.id],
    );
    expect(row.n).toBe(2);
  });
});
