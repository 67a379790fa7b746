import { describe, expect, it } from 'vitest';
import { importJob } from '../../src/modules/imports/import.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { importUploads, xlsx } from '../utils/import-upload.js';
import { withJobWorkers } from '../utils/job-workers.js';

/*
 * A row with the same name and date of birth as someone on record is not imported: it waits for
 * the officer who ran the import to say whether it is the same person (the record is updated) or
 * someone else (a new record), once, audited.
 */
const { client, server, one, db } = withDemoServer();
const officer = client('officer');
const vandau = client('vandau');
withJobWorkers(db, [importJob]);
const { imported } = importUploads(server);

interface Flag {
  id: string;
  rowNumber: number;
  fullName: string;
  dateOfBirth: string | null;
  currentAddress: string | null;
  decision: string | null;
  resultId: string | null;
  candidate: { id: string; fullName: string } | null;
}
const FLAG = 'id rowNumber fullName dateOfBirth currentAddress decision resultId candidate { id fullName }';
const DECIDE = `mutation ($input: DecideImportFlagInput!) { decideImportFlag(input: $input) { ${FLAG} } }`;

async function flagsOf(jobId: string): Promise<Flag[]> {
  const res = await officer.request<{ importJob: { flags: Flag[] } }>(
    `query ($id: ID!) { importJob(id: $id) { flags(first: 10) { ${FLAG} } } }`,
    { id: jobId },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.importJob.flags ?? [];
}

describe('rows that may be someone on record', () => {
  let demo: { id: string; full_name: string; dob: string };
  let flags: Flag[];

  it('are kept for a decision with the person on record each may be, but not in a dry run', async () => {
    demo = await one(
      `SELECT r.id, r.full_name, to_char(r.date_of_birth, 'DD/MM/YYYY') AS dob FROM returnee r
       JOIN administrative_unit u ON u.id = r.unit_id
       WHERE u.code = 'lam-ha' AND r.date_of_birth IS NOT NULL ORDER BY r.full_name LIMIT 1`,
    );
    const sheet = await xlsx([
      ['Họ và tên', 'Ngày sinh', 'Nơi ở hiện nay', 'Tình trạng việc làm'],
      [demo.full_name, demo.dob, 'Số 8 ngõ Trùng', 'Có việc làm ổn định'],
      [demo.full_name.toUpperCase(), demo.dob, 'Số 9 ngõ Khác', null],
    ]);
    const dry = await imported(officer, 'trung.xlsx', sheet, { dryRun: 'true' });
    expect(dry).toMatchObject({ status: 'SUCCEEDED', rowsFlagged: 2 });
    expect(await flagsOf(dry.id)).toEqual([]);

    const job = await imported(officer, 'trung.xlsx', sheet);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsFlagged: 2, rowsImported: 0 });
    flags = await flagsOf(job.id);
    expect(flags.map((f) => [f.rowNumber, f.currentAddress, f.decision, f.candidate?.id])).toEqual([
      [2, 'Số 8 ngõ Trùng', null, demo.id],
      [3, 'Số 9 ngõ Khác', null, demo.id],
    ]);
  });

  it('update the person on record when the officer says it is the same person, once', async () => {
    const flag = flags[0] as Flag;
    const res = await officer.request<{ decideImportFlag: Flag }>(DECIDE, {
      input: { id: flag.id, decision: 'SAME_PERSON' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.decideImportFlag).toMatchObject({ decision: 'SAME_PERSON', resultId: demo.id });
    const person = await one<{ current_address: string; status: string | null }>(
      `SELECT r.current_address,
         (SELECT status FROM employment_period WHERE returnee_id = r.id AND ended_on IS NULL LIMIT 1) AS status
       FROM returnee r WHERE r.id = $1`,
      [demo.id],
    );
    expect(person).toEqual({ current_address: 'Số 8 ngõ Trùng', status: 'STABLE' });
    const again = await officer.request(DECIDE, { input: { id: flag.id, decision: 'DIFFERENT_PERSON' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_DECIDED' });
    const { n } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'decideImportFlag' AND object_id = $1 AND returnee_id = $2`,
      [flag.id, demo.id],
    );
    expect(n).toBe(1);
  });

  it('register a new person when the officer says it is someone else; nobody else decides', async () => {
    const flag = flags[1] as Flag;
    const other = await vandau.request(DECIDE, { input: { id: flag.id, decision: 'DIFFERENT_PERSON' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const res = await officer.request<{ decideImportFlag: Flag }>(DECIDE, {
      input: { id: flag.id, decision: 'DIFFERENT_PERSON' },
    });
    expect(res.errors).toBeUndefined();
    const resultId = res.data?.decideImportFlag.resultId as string;
    expect(resultId).not.toBe(demo.id);
    const person = await one<{ full_name: string; current_address: string; unit: string }>(
      `SELECT r.full_name, r.current_address, u.code AS unit FROM returnee r
       JOIN administrative_unit u ON u.id = r.unit_id WHERE r.id = $1`,
      [resultId],
    );
    expect(person).toEqual({
      full_name: demo.full_name.toUpperCase(),
      current_address: 'Số 9 ngõ Khác',
      unit: 'lam-ha',
    });
  });
});
