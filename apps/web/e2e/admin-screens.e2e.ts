import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';

const ADMIN = 'admin@hoanhap.local';
const AUDITOR = 'kiemtra.haiphong@hoanhap.local';
const OFFICER = 'congan.lamha@hoanhap.local';
const DEMO_EMPLOYER = 'Công ty TNHH May mặc Kiến An';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('holiday calendar, audit log and employers in a real browser against the real API', () => {
  it('the admin adds a day to the working calendar, sees it, and removes it', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Lịch làm việc' }).click();
    await page.getByRole('heading', { name: 'Lịch làm việc' }).waitFor();
    await page.goto(`${baseUrl}/admin/holidays?year=2026`);
    await page.getByTestId('holiday-row').first().waitFor();

    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    const form = page.getByTestId('holiday-form');
    await form.getByLabel(/^Ngày/).fill('20/11/2026');
    await form.getByLabel(/^Tên/).fill('Ngày Nhà giáo Việt Nam (thử)');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });

    const row = page.getByTestId('holiday-row').filter({ hasText: 'Ngày Nhà giáo Việt Nam (thử)' });
    await row.waitFor();
    expect(await row.textContent()).toContain('20/11/2026');
    expect(await row.textContent()).toContain('Thứ Sáu');

    await row.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa ngày' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await page.getByTestId('admin-notice').textContent()).toContain('20/11/2026');
  });

  it('the auditor opens the audit log and sees rows, a refused sign-in among them', async () => {
    const page = await freshPage(browser.context, baseUrl);
    // A refused sign-in to an account in the auditor's scope leaves a row of its own.
    await page.getByLabel(/^Email/).fill(OFFICER);
    await page.getByLabel(/^Mật khẩu/).fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Email hoặc mật khẩu không đúng').waitFor();

    await signIn(page, AUDITOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký truy cập' }).click();
    await page.getByTestId('audit-row').first().waitFor();
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(0);
    await page.getByTestId('audit-row').filter({ hasText: 'Đăng nhập không thành công' }).first().waitFor();
    expect(page.url()).toContain('/audit');
  });

  it('the officer opens the employers list and the demo employer’s placements', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.getByRole('navigation').getByRole('link', { name: 'Doanh nghiệp đối tác' }).click();
    const row = page.getByTestId('employer-row').filter({ hasText: DEMO_EMPLOYER });
    await row.waitFor();
    await row.getByRole('link', { name: DEMO_EMPLOYER }).click();
    await page.getByRole('heading', { name: DEMO_EMPLOYER }).waitFor();
    await page.getByTestId('placement-row').first().waitFor();
    expect(await page.getByTestId('placement-row').count()).toBe(2);
    expect(await page.getByTestId('job-offer-row').count()).toBeGreaterThan(0);

    // Someone already placed has an open employment period: the API's OVERLAP lands on the start date.
    await page.getByRole('button', { name: 'Giới thiệu việc làm' }).click();
    const form = page.getByTestId('placement-form');
    await form.getByLabel(/^Người tái hòa nhập/).fill('hoang van binh');
    await form.getByRole('radio', { name: /Hoàng Văn Bình/ }).click();
    await form.getByRole('button', { name: 'Giới thiệu' }).click();
    await form.getByText(/đang có giai đoạn việc làm trùng thời gian/).waitFor();
    expect(await page.getByTestId('placement-row').count()).toBe(2);
  });
});
