import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const OFFICER = 'congan.lamha@hoanhap.local';
const HELPER = 'phunu.lamha@hoanhap.local';
/** The people the demo data assigns to the Women's Union helper. */
const HELPER_PEOPLE = ['Đặng Thị Hoa', 'Lê Hoàng Nam', 'Nguyễn Văn Đức'];

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const texts = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).allTextContents()).map((text) => text.trim());

describe('casework in a real browser against the real API', () => {
  it('opens the file of a person clicked while the search still waits to update the list, and stays there', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.getByRole('navigation').getByRole('link', { name: 'Người tái hòa nhập' }).click();
    await page.getByTestId('returnee-row').first().waitFor();
    // The file's page loads slowly, so the list is still on screen when the search's debounce ends.
    await page.route(/returnee-detail-page-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });

    await page.getByTestId('returnee-search').fill('le hoang nam');
    await page.getByRole('link', { name: 'Lê Hoàng Nam' }).click();
    await page.getByTestId('returnee-name').filter({ hasText: 'Lê Hoàng Nam' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/returnees\/[0-9a-f-]{36}$/);
    await page.unroute(/returnee-detail-page-[^/]*\.js$/);
  });

  it('the officer finds a person, records a contact and sees it on the timeline', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);

    await page.getByRole('navigation').getByRole('link', { name: 'Người tái hòa nhập' }).click();
    await page.waitForURL(/\/returnees$/);
    await page.getByTestId('returnee-row').first().waitFor();

    await page.getByTestId('returnee-search').fill('nguyen van');
    // The search is debounced into the URL, so the link reproduces the view.
    await page.waitForURL(/\/returnees\?q=nguyen\+van/);
    await page
      .getByTestId('returnees-total')
      .filter({ hasText: /^2 người$/ })
      .waitFor();
    const rows = await texts(page, 'returnee-row');
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/^Nguyễn Văn/);

    await page.getByRole('link', { name: 'Nguyễn Văn Đức' }).click();
    await page.getByTestId('returnee-name').filter({ hasText: 'Nguyễn Văn Đức' }).waitFor();
    expect(await page.getByTestId('status-badge').first().textContent()).toBe('Đang giúp đỡ');

    await page.getByRole('tab', { name: /Gặp gỡ/ }).click();
    const form = page.getByTestId('contact-form');
    await form.getByLabel(/^Nội dung/).fill('Thăm nhà, trao đổi về việc học nghề hàn (e2e)');
    await form.getByLabel(/^Việc tiếp theo/).fill('Giới thiệu lớp học nghề');
    await form.getByRole('button', { name: 'Lưu lần gặp' }).click();
    await form.getByText('Đã ghi nhận lần gặp.').waitFor();

    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    const first = page.getByTestId('timeline-entry').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Thăm nhà, trao đổi về việc học nghề hàn (e2e)');
    expect(await first.textContent()).toContain('Gặp gỡ: Đến thăm tại nhà');

    // The contact is stored: a fresh load shows it too.
    await page.reload();
    await page.getByTestId('timeline-entry').first().waitFor();
    expect(await page.getByTestId('timeline').textContent()).toContain('học nghề hàn (e2e)');
  });

  it('the helper sees only her assigned people and no conviction data', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, HELPER);

    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Người tôi giúp đỡ' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Người tái hòa nhập' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Người tôi giúp đỡ' }).click();
    await page.getByTestId('my-person').first().waitFor();
    const people = await texts(page, 'my-person');
    expect(people).toHaveLength(HELPER_PEOPLE.length);
    for (const name of HELPER_PEOPLE) expect(people.some((card) => card.includes(name))).toBe(true);

    // Even the full list, asked for directly, holds only her people.
    await page.goto(`${baseUrl}/returnees`);
    await page
      .getByTestId('returnees-total')
      .filter({ hasText: `${HELPER_PEOPLE.length} người` })
      .waitFor();

    await page.getByRole('link', { name: 'Lê Hoàng Nam' }).click();
    await page.getByTestId('returnee-name').waitFor();
    await page.getByRole('tab', { name: 'Bản án' }).click();
    await page.getByTestId('convictions-hidden').waitFor();
    expect(await page.getByTestId('conviction-list').count()).toBe(0);
    expect(await page.getByTestId('forecast').count()).toBe(0);
    expect(await page.getByTestId('lifecycle-actions').count()).toBe(0);
  });
});
