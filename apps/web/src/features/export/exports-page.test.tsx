import { ExportList, JobStatus } from '@hoanhap/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelExportDocument, type CancelExportMutationVariables, MyExportsDocument } from '../../gql/graphql';
import { apiError, officer } from '../../test/fixtures';
import { recordingMock } from '../../test/mocks';
import { type RenderOptions, renderWithApp } from '../../test/render';
import ExportsPage from './exports-page';
import { exportJob, writtenJob } from './test-jobs';
import { EXPORT_POLL_MS } from './use-export-job';

const mine = (jobs: unknown[] | null, result?: object) => ({
  request: { query: MyExportsDocument, variables: {} },
  result: result ?? { data: { myExports: jobs } },
});

const running = exportJob({
  id: 'job-run',
  status: JobStatus.RUNNING,
  rowsTotal: 300,
  rowsWritten: 100,
  createdAt: '2026-12-06T03:05:00.000Z',
});
const done = writtenJob(34, { id: 'job-done', createdAt: '2026-12-06T02:30:00.000Z' });
const expired = writtenJob(12, { id: 'job-old', list: ExportList.TASKS, downloadUrl: null });
const failed = exportJob({
  id: 'job-failed',
  list: ExportList.PLEDGES,
  status: JobStatus.FAILED,
  failureReason: 'TIMEOUT',
});

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

const nextPoll = () => act(() => vi.advanceTimersByTimeAsync(EXPORT_POLL_MS + 100));

function renderPage(mocks: RenderOptions['mocks']) {
  return renderWithApp(<ExportsPage />, { mocks, user: officer, url: '/exports', path: '/exports' });
}

const rowOf = (text: string) =>
  screen.getAllByTestId('export-row').find((row) => row.textContent?.includes(text)) as HTMLElement;

describe('the exported files page', () => {
  it('lists the person’s exports: list, status, rows, time asked, the file while it can be downloaded', async () => {
    renderPage([mine([done, expired, failed])]);
    expect(await screen.findByRole('heading', { name: 'Tệp đã xuất' })).toBeTruthy();
    const rows = await screen.findAllByTestId('export-row');
    expect(rows).toHaveLength(3);

    const first = rows[0] as HTMLElement;
    expect(first.textContent).toContain('Danh sách người tái hòa nhập');
    expect(first.textContent).toContain('Hoàn tất');
    expect(first.textContent).toContain('34');
    // Asked at 02:30 UTC: 09:30 in Việt Nam.
    expect(first.textContent).toContain('06/12/2026 09:30');
    const link = within(first).getByTestId('export-download');
    expect(link.getAttribute('href')).toBe('/exports/job-done/file');
    expect(link.textContent).toContain('nguoi-tai-hoa-nhap-2026-12-06.xlsx');
    expect(within(first).queryByRole('button', { name: 'Hủy' })).toBeNull();

    expect(rowOf('Công việc').textContent).toContain('Đã hết hạn tải');
    expect(within(rowOf('Công việc')).queryByTestId('export-download')).toBeNull();
    expect(rowOf('Giao ước thi đua').textContent).toContain('Không thành công');
    expect(rowOf('Giao ước thi đua').textContent).toContain('Việc xuất mất quá nhiều thời gian nên đã dừng.');
  });

  it('follows an unfinished export until it has its file, then stops asking', async () => {
    renderPage([mine([running, done]), mine([writtenJob(300, { id: 'job-run' }), done])]);
    await screen.findAllByTestId('export-row');
    const row = rowOf('Đang chạy');
    expect(row.textContent).toContain('100 / 300');
    expect(within(row).getByRole('button', { name: 'Hủy' })).toBeTruthy();

    await nextPoll();
    const rows = screen.getAllByTestId('export-row');
    expect(rows[0]?.textContent).toContain('Hoàn tất');
    expect(
      within(rows[0] as HTMLElement)
        .getByTestId('export-download')
        .getAttribute('href'),
    ).toBe('/exports/job-run/file');
    // Every job has finished: a further request would find no answer and show an error.
    await nextPoll();
    await nextPoll();
    expect(screen.getAllByTestId('export-row')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('cancels an unfinished export from its row', async () => {
    const sent: CancelExportMutationVariables[] = [];
    renderPage([
      mine([exportJob({ id: 'job-wait' })]),
      recordingMock(CancelExportDocument, sent, {
        data: { cancelExport: exportJob({ id: 'job-wait', status: JobStatus.CANCELLED }) },
      }),
    ]);
    const row = await screen.findByTestId('export-row');
    expect(row.textContent).toContain('Đang chờ');
    fireEvent.click(within(row).getByRole('button', { name: 'Hủy' }));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(sent).toEqual([{ id: 'job-wait' }]);
    expect(screen.getByTestId('export-row').textContent).toContain('Đã hủy');
    expect(within(screen.getByTestId('export-row')).queryByRole('button', { name: 'Hủy' })).toBeNull();
  });

  it('says when there is nothing yet', async () => {
    renderPage([mine([])]);
    expect((await screen.findByTestId('exports-empty')).textContent).toBe('Bạn chưa xuất danh sách nào.');
  });

  it('shows a placeholder while loading, and the error with a retry', async () => {
    renderPage([mine(null, apiError('INTERNAL_SERVER_ERROR')), mine([done])]);
    expect(screen.getByTestId('exports-loading')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được danh sách tệp đã xuất.');
    fireEvent.click(within(alert).getByRole('button'));
    expect(await screen.findByTestId('export-row')).toBeTruthy();
  });
});
