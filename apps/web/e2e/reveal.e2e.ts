import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const COMMITTEE = 'ubnd.lamha@hoanhap.local';
/** A Lãm Hà person of the demo data; every demo person has a judgment on file. */
const PERSON = 'Lê Hoàng Nam';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('revealing sensitive fields with a stated purpose, in a real browser', () => {
  it('the commune committee sees no judgment, states a purpose, then sees it', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, COMMITTEE);

    await page.getByRole('navigation').getByRole('link', { name: 'Người tái hòa nhập' }).click();
    await page.waitForURL(/\/returnees$/);
    await page.getByTestId('returnee-search').fill('le hoang nam');
    await page.getByRole('link', { name: PERSON }).click();
    await page.getByTestId('returnee-name').filter({ hasText: PERSON }).waitFor();

    await page.getByRole('tab', { name: 'Bản án' }).click();
    const hidden = page.getByTestId('convictions-hidden');
    await hidden.waitFor();
    expect(await hidden.textContent()).toContain('Thông tin nhạy cảm đã được ẩn');
    expect(await page.getByTestId('conviction-list').count()).toBe(0);

    await hidden.getByRole('button', { name: 'Xem thông tin (nêu mục đích)' }).click();
    const form = page.getByTestId('reveal-form');
    await form.waitFor();
    // Too short: refused in the form, in Vietnamese.
    await form.getByLabel(/^Mục đích/).fill('xem thử');
    await form.getByRole('button', { name: 'Xác nhận và xem' }).click();
    await form.getByText('Vui lòng nêu mục đích, ít nhất 10 ký tự.').waitFor();

    await form.getByLabel(/^Mục đích/).fill('Xét đề nghị hỗ trợ vốn vay tháng 11 (e2e)');
    await form.getByRole('button', { name: 'Xác nhận và xem' }).click();

    const list = page.getByTestId('conviction-list');
    await list.waitFor();
    expect(await list.textContent()).toMatch(/\/HS-ST/);
    expect(await page.getByTestId('reveal-until').textContent()).toMatch(/đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(await form.count()).toBe(0);

    // The citizen ID comes with the grant too.
    await page.getByRole('tab', { name: 'Thông tin' }).click();
    const profile = page.getByTestId('profile-view');
    await profile.waitFor();
    expect(await profile.textContent()).toMatch(/\d{12}/);
  });
});
