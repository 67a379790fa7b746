import { describe, expect, it } from 'vitest';
import { collectPages, type ExportPage, TooManyRowsError, toExportPage } from './collect-pages';
import { type ExportColumn, exportFileName, toSheetData } from './xlsx';

interface Person {
  name: string;
  returnedOn: string | null;
  amount: number;
}
const COLUMNS: ExportColumn<Person>[] = [
  { header: 'Họ và tên', value: (p) => p.name },
  { header: 'Ngày trở về', value: (p) => p.returnedOn, kind: 'date' },
  { header: 'Số tiền', value: (p) => p.amount, kind: 'number' },
];

describe('spreadsheet rows', () => {
  it('writes a bold header, dates as real dates shown dd/mm/yyyy, numbers as numbers, gaps as empty cells', () => {
    const data = toSheetData(
      [
        { name: 'Nguyễn Văn An', returnedOn: '2024-04-25', amount: 1500000 },
        { name: 'B', returnedOn: null, amount: 0 },
      ],
      COLUMNS,
    );
    expect(data[0]).toEqual([
      { value: 'Họ và tên', fontWeight: 'bold' },
      { value: 'Ngày trở về', fontWeight: 'bold' },
      { value: 'Số tiền', fontWeight: 'bold' },
    ]);
    expect(data[1]).toEqual([
      { value: 'Nguyễn Văn An' },
      { value: new Date(Date.UTC(2024, 3, 25)), type: Date, format: 'dd/mm/yyyy' },
      { value: 1500000, type: Number, format: '#,##0' },
    ]);
    expect(data[2]?.[1]).toBeNull();
    expect(data[2]?.[2]).toEqual({ value: 0, type: Number, format: '#,##0' });
  });

  it('names the file after the list and the day', () => {
    expect(exportFileName('nguoi-tai-hoa-nhap', new Date(2026, 10, 9))).toBe('nguoi-tai-hoa-nhap-2026-11-09.xlsx');
  });
});

function pages(total: number, size: number) {
  const calls: Array<string | null> = [];
  const fetchPage = async (after: string | null): Promise<ExportPage<number>> => {
    calls.push(after);
    const start = after ? Number(after) : 0;
    const rows = Array.from({ length: Math.min(size, total - start) }, (_, i) => start + i);
    const end = start + rows.length;
    return { rows, endCursor: String(end), hasNextPage: end < total, totalCount: total };
  };
  return { calls, fetchPage };
}

describe('walking a list for export', () => {
  it('follows the cursors to the end and reports progress after each page', async () => {
    const { calls, fetchPage } = pages(250, 100);
    const progress: Array<[number, number | null]> = [];
    const rows = await collectPages(fetchPage, { onProgress: (done, total) => progress.push([done, total]) });
    expect(rows).toHaveLength(250);
    expect(rows[249]).toBe(249);
    expect(calls).toEqual([null, '100', '200']);
    expect(progress).toEqual([
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
  });

  it('refuses a list larger than the limit before fetching more than the first page', async () => {
    const { calls, fetchPage } = pages(500, 100);
    await expect(collectPages(fetchPage, { maxRows: 300 })).rejects.toBeInstanceOf(TooManyRowsError);
    expect(calls).toEqual([null]);
  });

  it('stops when the user stops it', async () => {
    const { calls, fetchPage } = pages(1000, 100);
    const controller = new AbortController();
    const promise = collectPages(fetchPage, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 200) controller.abort();
      },
    });
    await expect(promise).rejects.toThrow();
    expect(calls).toHaveLength(2);
  });
});

describe('a connection as an export page', () => {
  it('takes the nodes and the cursor, and a list without a count as uncounted', () => {
    const page = toExportPage({
      edges: [{ node: 'a' }, { node: 'b' }],
      pageInfo: { endCursor: 'c2', hasNextPage: true },
    });
    expect(page).toEqual({ rows: ['a', 'b'], endCursor: 'c2', hasNextPage: true, totalCount: null });
  });

  it('stops the export when a page did not come back, rather than writing part of the list', () => {
    expect(() => toExportPage(undefined)).toThrow();
  });
});
