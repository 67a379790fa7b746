import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, type TestBrowser } from './browser';

const PASSWORD = 'hoanhap-demo-2024';
const COMMITTEE = 'ubnd.lamha@hoanhap.local';
const MANUAL_TARGET = 'Số buổi tuyên truyền xóa bỏ mặc cảm, kỳ thị tại các tổ dân phố';
const NEW_TARGET = 'Số lớp kỹ năng sống cho người tái hòa nhập (e2e)';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page) {
  await page.getByLabel(/^Email/).fill(COMMITTEE);
  await page.getByLabel(/^Mật khẩu/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-summary').first().waitFor();
}

async function pick(page: Page, field: Locator, option: string | RegExp) {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('the pledge forms in a real browser against the real API', () => {
  it('records a year-end review of the emulation pledge and adds a target to it', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Cam kết, giao ước' }).click();
    await page.getByTestId('pledge-row').filter({ hasText: 'Giao ước thi đua' }).first().getByRole('link').click();
    await page.getByTestId('pledge-title').waitFor();
    expect(await page.getByTestId('pledge-review').count()).toBe(1);

    // The year-end review: the manual target takes its value and the minutes as evidence.
    await page.getByRole('button', { name: 'Sơ kết, tổng kết' }).click();
    const review = page.getByTestId('review-pledge-form');
    await pick(page, review.getByLabel(/^Kỳ đánh giá/).first(), 'Tổng kết năm');
    const date = review.getByLabel(/^Ngày đánh giá/);
    await date.fill('20/12/2024');
    await date.press('Tab');
    await review.getByLabel(`Kết quả thực hiện: ${MANUAL_TARGET}`).fill('10');
    await pick(page, review.getByLabel(`Minh chứng: ${MANUAL_TARGET}`).first(), /02\/BB-BCĐ/);
    await review.getByRole('button', { name: 'Chốt kết quả' }).click();
    await review.waitFor({ state: 'hidden' });

    const yearEnd = page.getByTestId('pledge-review').filter({ hasText: 'Tổng kết năm · 20/12/2024' });
    await yearEnd.waitFor();
    expect(await yearEnd.getByTestId('review-total').textContent()).toMatch(/Tổng điểm: [\d,]+\/100/);
    const manualRow = yearEnd.getByRole('row').filter({ hasText: MANUAL_TARGET });
    expect(await manualRow.textContent()).toContain('10 / 12');
    expect(await manualRow.textContent()).toContain('83%');

    // A manual target for the Youth Union, a signatory of the pledge.
    const before = await page.getByTestId('pledge-target').count();
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const add = page.getByTestId('add-target-form');
    await add.getByText('Nhập khi sơ kết, tổng kết').click();
    await add.getByLabel(/^Nội dung chỉ tiêu/).fill(NEW_TARGET);
    await add.getByLabel(/^Đơn vị tính/).fill('lớp');
    await add.getByLabel(/^Giá trị chỉ tiêu/).fill('4');
    await add.getByLabel(/^Trọng số/).fill('1');
    await pick(page, add.getByLabel(/^Đơn vị chịu trách nhiệm/).first(), /Đoàn Thanh niên/);
    await add.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await add.waitFor({ state: 'hidden' });
    await page.getByTestId('pledge-target').filter({ hasText: NEW_TARGET }).waitFor();
    expect(await page.getByTestId('pledge-target').count()).toBe(before + 1);
  });
});
