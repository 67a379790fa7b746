import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession } from './api-session';
import { freshPage, launchBrowser, signIn, type TestBrowser } from './browser';
import {
  ADMIN,
  asUsers,
  COMMITTEE,
  CONFIGURE_CHANNEL,
  completeTasks,
  giveHelperTasks,
  HELPER,
  NOTICE_PERSON,
  releaseNoticeToColleague,
  smsStatuses,
  UPDATE_PREFERENCES,
} from './notification-events';
import { startSmsGateway } from './sms-gateway';

const ASSIGNED = 'Bạn được giao 1 việc mới trên Hòa Nhập';

const baseUrl = inject('baseUrl');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('notifications in a real browser against the real API', () => {
  it('a task given to the helper rings her bell; opening it reads it, and “mark all read” clears the rest', async () => {
    const given = await giveHelperTasks(baseUrl, [
      'Gọi điện hỏi thăm (thử thông báo)',
      'Đến thăm gia đình (thử thông báo)',
    ]);
    try {
      const page = await freshPage(browser.context, baseUrl);
      await signIn(page, HELPER);
      await page.getByRole('link', { name: 'Thông báo: 2 chưa đọc' }).click();
      await page.waitForURL(/\/notifications$/);
      const items = page.getByTestId('notification-item');
      await items.nth(1).waitFor();
      for (const i of [0, 1]) {
        const text = (await items.nth(i).textContent()) ?? '';
        expect(text).toContain(ASSIGNED);
        expect(text).toContain('Chưa đọc');
        // A message may leave by SMS or Zalo: it never names the person the task is about.
        expect(text).not.toContain(given.fullName);
      }

      // Opening one goes to its page and reads it: the bell counts one fewer.
      await items.nth(0).getByRole('link', { name: 'Xem' }).click();
      await page.waitForURL(/\/tasks$/);
      await page.getByRole('link', { name: 'Thông báo: 1 chưa đọc' }).click();
      await items.nth(1).getByText('Chưa đọc').waitFor();
      await items.nth(0).getByText('Chưa đọc').waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
      await page.getByRole('link', { name: 'Thông báo', exact: true }).waitFor();
      expect(await page.getByText('Chưa đọc', { exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).isDisabled()).toBe(true);
    } finally {
      await completeTasks(baseUrl, given.taskIds);
    }
  });

  it('lists the notifications 20 at a time, “Xem thêm” loading the older ones', async () => {
    const titles = Array.from({ length: 21 }, (_, i) => `Việc thử phân trang ${i + 1} (thử thông báo)`);
    const given = await giveHelperTasks(baseUrl, titles);
    try {
      const page = await freshPage(browser.context, baseUrl);
      await signIn(page, HELPER);
      await page.getByRole('link', { name: 'Thông báo: 21 chưa đọc' }).click();
      const items = page.getByTestId('notification-item');
      await items.nth(19).waitFor();
      expect(await items.count()).toBe(20);
      await page.getByRole('button', { name: 'Xem thêm' }).click();
      // The 21st, the oldest of this test's, comes with the next page, after the first 20.
      await items.nth(20).waitFor();
      const texts = await items.allTextContents();
      expect(texts.slice(0, 21).every((text) => text.includes(ASSIGNED) && text.includes('Chưa đọc'))).toBe(true);
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.length).toBeLessThanOrEqual(40);
    } finally {
      await completeTasks(baseUrl, given.taskIds);
      await asUsers(baseUrl, [HELPER], (helper) =>
        helper.call('mutation { markNotificationsRead(input: { all: true }) }'),
      );
    }
  });

  it('the user mutes SMS, sets the digest and quiet hours, and keeps them; a bad email is refused in Vietnamese', async () => {
    const page = await freshPage(browser.context, baseUrl);
    await signIn(page, COMMITTEE);
    try {
      await page.goto(`${baseUrl}/account/password`);
      const section = page.getByRole('region', { name: 'Cách nhận thông báo' });
      const phone = section.getByLabel('Số điện thoại nhận Zalo, SMS');
      const pickHour = async (label: string, hour: string) => {
        await section.getByRole('combobox', { name: label, exact: true }).click();
        await page.getByRole('option', { name: `${hour} giờ`, exact: true }).click();
      };
      await section.getByRole('checkbox', { name: 'Tin nhắn SMS' }).waitFor();
      await section.getByRole('checkbox', { name: 'Tin nhắn SMS' }).uncheck();
      await phone.fill('0912 345 678');
      await pickHour('Giờ gửi bản tóm tắt hằng ngày', '18');
      await pickHour('Không gửi từ', '22');
      await pickHour('đến', '6');
      await section.getByRole('button', { name: 'Lưu' }).click();
      await section.getByText('Đã lưu cách nhận thông báo.').waitFor();

      const expectKept = async () => {
        expect(await section.getByRole('checkbox', { name: 'Tin nhắn SMS' }).isChecked()).toBe(false);
        expect(await section.getByRole('checkbox', { name: 'Zalo (ZNS)' }).isChecked()).toBe(true);
        // Saved in the international form the gateways take.
        expect(await phone.inputValue()).toBe('84912345678');
        expect(
          await section.getByRole('combobox', { name: 'Giờ gửi bản tóm tắt hằng ngày', exact: true }).inputValue(),
        ).toBe('18 giờ');
        expect(await section.getByRole('combobox', { name: 'Không gửi từ', exact: true }).inputValue()).toBe('22 giờ');
        expect(await section.getByRole('combobox', { name: 'đến', exact: true }).inputValue()).toBe('6 giờ');
      };
      await page.reload();
      await expect.poll(() => phone.inputValue(), { timeout: 10_000 }).toBe('84912345678');
      await expectKept();

      // A bad address is refused at the form, in Vietnamese, and what was typed stays on screen.
      const email = section.getByLabel('Email nhận thông báo');
      await email.fill('khong-phai-email');
      await section.getByRole('button', { name: 'Lưu' }).click();
      // At the field, with the reason the API gave.
      await section.getByText('Địa chỉ email không hợp lệ').waitFor();
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await email.inputValue()).toBe('khong-phai-email');
      await expectKept();
      await page.reload();
      await expect.poll(() => phone.inputValue(), { timeout: 10_000 }).toBe('84912345678');
      expect(await email.inputValue()).toBe('');
      await expectKept();
    } finally {
      await asUsers(baseUrl, [COMMITTEE], (committee) =>
        committee.call(UPDATE_PREFERENCES, {
          input: { mutedChannels: [], phone: '', email: '', digestHour: 7, quietStartHour: 21, quietEndHour: 7 },
        }),
      );
    }
  });

  it('the admin enables SMS (the key never shown back), sees a refused delivery in the log and resends it', async () => {
    const gateway = await startSmsGateway();
    const secret = `sms-key-${Date.now()}`;
    const admin = await apiSession(baseUrl, ADMIN);
    let colleagueId: string | undefined;
    try {
      const page = await freshPage(browser.context, baseUrl);
      await signIn(page, ADMIN);
      await page.getByRole('navigation').getByRole('link', { name: 'Gửi thông báo' }).click();
      const sms = page.getByTestId('channel-SMS');
      await sms.getByText('Đang tắt').waitFor();
      expect(await page.getByTestId('channel-EMAIL').textContent()).toContain('biến môi trường SMTP_URL');
      // Zalo's card says which address to register at Zalo for its delivery receipts.
      expect(await page.getByTestId('channel-ZALO_ZNS').textContent()).toContain('/notification-receipts/zalo');
      await sms.getByLabel('Bật kênh này').check();
      await sms.getByLabel('Địa chỉ gửi của nhà cung cấp SMS').fill(gateway.url);
      await sms.getByLabel('Tên thương hiệu (brandname)').fill('HOANHAP');
      await sms.getByLabel('Mã truy cập / khóa API').fill(secret);
      await sms.getByRole('button', { name: 'Lưu cấu hình' }).click();
      await sms.getByText('Đã lưu cấu hình kênh.').waitFor();
      await sms.getByText('Đang bật').waitFor();
      // The key is write-only: after saving and after a reload, only "a key is saved" is said.
      await page.reload();
      await sms.getByText('Đã lưu mã truy cập (không hiển thị lại)', { exact: false }).waitFor();
      expect(await sms.getByLabel('Địa chỉ gửi của nhà cung cấp SMS').inputValue()).toBe(gateway.url);
      expect(await sms.getByLabel('Mã truy cập / khóa API').inputValue()).toBe('');
      expect(await page.content()).not.toContain(secret);

      // No SMS has gone yet in this run: the filtered log says so.
      await pickFilter(page, 'Kênh', 'Tin nhắn SMS');
      await page.getByText('Chưa có lượt gửi nào.').waitFor();

      // A second officer of the ward, with a phone number and no quiet hours, is told by SMS of a
      // release notice the first one records; the gateway refuses it (HTTP 400), for good.
      colleagueId = await releaseNoticeToColleague(baseUrl, admin);
      await expect.poll(() => smsStatuses(admin), { timeout: 30_000 }).toEqual(['FAILED']);
      // Only this notice's messages: the hourly rules could tell the new officer other things meanwhile.
      const notices = () => gateway.received.filter((m) => m.text.includes('thông báo ra trại'));
      expect(notices()).toHaveLength(1);
      const [sent] = notices();
      expect(sent?.to).toBe('84912345679');
      expect(sent?.authorization).toBe(`Bearer ${secret}`);
      expect(sent?.text).toContain('Đơn vị có 1 thông báo ra trại mới trên Hòa Nhập');
      expect(sent?.text).not.toContain(NOTICE_PERSON);

      await page.reload();
      await pickFilter(page, 'Kênh', 'Tin nhắn SMS');
      const row = page.getByTestId('delivery-row').filter({ hasText: 'Có thông báo ra trại' });
      await row.getByText('Gửi không được').waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain('HTTP_400');

      // Resent, the gateway now accepts it.
      gateway.answer = 200;
      await row.getByRole('button', { name: 'Gửi lại' }).click();
      await row.getByText('Đang chờ gửi').waitFor();
      await expect.poll(() => smsStatuses(admin), { timeout: 30_000 }).toEqual(['SENT']);
      await page.reload();
      await pickFilter(page, 'Kênh', 'Tin nhắn SMS');
      await row.getByText('Đã gửi').waitFor();
      expect(await row.textContent()).not.toContain('HTTP_400');
      expect(notices()).toHaveLength(2);
    } finally {
      await admin.call(CONFIGURE_CHANNEL, { input: { channel: 'SMS', enabled: false } });
      if (colleagueId) {
        await admin.call('mutation ($input: DisableUserInput!) { disableUser(input: $input) { id } }', {
          input: { userId: colleagueId },
        });
      }
      await admin.close();
      await gateway.close();
    }
  });
});

/** Chooses `option` in the delivery log's filter `label`. */
async function pickFilter(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
