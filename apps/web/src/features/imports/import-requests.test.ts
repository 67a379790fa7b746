import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiWords } from './import-error';
import { fileProblem, ImportRequestError, previewImport, startImport } from './import-requests';

const xlsx = (name = 'danh-sach.xlsx', size = 10) => new File([new Uint8Array(size)], name);

function answer(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The form of the `n`th call to the stubbed fetch. */
function sentForm(fetch: ReturnType<typeof answer>, n = 0): { url: string; fields: Record<string, unknown> } {
  const [url, init] = fetch.mock.calls[n] as unknown as [string, RequestInit];
  const form = init.body as FormData;
  return { url, fields: Object.fromEntries(form.entries()) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the import requests', () => {
  it('refuses before sending what the API would refuse: another kind of file, an empty one, one over 20 MB', () => {
    expect(fileProblem(xlsx())).toBeNull();
    expect(fileProblem(xlsx('DANH-SACH.CSV'))).toBeNull();
    expect(fileProblem(xlsx('danh-sach.xls'))).toBe('fileType');
    expect(fileProblem(xlsx('danh-sach.xlsx', 0))).toBe('fileEmpty');
    expect(fileProblem(xlsx('danh-sach.xlsx', 20 * 1024 * 1024 + 1))).toBe('fileTooLarge');
  });

  it('asks for the preview with the file and, when chosen, the header row', async () => {
    const fetch = answer(200, { fileName: 'danh-sach.xlsx', headerRow: 3, rowsTotal: 0, columns: [], rows: [] });
    await previewImport(xlsx(), null);
    await previewImport(xlsx(), 3);
    const first = sentForm(fetch, 0);
    expect(first.url).toBe('/imports/preview');
    expect(Object.keys(first.fields)).toEqual(['file']);
    expect(sentForm(fetch, 1).fields.headerRow).toBe('3');
  });

  it('starts the job with the unit, the kind of run, the header row and the mapping as JSON', async () => {
    const fetch = answer(202, { jobId: 'job-1' });
    const id = await startImport({
      file: xlsx(),
      unitCode: 'lam-ha',
      dryRun: true,
      headerRow: 2,
      mapping: [null, 'fullName', 'dateOfBirth'],
    });
    expect(id).toBe('job-1');
    const { url, fields } = sentForm(fetch);
    expect(url).toBe('/imports');
    expect(fields).toMatchObject({
      unitCode: 'lam-ha',
      dryRun: 'true',
      headerRow: '2',
      mapping: '[null,"fullName","dateOfBirth"]',
    });
    expect((fields.file as File).name).toBe('danh-sach.xlsx');
  });

  it('turns a refusal into an error with the API’s words, code, field and reason', async () => {
    answer(400, {
      errors: [
        {
          message: 'Tệp phải là .xlsx hoặc .csv / The file must be .xlsx or .csv',
          extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'NOT_ALLOWED' },
        },
      ],
    });
    const error = await previewImport(xlsx(), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRequestError);
    expect(error).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'file', reason: 'NOT_ALLOWED' });
    expect(apiWords((error as ImportRequestError).apiMessage, 'vi')).toBe('Tệp phải là .xlsx hoặc .csv');
    expect(apiWords((error as ImportRequestError).apiMessage, 'en')).toBe('The file must be .xlsx or .csv');
  });

  it('names a lost connection and an answer that is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(previewImport(xlsx(), null)).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Bad gateway', { status: 502 })),
    );
    await expect(previewImport(xlsx(), null)).rejects.toMatchObject({ status: 502, code: 'INTERNAL_SERVER_ERROR' });
  });

  it('shows a message without an English half as it is', () => {
    expect(apiWords('Không đọc được tệp', 'en')).toBe('Không đọc được tệp');
  });
});
