import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const OFFICER = 'congan.lamha@hoanhap.local';
const EXPORT_TIMEOUT = 30_000;

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The people the list shows, by the id in each row's link and the name it reads. */
async function listedPeople(page: Page) {
  await page.getByTestId('returnees-table').and(page.locator('[aria-busy="false"]')).waitFor();
  const links = page.getByTestId('returnee-row').locator('a[href^="/returnees/"]');
  const people: Array<{ id: string; name: string }> = [];
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    people.push({ id: href.replace('/returnees/', ''), name: (await link.textContent())?.trim() ?? '' });
  }
  return people;
}

/** The first sheet of an .xlsx file as rows of cell values. */
async function sheetRows(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('exporting the people list', () => {
  it('the officer exports the filtered list: the server writes it, the browser downloads it, the file is the list', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.goto(`${baseUrl}/returnees?status=UNDER_SUPPORT`);
    // Every row on screen is under support, and the whole filtered list fits on the first page.
    await expect
      .poll(async () => {
        const rows = await page.getByTestId('returnee-row').allTextContents();
        return rows.length > 0 && rows.every((row) => row.includes('Đang giúp đỡ'));
      })
      .toBe(true);
    const people = await listedPeople(page);
    expect(await page.getByTestId('returnees-total').textContent()).toContain(String(people.length));

    const downloading = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT });
    await page.getByTestId('export-xlsx').click();
    // The dialog follows the job and says where the file will be if the user leaves.
    const dialog = page.getByTestId('export-progress');
    await dialog
      .or(page.getByTestId('export-status').filter({ hasText: 'Đã xuất' }))
      .first()
      .waitFor();
    const download = await downloading;
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^nguoi-tai-hoa-nhap-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page
      .getByTestId('export-status')
      .filter({ hasText: `Đã xuất ${people.length} dòng vào ${fileName}` })
      .waitFor({ timeout: EXPORT_TIMEOUT });

    const [header, ...rows] = await sheetRows(await readFile((await download.path()) as string));
    expect(header?.slice(0, 4)).toEqual(['Mã (ID)', 'Họ và tên', 'Ngày sinh', 'Tình trạng']);
    const exported = rows.map((row) => ({ id: String(row[0]), name: String(row[1]), status: row[3] }));
    expect(exported.map(({ id, name }) => ({ id, name })).sort(byId)).toEqual([...people].sort(byId));
    expect(new Set(exported.map((row) => row.status))).toEqual(new Set(['Đang giúp đỡ']));

    // The export is listed on "Tệp đã xuất", finished, with its file to download again.
    await page.getByTestId('user-menu').first().click();
    await page.getByRole('menuitem', { name: 'Tệp đã xuất' }).click();
    await page.waitForURL(/\/exports$/);
    const row = page.getByTestId('export-row').first();
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Danh sách người tái hòa nhập');
    expect(text).toContain('Hoàn tất');
    expect(text).toContain(String(people.length));
    expect(await row.getByTestId('export-download').textContent()).toContain(fileName);
  });

  it('the officer exports two selected people: the file holds those two', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.goto(`${baseUrl}/returnees`);
    const chosen = (await listedPeople(page)).slice(0, 2);
    expect(chosen).toHaveLength(2);
    for (const { name } of chosen) await page.getByRole('checkbox', { name: `Chọn ${name}` }).check();
    const bar = page.getByTestId('bulk-bar');
    await bar.getByText('Đã chọn 2 người').waitFor();

    const downloading = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT });
    await bar.getByRole('button', { name: 'Xuất 2 người đã chọn' }).click();
    const download = await downloading;
    const [, ...rows] = await sheetRows(await readFile((await download.path()) as string));
    expect(rows.map((row) => ({ id: String(row[0]), name: String(row[1]) })).sort(byId)).toEqual(
      [...chosen].sort(byId),
    );
  });
});
