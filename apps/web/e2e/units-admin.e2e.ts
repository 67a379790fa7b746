import type { Page } from 'playwright-core';
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

const unitRow = (page: Page, code: string) => page.locator(`[data-testid="unit-row"][data-unit-code="${code}"]`);

describe('the units administration screen in a real browser against the real API', () => {
  it('the admin sees Lãm Hà merged into Đồng Hòa and changes Văn Đẩu’s no-contact days for good', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.getByRole('heading', { name: 'Đơn vị hành chính', level: 1 }).waitFor();
    expect(page.url()).toContain('/admin/units');

    const lamHa = unitRow(page, 'lam-ha');
    await lamHa.waitFor();
    expect(await lamHa.getByRole('heading').textContent()).toBe('Phường Lãm Hà');
    expect(await lamHa.getByTestId('unit-merged').textContent()).toMatch(/^sáp nhập vào Phường Đồng Hòa/);
    expect(await lamHa.getByTestId('unit-validity').textContent()).toContain('đến 31/12/2024');

    const vanDau = unitRow(page, 'van-dau');
    const before = Number.parseInt((await vanDau.getByTestId('unit-no-contact-days').textContent()) ?? '', 10);
    const next = before === 45 ? 46 : 45;
    await vanDau.getByRole('button', { name: 'Sửa thiết lập của Phường Văn Đẩu' }).click();
    const form = page.getByTestId('unit-settings-form');
    await form.getByLabel(/^Số ngày không liên lạc/).fill(String(next));
    await form.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await page.getByTestId('admin-notice').textContent()).toContain('Phường Văn Đẩu');
    expect(await vanDau.getByTestId('unit-no-contact-days').textContent()).toBe(`${next} ngày`);

    await page.reload();
    await unitRow(page, 'van-dau').waitFor();
    expect(await unitRow(page, 'van-dau').getByTestId('unit-no-contact-days').textContent()).toBe(`${next} ngày`);
  });
});
