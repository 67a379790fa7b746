import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, type TestBrowser } from './browser';

const PASSWORD = 'hoanhap-demo-2024';
const ARTICLE_VIEW = '/dashboard?returnedSince=2020-01-01&asOf=2024-04-25';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, email: string, next = ARTICLE_VIEW) {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('returned-total').waitFor();
}

describe('the shell in a real browser', () => {
  it('keeps dark mode after a reload once the user picks it', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, 'congan.lamha@hoanhap.local');
    const scheme = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
    expect(await scheme()).toBe('light');

    await page.getByRole('banner').getByRole('button', { name: 'Chuyển sang giao diện tối' }).click();
    expect(await scheme()).toBe('dark');

    await page.reload();
    await page.getByTestId('returned-total').waitFor();
    expect(await scheme()).toBe('dark');
    expect(await page.getByRole('banner').getByRole('button', { name: 'Chuyển sang giao diện sáng' }).count()).toBe(1);
  });

  it('finds a person typed without diacritics from the command palette and opens their file', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, 'congan.lamha@hoanhap.local');

    await page.keyboard.press('Control+K');
    const search = page.getByTestId('palette-search');
    await search.waitFor();
    await search.fill('nguyen van');
    const first = page.getByTestId('palette-person').first();
    await first.waitFor();
    const name = ((await first.locator('[class*="actionLabel"]').textContent()) ?? '').trim();
    expect(
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    ).toContain('nguyen van');

    // Keyboard only: the arrow picks the first result, Enter opens it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/returnees\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it("lets the city's department look at one ward with the unit switcher", async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, 'so.haiphong@hoanhap.local');
    const scope = page.getByTestId('dashboard-scope');
    await expect.poll(async () => scope.textContent()).toContain('Thành phố Hải Phòng');

    await page.getByRole('banner').getByTestId('unit-switcher').click();
    await page.getByRole('option', { name: 'Phường Lãm Hà (đến 31/12/2024)' }).click();
    await expect.poll(async () => scope.textContent()).toContain('Phường Lãm Hà');
    const numbers = await Promise.all(
      ['total', 'stable', 'unstable', 'unemployed'].map(async (part) =>
        (await page.getByTestId(`returned-${part}`).textContent())?.trim(),
      ),
    );
    expect(numbers).toEqual(['34', '7', '21', '6']);

    // The choice stays with the user across visits.
    await page.reload();
    await expect.poll(async () => scope.textContent()).toContain('Phường Lãm Hà');
  });
});
