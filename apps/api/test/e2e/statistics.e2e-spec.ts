import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { signIn } = withDemoServer();

const STATS = `query ($since: LocalDate!, $asOf: LocalDate, $unit: String) {
  reintegrationStats(returnedSince: $since, asOf: $asOf, unitCode: $unit) {
    unit { code name } returnedSince asOf
    returned { total stable unstable unemployed other }
    inCaseload { total stable unstable unemployed other }
  }
}`;

interface Stats {
  reintegrationStats: {
    unit: { code: string };
    asOf: string;
    returned: Record<string, number>;
    inCaseload: Record<string, number>;
  };
}

async function statsAs(email: string, variables: Record<string, unknown>) {
  const client = await signIn(email);
  return client.request<Stats>(STATS, variables);
}

describe('reintegrationStats on the demo data', () => {
  it('reproduces the article: since 2020, on 25/04/2024, Lãm Hà has 34 = 7/21/6 and 10 = 2/7/1 in the caseload', async () => {
    const res = await statsAs('congan.lamha@hoanhap.local', { since: '2020-01-01', asOf: '2024-04-25' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.reintegrationStats).toMatchObject({
      unit: { code: 'lam-ha' },
      returned: { total: 34, stable: 7, unstable: 21, unemployed: 6, other: 0 },
      inCaseload: { total: 10, stable: 2, unstable: 7, unemployed: 1, other: 0 },
    });
  });

  it('answers the contract query exactly as other departments write it', async () => {
    const client = await signIn('congan.lamha@hoanhap.local');
    const res = await client.request(`query { reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") {
      unit { code name }
      returned   { total stable unstable unemployed other }
      inCaseload { total stable unstable unemployed other } } }`);
    expect(res.data).toEqual({
      reintegrationStats: {
        unit: { code: 'lam-ha', name: 'Phường Lãm Hà' },
        returned: { total: 34, stable: 7, unstable: 21, unemployed: 6, other: 0 },
        inCaseload: { total: 10, stable: 2, unstable: 7, unemployed: 1, other: 0 },
      },
    });
  });

  it('keeps the demo parolee out of the caseload until the day after his probation ends (Circular 10/2024/TT-BCA art. 7)', async () => {
    // Nguyễn Văn Đức, paroled in January 2024: probation to 19/04/2024, casual work since February.
    const on = async (asOf: string) =>
      (await statsAs('congan.lamha@hoanhap.local', { since: '2020-01-01', asOf })).data?.reintegrationStats;
    const lastDay = await on('2024-04-19');
    const dayAfter = await on('2024-04-20');
    expect(lastDay?.returned).toEqual(dayAfter?.returned);
    expect(lastDay?.inCaseload).toEqual({ total: 9, stable: 2, unstable: 6, unemployed: 1, other: 0 });
    expect(dayAfter?.inCaseload).toEqual({ total: 10, stable: 2, unstable: 7, unemployed: 1, other: 0 });
  });

  it('computes from dated records: the numbers change with the date asked', async () => {
    const res = await statsAs('congan.lamha@hoanhap.local', { since: '2020-01-01', asOf: '2025-06-30' });
    const s = res.data?.reintegrationStats;
    expect(s?.returned.total).toBe(34);
    // Two people found stable work after the article and one found casual work.
    expect(s?.returned).toMatchObject({ stable: 9, unstable: 20, unemployed: 5 });
  });

  it('defaults asOf to today and the unit to the caller’s own', async () => {
    const res = await statsAs('congan.vandau@hoanhap.local', { since: '2020-01-01' });
    expect(res.data?.reintegrationStats.unit.code).toBe('van-dau');
    expect(res.data?.reintegrationStats.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.data?.reintegrationStats.returned.total).toBe(5);
  });

  it('lets a city-level account aggregate every ward below, including units that no longer exist', async () => {
    // The city's administrator sees exact counts; its viewer sees 1–2 suppressed (report-submissions.e2e-spec.ts).
    const res = await statsAs('admin@hoanhap.local', { since: '2020-01-01', asOf: '2024-04-25' });
    expect(res.data?.reintegrationStats.unit.code).toBe('hai-phong');
    expect(res.data?.reintegrationStats.returned.total).toBe(39);
    const lamHa = await statsAs('admin@hoanhap.local', {
      since: '2020-01-01',
      asOf: '2024-04-25',
      unit: 'lam-ha',
    });
    expect(lamHa.data?.reintegrationStats.returned.total).toBe(34);
    const district = await statsAs('admin@hoanhap.local', {
      since: '2020-01-01',
      asOf: '2024-04-25',
      unit: 'kien-an',
    });
    expect(district.data?.reintegrationStats.returned.total).toBe(39);
  });

  it('counts the merged ward’s predecessors under the ward they merged into', async () => {
    const res = await statsAs('admin@hoanhap.local', { since: '2020-01-01', asOf: '2024-04-25', unit: 'phu-lien' });
    expect(res.data?.reintegrationStats.returned.total).toBe(39);
    const dongHoa = await statsAs('admin@hoanhap.local', {
      since: '2020-01-01',
      asOf: '2024-04-25',
      unit: 'dong-hoa-2025',
    });
    expect(dongHoa.data?.reintegrationStats.returned.total).toBe(34);
  });

  it('treats a unit outside the caller’s scope exactly like one that does not exist', async () => {
    const other = await statsAs('congan.lamha@hoanhap.local', { since: '2020-01-01', unit: 'van-dau' });
    const missing = await statsAs('congan.lamha@hoanhap.local', { since: '2020-01-01', unit: 'no-such-unit' });
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(other.errors).toEqual(missing.errors);
    const up = await statsAs('congan.lamha@hoanhap.local', { since: '2020-01-01', unit: 'hai-phong' });
    expect(errorCode(up)).toBe('NOT_FOUND');
  });

  it('rejects an asOf before returnedSince, naming the argument', async () => {
    const res = await statsAs('congan.lamha@hoanhap.local', { since: '2024-01-01', asOf: '2023-12-31' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it.each(['2024-02-30', '25/04/2024', '2024-4-25', "2024-01-01' OR 1=1 --"])('rejects %s as a date', async (bad) => {
    const res = await statsAs('congan.lamha@hoanhap.local', { since: bad });
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.status).toBeLessThan(500);
    expect(res.data ?? null).toBeNull();
  });
});
