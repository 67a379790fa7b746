import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const ADMIN = 'admin@hoanhap.local';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('administration in a real browser against the real API', () => {
  it('the admin lists the accounts, records a data-sharing agreement and creates a key under it, shown once', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, ADMIN);

    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Tài khoản người dùng' }).click();
    await page.getByTestId('user-row').first().waitFor();
    const rows = await page.getByTestId('user-row').allTextContents();
    expect(rows.some((row) => row.includes('ubnd.lamha@hoanhap.local'))).toBe(true);

    // Every key works under a data-sharing agreement: record one first.
    await nav.getByRole('link', { name: 'Thỏa thuận chia sẻ dữ liệu' }).click();
    await page.getByRole('button', { name: 'Thêm thỏa thuận' }).click();
    const terms = page.getByTestId('agreement-form');
    await terms.getByLabel(/^Cơ quan tiếp nhận dữ liệu/).fill('Sở LĐ-TB&XH Hải Phòng (e2e)');
    await terms.getByLabel(/^Số văn bản căn cứ/).fill('125/QĐ-UBND');
    await terms.getByLabel(/^Ngày văn bản/).fill('15/01/2026');
    await terms.getByLabel(/^Ngày văn bản/).press('Tab');
    await terms.getByLabel(/^Mục đích sử dụng dữ liệu/).fill('Thống kê việc làm của người đã về địa phương');
    await terms.getByRole('button', { name: 'Lưu' }).click();
    await terms.waitFor({ state: 'detached' });
    await page.getByTestId('agreement-row').filter({ hasText: '(e2e)' }).waitFor();

    await nav.getByRole('link', { name: 'Khóa tích hợp' }).click();
    await page.getByRole('button', { name: 'Tạo khóa tích hợp' }).click();
    const form = page.getByTestId('create-service-account-form');
    await form.getByLabel(/^Tên/).fill('Sở LĐ-TB&XH – báo cáo (e2e)');
    await form.getByRole('combobox', { name: /^Thỏa thuận chia sẻ dữ liệu/ }).click();
    await form.getByRole('option', { name: /\(e2e\)/ }).click();
    await form.getByRole('button', { name: 'Tạo khóa' }).click();

    const dialog = page.getByTestId('key-dialog');
    await dialog.waitFor();
    const key = (await dialog.getByTestId('service-account-key').textContent()) ?? '';
    expect(key).toMatch(/^hn_/);
    await dialog.getByRole('button', { name: 'Tôi đã lưu khóa' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('service-account-row').filter({ hasText: '(e2e)' }).waitFor();
    expect(await page.content()).not.toContain(key);
  });
});
