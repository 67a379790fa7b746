import { ExportList, JobStatus } from '@hoanhap/shared';
import type { ExportJobFieldsFragment } from '../../gql/graphql';

/** An export job as the API answers it, QUEUED unless told otherwise. */
export function exportJob(
  changes: Partial<ExportJobFieldsFragment> = {},
): ExportJobFieldsFragment & { __typename: 'ExportJob' } {
  return {
    __typename: 'ExportJob',
    id: 'job-1',
    list: ExportList.RETURNEES,
    status: JobStatus.QUEUED,
    rowsTotal: null,
    rowsWritten: 0,
    fileName: null,
    downloadUrl: null,
    failureReason: null,
    createdAt: '2026-12-06T02:30:00.000Z',
    finishedAt: null,
    ...changes,
  };
}

/** The job once written: its rows, its file and where to download it. */
export function writtenJob(rows: number, changes: Partial<ExportJobFieldsFragment> = {}) {
  const id = changes.id ?? 'job-1';
  return exportJob({
    status: JobStatus.SUCCEEDED,
    rowsTotal: rows,
    rowsWritten: rows,
    fileName: 'nguoi-tai-hoa-nhap-2026-12-06.xlsx',
    downloadUrl: `/exports/${id}/file`,
    finishedAt: '2026-12-06T02:30:05.000Z',
    ...changes,
  });
}
