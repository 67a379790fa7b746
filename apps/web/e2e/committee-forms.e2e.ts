import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const COMMITTEE_USER = 'ubnd.lamha@hoanhap.local';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A minimal valid one-page PDF, its cross-reference offsets computed; `padding` bytes of comment
 * make it as large as wanted (the API checks the content, so it must really start with %PDF-).
 */
function minimalPdf(padding = 0): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = `%PDF-1.4\n%${'x'.repeat(padding)}\n`;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function openModel(page: Page) {
  await signIn(page, COMMITTEE_USER);
  await page.goto(`${baseUrl}/model`);
  await page.getByTestId('model-name').waitFor();
}

/** Adds a document with a file through the form and checks its download answers with the PDF. */
async function addDocument(page: Page, title: string, fileName: string, content: Buffer) {
  await page.getByRole('button', { name: 'Thêm văn bản' }).click();
  const form = page.getByTestId('record-document-form');
  await form.getByRole('combobox', { name: /^Loại văn bản/ }).click();
  await form.getByRole('option', { name: 'Biên bản' }).click();
  await form.getByLabel(/^Cơ quan ban hành/).fill('Ban Chỉ đạo phường Lãm Hà');
  await form.getByLabel(/^Trích yếu/).fill(title);
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: content });
  await form.getByRole('button', { name: 'Lưu văn bản' }).click();
  await form.waitFor({ state: 'detached' });

  const row = page.getByTestId('model-document').filter({ hasText: title });
  const link = row.getByRole('link', { name: `Tải về ${fileName}` });
  await link.waitFor();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/documents\/[0-9a-f-]{36}\/file$/);
  const download = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      size: (await response.arrayBuffer()).byteLength,
    };
  }, href ?? '');
  expect(download).toEqual({ status: 200, type: 'application/pdf', size: content.length });
}

describe('the committee user’s roster and document forms in a real browser against the real API', () => {
  it('appoints a member, sees them on the roster, ends the membership and sees it in the history', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await openModel(page);
    const name = 'Đào Thị Lan (e2e)';

    await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
    const appoint = page.getByTestId('appoint-member-form');
    await appoint.getByLabel(/^Họ và tên/).fill(name);
    await appoint.getByLabel(/^Chức vụ/).fill('Phó Chủ tịch Hội Phụ nữ phường');
    await appoint.getByRole('combobox', { name: /^Cơ quan, tổ chức/ }).click();
    await appoint.getByRole('option', { name: 'Hội Phụ nữ phường Lãm Hà' }).click();
    await appoint.getByRole('button', { name: 'Bổ nhiệm', exact: true }).click();
    await page
      .getByTestId('committee-notice')
      .filter({ hasText: `Đã bổ nhiệm ${name}` })
      .waitFor();
    const row = page.getByTestId('committee-member').filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toContain('Hội Phụ nữ phường Lãm Hà');

    // The head cannot just be ended: the dialog explains and offers the replacement.
    await page.getByRole('button', { name: 'Kết thúc nhiệm vụ của Nguyễn Văn Thịnh' }).click();
    await page.getByTestId('end-head-explained').getByText('Ban Chỉ đạo luôn phải có một Trưởng ban').waitFor();
    await page.getByRole('button', { name: 'Hủy' }).click();

    await page.getByRole('button', { name: `Kết thúc nhiệm vụ của ${name}` }).click();
    const end = page.getByTestId('end-membership-form');
    await end.getByLabel(/^Lý do/).fill('Chuyển công tác');
    await end.getByRole('button', { name: 'Kết thúc', exact: true }).click();
    await end.waitFor({ state: 'detached' });

    const history = page.getByTestId('committee-history-row').filter({ hasText: name });
    await history.filter({ hasText: 'Chuyển công tác' }).waitFor();
    expect(await history.textContent()).toContain(formatDateVi(todayInVietnam()));
    // Ended today: no longer offered for ending again.
    expect(await page.getByRole('button', { name: `Kết thúc nhiệm vụ của ${name}` }).count()).toBe(0);
  });

  it('uploads a small PDF inside the form and a larger one through the file upload, both downloadable', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await openModel(page);
    await addDocument(page, 'Biên bản họp Ban Chỉ đạo quý IV (e2e)', 'bien-ban-quy-4.pdf', minimalPdf());
    // Past the size that fits in a GraphQL request: recorded first, then sent with PUT /documents/:id/file.
    await addDocument(page, 'Biên bản kiểm tra mô hình (e2e)', 'biên bản kiểm tra.pdf', minimalPdf(150_000));
  });
});
