import type { Label } from '../labels.js';

/** Notifications: what happened, the channel a message goes by, and where its delivery stands. */

/** The event a notification tells its recipient about. */
export enum NotificationKind {
  TASK_ASSIGNED = 'TASK_ASSIGNED',
  TASK_DUE_TOMORROW = 'TASK_DUE_TOMORROW',
  TASK_OVERDUE = 'TASK_OVERDUE',
  TASK_ESCALATED = 'TASK_ESCALATED',
  NO_CONTACT = 'NO_CONTACT',
  NO_CONTACT_ESCALATED = 'NO_CONTACT_ESCALATED',
  RELEASE_NOTICE = 'RELEASE_NOTICE',
  EXPUNGEMENT_SOON = 'EXPUNGEMENT_SOON',
  SYNC_STALE = 'SYNC_STALE',
  DAILY_DIGEST = 'DAILY_DIGEST',
}
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, Label> = {
  TASK_ASSIGNED: { vi: 'Được giao việc', en: 'Task assigned' },
  TASK_DUE_TOMORROW: { vi: 'Việc đến hạn ngày mai', en: 'Task due tomorrow' },
  TASK_OVERDUE: { vi: 'Việc quá hạn', en: 'Task overdue' },
  TASK_ESCALATED: { vi: 'Việc quá hạn chuyển cán bộ', en: 'Overdue task escalated' },
  NO_CONTACT: { vi: 'Lâu chưa liên hệ', en: 'No recent contact' },
  NO_CONTACT_ESCALATED: { vi: 'Lâu chưa liên hệ chuyển cán bộ', en: 'No recent contact, escalated' },
  RELEASE_NOTICE: { vi: 'Có thông báo ra trại', en: 'Release notice received' },
  EXPUNGEMENT_SOON: { vi: 'Sắp đủ điều kiện xóa án tích', en: 'Expungement eligibility soon' },
  SYNC_STALE: { vi: 'Chưa đồng bộ dữ liệu', en: 'Data not synchronised' },
  DAILY_DIGEST: { vi: 'Tóm tắt hằng ngày', en: 'Daily digest' },
};

/** How a notification reaches its recipient. */
export enum DeliveryChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  ZALO_ZNS = 'ZALO_ZNS',
  SMS = 'SMS',
}
export const DELIVERY_CHANNEL_LABELS: Record<DeliveryChannel, Label> = {
  IN_APP: { vi: 'Trong ứng dụng', en: 'In the app' },
  EMAIL: { vi: 'Thư điện tử', en: 'Email' },
  ZALO_ZNS: { vi: 'Zalo (ZNS)', en: 'Zalo (ZNS)' },
  SMS: { vi: 'Tin nhắn SMS', en: 'SMS' },
};

/** Where one delivery of a notification by one channel stands. */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, Label> = {
  PENDING: { vi: 'Đang chờ gửi', en: 'Pending' },
  SENT: { vi: 'Đã gửi', en: 'Sent' },
  DELIVERED: { vi: 'Đã đến nơi', en: 'Delivered' },
  FAILED: { vi: 'Gửi không được', en: 'Failed' },
};
