import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportJob, exportPurgeJob } from '../../src/modules/exports/export.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { withJobWorkers } from '../utils/job-workers.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

/*
 * Exports are written on the server by a job, as the person who asked, from the list's own query:
 * the file holds what the list shows with the same filters, goes to that person alone, and both
 * its writing and its download are in the audit log. Two workers on one database stand for two
 * API processes: each export is written once.
 */
const { client, db, server, one } = withDemoServer();
const officer = client('officer');
const vanDau = client('vandau');

const workers = withJobWorkers(db, [exportJob, exportPurgeJob]);

interface Job {
  id: string;
  list: string;
  status: string;
  progress: number;
  rowsTotal: number | null;
  rowsWritten: number;
  fileName: string | null;
  downloadUrl: string | null;
  failureReason: string | null;
}
const JOB = 'id list status progress rowsTotal rowsWritten fileName downloadUrl failureReason';

async function start(caller: GqlClient, list: string, filter?: unknown) {
  return caller.request<{ startExport: Job }>(
    `mutation ($input: StartExportInput!) { startExport(input: $input) { ${JOB} } }`,
    { input: { list, filter } },
  );
}

/** The job once it has finished, polled as the web app does. */
async function finished(caller: GqlClient, id: string): Promise<Job> {
  const until = Date.now() + 30_000;
  for (;;) {
    const res = await caller.request<{ exportJob: Job }>(`query ($id: ID!) { exportJob(id: $id) { ${JOB} } }`, { id });
    expect(res.errors).toBeUndefined();
    const job = res.data?.exportJob as Job;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
    if (Date.now() > until) throw new Error(`export still ${job.status}`);
    await sleep(200);
  }
}

async function exported(caller: GqlClient, list: string, filter?: unknown): Promise<Job> {
  const res = await start(caller, list, filter);
  expect(res.errors).toBeUndefined();
  expect(res.data?.startExport.status).toBe('QUEUED');
  return finished(caller, res.data?.startExport.id as string);
}

const download = (caller: GqlClient, url: string) =>
  fetch(`${server.url}${url}`, { headers: { cookie: caller.cookie ?? '' } });

async function sheetOf(response: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('an export of the people list', () => {
  it('writes on the server the people the list shows with the same filter, ids first, dates as dates', async () => {
    const filter = { status: ['UNDER_SUPPORT', 'RECEIVED'] };
    const list = await officer.request<{ returnees: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      'query ($filter: ReturneeFilter) { returnees(filter: $filter, first: 100) { totalCount edges { node { id } } } }',
      { filter },
    );
    expect(list.errors).toBeUndefined();
    const ids = list.data?.returnees.edges.map((e) => e.node.id) ?? [];
    expect(ids.length).toBeGreaterThan(0);

    const job = await exported(officer, 'RETURNEES', filter);
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 1, rowsTotal: ids.length, rowsWritten: ids.length });
    expect(job.fileName).toMatch(/^nguoi-tai-hoa-nhap-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(job.downloadUrl).toBe(`/exports/${job.id}/file`);

    const response = await download(officer, job.downloadUrl as string);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(job.fileName);
    const [header, ...rows] = await sheetOf(response);
    expect(header?.slice(0, 3)).toEqual(['Mã (ID)', 'Họ và tên', 'Ngày sinh']);
    expect(rows.map((row) => row[0])).toEqual(ids);
    expect(rows.some((row) => row[2] instanceof Date)).toBe(true);
  });

  it('lets only the person who asked download it, and audits asking, writing and each download', async () => {
    const job = await exported(officer, 'RETURNEES', { search: 'nguyen' });
    expect(job.status).toBe('SUCCEEDED');
    // Another officer neither sees the job nor gets the file; without a session, nothing either.
    const seen = await vanDau.request<{ exportJob: Job | null }>('query ($id: ID!) { exportJob(id: $id) { id } }', {
      id: job.id,
    });
    expect(seen.data?.exportJob).toBeNull();
    expect((await download(vanDau, job.downloadUrl as string)).status).toBe(404);
    expect((await fetch(`${server.url}${job.downloadUrl}`)).status).toBe(401);
    expect((await download(officer, job.downloadUrl as string)).status).toBe(200);

    const { actions } = await one<{ actions: string[] }>(
      `SELECT array_agg(action ORDER BY occurred_at, id) AS actions FROM audit_event WHERE object_id = $1`,
      [job.id],
    );
    expect(actions).toEqual(['startExport', 'writeExport', 'read:export']);
    const { fields } = await one<{ fields: string[] }>(
      `SELECT fields FROM audit_event WHERE object_id = $1 AND action = 'writeExport'`,
      [job.id],
    );
    expect(fields).toEqual(['search']);
    const { sha256, rows } = await one<{ sha256: string; rows: number }>(
      'SELECT sha256, rows_written AS rows FROM export_job WHERE id = $1',
      [job.id],
    );
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows).toBe(job.rowsWritten);
  });

  it('exports a selection by ids, leaving out people of other units, into each person’s access history', async () => {
    const { id } = await one<{ id: string }>(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha' LIMIT 1`,
    );
    const { id: elsewhere } = await one<{ id: string }>(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'van-dau' LIMIT 1`,
    );
    const job = await exported(officer, 'RETURNEES', { ids: [id, elsewhere, 'not-an-id'] });
    const [, ...rows] = await sheetOf(await download(officer, job.downloadUrl as string));
    expect(rows.map((row) => row[0])).toEqual([id]);
    const history = await officer.request<{ returnee: { accessHistory: Array<{ action: string }> } }>(
      'query ($id: ID!) { returnee(id: $id) { accessHistory { action } } }',
      { id },
    );
    expect(history.data?.returnee.accessHistory.map((e) => e.action)).toContain('writeExport');
    const { n } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND returnee_id = $2`,
      [job.id, elsewhere],
    );
    expect(n).toBe(0);
  });

  it('needs a session', async () => {
    const res = await start(new GqlClient(server.url), 'RETURNEES');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('no longer serves a file past its 24 hours', async () => {
    const job = await exported(officer, 'RETURNEES');
    await db.dataSource.query(`UPDATE export_job SET expires_at = now() - interval '1 minute' WHERE id = $1`, [job.id]);
    expect((await download(officer, `/exports/${job.id}/file`)).status).toBe(404);
    const again = await finished(officer, job.id);
    expect(again.downloadUrl).toBeNull();
  });
});

describe('export as a right of its own', () => {
  it.each([
    ['helper', 'RETURNEES'],
    ['committee', 'RETURNEES'],
    ['viewer', 'TASKS'],
    ['officer', 'AUDIT_LOG'],
    ['officer', 'USERS'],
  ])('refuses the %s an export of %s', async (name, list) => {
    const res = await start(client(name), list);
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it.each([
    ['committee', 'EMPLOYERS', undefined],
    ['viewer', 'PLEDGES', undefined],
    ['auditor', 'AUDIT_LOG', { action: 'read:returnee' }],
    ['admin', 'USERS', undefined],
    ['officer', 'TASKS', { view: 'UNIT' }],
  ])('lets the %s export %s', async (name, list, filter) => {
    const job = await exported(client(name), list, filter);
    expect(job.status, job.failureReason ?? '').toBe('SUCCEEDED');
    const [header] = await sheetOf(await download(client(name), job.downloadUrl as string));
    expect(header?.[0]).toBe('Mã (ID)');
  });
});

describe('a filter that does not fit the list', () => {
  it.each([
    ['RETURNEES', { status: ['NOT_A_STATUS'] }],
    ['RETURNEES', { nickname: 'x' }],
    ['TASKS', { view: 'EVERYTHING' }],
    ['EMPLOYERS', { name: 'x' }],
    // Filters GraphQL coerces but the list's own validation refuses: a year out of range, and
    // (below) a selection longer than ReturneeFilter's `ids` takes.
    ['PLEDGES', { year: 1999 }],
  ])('is refused at once for %s: %j', async (list, filter) => {
    const res = await start(officer, list, filter);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('input.filter');
    expect(res.errors?.[0]?.message).toContain('Bộ lọc không hợp lệ');
  });
});

describe('a selection longer than the list takes', () => {
  it('is refused at once rather than failing the job', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const res = await start(officer, 'RETURNEES', { ids });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('input.filter');
    const ok = await start(officer, 'RETURNEES', { ids: ids.slice(0, 100) });
    expect(ok.errors).toBeUndefined();
  });
});

describe('cancelling and the queue', () => {
  it('stops an export that has not finished, and says so for one that has', async () => {
    // Both workers stop for a moment so the job is still waiting when it is cancelled.
    await workers.stop();
    const res = await start(officer, 'RETURNEES');
    const id = res.data?.startExport.id as string;
    const cancelled = await officer.request<{ cancelExport: Job }>(
      `mutation ($id: ID!) { cancelExport(id: $id) { ${JOB} } }`,
      { id },
    );
    expect(cancelled.data?.cancelExport.status).toBe('CANCELLED');
    const again = await officer.request('mutation ($id: ID!) { cancelExport(id: $id) { id } }', { id });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    const other = await vanDau.request('mutation ($id: ID!) { cancelExport(id: $id) { id } }', { id });
    expect(errorCode(other)).toBe('NOT_FOUND');
    await workers.start();
    await sleep(3000);
    const job = await finished(officer, id);
    expect(job.status).toBe('CANCELLED');
    expect(job.downloadUrl).toBeNull();
  });

  it('writes each of several exports exactly once with two workers on the database', async () => {
    const jobs = await Promise.all([1, 2, 3, 4].map(() => exported(officer, 'RETURNEES')));
    expect(jobs.map((job) => job.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    const { writes } = await one<{ writes: number }>(
      `SELECT count(*)::int AS writes FROM audit_event WHERE action = 'writeExport' AND object_id = ANY($1::uuid[])`,
      [jobs.map((job) => job.id)],
    );
    expect(writes).toBe(4);
  });

  it('lists your exports newest first, and no one else’s', async () => {
    const mine = await officer.request<{ myExports: Job[] }>('{ myExports(first: 3) { id status } }');
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myExports).toHaveLength(3);
    const theirs = await vanDau.request<{ myExports: Job[] }>('{ myExports { id } }');
    expect(theirs.data?.myExports).toEqual([]);
  });
});
