import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { todayInVietnam } from '@hoanhap/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPage, launchBrowser, type TestBrowser } from './browser';

const PASSWORD = 'hoanhap-demo-2024';
const ADMIN = 'admin@hoanhap.local';
const OFFICER = 'congan.lamha@hoanhap.local';
/** Nobody in the demo data has this name: the package brings a new person. */
const PERSON = 'Hoàng Văn Chuyển';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, email: string) {
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-summary').first().waitFor();
}

/** RFC 8785 canonical JSON for the plain values a package holds (docs/api.md, Case packages). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Another deployment's key pair: its public half is what the administrator registers. */
const partner = generateKeyPairSync('ed25519');

/** A package as the partner deployment signs it, addressed to the deployment under test. */
function casePackage(toCode: string): string {
  const body = {
    format: 'hoanhap-case-package',
    version: 1,
    id: randomUUID(),
    from: { code: 'hai-duong-e2e' },
    to: { code: toCode, unitCode: null, unitName: 'Phường Lãm Hà' },
    createdAt: new Date().toISOString(),
    handedOverOn: todayInVietnam(),
    reason: 'Chuyển về sống cùng gia đình tại phường Lãm Hà',
    // No return date, like a person brought in by the import test: the other browser tests' figures stay as they are.
    person: { fullName: PERSON, dateOfBirth: '1987-09-14', sex: 'MALE' },
    documents: [],
    openTasks: [],
    auditSummary: { total: 0, byAction: {}, firstAt: null, lastAt: null },
  };
  const signature = sign(null, Buffer.from(canonical(body), 'utf8'), partner.privateKey).toString('base64');
  return JSON.stringify({ ...body, signature }, null, 2);
}

async function uploadPackage(page: Page, content: string) {
  const form = page.getByTestId('package-upload-form');
  await form.locator('input[type="file"]').setInputFiles({
    name: 'ho-so-chuyen-giao.json',
    mimeType: 'application/json',
    buffer: Buffer.from(content, 'utf8'),
  });
  await form.getByRole('button', { name: 'Kiểm tra và xem trước' }).click();
}

describe('hand-over between deployments in a real browser against the real API', () => {
  it('the admin trusts a partner, the officer previews and accepts its package, and a replay is refused', async () => {
    const admin = await freshPage(browser.context, baseUrl);
    await signIn(admin, ADMIN);
    await admin.getByRole('navigation').getByRole('link', { name: 'Đơn vị đối tác' }).click();
    const ownCode = ((await admin.getByTestId('deployment-code').textContent()) ?? '').trim();
    expect(ownCode).not.toBe('');
    await admin.getByRole('button', { name: 'Đăng ký đơn vị đối tác' }).click();
    const register = admin.getByTestId('register-partner-form');
    await register.getByLabel(/^Mã hệ thống của đối tác/).fill('hai-duong-e2e');
    await register.getByLabel(/^Tên đơn vị đối tác/).fill('Công an tỉnh Hải Dương (e2e)');
    await register
      .getByLabel(/^Khóa công khai/)
      .fill(partner.publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await register.getByRole('button', { name: 'Đăng ký' }).click();
    await admin.getByTestId('partner-row').filter({ hasText: 'hai-duong-e2e' }).waitFor();

    const content = casePackage(ownCode);
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, OFFICER);
    await page.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận hồ sơ chuyển đến' }).click();

    // A changed byte breaks the signature: refused, in the API's words.
    await uploadPackage(page, content.replace(PERSON, 'Hoàng Văn Sửa'));
    expect(await page.getByTestId('package-refusal').textContent()).toContain('Chữ ký số không khớp');

    await uploadPackage(page, content);
    const preview = page.getByTestId('package-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Công an tỉnh Hải Dương (e2e) (hai-duong-e2e)');
    expect(await page.getByTestId('package-match').textContent()).toContain('Người mới');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    await page.getByTestId('package-accepted').waitFor();
    await page.getByRole('link', { name: `Mở hồ sơ của ${PERSON}` }).click();
    await page.getByRole('heading', { name: PERSON }).waitFor();

    // The same package again: accepted once only.
    await page.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận hồ sơ chuyển đến' }).click();
    await uploadPackage(page, content);
    expect(await page.getByTestId('package-refusal').textContent()).toContain('đã được tiếp nhận trước đây');
  });
});
