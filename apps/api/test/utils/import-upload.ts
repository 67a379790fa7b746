import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { GqlClient } from './test-server.js';

/** An import job as the tests read it. */
export interface ImportJobView {
  id: string;
  status: string;
  dryRun: boolean;
  progress: number;
  rowsTotal: number | null;
  rowsValid: number;
  rowsImported: number;
  rowsUpdated: number;
  rowsFailed: number;
  rowsFlagged: number;
  reportUrl: string | null;
  failureReason: string | null;
}
const JOB =
  'id status dryRun progress rowsTotal rowsValid rowsImported rowsUpdated rowsFailed rowsFlagged reportUrl failureReason';

export interface UploadAnswer {
  status: number;
  body: { jobId?: string; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
}

/**
 * `POST /imports` as a client sends it, then `importJob` polled until the job ends: how the
 * import tests bring a file in. The unit defaults to the demo ward (lam-ha), dryRun to false.
 */
export function importUploads(server: { readonly url: string }) {
  async function upload(
    caller: GqlClient | null,
    name: string,
    content: Buffer,
    fields: Record<string, string> = {},
  ): Promise<UploadAnswer> {
    const form = new FormData();
    form.set('unitCode', fields.unitCode ?? 'lam-ha');
    form.set('dryRun', fields.dryRun ?? 'false');
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set('file', new Blob([new Uint8Array(content)]), name);
    const response = await fetch(`${server.url}/imports`, {
      method: 'POST',
      body: form,
      headers: caller?.cookie ? { cookie: caller.cookie } : {},
    });
    return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
  }

  async function finished(caller: GqlClient, id: string): Promise<ImportJobView> {
    const until = Date.now() + 60_000;
    for (;;) {
      const res = await caller.request<{ importJob: ImportJobView }>(
        `query ($id: ID!) { importJob(id: $id) { ${JOB} } }`,
        { id },
      );
      expect(res.errors).toBeUndefined();
      const job = res.data?.importJob as ImportJobView;
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
      if (Date.now() > until) throw new Error(`import still ${job.status}`);
      await sleep(200);
    }
  }

  /** Uploads as `caller` (accepted: 202) and waits for the job to end. */
  async function imported(
    caller: GqlClient,
    name: string,
    content: Buffer,
    fields: Record<string, string> = {},
  ): Promise<ImportJobView> {
    const res = await upload(caller, name, content, fields);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    return finished(caller, res.body.jobId as string);
  }

  return { upload, finished, imported };
}

/** A one-sheet workbook of these rows. */
export async function xlsx(rows: unknown[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
