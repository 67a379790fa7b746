/** Amnesty and bulk-release campaigns: the campaign itself and the rows of its intake list. */
export const CAMPAIGN_REASONS = {
  'NOT_FOUND.campaign': {
    vi: 'Đợt đặc xá, tiếp nhận không tồn tại hoặc bạn không có quyền xem.',
    en: 'Campaign not found.',
  },
  'CONFLICT.campaign': {
    vi: 'Đợt này vừa được sửa ở nơi khác. Tải lại để xem bản mới.',
    en: 'This campaign was changed elsewhere.',
  },
  'FORBIDDEN.campaignIntake': {
    vi: 'Vai trò của bạn không được nhập danh sách cho đợt này.',
    en: 'Your role may not bring in a campaign’s list.',
  },
  'NOT_FOUND.receivingWard': {
    vi: 'Phường/xã về không có hoặc không thuộc địa bàn của bạn.',
    en: 'The receiving ward does not exist or is outside your units.',
  },
  'NOT_A_WARD.receivingWard': {
    vi: 'Phường/xã về phải là một phường, xã, thị trấn (không phải quận, huyện, tỉnh).',
    en: 'The receiving unit must be a ward or commune.',
  },
  'REQUIRED.receivingWard': {
    vi: 'Thiếu phường/xã về: ghi mã hoặc tên phường, xã nơi người này về cư trú.',
    en: 'Name the ward the person returns to.',
  },
  'REQUIRED.prison': { vi: 'Thiếu tên trại giam.', en: 'Name the prison.' },
  'REQUIRED.statedAddress': {
    vi: 'Thiếu nơi về cư trú (hoặc nơi ở hiện nay, nơi thường trú).',
    en: 'Give the address the person returns to.',
  },
  'NOT_ALLOWED.campaignWard': {
    vi: 'Người này đang thuộc phường/xã khác với phường/xã về ghi trong danh sách: chuyển hồ sơ trước.',
    en: 'The person is on record in another ward than the one named: transfer the case first.',
  },
} as const;
