import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PersonArchiveDocument, StartPersonArchiveDocument } from '../../../gql/graphql';
import { loadPrintTexts } from '../../../i18n/print';
import { officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import { PersonFileDialog } from './person-file-dialog';

beforeAll(() => loadPrintTexts('vi'));
const PURPOSE = 'Trả lời yêu cầu cung cấp thông tin của đương sự';

const job = (fields: Record<string, unknown>) => ({
  __typename: 'PersonArchiveJob',
  id: 'job-1',
  status: 'QUEUED',
  fileName: null,
  sizeBytes: null,
  recordCount: null,
  documentCount: null,
  failureReason: null,
  downloadUrl: null,
  expiresAt: null,
  ...fields,
});

async function openDialog(mocks: RenderOptions['mocks'] = []) {
  renderWithApp(<PersonFileDialog returneeId="r-duc" />, { mocks, user: officer });
  fireEvent.click(await screen.findByRole('button', { name: 'Hồ sơ đầy đủ' }));
  return screen.findByRole('dialog');
}

describe('the whole-file dialog', () => {
  it('asks for a purpose of at least 10 characters before printing or archiving, without calling the API', async () => {
    // No mock: a call to the API would fail the test with an error in the dialog.
    const dialog = await openDialog();
    const purpose = within(dialog).getByLabelText(/Mục đích/);
    fireEvent.change(purpose, { target: { value: 'xem thử' } });
    fireEvent.click(within(dialog).getByTestId('person-file-archive'));
    await waitFor(() => expect(purpose.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Cần nêu rõ mục đích (ít nhất 10 ký tự)')).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('person-file-print'));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).getByTestId('person-file-print').getAttribute('href')).toBeNull();
  });

  it('prints in a new tab with the purpose in the address’s fragment, never sent to a server', async () => {
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByLabelText(/Mục đích/), { target: { value: `  ${PURPOSE} ` } });
    const print = within(dialog).getByTestId('person-file-print');
    expect(print.textContent).toBe('In hồ sơ (PDF)');
    expect(print.getAttribute('target')).toBe('_blank');
    const href = print.getAttribute('href') ?? '';
    expect(href.startsWith('/print/returnees/r-duc/file#purpose=')).toBe(true);
    expect(new URLSearchParams(href.split('#')[1]).get('purpose')).toBe(PURPOSE);
  });

  it('starts the archive with the purpose, shows it running, then offers the download', async () => {
    const dialog = await openDialog([
      {
        request: { query: StartPersonArchiveDocument, variables: { input: { returneeId: 'r-duc', purpose: PURPOSE } } },
        result: { data: { startPersonArchive: job({}) } },
      },
      {
        request: { query: PersonArchiveDocument, variables: { id: 'job-1' } },
        result: {
          data: {
            personArchive: job({
              status: 'SUCCEEDED',
              fileName: 'ho-so-12345678-2026-12-06.zip',
              recordCount: 42,
              documentCount: 1,
              downloadUrl: '/person-archives/job-1/file',
              expiresAt: '2026-12-07T06:00:00.000Z',
            }),
          },
        },
      },
    ]);
    fireEvent.change(within(dialog).getByLabelText(/Mục đích/), { target: { value: PURPOSE } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tải bản lưu trữ (JSON)' }));
    expect((await within(dialog).findByTestId('person-archive-running')).textContent).toContain('Đang chờ');
    const link = await within(dialog).findByTestId('person-archive-download', {}, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('/person-archives/job-1/file');
    expect(link.textContent).toBe('Tải ho-so-12345678-2026-12-06.zip');
    expect(within(dialog).getByText(/42 bản ghi, 1 tệp văn bản/)).toBeTruthy();
  });
});
