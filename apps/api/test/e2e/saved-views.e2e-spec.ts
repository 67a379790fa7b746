import { addDays, todayInVietnam } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { createAgreement } from '../utils/agreements.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient, type GqlResponse } from '../utils/test-server.js';

const { db, server, client, count, signIn } = withDemoServer();
const officer = client('officer'); // Lãm Hà police
const committee = client('committee'); // Lãm Hà People's Committee: same unit as the officer
const vanDau = client('vandau'); // another ward

interface View {
  id: string;
  name: string;
  query: string;
  columns: string[];
  shared: boolean;
  version: number;
  mine: boolean;
  owner: { displayName: string };
}

const FIELDS = 'id name query columns shared version mine owner { displayName } updatedAt';
const LIST = `query { savedViews(list: RETURNEES) { ${FIELDS} } }`;
const SAVE = `mutation ($input: SaveViewInput!) { saveView(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($input: DeleteSavedViewInput!) { deleteSavedView(input: $input) }`;

async function views(client: GqlClient): Promise<View[]> {
  const res = await client.request<{ savedViews: View[] }>(LIST);
  expect(res.errors).toBeUndefined();
  return res.data?.savedViews ?? [];
}

async function save(client: GqlClient, input: Record<string, unknown>): Promise<View> {
  const res = await client.request<{ saveView: View }>(SAVE, {
    input: { list: 'RETURNEES', query: 'q=nguyen', columns: ['fullName', 'status'], ...input },
  });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data?.saveView as View;
}

/** Runs a write expected to fail and checks that neither a view nor an audit row was written. */
async function refused(client: GqlClient, query: string, input: Record<string, unknown>): Promise<GqlResponse> {
  const before = await db.dataSource.query('SELECT id, name, query, shared, version FROM saved_view ORDER BY id');
  const audits = await count('audit_event');
  const res = await client.request(query, { input });
  expect(res.errors, 'expected an error').toBeDefined();
  expect(await db.dataSource.query('SELECT id, name, query, shared, version FROM saved_view ORDER BY id')).toEqual(
    before,
  );
  expect(await count('audit_event')).toBe(audits);
  return res;
}

describe('saved views', () => {
  it('saves a personal view, trimmed, visible only to its owner, with an audit row of field names', async () => {
    const view = await save(officer, {
      name: '  Đang giúp đỡ  ',
      query: '?q=nguyen+van&status=UNDER_SUPPORT&sort=NAME',
    });
    expect(view).toMatchObject({
      name: 'Đang giúp đỡ',
      query: 'q=nguyen+van&status=UNDER_SUPPORT&sort=NAME',
      columns: ['fullName', 'status'],
      shared: false,
      mine: true,
      version: 1,
    });
    expect((await views(officer)).map((v) => v.name)).toEqual(['Đang giúp đỡ']);
    expect(await views(committee)).toEqual([]);
    const audit = (await db.dataSource.query('SELECT action, actor_id, fields FROM audit_event WHERE object_id = $1', [
      view.id,
    ])) as Array<{ action: string; fields: string[] }>;
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('saveView');
    expect(audit[0]?.fields.sort()).toEqual(['columns', 'list', 'name', 'query']);
  });

  it('shows a shared view to colleagues of the same unit, marked as not theirs, and never to another ward', async () => {
    const shared = await save(officer, { name: 'Chưa có việc làm', query: 'employment=UNEMPLOYED', shared: true });
    const seen = await views(committee);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id: shared.id, mine: false, shared: true });
    expect(seen[0]?.owner.displayName).toBeTruthy();
    expect(await views(vanDau)).toEqual([]);
  });

  it('lists own views first, then shared ones, each by name', async () => {
    await save(committee, { name: 'Của UBND', query: '' });
    await save(committee, { name: 'B của UBND', query: '' });
    expect((await views(committee)).map((v) => [v.name, v.mine])).toEqual([
      ['B của UBND', true],
      ['Của UBND', true],
      ['Chưa có việc làm', false],
    ]);
  });

  it('refuses a name the owner already uses for the list, ignoring case, on input.name', async () => {
    const res = await refused(officer, SAVE, {
      list: 'RETURNEES',
      name: 'đang GIÚP đỡ',
      query: '',
      columns: [],
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      reason: 'DUPLICATE',
    });
    // Another user may use the same name.
    await save(committee, { name: 'Đang giúp đỡ' });
  });

  it('validates the name, the query and the columns with the field and a reason', async () => {
    const base = { list: 'RETURNEES', name: 'Hợp lệ', query: '', columns: [] as string[] };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: '   ' }, 'input.name', 'REQUIRED'],
      [{ name: 'x'.repeat(81) }, 'input.name', 'TOO_LONG'],
      [{ query: `q=${'a'.repeat(2000)}` }, 'input.query', 'TOO_LONG'],
      [{ columns: Array.from({ length: 31 }, (_, i) => `col${i}`) }, 'input.columns', 'TOO_MANY'],
      [{ columns: ['fullName', '<script>'] }, 'input.columns.1', 'INVALID'],
    ];
    for (const [change, field, reason] of cases) {
      const res = await refused(officer, SAVE, { ...base, ...change });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    expect((await save(officer, { name: 'y'.repeat(80), query: 'q'.repeat(2000) })).name).toHaveLength(80);
  });

  it('updates from the version read, and answers CONFLICT with the current version otherwise', async () => {
    const [mine] = (await views(officer)).filter((v) => v.name === 'Đang giúp đỡ');
    if (!mine) throw new Error('view missing');
    const res = await officer.request<{ updateSavedView: View }>(UPDATE, {
      input: { id: mine.id, version: mine.version, name: 'Đang được giúp đỡ', shared: true },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateSavedView).toMatchObject({ name: 'Đang được giúp đỡ', shared: true, version: 2 });
    const stale = await refused(officer, UPDATE, { id: mine.id, version: mine.version, name: 'Cũ' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const duplicate = await refused(officer, UPDATE, { id: mine.id, version: 2, name: 'CHƯA CÓ VIỆC LÀM' });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ field: 'input.name', reason: 'DUPLICATE' });
  });

  it('lets only the owner update or delete: another user’s view answers NOT_FOUND', async () => {
    const [shared] = (await views(committee)).filter((v) => !v.mine);
    if (!shared) throw new Error('shared view missing');
    const update = await refused(committee, UPDATE, { id: shared.id, version: shared.version, name: 'Của tôi' });
    expect(errorCode(update)).toBe('NOT_FOUND');
    const remove = await refused(committee, DELETE, { id: shared.id });
    expect(errorCode(remove)).toBe('NOT_FOUND');
    const otherWard = await refused(vanDau, DELETE, { id: shared.id });
    expect(errorCode(otherWard)).toBe('NOT_FOUND');
    expect(errorCode(await refused(officer, DELETE, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('deletes the owner’s view with its audit row, and it disappears for colleagues', async () => {
    const [shared] = (await views(officer)).filter((v) => v.name === 'Chưa có việc làm');
    if (!shared) throw new Error('view missing');
    const res = await officer.request<{ deleteSavedView: string }>(DELETE, { input: { id: shared.id } });
    expect(res.data?.deleteSavedView).toBe(shared.id);
    expect((await views(committee)).some((v) => v.id === shared.id)).toBe(false);
    expect(await count(`audit_event WHERE action = 'deleteSavedView' AND object_id = '${shared.id}'`)).toBe(1);
  });

  it('is for signed-in people only: not anonymous callers, not integration keys even when allowed the operation', async () => {
    const anonymous = new GqlClient(server.url);
    expect(errorCode(await anonymous.request(LIST))).toBe('UNAUTHENTICATED');

    const admin = await signIn('admin@hoanhap.local');
    const created = await admin.request<{ createServiceAccount: { key: string } }>(
      `mutation ($input: CreateServiceAccountInput!) { createServiceAccount(input: $input) { key } }`,
      {
        input: {
          name: 'Thử góc nhìn',
          role: 'VIEWER',
          unitCode: 'lam-ha',
          allowedOperations: ['savedViews', 'saveView'],
          agreementId: await createAgreement(admin, { allowedOperations: ['savedViews', 'saveView'] }),
          expiresOn: addDays(todayInVietnam(), 30),
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const key = created.data?.createServiceAccount.key ?? '';
    const call = async (query: string, variables?: Record<string, unknown>) =>
      (await (
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as Pick<GqlResponse, 'errors'>;
    expect(errorCode(await call(LIST))).toBe('FORBIDDEN');
    const before = await count('saved_view');
    const save = await call(SAVE, { input: { list: 'RETURNEES', name: 'Khóa', query: '', columns: [] } });
    expect(errorCode(save)).toBe('FORBIDDEN');
    expect(await count('saved_view')).toBe(before);
  });
});
