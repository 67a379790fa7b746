/** Notifications: preferences, channel settings and the delivery log. */
export const NOTIFICATION_REASONS = {
  'NOT_FOUND.notificationDelivery': {
    vi: 'Lượt gửi thông báo không tồn tại.',
    en: 'Notification delivery not found.',
  },
  'INVALID_PHONE.notificationPhone': {
    vi: 'Số điện thoại di động Việt Nam không hợp lệ (ví dụ 0912 345 678).',
    en: 'Not a Vietnamese mobile number (e.g. 0912 345 678).',
  },
  'INVALID_EMAIL.notificationEmail': {
    vi: 'Địa chỉ email nhận thông báo không hợp lệ.',
    en: 'Not a valid email address for notifications.',
  },
  'OUT_OF_RANGE.hour': { vi: 'Giờ phải từ 0 đến 23.', en: 'The hour must be from 0 to 23.' },
  'NOT_CONFIGURABLE.channel': {
    vi: 'Chỉ cấu hình ở đây kênh Zalo ZNS và SMS; email cấu hình bằng biến môi trường SMTP_URL và MAIL_FROM.',
    en: 'Only Zalo ZNS and SMS are configured here; email is configured with SMTP_URL and MAIL_FROM.',
  },
  'REQUIRED.channelSecret': {
    vi: 'Cần nhập mã truy cập (access token hoặc khóa API) khi bật kênh lần đầu.',
    en: 'An access token or API key is needed the first time the channel is enabled.',
  },
  'INVALID_URL.channelUrl': {
    vi: 'Địa chỉ máy chủ phải bắt đầu bằng https:// (hoặc http:// khi thử nghiệm trên máy).',
    en: 'The server address must start with https:// (or http:// for a local test).',
  },
  'NOT_RESENDABLE.delivery': {
    vi: 'Thông báo trong ứng dụng không cần gửi lại.',
    en: 'An in-app notification is not resent.',
  },
} as const;
