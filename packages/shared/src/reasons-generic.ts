import type { Label } from './labels.js';

/**
 * The wording of each reason code the API reports, when nothing more specific is said. The key is
 * the code itself (`extensions.reason`, or the error code for errors without a reason), so the web
 * app can show the same words for a code the API sends. Screen-specific wordings of a code live next
 * to their area as `<CODE>.<variant>` (see `reasons.ts`).
 */
export const GENERIC_REASONS = {
  AFTER_CLOSURE: {
    vi: 'Giấy tờ chứng minh phải có trước ngày kết thúc hồ sơ.',
    en: 'The proof must be dated on or before the closure.',
  },
  AFTER_LAUNCH: { vi: 'Mốc thống kê phải trước ngày ra mắt.', en: 'The cohort start must not be after the launch.' },
  ALREADY_ASSIGNED: { vi: 'Người này đang được phân công giúp đỡ người này.', en: 'Already assigned to this person.' },
  ALREADY_DISABLED: { vi: 'Tài khoản đã bị khóa.', en: 'This account is already disabled.' },
  ALREADY_REVOKED: { vi: 'Khóa này đã bị thu hồi.', en: 'This key is already revoked.' },
  ALREADY_SETTLED: {
    vi: 'Nghĩa vụ này đã được ghi nhận là đã thực hiện xong.',
    en: 'This obligation is already settled.',
  },
  ALREADY_VERIFIED: {
    vi: 'Địa chỉ trong thông báo này đã được xác minh.',
    en: 'This notice’s address is already verified.',
  },
  BAD_USER_INPUT: { vi: 'Dữ liệu nhập không hợp lệ.', en: 'Invalid input.' },
  BEFORE_ASSIGNMENT: {
    vi: 'Ngày gặp trước ngày bạn được phân công.',
    en: 'The contact is before your assignment started.',
  },
  BEFORE_BIRTH: { vi: 'Ngày tuyên án trước ngày sinh.', en: 'Judgment before birth.' },
  BEFORE_JUDGMENT: { vi: 'Ngày này không thể trước ngày tuyên án.', en: 'This date cannot be before the judgment.' },
  BEFORE_START: { vi: 'Ngày kết thúc không thể trước ngày bắt đầu.', en: 'The end cannot be before the start.' },
  BELOW_MIN: { vi: 'Mức lương tối đa thấp hơn tối thiểu.', en: 'The maximum is below the minimum.' },
  BODY_TOO_LARGE: { vi: 'Yêu cầu quá lớn.', en: 'Request body too large.' },
  CASE_CLOSED: { vi: 'Hồ sơ đã kết thúc; cần mở lại hồ sơ trước.', en: 'The case is closed; reopen it first.' },
  CLOSED: { vi: 'Vị trí này đã đóng.', en: 'This offer is closed.' },
  EMPTY: { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  EXPUNGED_NOT_ALLOWED: {
    vi: 'Chỉ kết thúc vì đã xóa án tích khi hồ sơ đang giúp đỡ hoặc đủ điều kiện xóa án tích.',
    en: 'EXPUNGED closes only a case under support or eligible for expungement.',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'Not allowed for your role.' },
  HEAD_REQUIRED: {
    vi: 'Ban Chỉ đạo luôn có một Trưởng ban: hãy bổ nhiệm người thay thế.',
    en: 'A committee always has one head: appoint a successor with replacesMemberId.',
  },
  INCONSISTENT_WITH_BIRTH_DATE: {
    vi: 'Tuổi khi phạm tội lớn hơn tuổi vào ngày tuyên án.',
    en: 'Age at the offence is above the age on the judgment day.',
  },
  INTERNAL_SERVER_ERROR: { vi: 'Lỗi hệ thống, vui lòng thử lại.', en: 'Internal server error.' },
  INTROSPECTION_DISABLED: { vi: 'Không được phép truy vấn lược đồ.', en: 'GraphQL introspection is not allowed.' },
  INVALID: { vi: 'Tên cột không hợp lệ.', en: 'Invalid column key.' },
  INVALID_AMOUNT: {
    vi: 'Số tiền phải là số nguyên đồng, không âm.',
    en: 'The amount must be whole đồng, not negative.',
  },
  INVALID_BASE64: { vi: 'Tệp không đọc được.', en: 'The file is not valid base64.' },
  INVALID_CHARACTER: { vi: 'Dữ liệu chứa ký tự không hợp lệ (NUL).', en: 'Input contains an invalid character (NUL).' },
  INVALID_CITIZEN_ID: {
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    en: 'A personal identification number has exactly 12 digits.',
  },
  INVALID_CREDENTIALS: { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  INVALID_CURSOR: { vi: 'Con trỏ trang không hợp lệ.', en: 'Invalid cursor.' },
  INVALID_ID: { vi: 'Mã không hợp lệ.', en: 'Invalid id.' },
  INVALID_INCIDENT: {
    vi: 'Cần một sự việc “phạm tội mới” của chính người này.',
    en: 'Needs a NEW_OFFENCE incident of this person.',
  },
  INVALID_JSON: {
    vi: 'Yêu cầu không đọc được: cần JSON hợp lệ.',
    en: 'Could not read the request: valid JSON is required.',
  },
  IN_FUTURE: { vi: 'Ngày này không thể ở tương lai.', en: 'This date cannot be in the future.' },
  MISSING_ACTUAL: {
    vi: 'Cần nhập kết quả và minh chứng cho mọi chỉ tiêu nhập tay.',
    en: 'Every manual target needs its actual and evidence.',
  },
  NOT_ASSIGNED: {
    vi: 'Người giúp đỡ này không được phân công cho người này.',
    en: 'This helper is not assigned to the person.',
  },
  NOT_A_HELPER: {
    vi: 'Không có người giúp đỡ này trong địa bàn.',
    en: 'No helper account with this id in the person’s unit.',
  },
  NOT_A_WARD: { vi: 'Chỉ chuyển hồ sơ đến phường hoặc xã.', en: 'A case is handed over to a ward or commune only.' },
  NOT_A_WEEKEND: {
    vi: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    en: 'A swapped working day must be a Saturday or Sunday.',
  },
  NOT_HEAD: { vi: 'Người đứng đầu phải là Trưởng ban.', en: 'The head must have role HEAD.' },
  NOT_SERVING: { vi: 'Thành viên này không còn đảm nhiệm vào ngày đó.', en: 'That member is not serving on that day.' },
  NO_TARGETS: { vi: 'Giao ước chưa có chỉ tiêu.', en: 'The pledge has no targets.' },
  ORGANISATION_MISMATCH: { vi: 'Người giúp đỡ thuộc tổ chức khác.', en: 'The helper belongs to another organisation.' },
  OVERLAPS: { vi: 'Kỳ này trùng với một kỳ phân loại đã có.', en: 'This period overlaps an existing classification.' },
  PRIMARY_TAKEN: {
    vi: 'Người này đã có người giúp đỡ chính. Kết thúc phân công cũ trước.',
    en: 'This person already has a primary helper.',
  },
  REQUIRED: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  SAME_AS_CURRENT: {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  SAME_UNIT: { vi: 'Người này đã thuộc đơn vị đó.', en: 'The person already belongs to that unit.' },
  SERVICE_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít phút.',
    en: 'The database is unavailable for the moment; try again in a few minutes.',
  },
  STATEMENT_TIMEOUT: {
    vi: 'Yêu cầu chạy quá lâu nên đã bị dừng, vui lòng thử lại.',
    en: 'The request took too long and was stopped; try again.',
  },
  TOO_FEW: {
    vi: 'Giao ước thi đua cần ít nhất hai tổ chức ký.',
    en: 'An emulation pledge needs at least two organisations.',
  },
  TOO_LARGE: { vi: 'Tệp lớn hơn 5 MB.', en: 'The file is larger than 5 MB.' },
  TOO_MANY_REQUESTS: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.', en: 'Too many requests, retry later.' },
  TOO_LATE: { vi: 'Khóa có hiệu lực tối đa 2 năm.', en: 'A key is valid for at most 2 years.' },
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập.', en: 'Please sign in.' },
  UNIT_NOT_CURRENT: {
    vi: 'Đơn vị nhận không còn (hoặc chưa) tồn tại vào ngày chuyển.',
    en: 'The receiving unit does not exist on that day.',
  },
  UNKNOWN_OPERATION: { vi: 'Không có thao tác này trong lược đồ.', en: 'No such operation in the schema.' },
  UNSUPPORTED_TYPE: {
    vi: 'Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX.',
    en: 'Only PDF, JPEG, PNG or DOCX files are accepted.',
  },
  UNTRUSTED_DOCUMENT: {
    vi: 'Thao tác này không thuộc ứng dụng web.',
    en: 'This operation is not part of the web app.',
  },
  WRONG_PASSWORD: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
} as const satisfies Record<string, Label>;
