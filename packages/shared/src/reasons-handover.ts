import type { Label } from './labels.js';

/**
 * Hand-over between deployments (signed case packages, docs/api.md "Case packages"): why a package
 * is refused, and what partners and the sender may not do. Each refusal writes nothing.
 */
export const HANDOVER_REASONS = {
  PACKAGE_MALFORMED: {
    vi: 'Tệp không phải là hồ sơ chuyển giao hợp lệ (sai định dạng hoặc thiếu thông tin).',
    en: 'The file is not a valid case package (wrong format or missing parts).',
  },
  PACKAGE_UNSIGNED: {
    vi: 'Hồ sơ chuyển giao không có chữ ký số của nơi gửi.',
    en: 'The case package is not signed.',
  },
  PACKAGE_TAMPERED: {
    vi: 'Chữ ký số không khớp: hồ sơ đã bị sửa đổi sau khi ký hoặc không do nơi gửi ký.',
    en: 'The signature does not match: the package was changed after signing or not signed by its sender.',
  },
  PACKAGE_UNKNOWN_SENDER: {
    vi: 'Nơi gửi chưa được đăng ký là đơn vị đối tác của hệ thống này.',
    en: 'The sender is not a registered partner deployment.',
  },
  PACKAGE_SENDER_REVOKED: {
    vi: 'Khóa của nơi gửi đã bị thu hồi: không nhận hồ sơ từ khóa này.',
    en: 'The sender’s key has been revoked.',
  },
  PACKAGE_WRONG_ADDRESS: {
    vi: 'Hồ sơ này được gửi cho một hệ thống khác, không phải hệ thống này.',
    en: 'The package is addressed to another deployment.',
  },
  PACKAGE_ALREADY_ACCEPTED: {
    vi: 'Hồ sơ chuyển giao này đã được tiếp nhận trước đây: không nhận lại lần nữa.',
    en: 'This case package has already been accepted.',
  },
  ALREADY_HANDED_OVER: {
    vi: 'Hồ sơ này đã được chuyển sang địa phương ngoài hệ thống.',
    en: 'This case has already been handed over to another deployment.',
  },
  SAME_DEPLOYMENT: {
    vi: 'Không chuyển hồ sơ cho chính hệ thống này: hãy dùng chức năng chuyển địa bàn.',
    en: 'This is this deployment’s own code: use a transfer between units instead.',
  },
  INVALID_PUBLIC_KEY: {
    vi: 'Khóa công khai không hợp lệ (cần khóa Ed25519 dạng PEM hoặc base64).',
    en: 'Not a valid Ed25519 public key (PEM or base64).',
  },
  'DUPLICATE.partnerCode': {
    vi: 'Đã có đơn vị đối tác đang hoạt động với mã này.',
    en: 'An active partner deployment already has this code.',
  },
  'ALREADY_ENDED.partner': { vi: 'Đơn vị đối tác này đã bị thu hồi.', en: 'This partner has already been revoked.' },
  'NOT_FOUND.casePackage': {
    vi: 'Không tìm thấy hồ sơ chuyển giao này: hãy tải tệp lên để xem trước.',
    en: 'Case package not found: upload it for a preview first.',
  },
  'NOT_FOUND.partner': { vi: 'Không tìm thấy đơn vị đối tác.', en: 'Partner deployment not found.' },
} as const satisfies Record<string, Label>;
