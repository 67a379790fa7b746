import type { Label } from '../labels.js';

/** Departments' webhook endpoints and their deliveries (docs/api.md, "Webhooks"). */

export enum WebhookEndpointStatus {
  ENABLED = 'ENABLED',
  DISABLED = 'DISABLED',
}
export const WEBHOOK_ENDPOINT_STATUS_LABELS: Record<WebhookEndpointStatus, Label> = {
  ENABLED: { vi: 'Đang gửi', en: 'Enabled' },
  DISABLED: { vi: 'Đã tắt', en: 'Disabled' },
};

export enum WebhookDisabledReason {
  /** An administrator turned it off. */
  MANUAL = 'MANUAL',
  /** The receiver answered 410 Gone: it asked not to be called again. */
  GONE = 'GONE',
  /** Too many attempts failed in a row (WEBHOOK_DISABLE_AFTER_FAILURES). */
  FAILURES = 'FAILURES',
}
export const WEBHOOK_DISABLED_REASON_LABELS: Record<WebhookDisabledReason, Label> = {
  MANUAL: { vi: 'Quản trị viên tắt', en: 'Turned off by an administrator' },
  GONE: { vi: 'Bên nhận trả lời 410 (không nhận nữa)', en: 'The receiver answered 410 Gone' },
  FAILURES: { vi: 'Gửi lỗi quá nhiều lần liên tiếp', en: 'Too many failures in a row' },
};

export enum WebhookDeliveryStatus {
  /** Waiting for its first attempt or a retry. */
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  /** Given up: retries spent, the endpoint disabled, or its agreement no longer in force. */
  FAILED = 'FAILED',
}
export const WEBHOOK_DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, Label> = {
  PENDING: { vi: 'Đang chờ gửi', en: 'Pending' },
  SUCCEEDED: { vi: 'Đã gửi', en: 'Delivered' },
  FAILED: { vi: 'Gửi không thành công', en: 'Failed' },
};
