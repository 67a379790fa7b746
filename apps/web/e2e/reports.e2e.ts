import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, type TestBrowser } from './browser';

const OFFICER = { email: 'congan.lamha@hoanhap.local', password: 'hoanhap-demo-2024' };
const PRINT_VIEW = '/reports/statistics/print?returnedSince=2020-01-01&asOf=2024-04-25';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signInAt(page: Page, view: string) {
  await page.goto(`${baseUrl}${view}`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel(/^Email/).fill(OFFICER.email);
  await page.getByLabel(/^Mật khẩu/).fill(OFFICER.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${baseUrl}${view}`);
}

describe('printing the statistics report in a real browser', () => {
  it("prints the article's figures for Lãm Hà as an A4 report in the administrative layout", async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signInAt(page, PRINT_VIEW);

    const sheet = page.getByTestId('report-sheet');
    await sheet.waitFor();
    // No app chrome: the report stands alone.
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);

    const text = ((await sheet.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('CÔNG AN PHƯỜNG LÃM HÀ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('/BC-CAP');
    expect(text).toContain('Lãm Hà, ngày 25 tháng 4 năm 2024');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      'Từ năm 2020 đến nay, trên địa bàn có 34 người chấp hành xong án phạt tù trở về địa phương. ' +
        'Trong đó, có 7 người có việc làm ổn định, 21 người có việc làm không ổn định, 6 người không có việc làm.',
    );
    expect(text).toContain('Số người còn trong diện tái hòa nhập cộng đồng là 10 người');
    expect(text).toContain('2 người có việc làm ổn định, 7 người có việc làm không ổn định, 1 người không có việc làm');
    const cells = async (row: string) =>
      Promise.all(
        ['total', 'stable', 'unstable', 'unemployed'].map(async (col) =>
          (await page.getByTestId(`report-${row}-${col}`).textContent())?.trim(),
        ),
      );
    expect(await cells('returned')).toEqual(['34', '7', '21', '6']);
    expect(await cells('caseload')).toEqual(['10', '2', '7', '1']);

    // Printed with the print styles: the toolbar is hidden and the page is A4.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One A4 sheet (595 × 842 pt). Only the matches are compared, so a failure does not print the PDF.
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    const mediaBox = raw
      .match(/\/MediaBox\s*\[([^\]]+)\]/)?.[1]
      ?.trim()
      .split(/\s+/)
      .map(Number);
    expect(mediaBox?.map(Math.round)).toEqual([0, 0, 595, 842]);
  });

  it('opens the report from the dashboard with the same period, and shows the model and the pledges', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signInAt(page, '/dashboard?returnedSince=2020-01-01&asOf=2024-04-25');

    // The alerts load below the numbers.
    await page.getByTestId('dashboard-alerts').waitFor();
    await page.getByTestId('alert-overdue').waitFor();

    await page.getByTestId('print-report').click();
    await page.waitForURL(`${baseUrl}${PRINT_VIEW}`);
    expect((await page.getByTestId('report-returned-total').textContent())?.trim()).toBe('34');

    await page.goto(`${baseUrl}/model`);
    await page.getByTestId('model-name').waitFor();
    expect(await page.getByTestId('model-slogan').textContent()).toContain('Vì hạnh phúc tương lai');
    expect(await page.getByTestId('baseline-returned-total').textContent()).toBe('34');
    expect(await page.getByTestId('model-document').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('committee-member').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('model-documents').textContent()).toContain('QĐ');

    await page.goto(`${baseUrl}/pledges`);
    await page.getByTestId('pledge-row').first().waitFor();
    await page.getByTestId('pledge-row').first().getByRole('link').click();
    await page.getByTestId('pledge-title').waitFor();
    expect(await page.getByTestId('pledge-target').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('pledge-total').textContent()).toBeTruthy();
  });
});
