import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, type TestBrowser } from './browser';
import { downloadDocx } from './docx-text';
import { pdfText, squeeze } from './pdf-text';

const OFFICER = { email: 'congan.lamha@hoanhap.local', password: 'hoanhap-demo-2024' };
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO_SUB = 'Độc lập - Tự do - Hạnh phúc';

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

/** Clicks a print button and returns the tab it opened. */
async function openPrintTab(page: Page, testId: string): Promise<Page> {
  const button = page.getByTestId(testId).first();
  expect(await button.getAttribute('target')).toBe('_blank');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), button.click()]);
  await tab.waitForLoadState();
  return tab;
}

/** Prints the tab as the browser's print dialog would and returns the PDF's text, checking it is A4. */
async function printToPdf(tab: Page): Promise<string> {
  await tab.emulateMedia({ media: 'print' });
  expect(await tab.getByTestId('print-button').isVisible()).toBe(false);
  expect(await tab.getByTestId('close-button').isVisible()).toBe(false);
  const pdf = await tab.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Every page is A4 portrait (595 × 842 pt). Only the matches are compared, so a failure does not print the PDF.
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) =>
    (m[1] ?? '').trim().split(/\s+/).map(Number).map(Math.round).join(' '),
  );
  expect(boxes.length).toBeGreaterThan(0);
  expect(new Set(boxes)).toEqual(new Set(['0 0 595 842']));
  return squeeze(pdfText(pdf));
}

describe('printing the committee’s documents in a real browser', () => {
  it('prints the founding decision of the demo steering committee from the model page', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signInAt(page, '/model');
    await page.getByTestId('committee').first().waitFor();

    const tab = await openPrintTab(page, 'print-decision');
    expect(tab.url()).toMatch(/\/print\/committees\/[^/]+\/decision$/);
    const sheet = tab.getByTestId('decision-sheet');
    await sheet.waitFor();
    // No app chrome: the document stands alone.
    expect(await tab.getByRole('navigation').count()).toBe(0);
    expect((await tab.getByTestId('decision-number').textContent())?.trim()).toBe('Số: 58/QĐ-UBND');
    expect(await tab.getByTestId('decision-member').count()).toBe(8);

    const docx = await downloadDocx(tab);
    expect(docx.name).toBe('quyet-dinh-thanh-lap-ban-chi-dao-2024-04-18.docx');
    expect(docx.text).toContain('Số: 58/QĐ-UBND');
    expect(docx.text).toContain('Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Trưởng ban');

    const text = await printToPdf(tab);
    expect(text).toContain(squeeze(MOTTO));
    expect(text).toContain(squeeze(MOTTO_SUB));
    expect(text).toContain(squeeze('QUYẾT ĐỊNH'));
    expect(text).toContain(squeeze('Về việc thành lập Ban Chỉ đạo mô hình tái hòa nhập cộng đồng phường Lãm Hà'));
    expect(text).toContain(squeeze('Lãm Hà, ngày 18 tháng 4 năm 2024'));
    expect(text).toContain(squeeze('Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Trưởng ban'));
    expect(text).toContain(squeeze('Điều 3.'));
    expect(text).toContain(squeeze('TM. ỦY BAN NHÂN DÂN'));
    await tab.close();
  });

  it('prints the emulation pledge signed at the launch with its targets and a signature per party', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signInAt(page, '/pledges');
    await page.getByTestId('pledge-row').first().getByRole('link').click();
    await page.getByTestId('pledge-title').waitFor();
    await page.getByTestId('pledge-target').first().waitFor();
    // The demo pledge has 7 targets; the pledge-forms run may have added one before this file runs.
    const onScreen = await page.getByTestId('pledge-target').count();
    expect(onScreen).toBeGreaterThanOrEqual(7);

    const tab = await openPrintTab(page, 'print-pledge');
    expect(tab.url()).toMatch(/\/print\/pledges\/[^/]+$/);
    await tab.getByTestId('pledge-sheet').waitFor();
    expect(await tab.getByTestId('pledge-print-target').count()).toBe(onScreen);
    expect(await tab.getByTestId('pledge-signer').count()).toBe(7);

    const docx = await downloadDocx(tab);
    expect(docx.name).toBe('ban-giao-uoc-thi-dua-2024-04-25.docx');
    expect(docx.text).toContain('BẢN GIAO ƯỚC THI ĐUA');
    expect(docx.text).toContain('Tỷ lệ có việc làm ổn định');

    const text = await printToPdf(tab);
    expect(text).toContain(squeeze(MOTTO));
    expect(text).toContain(squeeze('BẢN GIAO ƯỚC THI ĐUA'));
    expect(text).toContain(squeeze('Thời gian thực hiện: từ ngày 25/04/2024 đến ngày 24/04/2025'));
    expect(text).toContain(squeeze('Tỷ lệ có việc làm ổn định'));
    expect(text).toContain(squeeze('Số buổi tuyên truyền xóa bỏ mặc cảm, kỳ thị tại các tổ dân phố'));
    expect(text).toContain(squeeze('ĐẠI DIỆN CÔNG AN PHƯỜNG LÃM HÀ'));
    expect(text).toContain(squeeze('Trần Quốc Bảo'));
    await tab.close();
  });
});

describe('the statistics report as a Word file in a real browser', () => {
  it('downloads the report with the same cells as the page, "<3" included when addressed upward', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signInAt(page, '/reports/statistics/print?returnedSince=2020-01-01&asOf=2024-04-25');
    await page.getByTestId('report-sheet').waitFor();
    await page.getByTestId('addressed-upward').check();
    await page.getByTestId('report-suppressed-legend').waitFor();
    const caseload = await Promise.all(
      ['total', 'stable', 'unstable', 'unemployed', 'other'].map(
        async (col) => (await page.getByTestId(`report-caseload-${col}`).textContent())?.trim() ?? '',
      ),
    );
    expect(caseload).toContain('<3');

    const docx = await downloadDocx(page);
    expect(docx.name).toBe('bao-cao-thong-ke-2024-04.docx');
    expect(docx.text).toContain(MOTTO);
    expect(docx.text).toContain('Lãm Hà, ngày 25 tháng 4 năm 2024');
    expect(docx.text).toContain(['Còn trong diện tái hòa nhập cộng đồng', ...caseload].join('\n'));
    expect(docx.text).toContain('Ghi chú: “<3” là số nhỏ');
  });
});

describe('printing a person’s information sheet in a real browser', () => {
  it('prints the judgment and citizen ID for the ward police officer, from the case file', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signInAt(page, '/returnees');
    await page.getByTestId('returnee-search').fill('pham duc thinh');
    await page.getByRole('link', { name: 'Phạm Đức Thịnh' }).click();
    await page.getByTestId('returnee-name').filter({ hasText: 'Phạm Đức Thịnh' }).waitFor();

    const tab = await openPrintTab(page, 'print-returnee');
    expect(tab.url()).toMatch(/\/print\/returnees\/[^/]+$/);
    const sheet = tab.getByTestId('returnee-sheet');
    await sheet.waitFor();
    const text = ((await sheet.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('PHIẾU THÔNG TIN NGƯỜI CHẤP HÀNH XONG ÁN PHẠT TÙ, NGƯỜI ĐƯỢC ĐẶC XÁ (Mẫu HCD-02)');
    expect(text).toContain('Phạm Đức Thịnh');
    expect(text).toMatch(/\d{12}/);
    expect(text).toMatch(/\/HS-ST/);
    expect(text).not.toContain('không hiển thị');

    const docx = await downloadDocx(tab);
    expect(docx.name).toMatch(/^phieu-thong-tin-hcd-02-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(docx.text).toContain('Phạm Đức Thịnh');
    expect(docx.text).toMatch(/\/HS-ST/);

    const pdf = await printToPdf(tab);
    expect(pdf).toContain(squeeze('Phạm Đức Thịnh'));
    await tab.close();
  });

  it('prints the sheet without the judgment for the ward committee, which has stated no purpose', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await page.getByLabel(/^Email/).fill('ubnd.lamha@hoanhap.local');
    await page.getByLabel(/^Mật khẩu/).fill(OFFICER.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-summary').first().waitFor();
    await page.goto(`${baseUrl}/returnees`);
    await page.getByTestId('returnee-search').fill('pham duc thinh');
    await page.getByRole('link', { name: 'Phạm Đức Thịnh' }).click();
    await page.getByTestId('returnee-name').filter({ hasText: 'Phạm Đức Thịnh' }).waitFor();

    const tab = await openPrintTab(page, 'print-returnee');
    const sheet = tab.getByTestId('returnee-sheet');
    await sheet.waitFor();
    expect(await tab.getByTestId('convictions-hidden').textContent()).toBe('— (không hiển thị)');
    const text = (await sheet.textContent()) ?? '';
    expect(text).not.toMatch(/\/HS-ST/);
    expect(text).not.toMatch(/\d{12}/);

    // The Word file holds no more than the page: what the API did not give is not in it either.
    const docx = await downloadDocx(tab);
    expect(docx.text).toContain('— (không hiển thị)');
    expect(docx.text).not.toMatch(/\/HS-ST/);
    expect(docx.text).not.toMatch(/\d{12}/);
    await tab.close();
  });
});

describe('printing and archiving a person’s whole file in a real browser', () => {
  const PURPOSE = 'Trả lời yêu cầu cung cấp thông tin của đương sự';

  it('asks the officer why, prints every section of the file to A4 and offers the archive once written', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signInAt(page, '/returnees');
    await page.getByTestId('returnee-search').fill('pham duc thinh');
    await page.getByRole('link', { name: 'Phạm Đức Thịnh' }).click();
    await page.getByTestId('returnee-name').filter({ hasText: 'Phạm Đức Thịnh' }).waitFor();

    await page.getByTestId('person-file-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('person-file-purpose').fill(PURPOSE);
    const tab = await openPrintTab(page, 'person-file-print');
    expect(tab.url()).toMatch(/\/print\/returnees\/[^/]+\/file#purpose=/);
    const sheet = tab.getByTestId('person-file-sheet');
    await sheet.waitFor();
    expect(await tab.getByRole('navigation').count()).toBe(0);
    expect((await tab.getByTestId('person-file-purpose').textContent())?.trim()).toBe(`Mục đích: ${PURPOSE}`);

    const text = await printToPdf(tab);
    expect(text).toContain(squeeze(MOTTO));
    expect(text).toContain(squeeze('HỒ SƠ ĐẦY ĐỦ CỦA NGƯỜI CHẤP HÀNH XONG ÁN PHẠT TÙ'));
    expect(text).toContain(squeeze('Phạm Đức Thịnh'));
    for (const heading of [
      'I. THÔNG TIN NHÂN THÂN VÀ TÌNH TRẠNG HỒ SƠ',
      'II. BẢN ÁN, HÌNH PHẠT BỔ SUNG VÀ NGHĨA VỤ THEO BẢN ÁN',
      'X. GẶP GỠ, TRAO ĐỔI',
      'XV. VĂN BẢN LIÊN QUAN',
      'XVI. LỊCH SỬ TRUY CẬP HỒ SƠ',
    ]) {
      expect(text).toContain(squeeze(heading));
    }
    expect(text).toMatch(/HS-?ST/);
    await tab.close();

    // The archive: written by a job on the server, then downloaded from the dialog.
    await dialog.getByTestId('person-file-archive').click();
    const link = dialog.getByTestId('person-archive-download');
    await link.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^ho-so-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(await download.failure()).toBeNull();
  });
});
