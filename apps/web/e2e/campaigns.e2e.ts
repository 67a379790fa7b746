import { addDays, formatDateVi, todayInVietnam } from '@hoanhap/shared';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const OFFICER = 'congan.lamha@hoanhap.local';
/** The job queue picks an import up within seconds; a slow machine gets room. */
const JOB_TIMEOUT = 30_000;
const POLL = { timeout: 15_000 };
/** Nobody in the demo data (nor in the other browser tests) has these names or numbers. */
const PEOPLE = [
  ['Tạ Văn Khoan', '09/09/1979', '031079000901'],
  ['Mạc Thị Dung', '10/10/1983', '031083000902'],
] as const;

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The amnesty list as the prison sends it: person columns, then the campaign's own. */
async function amnestyList(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH PHẠM NHÂN ĐƯỢC ĐẶC XÁ VỀ CƯ TRÚ TẠI ĐỊA PHƯƠNG']);
  sheet.addRow([
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Số CCCD',
    'Ngày ra trại',
    'Trại giam',
    'Nơi về cư trú',
    'Phường/xã về',
  ]);
  const release = formatDateVi(addDays(todayInVietnam(), 10));
  for (const [i, [name, born, id]] of PEOPLE.entries()) {
    sheet.addRow([i + 1, name, born, id, release, 'Trại giam Xuân Nguyên', `Số ${i + 3} tổ 2`, 'Lãm Hà']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const figure = (page: Page, key: string) => page.getByTestId(`ward-lam-ha-${key}`).textContent();

describe('an amnesty campaign', () => {
  it('the officer opens it, brings its list in, follows the ward’s figures, assigns a helper to its people and prints the report', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.getByRole('link', { name: 'Đợt đặc xá, tiếp nhận' }).first().click();
    await page.waitForURL(/\/campaigns$/);

    // Open the campaign.
    await page.getByTestId('campaign-create').click();
    const form = page.getByTestId('campaign-form');
    await form.getByTestId('campaign-name').fill('Đặc xá năm 2025 (e2e)');
    await form.getByTestId('campaign-decision-number').fill('266/QĐ-CTN');
    await form.getByRole('button', { name: 'Lập đợt' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
    const campaignUrl = page.url();
    await page.getByTestId('campaign-title').filter({ hasText: 'Đặc xá năm 2025 (e2e)' }).waitFor();
    await page.getByTestId('campaign-no-wards').waitFor();

    // Bring its list in through the import wizard, the campaign chosen.
    await page.getByTestId('campaign-intake').click();
    await page.waitForURL(/\/imports\?campaign=/);
    await page.getByTestId('campaign-intake-note').filter({ hasText: 'Đặc xá năm 2025 (e2e)' }).waitFor();
    await page
      .getByTestId('upload-form')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'dac-xa-2025.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await amnestyList(),
      });
    await page.getByRole('button', { name: 'Đọc tệp' }).click();
    await page.getByTestId('header-found').waitFor();
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    await page.getByTestId('job-finished').waitFor({ timeout: JOB_TIMEOUT });
    expect(await page.getByTestId('count-imported').textContent()).toBe('2');
    await page.getByRole('button', { name: 'Nhập chính thức' }).click();
    await page.getByTestId('import-done').waitFor({ timeout: JOB_TIMEOUT });
    expect(await page.getByTestId('count-imported').textContent()).toBe('2');
    expect(await page.getByTestId('count-failed').textContent()).toBe('0');

    // The ward's figures: two notified, nothing done yet.
    await page.goto(campaignUrl);
    await page.getByTestId('campaign-ward-lam-ha').waitFor();
    expect(await figure(page, 'notified')).toBe('2');
    expect(await figure(page, 'addressVerified')).toBe('0');
    expect(await figure(page, 'helperAssigned')).toBe('0');

    // Assign one helper to both, from the campaign's people in the ward.
    const people = page.getByTestId('campaign-people-table');
    for (const [name] of PEOPLE) await people.getByText(name, { exact: true }).waitFor();
    await page.getByTestId('campaign-select-all').check();
    await page.getByTestId('campaign-assign').click();
    const dialog = page.getByTestId('bulk-assign-form');
    await dialog.getByTestId('bulk-helper-name').fill('Phan Thị Lụa (e2e)');
    await dialog.getByTestId('bulk-organisation').click();
    await page.getByRole('option', { name: 'Hội Phụ nữ phường Lãm Hà' }).click();
    await dialog.getByTestId('bulk-assign-submit').click();
    await page
      .getByText('Đã phân công Phan Thị Lụa (e2e) giúp đỡ 2 người.')
      .or(page.getByTestId('bulk-assign-error'))
      .first()
      .waitFor();
    expect(await page.getByTestId('bulk-assign-error').allTextContents()).toEqual([]);
    await expect.poll(() => figure(page, 'helperAssigned'), POLL).toBe('2');

    // The printed report carries the same totals.
    await page.getByTestId('campaign-print').click();
    await page.waitForURL(/\/print\/campaigns\//);
    await page.getByTestId('campaign-report').waitFor();
    expect(await page.getByTestId('campaign-report-total-notified').textContent()).toBe('2');
    expect(await page.getByTestId('campaign-report-total-helperAssigned').textContent()).toBe('2');
    expect(await page.getByTestId('campaign-report-sentence').textContent()).toContain('Quyết định số 266/QĐ-CTN');
  });
});
