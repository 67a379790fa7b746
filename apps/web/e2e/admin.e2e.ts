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
  it('the admin lists the accounts and creates an integration key, shown once', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, ADMIN);

    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Tài khoản người dùng' }).click();
    await page.getByTestId('user-row').first().waitFor();
    const rows = await page.getByTestId('user-row').allTextContents();
    expect(rows.some((row) => row.includes('ubnd.lamha@hoanhap.local'))).toBe(true);

    await nav.getByRole('link', { name: 'Khóa tích hợp' }).click();
    await page.getByRole('button', { name: 'Tạo khóa tích hợp' }).click();
    const form = page.getByTestId('create-service-account-form');
    await form.getByLabel(/^Tên/).fill('Sở LĐ-TB&XH – báo cáo (e2e)');
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
