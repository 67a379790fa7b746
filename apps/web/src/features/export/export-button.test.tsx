import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadExportTexts } from '../../i18n/export';
import { RecordExportDocument } from '../../gql/graphql';
import { apiError } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import type { ExportPage } from './collect-pages';
import { ExportButton } from './export-button';
import type { ExportColumn } from './xlsx';

const written = vi.hoisted(() => ({ calls: [] as Array<{ rows: unknown[]; fileName: string }> }));
vi.mock('./xlsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./xlsx')>();
  return {
    ...actual,
    // The real writer needs a browser download; the file's content is tested in xlsx.test.ts.
    downloadXlsx: async (rows: unknown[], _columns: unknown, options: { fileName: string }) => {
      written.calls.push({ rows: [...rows], fileName: options.fileName });
    },
  };
});

const COLUMNS: ExportColumn<number>[] = [{ header: 'Số', value: (n) => n, kind: 'number' }];
const LOG = { list: 'RETURNEES' as const, filterKeys: ['q'] };
const logged: unknown[] = [];
const logMock = (result: object = { data: { recordExport: true } }) => ({
  request: {
    query: RecordExportDocument,
    variables: (variables: { input: unknown }) => {
      logged.push(variables.input);
      return true;
    },
  },
  result,
});

function pages(total: number): (after: string | null) => Promise<ExportPage<number>> {
  return async (after) => {
    const start = after ? Number(after) : 0;
    const rows = Array.from({ length: Math.min(100, total - start) }, (_, i) => start + i);
    return {
      rows,
      endCursor: String(start + rows.length),
      hasNextPage: start + rows.length < total,
      totalCount: total,
    };
  };
}

beforeAll(() => loadExportTexts('vi'));

beforeEach(() => {
  written.calls = [];
  logged.length = 0;
});

describe('ExportButton', () => {
  it('walks every page of the filtered list and writes one file with all rows', async () => {
    renderWithApp(
      <ExportButton fileStem="danh-sach" sheet="Danh sách" columns={COLUMNS} fetchPage={pages(230)} log={LOG} />,
      {
        mocks: [logMock()],
      },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toMatch(
        /^Đã xuất 230 dòng vào danh-sach-\d{4}-\d{2}-\d{2}\.xlsx$/,
      ),
    );
    expect(written.calls).toHaveLength(1);
    expect(written.calls[0]?.rows).toHaveLength(230);
    expect(logged).toEqual([LOG]);
  });

  it('exports a selection as it is and says how many people', async () => {
    renderWithApp(
      <ExportButton fileStem="chon" sheet="Đã chọn" columns={COLUMNS} rows={[1, 2]} selection log={LOG} />,
      {
        mocks: [logMock()],
      },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất 2 người đã chọn' }));
    await waitFor(() => expect(written.calls[0]?.rows).toEqual([1, 2]));
  });

  it('refuses a list over the limit with a message, writing nothing', async () => {
    renderWithApp(<ExportButton fileStem="lon" sheet="Lớn" columns={COLUMNS} fetchPage={pages(20_000)} log={LOG} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toContain('tối đa 10000 dòng'));
    expect(written.calls).toHaveLength(0);
  });

  it('says so when there is nothing to export', async () => {
    renderWithApp(<ExportButton fileStem="rong" sheet="Rỗng" columns={COLUMNS} fetchPage={pages(0)} log={LOG} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toBe('Không có dòng nào để xuất.'));
  });

  it('writes no file when the export cannot be logged', async () => {
    renderWithApp(<ExportButton fileStem="khong" sheet="Không" columns={COLUMNS} rows={[1]} log={LOG} />, {
      mocks: [logMock(apiError('INTERNAL_SERVER_ERROR'))],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toBe('Không xuất được tệp. Vui lòng thử lại.'),
    );
    expect(written.calls).toHaveLength(0);
  });
});
