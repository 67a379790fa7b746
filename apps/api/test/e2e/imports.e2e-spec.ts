import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJob } from '../../src/modules/exports/export.jobs.js';
import { importJob } from '../../src/modules/imports/import.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { importUploads, xlsx } from '../utils/import-upload.js';
import { withJobWorkers } from '../utils/job-workers.js';

/*
 * People come in from the sheets wards keep: each row registers a person, updates the one it
 * matches, or is reported with its reason; a file is refused as a whole when it cannot be read.
 * Two workers on one database stand for two API processes.
 */
const { client, server, one, db } = withDemoServer();
const officer = client('officer');
const helper = client('helper');

withJobWorkers(db, [importJob, exportJob]);

const uploads = importUploads(server);
const { upload } = uploads;
const imported = (name: string, content: Buffer, fields: Record<string, string> = {}) =>
  uploads.imported(officer, name, content, fields);

async function reportRows(url: string): Promise<unknown[][]> {
  const response = await fetch(`${server.url}${url}`, { headers: { cookie: officer.cookie ?? '' } });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Nơi ở hiện nay',
  'Tổ dân phố',
  'Ngày ra trại',
];
const countPeople = async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM returnee')).n;

describe('importing a ward sheet', () => {
  let demo: { full_name: string; date_of_birth: string };
  beforeAll(async () => {
    demo = await one(
      `SELECT r.full_name, to_char(r.date_of_birth, 'DD/MM/YYYY') AS date_of_birth FROM returnee r
       JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha' AND r.date_of_birth IS NOT NULL LIMIT 1`,
    );
  });

  async function wardSheet() {
    return xlsx(
      [
        ['DANH SÁCH NGƯỜI CHẤP HÀNH XONG ÁN PHẠT TÙ VỀ ĐỊA PHƯƠNG'],
        [],
        HEADERS,
        [1, 'Trần Văn Nhập', '05/03/1990', 'Nam', '031090000111', 'Số 3 ngõ 5', null, '12/01/2024'],
        [2, 'Lê Thị Ngày Sai', '31/02/1991', 'Nữ', null, null, 'Tổ 2', '01/02/2024'],
        [3, '=HYPERLINK("http://x","bấm")', null, 'Khác', '12345', null, null, null],
        [4, demo.full_name, demo.date_of_birth, null, null, null, null, null],
        [5, 'Phạm Văn Công Thức', new Date(Date.UTC(1985, 6, 1)), 'nam', null, null, null, 45000],
      ],
      (sheet) => {
        // A formula cell is read as its value, never evaluated; merged cells give their first cell's value.
        sheet.getCell('G8').value = { formula: '"Tổ "&(1+2)', result: 'Tổ 3' };
        sheet.mergeCells('A1:H1');
      },
    );
  }

  it('registers the good rows and reports the others, each with its reason, in Vietnamese', async () => {
    const before = await countPeople();
    const job = await imported('danh-sach-lam-ha.xlsx', await wardSheet());
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: false,
      progress: 1,
      rowsTotal: 5,
      rowsValid: 3,
      rowsImported: 2,
      rowsUpdated: 0,
      rowsFailed: 2,
      rowsFlagged: 1,
    });
    expect(await countPeople()).toBe(before + 2);
    const person = await one<Record<string, unknown>>(
      `SELECT full_name, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, sex, citizen_id, current_address,
         to_char(returned_on, 'YYYY-MM-DD') AS returned_on FROM returnee WHERE citizen_id = '031090000111'`,
    );
    expect(person).toEqual({
      full_name: 'Trần Văn Nhập',
      dob: '1990-03-05',
      sex: 'MALE',
      citizen_id: '031090000111',
      current_address: 'Số 3 ngõ 5',
      returned_on: '2024-01-12',
    });
    const formula = await one<{ residential_group: string; returned_on: string }>(
      `SELECT residential_group, to_char(returned_on, 'YYYY-MM-DD') AS returned_on FROM returnee WHERE full_name = 'Phạm Văn Công Thức'`,
    );
    expect(formula).toEqual({ residential_group: 'Tổ 3', returned_on: '2023-03-15' });

    const [header, ...rows] = await reportRows(job.reportUrl as string);
    expect(header).toEqual(['Dòng', ...HEADERS, 'Lý do']);
    expect(rows.map((row) => row[0])).toEqual([5, 6, 7]);
    expect(String(rows[0]?.at(-1))).toContain('Ngày sinh: Ngày không hợp lệ');
    const injected = rows[1] as unknown[];
    expect(injected[2]).toBe(`'=HYPERLINK("http://x","bấm")`);
    expect(String(injected.at(-1))).toContain('Giới tính ghi "Nam" hoặc "Nữ"');
    expect(String(injected.at(-1))).toContain('12 chữ số');
    expect(String(rows[2]?.at(-1))).toContain('Có thể trùng với người đã có hồ sơ');

    const { actions } = await one<{ actions: string[] }>(
      `SELECT array_agg(action ORDER BY id) AS actions FROM audit_event WHERE object_id = $1`,
      [job.id],
    );
    expect(actions).toEqual(['startImport', 'finishImport', 'read:importReport']);
  });

  it('changes nothing the second time the same file comes in', async () => {
    const before = await countPeople();
    const job = await imported('danh-sach-lam-ha.xlsx', await wardSheet());
    // The identity number matches and nothing differs; the two without one may be those on record.
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 0, rowsUpdated: 0, rowsFlagged: 2, rowsFailed: 2 });
    expect(await countPeople()).toBe(before);
  });

  it('checks every row and writes nothing in a dry run', async () => {
    const before = await countPeople();
    const sheet = await xlsx([
      HEADERS,
      [1, 'Người Chạy Thử', '01/01/1980', 'Nam', '031080000222', null, null, '01/06/2024'],
      [2, 'Trần Văn Nhập', null, null, '031090000111', 'Số 9 ngõ 9', null, null],
    ]);
    const job = await imported('thu.xlsx', sheet, { dryRun: 'true' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', dryRun: true, rowsImported: 1, rowsUpdated: 1, rowsFailed: 0 });
    expect(await countPeople()).toBe(before);
    const { current_address } = await one<{ current_address: string }>(
      `SELECT current_address FROM returnee WHERE citizen_id = '031090000111'`,
    );
    expect(current_address).toBe('Số 3 ngõ 5');
  });

  it('updates the person an identity number matches, audited as an ordinary edit', async () => {
    const sheet = await xlsx([HEADERS, [1, 'Trần Văn Nhập', null, null, '031090000111', 'Số 9 ngõ 9', 'Tổ 7', null]]);
    const job = await imported('sua.xlsx', sheet);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 0, rowsUpdated: 1 });
    const person = await one<{ id: string; current_address: string; residential_group: string }>(
      `SELECT id, current_address, residential_group FROM returnee WHERE citizen_id = '031090000111'`,
    );
    expect(person).toMatchObject({ current_address: 'Số 9 ngõ 9', residential_group: 'Tổ 7' });
    const { n } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'updateReturnee' AND returnee_id = $1`,
      [person.id],
    );
    expect(n).toBe(1);
  });

  it('reads a CSV saved in Windows-1258 by an old office computer', async () => {
    // "Họ và tên,Ngày sinh" and "Nguyễn Văn Mã Cũ,02/02/1970" in code page 1258 (combining tones).
    const header = Buffer.from([0x48, 0x6f, 0xf2, 0x20, 0x76, 0x61, 0xcc, 0x20, 0x74, 0xea, 0x6e]);
    const name = Buffer.concat([
      Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x56, 0xe3, 0x6e]),
      Buffer.from(' Ma Cu,02/02/1970\r\n', 'latin1'),
    ]);
    const csv = Buffer.concat([header, Buffer.from(',Ngay sinh\r\n', 'latin1'), name]);
    const job = await imported('cu.csv', csv);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
    const { full_name } = await one<{ full_name: string }>(
      `SELECT full_name FROM returnee WHERE date_of_birth = '1970-02-02' AND full_name LIKE 'Nguy%'`,
    );
    expect(full_name).toBe('Nguyễn Văn Ma Cu');
  });

  it('reads a CSV typed in the TCVN3 (ABC) fonts', async () => {
    const csv = iconv.encode('Họ và tên,Ngày sinh\r\nLê Thị Bảy Cũ,03/03/1971\r\n', 'tcvn');
    const job = await imported('abc.csv', csv);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
    const { full_name } = await one<{ full_name: string }>(
      `SELECT full_name FROM returnee WHERE date_of_birth = '1971-03-03'`,
    );
    expect(full_name).toBe('Lê Thị Bảy Cũ');
  });
});

describe('a round trip', () => {
  /** The demo person exported in the format, as the file's response. */
  async function exported(format: 'XLSX' | 'CSV'): Promise<Response> {
    const started = await officer.request<{ startExport: { id: string } }>(
      `mutation { startExport(input: { list: RETURNEES, format: ${format}, filter: { search: "Trần Văn Nhập" } }) { id } }`,
    );
    const exportId = started.data?.startExport.id as string;
    let url: string | null = null;
    while (!url) {
      await sleep(200);
      const res = await officer.request<{ exportJob: { downloadUrl: string | null; status: string } }>(
        'query ($id: ID!) { exportJob(id: $id) { status downloadUrl } }',
        { id: exportId },
      );
      expect(res.data?.exportJob.status).not.toBe('FAILED');
      url = res.data?.exportJob.downloadUrl ?? null;
    }
    return fetch(`${server.url}${url}`, { headers: { cookie: officer.cookie ?? '' } });
  }

  it('takes back an exported file edited in a spreadsheet as updates of the people it lists', async () => {
    const file = await exported('XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const group = headers.indexOf('Tổ dân phố') + 1;
    expect(group).toBeGreaterThan(0);
    expect(sheet.rowCount).toBe(2);
    sheet.getRow(2).getCell(group).value = 'Tổ 12';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    const job = await imported('sua-tu-ban-xuat.xlsx', edited);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsUpdated: 1, rowsImported: 0, rowsFailed: 0, rowsFlagged: 0 });
    const { residential_group } = await one<{ residential_group: string }>(
      `SELECT residential_group FROM returnee WHERE citizen_id = '031090000111'`,
    );
    expect(residential_group).toBe('Tổ 12');
  });

  it('takes back an exported CSV edited as text, dates as dd/MM/yyyy', async () => {
    const file = await exported('CSV');
    expect(file.headers.get('content-type')).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header).toContain('Tổ dân phố');
    expect(row).toContain('05/03/1990');
    const edited = Buffer.from(`\ufeff${header}\r\n${(row ?? '').replace('Tổ 12', 'Tổ 13')}\r\n`, 'utf8');
    const job = await imported('sua-tu-ban-xuat.csv', edited);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsUpdated: 1, rowsImported: 0, rowsFailed: 0, rowsFlagged: 0 });
    const { residential_group } = await one<{ residential_group: string }>(
      `SELECT residential_group FROM returnee WHERE citizen_id = '031090000111'`,
    );
    expect(residential_group).toBe('Tổ 13');
  });
});

describe('choosing the columns', () => {
  async function preview(content: Buffer, name: string, fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set('file', new Blob([new Uint8Array(content)]), name);
    const response = await fetch(`${server.url}/imports/preview`, {
      method: 'POST',
      body: form,
      headers: { cookie: officer.cookie ?? '' },
    });
    // biome-ignore lint/suspicious/noExplicitAny: the preview's JSON, checked field by field below
    return { status: response.status, body: (await response.json()) as any };
  }

  it('previews the header row found, each column’s suggested field and the first rows’ problems', async () => {
    const sheet = await xlsx([
      ['Danh sách tháng 6'],
      HEADERS,
      [1, 'Người Xem Trước', '05/03/1990', 'Nam', null, null, null, null],
      [2, 'Người Ngày Sai', '31/02/1991', null, null, null, null, null],
    ]);
    const { status, body } = await preview(sheet, 'xem.xlsx');
    expect(status).toBe(200);
    expect(body).toMatchObject({ fileName: 'xem.xlsx', headerRow: 2, rowsTotal: 2 });
    expect(body.columns.map((c: { suggested: string | null }) => c.suggested)).toEqual([
      null,
      'fullName',
      'dateOfBirth',
      'sex',
      'citizenId',
      'currentAddress',
      'residentialGroup',
      'returnedOn',
    ]);
    expect(body.rows[0]).toEqual({
      number: 3,
      cells: ['1', 'Người Xem Trước', '05/03/1990', 'Nam', null, null, null, null],
      problems: [],
    });
    expect(body.rows[1].problems).toEqual([{ column: 2, reason: expect.stringContaining('Ngày không hợp lệ') }]);
    // Nothing was queued or written.
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM import_job WHERE file_name = 'xem.xlsx'`)).n).toBe(
      0,
    );
  });

  it('imports a sheet whose headers it does not know, with the columns the officer chose', async () => {
    const sheet = await xlsx([
      ['Tên đầy đủ', 'NS', 'Ghi chú'],
      ['Người Cột Lạ', '07/07/1977', 'không nhập'],
    ]);
    expect((await imported('la.xlsx', sheet)).failureReason).toBe('NO_HEADER');
    const { body } = await preview(sheet, 'la.xlsx', { headerRow: '1' });
    expect(body.headerRow).toBe(1);
    const job = await imported('la.xlsx', sheet, {
      headerRow: '1',
      mapping: JSON.stringify(['fullName', 'dateOfBirth', null]),
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
    const { dob } = await one<{ dob: string }>(
      `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM returnee WHERE full_name = 'Người Cột Lạ'`,
    );
    expect(dob).toBe('1977-07-07');
  });

  it.each([
    [JSON.stringify(['dateOfBirth']), 'mapping'],
    [JSON.stringify(['fullName', 'fullName']), 'mapping'],
    [JSON.stringify(['fullName', 'nickname']), 'mapping'],
    ['not json', 'mapping'],
  ])('refuses the mapping %s', async (mapping, field) => {
    const res = await upload(officer, 'a.csv', Buffer.from('A,B\nC,D'), { headerRow: '1', mapping });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions.field).toBe(field);
  });
});

describe('files refused as a whole', () => {
  it('refuses a file over 20 MB before reading it', async () => {
    const res = await upload(officer, 'lon.csv', Buffer.alloc(20 * 1024 * 1024 + 10, 0x41));
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.message).toContain('Tệp quá lớn: tối đa 20 MB');
  });

  it('refuses a file with more than 50,000 rows, importing none', async () => {
    const before = await countPeople();
    const lines = ['Họ và tên,Ngày sinh', ...Array.from({ length: 60_000 }, (_, i) => `Người Số ${i},01/01/1990`)];
    const job = await imported('rat-nhieu.csv', Buffer.from(lines.join('\n')));
    expect(job).toMatchObject({ status: 'FAILED', failureReason: 'TOO_MANY_ROWS' });
    expect(await countPeople()).toBe(before);
  });

  it('says a damaged or truncated workbook cannot be read', async () => {
    const whole = await xlsx([HEADERS, [1, 'Người Cắt Cụt', null, null, null, null, null, null]]);
    const job = await imported('hong.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(job).toMatchObject({ status: 'FAILED', failureReason: 'DAMAGED' });
  });

  it('says when no header row names the people', async () => {
    const job = await imported(
      'khong-tieu-de.xlsx',
      await xlsx([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    );
    expect(job).toMatchObject({ status: 'FAILED', failureReason: 'NO_HEADER' });
  });

  it.each([
    ['a text file', 'ghi-chu.txt', {}, 400, 'Chỉ nhận tệp Excel'],
    ['a unit out of scope', 'a.csv', { unitCode: 'van-dau' }, 400, 'Đơn vị không tồn tại'],
    ['a template that does not exist', 'a.csv', { templateId: 'x' }, 400, 'mẫu ghép cột'],
  ])('refuses %s with a clear message', async (_, name, fields, status, message) => {
    const res = await upload(officer, name, Buffer.from('Họ và tên,Ngày sinh\nA B,01/01/1990'), fields);
    expect(res.status).toBe(status);
    expect(res.body.errors?.[0]?.message).toContain(message);
  });

  it('is refused to a helper and to nobody signed in', async () => {
    const body = Buffer.from('Họ và tên,Ngày sinh\nA B,01/01/1990');
    expect((await upload(helper, 'a.csv', body)).status).toBe(403);
    expect((await upload(null, 'a.csv', body)).status).toBe(401);
  });
});
