import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const OFFICER = 'congan.lamha@hoanhap.local';
/** The job queue picks an import up within seconds; a slow machine gets room. */
const JOB_TIMEOUT = 30_000;
/** Nobody in the demo data has this name, so the row registers a new person. */
const NEW_PERSON = 'Quách Văn Khải';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A ward's sheet: a title above the header, a valid row and one whose date of birth is no real day. */
async function wardSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH NGƯỜI CHẤP HÀNH XONG ÁN PHẠT TÙ VỀ ĐỊA PHƯƠNG']);
  sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Tổ dân phố']);
  sheet.addRow([1, NEW_PERSON, '12/05/1988', 'Nam', 'Tổ 5']);
  sheet.addRow([2, 'Lương Thị Hồng', '31/02/1990', 'Nữ', 'Tổ 7']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first sheet of an .xlsx file as rows of cell values. */
async function sheetRows(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const count = (page: Page, key: string) => page.getByTestId(`count-${key}`).textContent();
const mappedTo = (page: Page, header: string) =>
  page.getByRole('combobox', { name: `Nhập cột “${header}” vào` }).inputValue();

describe('importing people from a spreadsheet', () => {
  it('the officer uploads a sheet, checks its columns, runs a dry run, imports, and finds the new person in the list', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.goto(`${baseUrl}/returnees`);
    await page.getByTestId('open-import').click();
    await page.waitForURL(/\/imports$/);
    await page.getByRole('heading', { name: 'Nhập danh sách từ Excel' }).waitFor();

    // Step 1: the file; the unit is the officer's ward already.
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Nhập vào đơn vị/ }).inputValue())
      .toBe('Phường Lãm Hà');
    await page
      .getByTestId('upload-form')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'danh-sach-lam-ha.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await wardSheet(),
      });
    await page.getByRole('button', { name: 'Đọc tệp' }).click();

    // Step 2: the header found below the title, the columns matched, the cell to check pointed out.
    await expect
      .poll(() => page.getByTestId('header-found').textContent())
      .toBe('Dòng tiêu đề là dòng 2; bên dưới có 2 dòng dữ liệu.');
    expect(await mappedTo(page, 'STT')).toBe('Không nhập');
    expect(await mappedTo(page, 'Họ và tên')).toBe('Họ và tên');
    expect(await mappedTo(page, 'Ngày sinh')).toBe('Ngày sinh');
    expect(await mappedTo(page, 'Giới tính')).toBe('Giới tính');
    expect(await mappedTo(page, 'Tổ dân phố')).toBe('Tổ dân phố');
    expect(await page.getByTestId('preview-row').count()).toBe(2);
    const problem = page.getByTestId('problem-cell');
    expect(await problem.count()).toBe(1);
    expect(await problem.textContent()).toContain('31/02/1990');
    const describedBy = (await problem.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/^Dòng 4, cột “Ngày sinh”: /);

    // Step 3: the dry run writes nothing and says what the import would do.
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    await page.getByTestId('job-finished').waitFor({ timeout: JOB_TIMEOUT });
    expect(await count(page, 'total')).toBe('2');
    expect(await count(page, 'valid')).toBe('1');
    expect(await count(page, 'imported')).toBe('1');
    expect(await count(page, 'updated')).toBe('0');
    expect(await count(page, 'flagged')).toBe('0');
    expect(await count(page, 'failed')).toBe('1');
    await page.getByText('Sẽ thêm mới').waitFor();
    const reportUrl = (await page.getByTestId('job-report').getAttribute('href')) ?? '';
    expect(reportUrl).toMatch(/^\/imports\/[0-9a-f-]+\/report$/);
    // The report is the row not imported, with its reason, downloaded with the session.
    const report = await page.request.get(`${baseUrl}${reportUrl}`);
    expect(report.status()).toBe(200);
    const reportRows = await sheetRows(await report.body());
    expect(reportRows[0]).toContain('Lý do');
    expect(reportRows.flat()).toContain('Lương Thị Hồng');
    expect(reportRows.flat()).not.toContain(NEW_PERSON);

    // Step 4: the same file for real, followed to its end.
    await page.getByRole('button', { name: 'Nhập chính thức' }).click();
    await page.getByTestId('import-done').waitFor({ timeout: JOB_TIMEOUT });
    await page.getByText('Đã thêm mới').waitFor();
    expect(await count(page, 'imported')).toBe('1');
    expect(await count(page, 'failed')).toBe('1');
    await page.getByTestId('job-report').waitFor();

    // Both runs are in the recent imports, finished.
    const recent = page.getByTestId('recent-import');
    await expect.poll(() => recent.count()).toBe(2);
    expect(await recent.filter({ hasText: 'Hoàn tất' }).count()).toBe(2);

    // The new person is in the people list.
    await page.getByRole('link', { name: 'Xem danh sách người tái hòa nhập' }).click();
    await page.waitForURL(/\/returnees$/);
    await page.getByTestId('returnee-search').fill('quach van khai');
    await expect
      .poll(async () => page.getByTestId('returnee-row').locator('a').allTextContents(), { timeout: 15_000 })
      .toEqual([NEW_PERSON]);
  });
});
