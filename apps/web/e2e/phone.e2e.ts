import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, freshPage, launchBrowser, signIn, type TestBrowser } from './browser';
import { contrastFailures } from './contrast';

const HELPER = 'phunu.lamha@hoanhap.local';
const OFFICER = 'congan.lamha@hoanhap.local';
/** One of the people the demo data assigns to the Women's Union helper. */
const PERSON = 'Đặng Thị Hoa';
const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');

const baseUrl = inject('baseUrl');
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await freshPage(browser.context, baseUrl);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${baseUrl}/login?next=%2Fm%2F`);
  await page.getByLabel(/^Email/).fill(HELPER);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/m\/$/);
  await page.getByRole('link', { name: new RegExp(PERSON) }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

/** Each screen shown in the docs is first checked readable: no text below WCAG AA contrast. */
async function shot(name: string, on: Page = page) {
  expect(await contrastFailures(on), name).toEqual([]);
  await on.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

/** Opens the person's card from the home screen. */
async function openPerson() {
  await page.goto(`${baseUrl}/m/`);
  await page.getByRole('link', { name: new RegExp(PERSON) }).click();
  await page.getByRole('heading', { name: PERSON }).waitFor();
}

describe('the helper’s phone app at 360×740', () => {
  it('shows the home screen in one column with touch targets of at least 44 px and no desktop shell', async () => {
    await page.getByTestId('unsent-count').waitFor();
    expect(await page.getByTestId('user-summary').count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('a, button, input')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height < 44).length,
    );
    expect(small).toBe(0);
    await shot('phone-home.png');
  });

  it('is installable: a manifest with the phone home as start and a service worker controlling /m/', async () => {
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]') as HTMLLinkElement;
      return (await fetch(link.href)).json();
    });
    expect(manifest).toMatchObject({ name: 'Hòa Nhập', start_url: '/m/', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${baseUrl}/m/`);
  });

  it('keeps three contacts recorded offline across a reload and sends each exactly once when the network returns', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The page must be controlled for an offline reload to come from the service worker.
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await openPerson();
    await browser.context.setOffline(true);
    for (const n of [1, 2, 3]) {
      await page.getByRole('link', { name: 'Ghi lần gặp' }).click();
      await page.getByLabel('Việc tiếp theo').fill(`Ngoại tuyến ${n}`);
      if (n === 1) await shot('phone-contact.png');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('heading', { name: PERSON }).waitFor();
    }
    await page.reload();
    await page.getByRole('heading', { name: PERSON }).waitFor();
    expect(await page.getByText('Chưa gửi').count()).toBe(3);
    await page.goto(`${baseUrl}/m/`).catch(() => undefined);
    await page.getByTestId('unsent-count').filter({ hasText: '3 thay đổi chưa gửi' }).waitFor();

    await browser.context.setOffline(false);
    await page.getByTestId('unsent-count').filter({ hasText: 'Đã gửi hết' }).waitFor();
    await openPerson();
    for (const n of [1, 2, 3]) {
      await page.getByText(`Ngoại tuyến ${n}`).waitFor();
      expect(await page.getByText(`Ngoại tuyến ${n}`).count()).toBe(1);
    }
    expect(await page.getByText('Chưa gửi').count()).toBe(0);
    await shot('phone-person.png');
  });

  it('shows the conflict screen when the officer changed a support meanwhile, and keeps the helper’s change on request', async () => {
    await openPerson();
    await page.getByRole('link', { name: 'Ghi hỗ trợ' }).click();
    await page.getByLabel('Kết quả').fill('Ghi từ điện thoại');
    await page.getByRole('button', { name: 'Lưu' }).click();
    const update = page
      .getByRole('listitem')
      .filter({ hasText: 'Ghi từ điện thoại' })
      .getByRole('link', { name: 'Cập nhật' });
    await update.waitFor();
    const supportUrl = await update.getAttribute('href');
    const supportId = supportUrl?.split('/').pop() ?? '';

    await browser.context.setOffline(true);
    await update.click();
    await page.getByLabel('Đã hoàn thành').check();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: PERSON }).waitFor();

    // Meanwhile the officer moves the same support on from the office.
    const office = await launchBrowser();
    try {
      const officePage = await freshPage(office.context, baseUrl);
      await signIn(officePage, OFFICER);
      const answer = await officePage.evaluate(async (id) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation ($input: UpdateSupportStatusInput!) { updateSupportStatus(input: $input) { id version } }',
            variables: { input: { supportId: id, status: 'IN_PROGRESS', version: 1 } },
          }),
        });
        return response.json();
      }, supportId);
      expect(answer.errors).toBeUndefined();
    } finally {
      await office.close();
    }

    await browser.context.setOffline(false);
    await page.goto(`${baseUrl}/m/outbox`);
    await page.getByText('Có người đã sửa bản ghi này').waitFor();
    await shot('phone-conflict.png');
    await page.getByRole('button', { name: 'Giữ thay đổi của tôi' }).click();
    await page.getByText('Không còn thay đổi nào chưa gửi.').waitFor();
    await openPerson();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Ghi từ điện thoại' })
      .getByText(/Đã hoàn thành/)
      .waitFor();
  });
});

describe('an officer on the phone at 360×740', () => {
  /** An active person of the ward, found by a search typed without diacritics. */
  const OFFICER_PERSON = 'Nguyễn Văn Đức';

  it('searches without diacritics, opens a card, records a contact that reaches the timeline, and keeps no people on the device', async () => {
    const officer = await launchBrowser();
    try {
      const phone = await freshPage(officer.context, baseUrl);
      await phone.setViewportSize({ width: 360, height: 740 });
      await phone.goto(`${baseUrl}/login?next=%2Fm%2F`);
      await phone.getByLabel(/^Email/).fill(OFFICER);
      await phone.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
      await phone.getByRole('button', { name: 'Đăng nhập' }).click();
      await phone.waitForURL(/\/m\/$/);

      await phone.getByRole('heading', { name: 'Tra cứu hồ sơ' }).waitFor();
      await phone.getByRole('searchbox', { name: 'Tìm theo tên trong địa bàn' }).fill('nguyen');
      const results = phone.getByTestId('search-results').getByRole('link');
      await results.first().waitFor();
      const names = await results.locator('strong').allTextContents();
      expect(names.length).toBeGreaterThan(1);
      expect(names.every((name) => name.startsWith('Nguyễn'))).toBe(true);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shot('phone-officer-search.png', phone);

      await results.filter({ hasText: OFFICER_PERSON }).click();
      await phone.getByRole('heading', { name: OFFICER_PERSON }).waitFor();
      await phone.getByRole('link', { name: 'Ghi lần gặp' }).click();
      await phone.getByLabel('Việc tiếp theo').fill('Cán bộ ghi từ điện thoại');
      await phone.getByRole('button', { name: 'Lưu' }).click();
      await phone.getByRole('heading', { name: OFFICER_PERSON }).waitFor();
      // Sent by the outbox, then read back from the API onto the timeline, once.
      await expect.poll(() => phone.getByText('Chưa gửi').count(), { timeout: 15_000 }).toBe(0);
      await phone.getByTestId('timeline').getByText('Cán bộ ghi từ điện thoại').waitFor();
      expect(await phone.getByTestId('timeline').getByText('Cán bộ ghi từ điện thoại').count()).toBe(1);

      const device = await phone.evaluate(
        () =>
          new Promise<{ people: number; tasks: number; outbox: number }>((resolve, reject) => {
            const open = indexedDB.open('hoanhap-phone');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['people', 'tasks', 'outbox'], 'readonly');
              const counts = { people: 0, tasks: 0, outbox: 0 };
              for (const name of ['people', 'tasks', 'outbox'] as const) {
                const count = tx.objectStore(name).count();
                count.onsuccess = () => {
                  counts[name] = count.result;
                };
              }
              tx.oncomplete = () => resolve(counts);
            };
          }),
      );
      expect(device).toMatchObject({ people: 0, outbox: 0 });
    } finally {
      await officer.close();
    }
  });
});
