import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const OFFICER = 'congan.lamha@hoanhap.local';
/** A citizen ID no demo person holds. */
const CITIZEN_ID = '031099004321';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the officer’s casework forms in a real browser against the real API', () => {
  it('registers a person, assigns a helper and classifies them', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);

    // Register: a wrong citizen ID is refused by the API, shown in Vietnamese at the field.
    await page.getByRole('navigation').getByRole('link', { name: 'Người tái hòa nhập' }).click();
    await page.getByTestId('register-returnee').click();
    await page.waitForURL(/\/returnees\/new$/);
    const form = page.getByTestId('register-form');
    await form.getByLabel(/^Họ và tên/).fill('Phạm Văn Long (e2e)');
    await form.getByLabel(/^Số định danh cá nhân/).fill('0310990043');
    await form.getByLabel(/^Tổ dân phố/).fill('Tổ 3');
    await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await form.getByText('Số định danh cá nhân phải gồm 12 chữ số').waitFor();
    expect(page.url()).toMatch(/\/returnees\/new$/);

    await form.getByLabel(/^Số định danh cá nhân/).fill(CITIZEN_ID);
    await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await page.waitForURL(/\/returnees\/[0-9a-f-]{36}$/);
    await page.getByTestId('returnee-name').filter({ hasText: 'Phạm Văn Long (e2e)' }).waitFor();

    // A helper from the Women's Union.
    await page.getByRole('tab', { name: 'Người giúp đỡ' }).click();
    await page.getByRole('button', { name: 'Phân công người giúp đỡ' }).click();
    const assign = page.getByTestId('assign-helper-form');
    await assign.getByLabel(/^Họ tên người giúp đỡ/).fill('Vũ Thị Hạnh');
    await assign.getByLabel(/^Số điện thoại/).fill('0912 345 678');
    await assign
      .getByLabel(/^Tổ chức/)
      .first()
      .click();
    await assign.getByRole('option', { name: 'Hội Phụ nữ phường Lãm Hà' }).click();
    await assign.getByRole('button', { name: 'Phân công', exact: true }).click();
    await page.getByTestId('helpers-notice').waitFor();
    const helpers = page.getByTestId('helper-list');
    expect(await helpers.textContent()).toContain('Vũ Thị Hạnh');
    expect(await helpers.textContent()).toContain('Hội Phụ nữ phường Lãm Hà');

    // A classification, then the timeline shows it.
    await page.getByRole('tab', { name: 'Phân loại' }).click();
    await page.getByRole('button', { name: 'Phân loại', exact: true }).click();
    const classify = page.getByTestId('classify-form');
    await classify.getByLabel(/^Nhóm/).first().click();
    await classify.getByRole('option', { name: /^Nhóm B/ }).click();
    await classify.getByLabel(/^Lý do/).fill('Chưa có việc làm ổn định');
    await classify.getByRole('button', { name: 'Lưu phân loại' }).click();
    await page.getByTestId('classification-list').filter({ hasText: 'Nhóm B' }).waitFor();

    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    await page.getByTestId('timeline').filter({ hasText: 'Phân loại: nhóm B' }).waitFor();
    expect(await page.getByTestId('timeline').textContent()).toContain('Phân công Vũ Thị Hạnh');

    // Stored: a fresh load shows both.
    await page.reload();
    await page.getByTestId('timeline').filter({ hasText: 'Phân loại: nhóm B' }).waitFor();
  });
});
