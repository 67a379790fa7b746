import { NotificationKind } from './enums/notifications.js';
import type { Label } from './labels.js';

/*
 * What a notification says. A message leaves the product by email, Zalo or SMS, so it carries no
 * name, no offence and nothing about a conviction: only a count and a link to the page where the
 * signed-in recipient sees the rest (Decree 13/2023/NĐ-CP art. 3 on minimising personal data).
 */

/**
 * Days without a sync after which the phone app warns on its home screen and the server notifies
 * the user (issue 16 §1 and §2): unsent changes on a phone are casework the unit cannot see.
 */
export const SYNC_STALE_DAYS = 3;

/** The words of a notification of `kind` about `count` items, in Vietnamese and English. */
export function notificationText(kind: NotificationKind, count = 1): Label {
  const n = String(count);
  switch (kind) {
    case NotificationKind.TASK_ASSIGNED:
      return {
        vi: `Bạn được giao ${n} việc mới trên Hòa Nhập`,
        en: `You have been given ${n} new task(s) on Hòa Nhập`,
      };
    case NotificationKind.TASK_DUE_TOMORROW:
      return {
        vi: `Bạn có ${n} việc đến hạn ngày mai trên Hòa Nhập`,
        en: `You have ${n} task(s) due tomorrow on Hòa Nhập`,
      };
    case NotificationKind.TASK_OVERDUE:
      return { vi: `Bạn có ${n} việc đã quá hạn trên Hòa Nhập`, en: `You have ${n} overdue task(s) on Hòa Nhập` };
    case NotificationKind.TASK_ESCALATED:
      return {
        vi: `Đơn vị có ${n} việc quá hạn cần cán bộ xem trên Hòa Nhập`,
        en: `Your unit has ${n} overdue task(s) for an officer to look at on Hòa Nhập`,
      };
    case NotificationKind.NO_CONTACT:
      return {
        vi: `Có ${n} người bạn theo dõi lâu chưa được liên hệ trên Hòa Nhập`,
        en: `${n} person(s) you follow have not been contacted for a while on Hòa Nhập`,
      };
    case NotificationKind.NO_CONTACT_ESCALATED:
      return {
        vi: `Đơn vị có ${n} trường hợp lâu chưa được liên hệ cần cán bộ xem trên Hòa Nhập`,
        en: `Your unit has ${n} case(s) not contacted for a while for an officer to look at on Hòa Nhập`,
      };
    case NotificationKind.RELEASE_NOTICE:
      return {
        vi: `Đơn vị có ${n} thông báo ra trại mới trên Hòa Nhập`,
        en: `Your unit has ${n} new release notice(s) on Hòa Nhập`,
      };
    case NotificationKind.EXPUNGEMENT_SOON:
      return {
        vi: `Có ${n} trường hợp sắp đủ điều kiện cần xem trên Hòa Nhập`,
        en: `${n} case(s) will soon need a review on Hòa Nhập`,
      };
    case NotificationKind.SYNC_STALE:
      return {
        vi: 'Thiết bị của bạn chưa đồng bộ dữ liệu với Hòa Nhập 3 ngày nay',
        en: 'Your device has not synchronised with Hòa Nhập for 3 days',
      };
    case NotificationKind.DAILY_DIGEST:
      return {
        vi: `Bạn có ${n} việc cần làm hôm nay trên Hòa Nhập`,
        en: `You have ${n} task(s) to do today on Hòa Nhập`,
      };
  }
}

/** The page a notification of `kind` opens (a path of the web app, never with a person's id in it). */
export const NOTIFICATION_LINKS: Record<NotificationKind, string> = {
  TASK_ASSIGNED: '/tasks',
  TASK_DUE_TOMORROW: '/tasks',
  TASK_OVERDUE: '/tasks',
  TASK_ESCALATED: '/tasks',
  NO_CONTACT: '/tasks',
  NO_CONTACT_ESCALATED: '/tasks',
  RELEASE_NOTICE: '/alerts',
  EXPUNGEMENT_SOON: '/alerts',
  SYNC_STALE: '/',
  DAILY_DIGEST: '/tasks',
};

/**
 * Events about one task, told by email, Zalo or SMS only in the day's digest (the bell shows each at
 * once): a helper with ten tasks gets one message in the morning, not ten through the day.
 */
export const DIGESTED_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.TASK_ASSIGNED,
  NotificationKind.TASK_DUE_TOMORROW,
  NotificationKind.TASK_OVERDUE,
]);

/**
 * A Vietnamese mobile number in the international form Zalo and SMS gateways take, `84` and the
 * nine subscriber digits (`0912 345 678`, `+84912345678` → `84912345678`); null when it is not one.
 */
export function internationalPhone(phone: string): string | null {
  const digits = phone.replace(/[\s.\-()]/g, '').replace(/^\+/, '');
  const national = digits.startsWith('84') ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : null;
  return national !== null && /^[35789]\d{8}$/.test(national) ? `84${national}` : null;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * When a message asked for at `now` may leave, given quiet hours from `startHour` to `endHour`
 * (Việt Nam time, whole hours; `21` to `7` spans midnight): `now` outside them, else the end of
 * the quiet hours. Equal hours mean no quiet hours.
 */
export function afterQuietHours(now: Date, startHour: number, endHour: number): Date {
  if (startHour === endHour) return now;
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const hour = local.getUTCHours();
  const quiet = startHour < endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
  if (!quiet) return now;
  const end = new Date(local);
  end.setUTCHours(endHour, 0, 0, 0);
  if (end.getTime() <= local.getTime()) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - VIETNAM_OFFSET_MS);
}

/** The hour of the day (0–23) in Việt Nam at `now`. */
export function hourInVietnam(now: Date = new Date()): number {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCHours();
}
