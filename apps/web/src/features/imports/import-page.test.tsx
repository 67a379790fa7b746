import { JobStatus, Role } from '@hoanhap/shared';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { CancelImportDocument, SaveImportTemplateDocument } from '../../gql/graphql';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { importJob, jobMocks, myImportsMock, preview, templatesMock, unitsMock, wardTemplate } from './import-fixtures';
import ImportPage from './import-page';

/** What the page posted: the path and the form's fields. */
interface Sent {
  url: string;
  fields: Record<string, FormDataEntryValue>;
}

/** Stubs fetch: each POST gets the next reply queued for its path, and is kept in `sent`. */
function stubUploads(replies: Record<string, { status: number; body: unknown }[]>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, fields: Object.fromEntries((init.body as FormData).entries()) });
      const reply = replies[url]?.shift();
      if (!reply) throw new Error(`no reply queued for ${url}`);
      return new Response(JSON.stringify(reply.body), { status: reply.status });
    }),
  );
  return sent;
}

function renderPage(mocks: MockLink.MockedResponse[], user = officer, templates = templatesMock([])) {
  return renderWithApp(<ImportPage />, {
    mocks: [unitsMock, templates, ...mocks],
    url: '/imports',
    path: '/imports',
    user,
  });
}

function chooseFile(name = 'danh-sach.xlsx') {
  const input = screen.getByTestId('upload-form').querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([new Uint8Array(64)], name)] } });
}

async function pick(combobox: HTMLElement, option: string) {
  fireEvent.click(combobox);
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const columnSelect = (header: string) => screen.getByRole('combobox', { name: `Nhập cột “${header}” vào` });

afterEach(() => vi.unstubAllGlobals());

describe('the import wizard', () => {
  it('reads the file, matches its columns, runs a dry run, then imports, each step with its outcome', async () => {
    const sent = stubUploads({
      '/imports/preview': [{ status: 200, body: preview }],
      '/imports': [
        { status: 202, body: { jobId: 'job-dry' } },
        { status: 202, body: { jobId: 'job-real' } },
      ],
    });
    renderPage([
      myImportsMock([]),
      ...jobMocks(
        'job-dry',
        importJob('job-dry', { status: JobStatus.RUNNING, progress: 0.5, reportUrl: null }),
        importJob('job-dry'),
      ),
      ...jobMocks(
        'job-real',
        importJob('job-real', { dryRun: false, status: JobStatus.QUEUED, progress: 0, reportUrl: null }),
        importJob('job-real', { dryRun: false }),
      ),
    ]);

    // Step 1: the file is required; the unit is the officer's own.
    const upload = await screen.findByTestId('upload-form');
    await waitFor(() =>
      expect((within(upload).getByRole('combobox', { name: /^Nhập vào đơn vị/ }) as HTMLInputElement).value).toBe(
        'Phường Lãm Hà',
      ),
    );
    fireEvent.click(within(upload).getByRole('button', { name: 'Đọc tệp' }));
    expect(await within(upload).findByText('Vui lòng chọn tệp')).toBeTruthy();
    chooseFile('danh-sach.xls');
    fireEvent.click(within(upload).getByRole('button', { name: 'Đọc tệp' }));
    expect(await within(upload).findByText('Chỉ nhận tệp .xlsx hoặc .csv')).toBeTruthy();
    expect(sent).toHaveLength(0);
    chooseFile();
    fireEvent.click(within(upload).getByRole('button', { name: 'Đọc tệp' }));

    // Step 2: the detected header, the suggestions, the first rows and the cell to check.
    expect((await screen.findByTestId('header-found')).textContent).toBe(
      'Dòng tiêu đề là dòng 1; bên dưới có 2 dòng dữ liệu.',
    );
    expect(sent[0]?.url).toBe('/imports/preview');
    expect(sent[0]?.fields.headerRow).toBeUndefined();
    expect((columnSelect('STT') as HTMLInputElement).value).toBe('Không nhập');
    expect((columnSelect('Họ và tên') as HTMLInputElement).value).toBe('Họ và tên');
    expect((columnSelect('Ngày sinh') as HTMLInputElement).value).toBe('Ngày sinh');
    expect(screen.getAllByTestId('preview-row')).toHaveLength(2);
    const problem = screen.getByTestId('problem-cell');
    expect(problem.textContent).toContain('31/02/1991');
    const described = document.getElementById(problem.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Dòng 3, cột “Ngày sinh”: Ngày không hợp lệ (dd/MM/yyyy)');

    // The name column is required, and a field goes into one column only: nothing is sent until fixed.
    await pick(columnSelect('Họ và tên'), 'Không nhập');
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử' }));
    expect((await screen.findByTestId('name-required')).textContent).toBe('Cần chọn một cột là Họ và tên.');
    expect(screen.getByTestId('columns-error').textContent).toBe('Vui lòng sửa phần ghép cột được đánh dấu.');
    await pick(columnSelect('Họ và tên'), 'Họ và tên');
    await pick(columnSelect('STT'), 'Ngày sinh');
    expect(await screen.findByText('“Ngày sinh” đã được chọn cho cột khác')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử' }));
    expect(sent).toHaveLength(1);
    await pick(columnSelect('STT'), 'Không nhập');
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử' }));

    // Step 3: the dry run, with the header row and the columns as chosen, then its figures.
    await screen.findByTestId('run-step');
    expect(sent[1]).toMatchObject({
      url: '/imports',
      fields: {
        unitCode: officer.unit.code,
        dryRun: 'true',
        headerRow: '1',
        mapping: '[null,"fullName","dateOfBirth"]',
      },
    });
    expect(await screen.findByText('Đã xử lý 50%')).toBeTruthy();
    await screen.findByTestId('job-finished', {}, { timeout: 5000 });
    expect(screen.getByTestId('count-valid').textContent).toBe('1');
    expect(screen.getByTestId('count-imported').textContent).toBe('1');
    expect(screen.getByText('Sẽ thêm mới')).toBeTruthy();
    expect(screen.getByTestId('count-failed').textContent).toBe('1');
    expect(screen.getByTestId('job-report').getAttribute('href')).toBe('/imports/job-dry/report');

    // Step 4: the same file for real, followed to its end.
    fireEvent.click(screen.getByRole('button', { name: 'Nhập chính thức' }));
    expect(await screen.findByText('Đã nhập xong.', {}, { timeout: 5000 })).toBeTruthy();
    expect(sent[2]?.fields).toMatchObject({
      dryRun: 'false',
      headerRow: '1',
      mapping: '[null,"fullName","dateOfBirth"]',
    });
    expect((sent[2]?.fields.file as File | undefined)?.name).toBe('danh-sach.xlsx');
    expect(screen.getByText('Đã thêm mới')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem danh sách người tái hòa nhập' }).getAttribute('href')).toBe(
      '/returnees',
    );
  });

  it('maps the columns as a saved template does, and saves the mapping made as a new one', async () => {
    const sent = stubUploads({ '/imports/preview': [{ status: 200, body: preview }] });
    const saved = { ...wardTemplate, id: 'template-2', name: 'Danh sách trại' };
    const save: MockLink.MockedResponse = {
      request: {
        query: SaveImportTemplateDocument,
        variables: {
          input: {
            unitCode: officer.unit.code,
            name: 'Danh sách trại',
            headerRow: 1,
            columns: [
              { header: 'STT', field: null },
              { header: 'Họ và tên', field: 'fullName' },
              { header: 'Ngày sinh', field: null },
            ],
          },
        },
      },
      result: { data: { saveImportTemplate: saved } },
    };
    renderPage([myImportsMock([]), save], officer, templatesMock([wardTemplate]));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Nhập vào đơn vị/ })).toHaveProperty('value', 'Phường Lãm Hà'),
    );
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Đọc tệp' }));
    await screen.findByTestId('header-found');
    expect((columnSelect('Ngày sinh') as HTMLInputElement).value).toBe('Ngày sinh');
    await pick(await screen.findByRole('combobox', { name: 'Mẫu ghép cột đã lưu' }), 'Sổ theo dõi');
    // The template's headers match whatever their case and accents; its date of birth is left out.
    await waitFor(() => expect((columnSelect('Ngày sinh') as HTMLInputElement).value).toBe('Không nhập'));
    expect((columnSelect('Họ và tên') as HTMLInputElement).value).toBe('Họ và tên');
    expect(sent).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Lưu cách ghép cột làm mẫu' }));
    expect(await screen.findByText('Cần đặt tên cho mẫu.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Tên mẫu mới' }), { target: { value: ' Danh sách trại ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cách ghép cột làm mẫu' }));
    expect((await screen.findByTestId('template-saved')).textContent).toBe(
      'Đã lưu mẫu “Danh sách trại”. Lần sau chọn mẫu này để ghép cột như vậy.',
    );
  });

  it('reads the file again from the header row the user gives', async () => {
    const sent = stubUploads({
      '/imports/preview': [
        { status: 200, body: { ...preview, headerRow: null, columns: [], rows: [], rowsTotal: 0 } },
        { status: 200, body: { ...preview, headerRow: 4 } },
      ],
    });
    renderPage([myImportsMock([])]);
    await screen.findByTestId('upload-form');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Nhập vào đơn vị/ })).toHaveProperty('value', 'Phường Lãm Hà'),
    );
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Đọc tệp' }));
    expect((await screen.findByTestId('no-header')).textContent).toContain('Không tìm thấy dòng tiêu đề');
    expect(screen.getByRole('button', { name: 'Chạy thử' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByRole('textbox', { name: /^Dòng tiêu đề/ }), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đọc lại từ dòng này' }));
    expect((await screen.findByTestId('header-found')).textContent).toContain('dòng 4');
    expect(sent[1]?.fields.headerRow).toBe('4');
  });

  it('shows the API’s refusal in the user’s language, as the API words it', async () => {
    stubUploads({
      '/imports/preview': [
        {
          status: 400,
          body: {
            errors: [
              {
                message: 'Tệp không phải bảng tính .xlsx hoặc .csv / The file is not an .xlsx or .csv spreadsheet',
                extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'NOT_ALLOWED' },
              },
            ],
          },
        },
      ],
    });
    renderPage([myImportsMock([])]);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Nhập vào đơn vị/ })).toHaveProperty('value', 'Phường Lãm Hà'),
    );
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Đọc tệp' }));
    expect((await screen.findByTestId('upload-error')).textContent).toBe('Tệp không phải bảng tính .xlsx hoặc .csv');
  });

  it('in English, shows the English half of the API’s words', async () => {
    await changeLanguage('en');
    stubUploads({
      '/imports/preview': [
        {
          status: 400,
          body: {
            errors: [
              {
                message: 'Không đọc được tệp / The file cannot be read',
                extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'UNREADABLE' },
              },
            ],
          },
        },
      ],
    });
    renderPage([myImportsMock([])]);
    expect(await screen.findByRole('heading', { name: 'Import a list from Excel' })).toBeTruthy();
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Read the file' }));
    expect((await screen.findByTestId('upload-error')).textContent).toBe('The file cannot be read');
  });

  it('sends a user whose session expired to sign in, and back here after', async () => {
    stubUploads({
      '/imports/preview': [
        {
          status: 401,
          body: { errors: [{ message: 'Chưa đăng nhập / Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] },
        },
      ],
    });
    renderPage([myImportsMock([])]);
    await screen.findByTestId('upload-form');
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Đọc tệp' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/login?next=%2Fimports&reason=expired');
  });

  it('says why a job failed', async () => {
    stubUploads({
      '/imports/preview': [{ status: 200, body: preview }],
      '/imports': [{ status: 202, body: { jobId: 'job-bad' } }],
    });
    renderPage([
      myImportsMock([]),
      ...jobMocks(
        'job-bad',
        importJob('job-bad', { status: JobStatus.FAILED, failureReason: 'TOO_MANY_ROWS', reportUrl: null }),
      ),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Nhập vào đơn vị/ })).toHaveProperty('value', 'Phường Lãm Hà'),
    );
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Đọc tệp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chạy thử' }));
    expect((await screen.findByTestId('job-failed')).textContent).toContain(
      'Tệp có quá nhiều dòng (tối đa 50.000 dòng)',
    );
    expect(screen.getByRole('button', { name: 'Nhập chính thức' })).toHaveProperty('disabled', true);
  });
});

describe('the import page', () => {
  it('tells a role without the import permission that it may not import, and asks the API nothing', async () => {
    renderWithApp(<ImportPage />, {
      mocks: [],
      url: '/imports',
      path: '/imports',
      user: { ...officer, role: Role.VIEWER },
    });
    expect((await screen.findByRole('alert')).textContent).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
});

describe('recent imports', () => {
  it('lists the user’s imports with their outcome and report, and stops one still running', async () => {
    const running = importJob('job-run', { dryRun: false, status: JobStatus.RUNNING, progress: 0.25, reportUrl: null });
    const done = importJob('job-done', {
      rowsImported: 12,
      rowsUpdated: 3,
      rowsFlagged: 2,
      rowsFailed: 1,
      rowsTotal: 18,
    });
    renderPage([
      myImportsMock([running, done]),
      {
        request: { query: CancelImportDocument, variables: { id: 'job-run' } },
        result: { data: { cancelImport: { ...running, status: JobStatus.CANCELLED } } },
      },
    ]);
    const rows = await screen.findAllByTestId('recent-import');
    expect(rows).toHaveLength(2);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(first.textContent).toContain('04/05/2026 09:30');
    expect(first.textContent).toContain('Đang chạy');
    expect(first.textContent).toContain('Đã xử lý 25%');
    expect(second.textContent).toContain('1/18 dòng hợp lệ');
    expect(second.textContent).toContain('sẽ thêm 12, cập nhật 3; trùng 2; lỗi 1');
    expect(within(second).getByRole('link', { name: 'Báo cáo' }).getAttribute('href')).toBe('/imports/job-done/report');

    fireEvent.click(within(first).getByRole('button', { name: 'Dừng: danh-sach.xlsx' }));
    await waitFor(() => expect(first.textContent).toContain('Đã hủy'));
    expect(within(first).queryByRole('button', { name: /^Dừng/ })).toBeNull();
  });

  it('says when there is none yet', async () => {
    renderPage([myImportsMock([])]);
    expect((await screen.findByTestId('recent-empty')).textContent).toBe('Chưa có lần nhập nào.');
  });
});
