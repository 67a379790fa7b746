import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

// Who may merge which records, and how the other record is found.
const { client, one } = withDemoServer({ logins: ['officer', 'vandau', 'admin'] });
const [officer, vandau, admin] = [client('officer'), client('vandau'), client('admin')];

const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id version } }`;
const MERGE = `mutation ($input: MergeReturneesInput!) { mergeReturnees(input: $input) { id version } }`;
const DUPLICATES = `query ($id: ID!) { possibleDuplicates(id: $id) { id fullName relatedRecordCounts { kind count } } }`;
const STATS = `{ reintegrationStats(returnedSince: "2020-01-01", unitCode: "lam-ha") { returned { total } } }`;

interface PersonRef {
  id: string;
  version: number;
}

async function register(by: typeof officer, input: object): Promise<PersonRef> {
  const res = await by.request<{ registerReturnee: PersonRef }>(REGISTER, { input });
  expect(res.errors).toBeUndefined();
  return res.data?.registerReturnee as PersonRef;
}

const returned = async () =>
  (await officer.request<{ reintegrationStats: { returned: { total: number } } }>(STATS)).data?.reintegrationStats
    .returned.total;

const input = (survivor: PersonRef, absorbed: PersonRef, extra: object = {}) => ({
  input: {
    survivorId: survivor.id,
    survivorVersion: survivor.version,
    absorbedId: absorbed.id,
    absorbedVersion: absorbed.version,
    reason: 'Cùng họ tên, ngày sinh và địa chỉ',
    ...extra,
  },
});

describe('merging two records of one person', () => {
  let first: PersonRef;
  let second: PersonRef;
  let stranger: PersonRef;
  let elsewhere: PersonRef;
  let before: number | undefined;

  it('lists the other records of the same birthday and name in scope, with their record counts', async () => {
    before = await returned();
    const person = { dateOfBirth: '1990-01-02', returnedOn: '2024-01-01' };
    first = await register(officer, { fullName: 'Nguyễn Văn Thử', ...person });
    second = await register(officer, { fullName: 'Nguyen Van Thu', otherNames: ['Thử'], ...person });
    stranger = await register(officer, { fullName: 'Nguyễn Văn Thử', dateOfBirth: '1991-01-02' });
    elsewhere = await register(vandau, { fullName: 'Nguyễn Văn Thử', ...person });
    expect(await returned()).toBe((before ?? 0) + 2);
    const found = await officer.request<{ possibleDuplicates: Array<{ id: string; relatedRecordCounts: unknown[] }> }>(
      DUPLICATES,
      { id: first.id },
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.possibleDuplicates.map((p) => p.id)).toEqual([second.id]);
    expect(found.data?.possibleDuplicates[0]?.relatedRecordCounts).toContainEqual({ kind: 'contact', count: 0 });
    // Seen from the city, the other ward's record of the same person is a candidate too.
    const city = await admin.request<{ possibleDuplicates: Array<{ id: string }> }>(DUPLICATES, { id: second.id });
    expect(city.data?.possibleDuplicates.map((p) => p.id).sort()).toEqual([first.id, elsewhere.id].sort());
    expect(stranger.id).not.toBe(first.id);
  });

  it.each([
    ['helper', 'FORBIDDEN'],
    ['committee', 'FORBIDDEN'],
    ['viewer', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
    ['vandau', 'NOT_FOUND'],
  ])('refuses %s: %s, and possibleDuplicates likewise', async (name, code) => {
    expect(errorCode(await client(name).request(MERGE, input(first, second)))).toBe(code);
    expect(errorCode(await client(name).request(DUPLICATES, { id: first.id }))).toBe(code);
  });

  it.each([
    ['the same record twice', () => input(first, first), 'MERGE_SAME_RECORD'],
    ['an open case of another unit', () => input(first, elsewhere), 'MERGE_OPEN_ELSEWHERE'],
  ])('refuses %s, naming the absorbed record', async (_label, args, reason) => {
    const res = await admin.request(MERGE, args());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.absorbedId', reason });
  });

  it('refuses two different citizen IDs: two people', async () => {
    const a = await register(officer, { fullName: 'Trần Văn Hai', citizenId: '031090000001' });
    const b = await register(officer, { fullName: 'Trần Văn Hai', citizenId: '031090000002' });
    const res = await officer.request(MERGE, input(a, b));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MERGE_CITIZEN_IDS_DIFFER' });
  });

  it('refuses a stale version of either record with CONFLICT, and changes nothing', async () => {
    expect(errorCode(await officer.request(MERGE, input(first, second, { survivorVersion: 99 })))).toBe('CONFLICT');
    expect(errorCode(await officer.request(MERGE, input(first, second, { absorbedVersion: 99 })))).toBe('CONFLICT');
    expect(await one('SELECT merged_into_id FROM returnee WHERE id = $1', [second.id])).toEqual({
      merged_into_id: null,
    });
  });

  it('lets an administrator merge; the person then counts once and has no duplicate left', async () => {
    const res = await admin.request<{ mergeReturnees: PersonRef }>(MERGE, input(first, second));
    expect(res.errors).toBeUndefined();
    expect(res.data?.mergeReturnees).toEqual({ id: first.id, version: first.version + 1 });
    expect(await returned()).toBe((before ?? 0) + 1);
    const found = await officer.request<{ possibleDuplicates: unknown[] }>(DUPLICATES, { id: first.id });
    expect(found.data?.possibleDuplicates).toEqual([]);
    // The absorbed spelling became another name of the survivor: a search by it still finds them.
    const searched = await officer.request<{
      returnees: { edges: Array<{ node: { id: string; otherNames: string[] } }> };
    }>('{ returnees(filter: { search: "nguyen van thu" }) { edges { node { id otherNames } } } }');
    expect(searched.data?.returnees.edges.map((e) => e.node.id).sort()).toEqual([first.id, stranger.id].sort());
    expect(searched.data?.returnees.edges.find((e) => e.node.id === first.id)?.node.otherNames).toEqual(['Thử']);
  });

  it('refuses writes to the absorbed record as if it were gone', async () => {
    const res = await officer.request(
      'mutation ($input: UpdateReturneeInput!) { updateReturnee(input: $input) { id } }',
      { input: { id: second.id, version: second.version + 1, residentialGroup: 'Tổ 3' } },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('points records merged earlier at the new survivor when their survivor is merged in turn', async () => {
    const third = await register(officer, { fullName: 'Nguyễn Văn Thử', dateOfBirth: '1990-01-02' });
    const current = await one<PersonRef>('SELECT id, version FROM returnee WHERE id = $1', [first.id]);
    const res = await officer.request(MERGE, input(third, current));
    expect(res.errors).toBeUndefined();
    expect(await one('SELECT merged_into_id FROM returnee WHERE id = $1', [second.id])).toEqual({
      merged_into_id: third.id,
    });
    const read = await officer.request<{ returnee: { id: string } }>('query ($id: ID!) { returnee(id: $id) { id } }', {
      id: second.id,
    });
    expect(read.data?.returnee.id).toBe(third.id);
  });
});
