import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const OFFICER = 'congan.lamha@hoanhap.local';
const OFFICER_NAME = 'Cán bộ Công an phường Lãm Hà';
/** A Lãm Hà person of the demo data no other browser test changes (one judgment on file). */
const PERSON = 'Ngô Thị Yến';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Types a dd/MM/yyyy date and leaves the field, as a user does. */
async function typeDate(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Tab');
}

async function pick(scope: Locator, label: RegExp, option: string) {
  await scope.getByLabel(label).first().click();
  await scope.getByRole('option', { name: option, exact: true }).click();
}

describe('judgments in a real browser against the real API', () => {
  it('the officer records a judgment, is told a future date is wrong, fixes it and sees the new forecast', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);

    await page.getByRole('navigation').getByRole('link', { name: 'Người tái hòa nhập' }).click();
    await page.waitForURL(/\/returnees$/);
    await page.getByTestId('returnee-search').fill('ngo thi yen');
    await page.getByRole('link', { name: PERSON }).click();
    await page.getByTestId('returnee-name').filter({ hasText: PERSON }).waitFor();
    const forecast = page.getByTestId('forecast');
    const before = (await forecast.textContent()) ?? '';
    // Theft is automatic expungement (Penal Code art. 70), worded without the court.
    expect(before).toMatch(/Đủ điều kiện xóa án tích từ ngày/);

    await page.getByRole('tab', { name: 'Bản án' }).click();
    await page.getByTestId('conviction-list').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận bản án' }).click();
    const form = page.getByTestId('conviction-form');
    await form.getByLabel(/^Tòa án xét xử/).fill('Tòa án nhân dân quận Kiến An');
    await form.getByLabel(/^Số bản án/).fill('07/2024/HS-ST');
    await typeDate(form.getByLabel(/^Ngày tuyên án/), '01/01/2099');
    await form.getByLabel(/^Điều luật/).fill('173');
    await form.getByLabel(/^Chương/).fill('16');
    await form.getByLabel(/^Tuổi khi phạm tội/).fill('34');
    await pick(form, /^Loại tội/, 'Ít nghiêm trọng');
    await pick(form, /^Hình phạt chính/, 'Tù có thời hạn');
    await form.getByLabel(/^Số tháng tù/).fill('12');
    await typeDate(form.getByLabel(/^Ngày chấp hành xong/), '10/06/2025');
    await form.getByRole('button', { name: 'Lưu bản án' }).click();

    // The API refuses the date; the form says why in Vietnamese, next to the date.
    await form.getByText('Ngày này không thể ở tương lai').waitFor();
    expect(await form.getByRole('alert').textContent()).toBe('Vui lòng sửa các ô được đánh dấu.');

    await typeDate(form.getByLabel(/^Ngày tuyên án/), '10/06/2024');
    await form.getByRole('button', { name: 'Lưu bản án' }).click();
    await page.getByTestId('judgment-saved').waitFor();
    expect(await page.getByTestId('conviction-form').count()).toBe(0);
    expect(await page.getByTestId('conviction-list').textContent()).toContain(
      'Bản án số 07/2024/HS-ST ngày 10/06/2024',
    );

    // 12 months of prison completed on 10/06/2025: the earlier judgment's clock restarts from that day
    // (Penal Code art. 73(2)), both wait two years (art. 70): eligible on 10/06/2027.
    await forecast.filter({ hasText: '10/06/2027' }).waitFor();
    expect(await forecast.textContent()).not.toBe(before);

    // A fresh load shows the judgment too: it is stored.
    await page.reload();
    await page.getByTestId('conviction-list').filter({ hasText: '07/2024/HS-ST' }).waitFor();
  });

  it('the officer sees their own opening of the file in its access history', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.getByRole('navigation').getByRole('link', { name: 'Người tái hòa nhập' }).click();
    await page.getByTestId('returnee-search').fill('ngo thi yen');
    await page.getByRole('link', { name: PERSON }).click();
    await page.getByTestId('returnee-name').filter({ hasText: PERSON }).waitFor();

    await page.getByRole('tab', { name: 'Lịch sử truy cập' }).click();
    const first = page.getByTestId('access-event').first();
    await first.waitFor();
    expect(await first.getAttribute('data-action')).toBe('read:returnee');
    expect(await first.textContent()).toContain(OFFICER_NAME);
    expect(await first.textContent()).toContain('Mở hồ sơ');
    // The judgment recorded before is in the history as well.
    expect(await page.getByTestId('access-history').textContent()).toContain('Ghi nhận bản án');
  });
});
