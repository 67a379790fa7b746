import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const OFFICER = 'congan.lamha@hoanhap.local';
const COMMITTEE = 'ubnd.lamha@hoanhap.local';
const VIEW_NAME = 'Đang giúp đỡ tên Nguyễn (e2e)';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const rowNames = async (page: Page) =>
  (await page.getByTestId('returnee-row').locator('a').allTextContents()).map((text) => text.trim());

/** The list once the table shows the rows for the URL's filters (the total is announced with them). */
async function settledRows(page: Page) {
  await page.getByTestId('returnees-table').and(page.locator('[aria-busy="false"]')).waitFor();
  return rowNames(page);
}

async function openViewsMenu(page: Page) {
  await page.getByTestId('saved-views-button').click();
  await page.getByTestId('saved-views-menu').waitFor();
}

const search = (page: Page) => new URL(page.url()).search;
const POLL = { timeout: 15_000 };

describe('saved views and bulk actions on the returnees list', () => {
  let savedSearch = '';
  let savedRows: string[] = [];

  it('the officer saves a filtered view, clears the filters and gets the same view back from the menu', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.goto(`${baseUrl}/returnees`);
    await page.getByTestId('returnee-row').first().waitFor();

    await page.getByTestId('returnee-search').fill('nguyen');
    await page.waitForURL(/\/returnees\?q=nguyen$/);
    await page.getByRole('search').getByLabel('Tình trạng hồ sơ', { exact: true }).click();
    await page.getByRole('option', { name: 'Đang giúp đỡ' }).click();
    await page.waitForURL(/status=UNDER_SUPPORT/);
    await page.keyboard.press('Escape');
    savedSearch = search(page);
    // The rows of the narrowed list (not the previous one still on screen): every one under support.
    await expect
      .poll(async () => {
        const rows = await page.getByTestId('returnee-row').allTextContents();
        return rows.length > 0 && rows.every((row) => row.includes('Đang giúp đỡ'));
      }, POLL)
      .toBe(true);
    savedRows = await settledRows(page);
    expect(savedRows.length).toBeGreaterThan(0);
    for (const name of savedRows) expect(name).toMatch(/Nguyễn/);

    await openViewsMenu(page);
    await page.getByTestId('save-current-view').click();
    await page.getByTestId('view-name').fill(VIEW_NAME);
    await page.getByTestId('save-view-submit').click();
    await page.getByTestId('save-view-form').waitFor({ state: 'detached' });

    // Plain list, no filters.
    await page.goto(`${baseUrl}/returnees`);
    await page.getByTestId('returnee-row').first().waitFor();
    expect(await page.getByTestId('returnee-search').inputValue()).toBe('');

    await openViewsMenu(page);
    await page.getByRole('button', { name: `Mở góc nhìn ${VIEW_NAME}` }).click();
    await page.waitForURL((url) => url.search === savedSearch);
    await expect.poll(() => page.getByTestId('returnee-search').inputValue(), POLL).toBe('nguyen');
    const filters = page.getByRole('search');
    await expect.poll(() => filters.getByText('Đang giúp đỡ', { exact: true }).count(), POLL).toBe(1);
    await expect.poll(() => rowNames(page), POLL).toEqual(savedRows);
  });

  it('the committee of the same ward sees the view only once the officer shares it', async () => {
    const committee = await freshPage(browser.context, baseUrl);
    await signIn(committee, COMMITTEE);
    await committee.goto(`${baseUrl}/returnees`);
    await committee.getByTestId('returnee-row').first().waitFor();
    await openViewsMenu(committee);
    await committee.getByTestId('saved-views-empty').or(committee.getByTestId('saved-view').first()).waitFor();
    expect(await committee.getByRole('button', { name: `Mở góc nhìn ${VIEW_NAME}` }).count()).toBe(0);

    const officer = await freshPage(browser.context, baseUrl);
    await signIn(officer, OFFICER);
    await officer.goto(`${baseUrl}/returnees`);
    await officer.getByTestId('returnee-row').first().waitFor();
    await openViewsMenu(officer);
    await officer.getByRole('button', { name: `Sửa góc nhìn ${VIEW_NAME}` }).click();
    await officer.getByTestId('view-shared').check();
    await officer.getByTestId('save-view-submit').click();
    await officer.getByTestId('save-view-form').waitFor({ state: 'detached' });

    const again = await freshPage(browser.context, baseUrl);
    await signIn(again, COMMITTEE);
    await again.goto(`${baseUrl}/returnees`);
    await again.getByTestId('returnee-row').first().waitFor();
    await openViewsMenu(again);
    const shared = again.getByRole('button', { name: `Mở góc nhìn ${VIEW_NAME}` });
    await shared.waitFor();
    expect(await again.getByTestId('saved-views-menu').textContent()).toContain('Chia sẻ bởi');
    await shared.click();
    await again.waitForURL((url) => url.search === savedSearch);
    await expect.poll(() => rowNames(again), POLL).toEqual(savedRows);
  });

  it('the officer assigns one helper to two selected people and each file shows the helper', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    // Two open cases under support (helpers can be added to them).
    await page.goto(`${baseUrl}/returnees?status=UNDER_SUPPORT`);
    const rows = await settledRows(page);
    const chosen = rows.slice(0, 2);
    expect(chosen).toHaveLength(2);
    for (const name of chosen) await page.getByRole('checkbox', { name: `Chọn ${name}` }).check();
    await page.getByTestId('bulk-bar').getByText('Đã chọn 2 người').waitFor();

    await page.getByTestId('bulk-assign').click();
    const form = page.getByTestId('bulk-assign-form');
    await form.getByTestId('bulk-helper-name').fill('Phạm Thị Thu (e2e)');
    await form.getByTestId('bulk-organisation').click();
    await page.getByRole('option', { name: 'Hội Phụ nữ phường Lãm Hà' }).click();
    await form.getByTestId('bulk-assign-submit').click();
    const done = page.getByText('Đã phân công Phạm Thị Thu (e2e) giúp đỡ 2 người.');
    await done.or(page.getByTestId('bulk-assign-error')).waitFor();
    // On failure, the message says why (the API's reason for a person, or a field).
    expect(await page.getByTestId('bulk-assign-error').allTextContents()).toEqual([]);

    for (const name of chosen) {
      await page.goto(`${baseUrl}/returnees?status=UNDER_SUPPORT`);
      await page.getByRole('link', { name, exact: true }).first().click();
      await page.getByTestId('returnee-name').filter({ hasText: name }).waitFor();
      await page.getByRole('tab', { name: /Người giúp đỡ/ }).click();
      await page.getByTestId('helper-list').getByText('Phạm Thị Thu (e2e)').waitFor();
    }
  });
});
