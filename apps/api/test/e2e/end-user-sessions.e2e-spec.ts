import { describe, expect, it } from 'vitest';
import { expectBadInput, expectForbidden, expectNotFound, expectOk } from '../utils/assertions.js';
import { DEMO_ACCOUNTS, withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, client, count, signIn } = withDemoServer();
const officer = client('officer');

const END = 'mutation ($userId: ID!) { endUserSessions(userId: $userId) }';
const end = (who: 'officer' | 'admin' | 'committee' | 'vandau', userId: string) =>
  client(who).request<{ endUserSessions: number }>(END, { userId });

const idOf = async (email: string) =>
  ((await db.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as Array<{ id: string }>)[0]
    ?.id as string;
const sessionsOf = (userId: string) => count('session WHERE user_id = $1', [userId]);
const auditRows = (objectId: string) =>
  db.dataSource.query(
    `SELECT actor_role, fields FROM audit_event WHERE action = 'endUserSessions' AND object_id = $1`,
    [objectId],
  ) as Promise<Array<{ actor_role: string; fields: string[] }>>;

/** A helper account of Văn Đẩu: outside the Lãm Hà officer's scope. */
async function vanDauHelper(): Promise<string> {
  const [row] = await db.dataSource.query(
    `INSERT INTO app_user (email, display_name, role, unit_id, organisation_id, password_hash, version)
     SELECT 'giupdo.vandau@hoanhap.local', 'Người giúp đỡ Văn Đẩu', 'HELPER', u.id, o.id, 'không đăng nhập', 1
       FROM administrative_unit u JOIN organisation o ON o.unit_id = u.id
      WHERE u.code = 'van-dau' ORDER BY o.id LIMIT 1
     RETURNING id`,
  );
  return row.id;
}

describe('endUserSessions', () => {
  it('lets the officer sign a helper out of every device (a lost phone): the phone is refused at its next request and the audit shows it', async () => {
    const helperId = await idOf(DEMO_ACCOUNTS.helper);
    const phone = await signIn(DEMO_ACCOUNTS.helper);
    const laptop = await signIn(DEMO_ACCOUNTS.helper);
    expect(errorCode(await phone.request('{ me { id } }'))).toBeUndefined();
    const before = await sessionsOf(helperId);
    expect(before).toBeGreaterThanOrEqual(2);

    expect(expectOk(await end('officer', helperId)).endUserSessions).toBe(before);
    expect(await sessionsOf(helperId)).toBe(0);
    expect(errorCode(await phone.request('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await laptop.request('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(await auditRows(helperId)).toEqual([{ actor_role: 'OFFICER', fields: ['sessions'] }]);

    // Nothing left to end: answers 0, and the officer's own session is untouched.
    expect(expectOk(await end('officer', helperId)).endUserSessions).toBe(0);
    expect(errorCode(await officer.request('{ me { id } }'))).toBeUndefined();
  });

  it('answers NOT_FOUND to an officer for another officer, an out-of-scope helper or an unknown id, and ends nothing', async () => {
    const committeeId = await idOf(DEMO_ACCOUNTS.committee);
    const committeeSessions = await sessionsOf(committeeId);
    const audited = await count(`audit_event WHERE action = 'endUserSessions'`);
    expectNotFound(await end('officer', await idOf(DEMO_ACCOUNTS.vandau)));
    expectNotFound(await end('officer', committeeId));
    expectNotFound(await end('officer', await vanDauHelper()));
    expectNotFound(await end('officer', '00000000-0000-4000-8000-000000000000'));
    expectNotFound(await end('officer', 'not-an-id'));
    expectNotFound(await end('vandau', await idOf(DEMO_ACCOUNTS.helper)));
    expect(await sessionsOf(committeeId)).toBe(committeeSessions);
    expect(await count(`audit_event WHERE action = 'endUserSessions'`)).toBe(audited);
  });

  it('refuses a committee user (FORBIDDEN) and oneself (use sign-out instead)', async () => {
    expectForbidden(await end('committee', await idOf(DEMO_ACCOUNTS.helper)));
    expectBadInput(await end('officer', await idOf(DEMO_ACCOUNTS.officer)), 'userId', 'SELF');
  });

  it('lets the administrator end any account of their units, not only helpers', async () => {
    const committeeId = await idOf(DEMO_ACCOUNTS.committee);
    expect(errorCode(await client('committee').request('{ me { id } }'))).toBeUndefined();
    expect(expectOk(await end('admin', committeeId)).endUserSessions).toBeGreaterThanOrEqual(1);
    expect(errorCode(await client('committee').request('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(await auditRows(committeeId)).toEqual([{ actor_role: 'ADMIN', fields: ['sessions'] }]);
  });
});
