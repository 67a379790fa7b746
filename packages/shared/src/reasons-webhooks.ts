import type { Label } from './labels.js';

/** Departments' webhook endpoints and their deliveries. */
export const WEBHOOK_REASONS = {
  'NOT_FOUND.webhookEndpoint': { vi: 'Không tìm thấy địa chỉ nhận webhook.', en: 'Webhook endpoint not found.' },
  'NOT_FOUND.webhookAgreement': {
    vi: 'Không tìm thấy thỏa thuận để gắn địa chỉ nhận webhook.',
    en: 'No agreement found to attach the webhook endpoint to.',
  },
  'CONFLICT.webhookEndpoint': {
    vi: 'Địa chỉ nhận vừa được người khác thay đổi. Hãy tải lại.',
    en: 'Someone changed this endpoint meanwhile. Reload it.',
  },
  'NOT_FOUND.webhookDelivery': { vi: 'Không tìm thấy lượt gửi webhook.', en: 'Webhook delivery not found.' },
  'INVALID_URL.webhook': {
    vi: 'Địa chỉ nhận phải là một URL https:// đầy đủ.',
    en: 'The endpoint must be a full https:// URL.',
  },
  'INVALID_URL.webhookPrivate': {
    vi: 'Địa chỉ nhận không được trỏ tới mạng nội bộ, localhost hay địa chỉ liên kết cục bộ.',
    en: 'The endpoint may not point at a private, loopback or link-local address.',
  },
  'REQUIRED.eventTypes': { vi: 'Chọn ít nhất một loại sự kiện.', en: 'Choose at least one event type.' },
  'NOT_ALLOWED.eventType': {
    vi: 'Có loại sự kiện không được hỗ trợ.',
    en: 'One of the event types does not exist.',
  },
  'ENDPOINT_DISABLED.webhook': {
    vi: 'Địa chỉ nhận đang bị tắt: bật lại trước khi gửi.',
    en: 'The endpoint is disabled: enable it before sending.',
  },
} as const satisfies Record<string, Label | ((params: never) => Label)>;
