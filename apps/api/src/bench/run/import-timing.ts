import { setTimeout as sleep } from 'node:timers/promises';
import { formatDateVi } from '@hoanhap/shared';
import { webDocument } from './documents.js';

/** The measure: a file of 10,000 people validated and imported in at most 60 s. */
export const IMPORT_ROWS = 10_000;
export const IMPORT_TARGET_SECONDS = 60;

export interface ImportTiming {
  rows: number;
  seconds: number;
  /** What the import made of the rows (registered, updated, failed, flagged). */
  counts: string;
}

/**
 * Times `POST /imports` of a ward's sheet of 10,000 people, from the upload to the job's end, as a
 * dry run: every row is read, checked, matched and written in its own transaction like a real
 * import, then rolled back, so the bench data stay as seeded and the next run measures the same.
 */
export async function measureImport(url: string, cookie: string, unitCode: string): Promise<ImportTiming> {
  const lines = ['Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Nơi ở hiện nay,Tổ dân phố,Ngày trở về địa phương'];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const born = formatDateVi(
      `19${60 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    );
    lines.push(
      `Người Đo Nhập ${i},${born},${i % 2 ? 'Nữ' : 'Nam'},0990${String(i).padStart(8, '0')},Số ${i} đường Đo Nhập,Tổ ${1 + (i % 30)},01/06/2024`,
    );
  }
  const form = new FormData();
  form.set('unitCode', unitCode);
  form.set('dryRun', 'true');
  form.set('file', new Blob([lines.join('\r\n')]), 'do-nhap.csv');
  const started = Date.now();
  const response = await fetch(`${url}/imports`, { method: 'POST', body: form, headers: { cookie } });
  const body = (await response.json()) as { jobId?: string; errors?: Array<{ message: string }> };
  if (!body.jobId) throw new Error(`the upload was refused: ${body.errors?.[0]?.message ?? response.status}`);
  for (;;) {
    await sleep(250);
    const poll = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        // The web's own document: in production the product takes no other from a session.
        query: webDocument('ImportJob'),
        variables: { id: body.jobId },
      }),
    });
    const job = ((await poll.json()) as { data?: { importJob?: Record<string, unknown> } }).data?.importJob;
    if (!job) throw new Error('the import job cannot be read');
    if (job.status === 'FAILED' || job.status === 'CANCELLED') {
      throw new Error(`the import ended ${String(job.status)} (${String(job.failureReason)})`);
    }
    if (job.status === 'SUCCEEDED') {
      return {
        rows: IMPORT_ROWS,
        seconds: (Date.now() - started) / 1000,
        counts: `${job.rowsImported} registered, ${job.rowsUpdated} updated, ${job.rowsFailed} failed, ${job.rowsFlagged} flagged`,
      };
    }
  }
}
