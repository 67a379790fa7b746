import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';
import { errorCode, GqlClient, startTestServer, type TestServer } from '../utils/test-server.js';

let db: TestDatabase;
let server: TestServer;
const ids = { lamHaPerson: '', vanDauPerson: '', helper: '', womensUnion: '' };
let officer: GqlClient;

const one = async (sql: string, params: unknown[] = []) =>
  ((await db.dataSource.query(sql, params)) as Array<{ id: string }>)[0]?.id ?? '';

const ACCOUNTS = 'query ($id: ID!) { helperAccounts(returneeId: $id) { id displayName organisationId } }';
type Accounts = { helperAccounts: Array<{ id: string; displayName: string; organisationId: string | null }> };

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.dataSource, createLogger('silent'));
  server = await startTestServer(db.dataSource);
  const personIn = (code: string) =>
    one(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
       WHERE u.code = $1 ORDER BY r.full_name LIMIT 1`,
      [code],
    );
  ids.lamHaPerson = await personIn('lam-ha');
  ids.vanDauPerson = await personIn('van-dau');
  ids.helper = await one(`SELECT id FROM app_user WHERE email = 'phunu.lamha@hoanhap.local'`);
  ids.womensUnion = await one(`SELECT id FROM organisation WHERE name = 'Hội Phụ nữ phường Lãm Hà'`);
  officer = new GqlClient(server.url);
  await officer.login('congan.lamha@hoanhap.local');
}, 60_000);

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('helper accounts offered when assigning a helper', () => {
  it('lists the active helper accounts serving the person, with their organisation, and nothing else', async () => {
    const res = await officer.request<Accounts>(ACCOUNTS, { id: ids.lamHaPerson });
    expect(res.errors).toBeUndefined();
    expect(res.data?.helperAccounts).toEqual([
      { id: ids.helper, displayName: 'Hội viên Hội Phụ nữ phường Lãm Hà', organisationId: ids.womensUnion },
    ]);
  });

  it('leaves out a disabled account', async () => {
    await db.dataSource.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [ids.helper]);
    try {
      const res = await officer.request<Accounts>(ACCOUNTS, { id: ids.lamHaPerson });
      expect(res.data?.helperAccounts).toEqual([]);
    } finally {
      await db.dataSource.query('UPDATE app_user SET disabled_at = NULL WHERE id = $1', [ids.helper]);
    }
  });

  it('answers a person of another ward exactly like an unknown one', async () => {
    const other = await officer.request<Accounts>(ACCOUNTS, { id: ids.vanDauPerson });
    const unknown = await officer.request<Accounts>(ACCOUNTS, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('is the officer’s alone: the helper herself is refused', async () => {
    const helper = new GqlClient(server.url);
    await helper.login('phunu.lamha@hoanhap.local');
    const res = await helper.request<Accounts>(ACCOUNTS, { id: ids.lamHaPerson });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
