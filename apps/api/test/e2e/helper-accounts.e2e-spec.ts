import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, client, ids: demoIds, signIn } = withDemoServer();
const ids = { lamHaPerson: '', vanDauPerson: '', helper: '', womensUnion: '' };
const officer = client('officer');

const ACCOUNTS = 'query ($id: ID!) { helperAccounts(returneeId: $id) { id displayName organisationId } }';
type Accounts = { helperAccounts: Array<{ id: string; displayName: string; organisationId: string | null }> };

beforeAll(async () => {
  ids.lamHaPerson = await demoIds.person('lam-ha');
  ids.vanDauPerson = await demoIds.person('van-dau');
  ids.helper = await demoIds.user('phunu.lamha@hoanhap.local');
  ids.womensUnion = await demoIds.organisation('Hội Phụ nữ phường Lãm Hà');
}, 60_000);

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
    const helper = await signIn('phunu.lamha@hoanhap.local');
    const res = await helper.request<Accounts>(ACCOUNTS, { id: ids.lamHaPerson });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
