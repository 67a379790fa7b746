import { ExportList, JobStatus, Role } from '@hoanhap/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CancelExportDocument,
  type CancelExportMutationVariables,
  ExportJobDocument,
  StartExportDocument,
  type StartExportMutationVariables,
} from '../../gql/graphql';
import { apiError, officer } from '../../test/fixtures';
import { recordingMock } from '../../test/mocks';
import { type RenderOptions, renderWithApp } from '../../test/render';
import { ExportButton, type ExportButtonProps } from './export-button';
import { exportJob, writtenJob } from './test-jobs';
import { EXPORT_POLL_MS } from './use-export-job';

const FILTER = { status: [] as never[], search: 'nguyen' };

const started = (sent: StartExportMutationVariables[], job = exportJob()) =>
  recordingMock(StartExportDocument, sent, { data: { startExport: job } });
const polled = (job: ReturnType<typeof exportJob>) => ({
  request: { query: ExportJobDocument, variables: { id: job.id } },
  result: { data: { exportJob: job } },
});

/** Where the page sent the browser for a file (jsdom downloads nothing). */
let downloads: string[] = [];

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.getAttribute('href') ?? '');
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The mocked API answers within 50 ms. */
const answered = () => act(() => vi.advanceTimersByTimeAsync(100));
/** One polling interval, and the answer it brings. */
const nextPoll = () => act(() => vi.advanceTimersByTimeAsync(EXPORT_POLL_MS + 100));

/** Clicks the button and lets startExport answer. */
async function clickExport(name = 'Xuất Excel') {
  fireEvent.click(await screen.findByRole('button', { name }));
  await answered();
}

function renderButton(props: ExportButtonProps, mocks: RenderOptions['mocks'], user: RenderOptions['user'] = officer) {
  return renderWithApp(<ExportButton {...props} />, { mocks, user });
}

describe('the export button', () => {
  it('starts the export with the list’s filter, shows the server’s progress, then downloads the file', async () => {
    const sent: StartExportMutationVariables[] = [];
    renderButton({ list: ExportList.RETURNEES, filter: FILTER }, [
      started(sent),
      polled(exportJob({ status: JobStatus.RUNNING })),
      polled(exportJob({ status: JobStatus.RUNNING, rowsTotal: 230, rowsWritten: 100 })),
      polled(writtenJob(230)),
    ]);
    await clickExport();

    const dialog = await screen.findByTestId('export-progress');
    expect(sent).toEqual([{ input: { list: 'RETURNEES', filter: FILTER, format: 'XLSX' } }]);
    expect(within(dialog).getByTestId('export-progress-text').textContent).toBe('Đang chờ máy chủ bắt đầu ghi tệp…');
    // The user may go: the dialog says where the file will be.
    expect(dialog.textContent).toContain('Tệp đã xuất');
    expect(within(dialog).getByRole('link', { name: 'Mở trang Tệp đã xuất' }).getAttribute('href')).toBe('/exports');

    await nextPoll();
    // Not counted yet: the bar moves without a share.
    expect(screen.getByTestId('export-progress-text').textContent).toBe('Đã ghi 0 dòng…');
    expect(screen.getByTestId('export-progress-bar').getAttribute('data-indeterminate')).toBe('true');

    await nextPoll();
    expect(screen.getByTestId('export-progress-text').textContent).toBe('Đã ghi 100 / 230 dòng');
    expect(screen.getByTestId('export-progress-bar').getAttribute('data-indeterminate')).toBeNull();
    expect(downloads).toEqual([]);

    await nextPoll();
    expect(screen.getByTestId('export-status').textContent).toBe(
      'Đã xuất 230 dòng vào nguoi-tai-hoa-nhap-2026-12-06.xlsx',
    );
    expect(downloads).toEqual(['/exports/job-1/file']);
    expect(screen.queryByTestId('export-progress')).toBeNull();
    // Finished: no more polling (a poll without its answer would show an error).
    await nextPoll();
    expect(screen.getByTestId('export-status').textContent).toContain('Đã xuất 230 dòng');
    expect(downloads).toHaveLength(1);
  });

  it('exports a selection as the list’s filter with the ids, and says how many people', async () => {
    const sent: StartExportMutationVariables[] = [];
    renderButton({ list: ExportList.RETURNEES, filter: { ...FILTER, ids: ['r-1', 'r-2'] }, selectionCount: 2 }, [
      started(sent),
      polled(writtenJob(2)),
    ]);
    await clickExport('Xuất 2 người đã chọn');
    expect((await screen.findByTestId('export-progress')).textContent).toContain(
      'Tệp gồm đúng những người bạn đã chọn.',
    );
    expect(sent[0]?.input.filter).toEqual({ ...FILTER, ids: ['r-1', 'r-2'] });
    await nextPoll();
    expect(screen.getByTestId('export-status').textContent).toBe(
      'Đã xuất 2 dòng vào nguoi-tai-hoa-nhap-2026-12-06.xlsx',
    );
  });

  it('says why a job failed, in words for the reasons it knows and a general message for others', async () => {
    renderButton({ list: ExportList.RETURNEES, filter: FILTER }, [
      started([]),
      polled(exportJob({ status: JobStatus.FAILED, failureReason: 'TOO_MANY' })),
      started([], exportJob({ id: 'job-2' })),
      polled(exportJob({ id: 'job-2', status: JobStatus.FAILED, failureReason: 'SOMETHING_NEW' })),
    ]);
    await clickExport();
    await screen.findByTestId('export-progress');
    await nextPoll();
    expect(screen.getByTestId('export-status').textContent).toBe(
      'Danh sách quá lớn để xuất một lần. Vui lòng lọc bớt rồi xuất lại.',
    );
    expect(downloads).toEqual([]);

    await clickExport();
    await screen.findByTestId('export-progress');
    await nextPoll();
    expect(screen.getByTestId('export-status').textContent).toBe('Không xuất được tệp. Vui lòng thử lại.');
  });

  it('says so when the API refuses to start the export', async () => {
    renderButton({ list: ExportList.RETURNEES, filter: FILTER }, [
      recordingMock(StartExportDocument, [], apiError('FORBIDDEN')),
    ]);
    await clickExport();
    expect(
      await screen.findByText('Tài khoản của bạn không có quyền xuất danh sách này.', {}, { timeout: 4000 }),
    ).toBeTruthy();
    expect(screen.queryByTestId('export-progress')).toBeNull();
  });

  it('cancels a running export on the server and stops asking about it', async () => {
    const cancelled: CancelExportMutationVariables[] = [];
    renderButton({ list: ExportList.RETURNEES, filter: FILTER }, [
      started([]),
      recordingMock(CancelExportDocument, cancelled, {
        data: { cancelExport: exportJob({ status: JobStatus.CANCELLED }) },
      }),
    ]);
    await clickExport();
    const dialog = await screen.findByTestId('export-progress');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy xuất' }));
    expect(await screen.findByText('Đã hủy việc xuất tệp.')).toBeTruthy();
    expect(cancelled).toEqual([{ id: 'job-1' }]);
    // No poll after the cancel: one would find no answer and say the progress was lost.
    await nextPoll();
    await nextPoll();
    expect(screen.getByTestId('export-status').textContent).toBe('Đã hủy việc xuất tệp.');
    expect(downloads).toEqual([]);
  });

  it('lets the export run on when the dialog is hidden, with its progress beside the button', async () => {
    renderButton({ list: ExportList.RETURNEES, filter: FILTER }, [
      started([]),
      polled(exportJob({ status: JobStatus.RUNNING, rowsTotal: 500, rowsWritten: 200 })),
    ]);
    await clickExport();
    fireEvent.click(within(await screen.findByTestId('export-progress')).getByRole('button', { name: /^Ẩn/ }));
    await nextPoll();
    expect(screen.getByTestId('export-status').textContent).toBe('Đã ghi 200 / 500 dòng');
  });

  it('is not offered to a role that may not export the list', async () => {
    const helper = { ...officer, role: Role.HELPER };
    const committee = { ...officer, role: Role.COMMITTEE };
    const { unmount } = renderButton({ list: ExportList.RETURNEES, filter: FILTER }, [], helper);
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.queryByTestId('export-xlsx')).toBeNull();
    unmount();
    // The committee exports pledges and employers, not people.
    const pledges = renderButton({ list: ExportList.PLEDGES, filter: {} }, [], committee);
    expect(await screen.findByTestId('export-xlsx')).toBeTruthy();
    pledges.unmount();
    renderButton({ list: ExportList.TASKS, filter: { view: 'MINE' } }, [], committee);
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.queryByTestId('export-xlsx')).toBeNull();
  });
});
