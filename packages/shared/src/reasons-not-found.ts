import type { Label } from './labels.js';

/**
 * What cannot be found. The kinds a `NOT_FOUND` error names say the same for a missing record and
 * for one outside the caller's unit scope, so the two cannot be told apart; the others are a
 * `BAD_USER_INPUT` with reason `NOT_FOUND` on the input that names nothing.
 */
export const NOT_FOUND_REASONS = {
  'NOT_FOUND.administrativeUnit': {
    vi: 'Đơn vị hành chính không tồn tại hoặc bạn không có quyền xem.',
    en: 'Administrative unit not found.',
  },
  'NOT_FOUND.assignment': {
    vi: 'Phân công giúp đỡ không tồn tại hoặc bạn không có quyền xem.',
    en: 'Helper assignment not found.',
  },
  'NOT_FOUND.change': {
    vi: 'Bản ghi của thay đổi đã gửi không còn trong hồ sơ.',
    en: 'The record this change made is no longer on file.',
  },
  'NOT_FOUND.committee': {
    vi: 'Ban Chỉ đạo không tồn tại hoặc bạn không có quyền xem.',
    en: 'Steering committee not found.',
  },
  'NOT_FOUND.committeeMember': {
    vi: 'Thành viên Ban Chỉ đạo không tồn tại hoặc bạn không có quyền xem.',
    en: 'Committee member not found.',
  },
  'NOT_FOUND.employer': { vi: 'Doanh nghiệp không tồn tại hoặc bạn không có quyền xem.', en: 'Employer not found.' },
  'NOT_FOUND.employmentPeriod': {
    vi: 'Giai đoạn việc làm không tồn tại hoặc bạn không có quyền xem.',
    en: 'Employment period not found.',
  },
  'NOT_FOUND.helper': { vi: 'Người giúp đỡ không tồn tại hoặc bạn không có quyền xem.', en: 'Helper not found.' },
  'NOT_FOUND.exportJob': { vi: 'Không tìm thấy lượt xuất tệp này.', en: 'Export not found.' },
  'NOT_FOUND.personArchive': { vi: 'Không tìm thấy bản lưu trữ hồ sơ này.', en: 'Archive of the file not found.' },
  'NOT_FOUND.importFlag': { vi: 'Không tìm thấy dòng cần quyết định này.', en: 'No such flagged row.' },
  'NOT_FOUND.importJob': { vi: 'Không tìm thấy lượt nhập tệp này.', en: 'Import not found.' },
  'NOT_FOUND.importTemplate': {
    vi: 'Không tìm thấy mẫu ghép cột này.',
    en: 'No such column template.',
  },
  'NOT_FOUND.holiday': { vi: 'Ngày nghỉ không tồn tại hoặc bạn không có quyền xem.', en: 'Holiday not found.' },
  'NOT_FOUND.jobOffer': { vi: 'Doanh nghiệp không có vị trí này.', en: 'No such offer of this employer.' },
  'NOT_FOUND.judgment': { vi: 'Bản án không tồn tại hoặc bạn không có quyền xem.', en: 'Judgment not found.' },
  'NOT_FOUND.linked': {
    vi: 'Không tìm thấy mục được chọn trong địa bàn của bạn.',
    en: 'The linked record was not found in your scope.',
  },
  'NOT_FOUND.manualTarget': {
    vi: 'Không phải chỉ tiêu nhập tay của giao ước này.',
    en: 'Not a manual target of this pledge.',
  },
  'NOT_FOUND.model': { vi: 'Mô hình không tồn tại hoặc bạn không có quyền xem.', en: 'Reintegration model not found.' },
  'NOT_FOUND.obligation': {
    vi: 'Nghĩa vụ dân sự không tồn tại hoặc bạn không có quyền xem.',
    en: 'Obligation not found.',
  },
  'NOT_FOUND.organisation': { vi: 'Không có tổ chức này.', en: 'No such organisation.' },
  'NOT_FOUND.organisationOutsideUnit': {
    vi: 'Tổ chức không thuộc địa bàn của người này.',
    en: 'The organisation is not in the person’s unit.',
  },
  'NOT_FOUND.owner': { vi: 'Không có người dùng này trong địa bàn.', en: 'No such user in the person’s unit.' },
  'NOT_FOUND.person': { vi: 'Không tìm thấy người này.', en: 'Not found.' },
  'NOT_FOUND.pledge': { vi: 'Giao ước không tồn tại hoặc bạn không có quyền xem.', en: 'Pledge not found.' },
  'NOT_FOUND.releaseNotice': {
    vi: 'Thông báo của trại giam không tồn tại hoặc bạn không có quyền xem.',
    en: 'Release notice not found.',
  },
  'NOT_FOUND.replacedMember': {
    vi: 'Không tìm thấy thành viên này trong Ban Chỉ đạo.',
    en: 'No such member in this committee.',
  },
  'NOT_FOUND.returnee': {
    vi: 'Người tái hòa nhập không tồn tại hoặc bạn không có quyền xem.',
    en: 'Person not found.',
  },
  'NOT_FOUND.savedView': { vi: 'Góc nhìn không tồn tại hoặc bạn không có quyền xem.', en: 'Saved view not found.' },
  'NOT_FOUND.serviceAccount': {
    vi: 'Tài khoản tích hợp không tồn tại hoặc bạn không có quyền xem.',
    en: 'Service account not found.',
  },
  'NOT_FOUND.support': { vi: 'Hoạt động hỗ trợ không tồn tại hoặc bạn không có quyền xem.', en: 'Support not found.' },
  'NOT_FOUND.task': { vi: 'Việc cần làm không tồn tại hoặc bạn không có quyền xem.', en: 'Task not found.' },
  'NOT_FOUND.unit': { vi: 'Đơn vị không tồn tại hoặc bạn không có quyền xem.', en: 'Unit not found.' },
  'NOT_FOUND.user': { vi: 'Người dùng không tồn tại hoặc bạn không có quyền xem.', en: 'User not found.' },
} as const satisfies Record<string, Label>;
