import { describe, expect, it } from 'vitest';
import { importJob } from '../../src/modules/imports/import.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { importUploads, xlsx } from '../utils/import-upload.js';
import { withJobWorkers } from '../utils/job-workers.js';

/*
 * A row can bring the records beside the person: the release, current employment, a
 * classification and a helper by organisation. They go through the same services as the person's
 * page, in the row's transaction, and a file imported twice writes them once.
 */
const { client, server, one, sql, db } = withDemoServer();
const officer = client('officer');
const admin = client('admin');
withJobWorkers(db, [importJob]);
const { imported } = importUploads(server);

const HEADERS = [
  'Họ và tên',
  'Ngày sinh',
  'Hình thức ra trại',
  'Ngày được tha',
  'Trại giam',
  'Tình trạng việc làm',
  'Nơi làm việc',
  'Làm việc từ ngày',
  'Phân loại',
  'Lý do phân loại',
  'Người giúp đỡ',
  'Đoàn thể',
];
const FULL_ROW = [
  'Đinh Văn Hồ Sơ',
  '01/01/1980',
  'Đặc xá',
  '01/09/2026',
  'Trại giam Xuân Nguyên',
  'Có việc làm không ổn định',
  'Chợ Lãm Hà',
  '15/10/2026',
  'Nhóm B',
  'Chưa có việc làm ổn định; gia đình khó khăn',
  'Nguyễn Thị Giúp',
  'hoi phu nu phuong lam ha',
];

async function personNamed(name: string) {
  return one<{ id: string; status: string }>('SELECT id, status FROM returnee WHERE full_name = $1', [name]);
}

describe('records beside the person', () => {
  it('records the release, employment, classification and helper of a new person, once', async () => {
    const file = await xlsx([
      HEADERS,
      FULL_ROW,
      // A release without its prison, and a helper of an organisation the ward does not have.
      ['Lò Văn Thiếu', null, 'Chấp hành xong án phạt tù', '02/09/2026', null],
      ['Mai Văn Không', null, null, null, null, null, null, null, null, null, 'Ai Đó', 'Hội Người Cao tuổi'],
    ]);
    const job = await imported(officer, 'ho-so.xlsx', file);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1, rowsFailed: 2 });
    const person = await personNamed('Đinh Văn Hồ Sơ');
    expect(person.status).toBe('AWAITING_REPORT');
    const records = await one<Record<string, unknown>>(
      `SELECT
         (SELECT type || ' ' || to_char(released_on, 'YYYY-MM-DD') || ' ' || prison FROM release WHERE returnee_id = $1) AS release,
         (SELECT status || ' ' || employer_name || ' ' || to_char(started_on, 'YYYY-MM-DD') FROM employment_period
           WHERE returnee_id = $1 AND ended_on IS NULL) AS employment,
         (SELECT "group" || ' ' || array_to_string(reasons, '|') FROM classification WHERE returnee_id = $1) AS classification,
         (SELECT a.helper_name || ' ' || a.role || ' ' || o.name FROM helper_assignment a JOIN organisation o ON o.id = a.organisation_id
           WHERE a.returnee_id = $1) AS helper`,
      [person.id],
    );
    expect(records).toEqual({
      release: 'AMNESTY 2026-09-01 Trại giam Xuân Nguyên',
      employment: 'UNSTABLE Chợ Lãm Hà 2026-10-15',
      classification: 'B Chưa có việc làm ổn định|gia đình khó khăn',
      helper: 'Nguyễn Thị Giúp PRIMARY Hội Phụ nữ phường Lãm Hà',
    });
    // The rows refused wrote nothing, not even the person.
    const { n } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM returnee WHERE full_name IN ('Lò Văn Thiếu', 'Mai Văn Không')`,
    );
    expect(n).toBe(0);

    const again = await imported(officer, 'ho-so.xlsx', await xlsx([HEADERS, FULL_ROW]));
    expect(again).toMatchObject({ status: 'SUCCEEDED', rowsImported: 0, rowsUpdated: 0, rowsFailed: 0 });
    const counts = await one<{ releases: number; periods: number; groups: number; helpers: number }>(
      `SELECT (SELECT count(*)::int FROM release WHERE returnee_id = $1) AS releases,
              (SELECT count(*)::int FROM employment_period WHERE returnee_id = $1) AS periods,
              (SELECT count(*)::int FROM classification WHERE returnee_id = $1) AS groups,
              (SELECT count(*)::int FROM helper_assignment WHERE returnee_id = $1) AS helpers`,
      [person.id],
    );
    expect(counts).toEqual({ releases: 1, periods: 1, groups: 1, helpers: 1 });
  });

  it('says which record a row could not write, and why, in the report', async () => {
    const file = await xlsx([
      ['Họ và tên', 'Hình thức ra trại', 'Ngày được tha', 'Trại giam', 'Người giúp đỡ', 'Đoàn thể', 'Phân loại'],
      ['Lò Văn Thiếu', 'Hết án', '02/09/2026', null, null, null, null],
      ['Mai Văn Không', null, null, null, 'Ai Đó', 'Hội Người Cao tuổi', null],
      ['Hà Văn Nhóm', null, null, null, null, null, 'Nhóm E'],
    ]);
    const job = await imported(officer, 'loi.xlsx', file, { dryRun: 'true' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsFailed: 3, rowsValid: 1 });
    const response = await fetch(`${server.url}${job.reportUrl}`, { headers: { cookie: officer.cookie ?? '' } });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const reasons: string[] = [];
    workbook.worksheets[0]?.eachRow((row, number) => {
      if (number > 1) reasons.push(String(row.getCell(row.cellCount).value));
    });
    expect(reasons[0]).toBe('Trại giam: Thiếu tên trại giam.');
    expect(reasons[1]).toMatch(/^Người giúp đỡ: /);
    expect(reasons[2]).toMatch(/^Phân loại: Ghi một trong: "Nhóm A", "Nhóm B", "Nhóm C", "Nhóm D"\.$/);
  });

  it('ends the open employment the day before the new one a later file gives', async () => {
    const person = await personNamed('Đinh Văn Hồ Sơ');
    const file = await xlsx([
      ['Mã (ID)', 'Họ và tên', 'Tình trạng việc làm', 'Nơi làm việc', 'Làm việc từ ngày'],
      [person.id, 'Đinh Văn Hồ Sơ', 'Có việc làm ổn định', 'Xưởng may Lãm Hà', '20/11/2026'],
    ]);
    const job = await imported(officer, 'viec-lam.xlsx', file);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsUpdated: 1, rowsFailed: 0 });
    const periods = await sql<{ status: string; started_on: string; ended_on: string | null }>(
      `SELECT status, to_char(started_on, 'YYYY-MM-DD') AS started_on, to_char(ended_on, 'YYYY-MM-DD') AS ended_on
       FROM employment_period WHERE returnee_id = $1 ORDER BY started_on`,
      [person.id],
    );
    expect(periods).toEqual([
      { status: 'UNSTABLE', started_on: '2026-10-15', ended_on: '2026-11-19' },
      { status: 'STABLE', started_on: '2026-11-20', ended_on: null },
    ]);
  });

  it('records a judgment with the chapter its article belongs to, once, and starts the expungement clock', async () => {
    const headers = [
      'Họ và tên',
      'Tòa án xét xử',
      'Số bản án',
      'Ngày tuyên án',
      'Điều luật',
      'Loại tội phạm',
      'Lỗi',
      'Tuổi khi phạm tội',
      'Hình phạt chính',
      'Số tháng tù',
    ];
    const row = [
      'Vi Văn Bản Án',
      'Tòa án nhân dân quận Kiến An',
      '12/2020/HS-ST',
      '15/06/2020',
      'Điều 173',
      'Ít nghiêm trọng',
      'Cố ý',
      30,
      'Tù có thời hạn',
      18,
    ];
    const job = await imported(officer, 'ban-an.xlsx', await xlsx([headers, row]));
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1, rowsFailed: 0 });
    const person = await personNamed('Vi Văn Bản Án');
    const conviction = await one<Record<string, unknown>>(
      `SELECT court, judgment_number, to_char(judgment_date, 'YYYY-MM-DD') AS judgment_date, penal_code_article,
         penal_code_chapter, severity, intentional, age_at_offence, main_penalty, prison_months
       FROM conviction WHERE returnee_id = $1`,
      [person.id],
    );
    expect(conviction).toEqual({
      court: 'Tòa án nhân dân quận Kiến An',
      judgment_number: '12/2020/HS-ST',
      judgment_date: '2020-06-15',
      penal_code_article: '173',
      penal_code_chapter: 16,
      severity: 'LESS_SERIOUS',
      intentional: true,
      age_at_offence: 30,
      main_penalty: 'FIXED_TERM_IMPRISONMENT',
      prison_months: 18,
    });
    const again = await imported(officer, 'ban-an.xlsx', await xlsx([headers, row]));
    expect(again).toMatchObject({ rowsUpdated: 0, rowsImported: 0, rowsFailed: 0 });
    const { n } = await one<{ n: number }>('SELECT count(*)::int AS n FROM conviction WHERE returnee_id = $1', [
      person.id,
    ]);
    expect(n).toBe(1);
  });

  it('refuses an article outside the special part, and the records to an administrator', async () => {
    const file = await xlsx([
      ['Họ và tên', 'Tòa án xét xử', 'Số bản án', 'Ngày tuyên án', 'Điều luật'],
      ['Vi Văn Sai Điều', 'TAND quận Kiến An', '1/2021/HS-ST', '01/02/2021', '51'],
    ]);
    const job = await imported(officer, 'sai-dieu.xlsx', file, { dryRun: 'true' });
    expect(job).toMatchObject({ rowsFailed: 1, rowsValid: 0 });

    const byAdmin = await imported(
      admin,
      'quan-tri.xlsx',
      await xlsx([
        ['Họ và tên', 'Tình trạng việc làm'],
        ['Vi Văn Quản Trị', 'Có việc làm ổn định'],
      ]),
      { dryRun: 'true' },
    );
    expect(byAdmin).toMatchObject({ status: 'SUCCEEDED', rowsFailed: 1, rowsImported: 0 });
  });
});
