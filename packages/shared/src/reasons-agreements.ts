/** Data-sharing agreements and the keys that work under them. */
export const AGREEMENT_REASONS = {
  'NOT_FOUND.agreement': {
    vi: 'Thỏa thuận chia sẻ dữ liệu không tồn tại hoặc bạn không có quyền xem.',
    en: 'Data-sharing agreement not found.',
  },
  'CONFLICT.agreement': {
    vi: 'Thỏa thuận vừa được người khác thay đổi. Hãy tải lại.',
    en: 'Someone changed this agreement meanwhile. Reload it.',
  },
  'BEFORE_START.agreementEnd': {
    vi: 'Ngày hết hiệu lực phải sau ngày bắt đầu.',
    en: 'The end date must not be before the start date.',
  },
  'UNKNOWN_FIELD.redacted': {
    vi: 'Trường cần che không có trong danh mục trường nhạy cảm.',
    en: 'This field is not in the catalogue of fields that can be redacted.',
  },
  INVALID_EMAIL: { vi: 'Địa chỉ email không hợp lệ.', en: 'Not a valid email address.' },
  'ALREADY_SUSPENDED.agreement': { vi: 'Thỏa thuận đang tạm dừng.', en: 'The agreement is already suspended.' },
  'NOT_SUSPENDED.agreement': { vi: 'Thỏa thuận không bị tạm dừng.', en: 'The agreement is not suspended.' },
  'OUTSIDE_AGREEMENT.operation': {
    vi: 'Thỏa thuận chia sẻ dữ liệu không cho phép thao tác này.',
    en: 'The data-sharing agreement does not allow this operation.',
  },
  'OUTSIDE_AGREEMENT.unit': {
    vi: 'Đơn vị của khóa nằm ngoài phạm vi của thỏa thuận.',
    en: 'The key’s unit is outside the agreement’s unit scope.',
  },
  'NOT_IN_FORCE.agreement': {
    vi: 'Thỏa thuận chia sẻ dữ liệu đã hết hiệu lực hoặc đang tạm dừng.',
    en: 'The data-sharing agreement has ended or is suspended.',
  },
  'UNAUTHENTICATED.agreementEnded': {
    vi: 'Thỏa thuận chia sẻ dữ liệu của khóa này đã hết hiệu lực.',
    en: 'The data-sharing agreement of this key has ended.',
  },
  'UNAUTHENTICATED.agreementNotStarted': {
    vi: 'Thỏa thuận chia sẻ dữ liệu của khóa này chưa có hiệu lực.',
    en: 'The data-sharing agreement of this key is not in force yet.',
  },
  'UNAUTHENTICATED.agreementSuspended': {
    vi: 'Thỏa thuận chia sẻ dữ liệu của khóa này đang tạm dừng.',
    en: 'The data-sharing agreement of this key is suspended.',
  },
  'INVALID.month': { vi: 'Tháng phải có dạng yyyy-MM.', en: 'The month must read yyyy-MM.' },
};
