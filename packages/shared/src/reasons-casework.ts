import { CASE_STATUS_LABELS, type CaseStatus } from './enums.js';
import type { Label } from './labels.js';

/** Case work: returnees, the lifecycle, judgments, helpers, tasks, support and employment. */
export const CASEWORK_REASONS = {
  'BEFORE_RETURN.contact': {
    vi: 'Ngày gặp không thể trước ngày người này trở về.',
    en: 'The contact cannot be before the person returned.',
  },
  'BEFORE_START.asOf': { vi: 'Ngày tính đến phải sau ngày bắt đầu.', en: 'asOf must not be before returnedSince.' },
  'BEFORE_START.classificationPeriod': {
    vi: 'Kỳ phân loại không thể kết thúc trước khi bắt đầu.',
    en: 'The period cannot end before it starts.',
  },
  'BEFORE_START.closure': {
    vi: 'Ngày kết thúc không thể trước ngày trở về hoặc ngày mở lại hồ sơ.',
    en: 'The closure cannot be before the return or the last reopening.',
  },
  'BEFORE_START.expectedRelease': {
    vi: 'Ngày dự kiến ra trại không thể trước ngày nhận thông báo.',
    en: 'The expected release cannot be before the notice.',
  },
  'BEFORE_START.probationEnd': {
    vi: 'Thời gian thử thách phải kết thúc sau ngày ra trại.',
    en: 'Probation must end after the release day.',
  },
  'BEFORE_START.reception': {
    vi: 'Ngày tiếp nhận không thể trước ngày ra trại.',
    en: 'Reception cannot be before the release.',
  },
  'BEFORE_START.reopen': {
    vi: 'Ngày mở lại không thể trước ngày kết thúc.',
    en: 'The case cannot be reopened before it was closed.',
  },
  'BEFORE_START.return': {
    vi: 'Ngày này không thể trước ngày người này trở về địa phương.',
    en: 'This date cannot be before the person returned.',
  },
  'BEFORE_START.returnBeforeBirth': { vi: 'Ngày trở về không thể trước ngày sinh.', en: 'Returned before birth.' },
  'BEFORE_START.toBeforeFromRange': { vi: 'Ngày kết thúc không thể trước ngày bắt đầu.', en: '`to` is before `from`.' },
  'BEFORE_START.transfer': {
    vi: 'Ngày chuyển không thể trước ngày trở về hoặc lần chuyển trước.',
    en: 'The hand-over cannot be before the return or the previous hand-over.',
  },
  'BEFORE_START.verification': {
    vi: 'Ngày xác minh không thể trước ngày nhận thông báo.',
    en: 'Verification cannot be before the notice.',
  },
  'ALREADY_HELD.legalHold': {
    vi: 'Hồ sơ này đang được lưu giữ theo yêu cầu pháp lý.',
    en: 'This file is already under a legal hold.',
  },
  'ALREADY_MINIMISED.legalHold': {
    vi: 'Dữ liệu của người này đã được giảm thiểu.',
    en: 'This person’s data has already been minimised.',
  },
  'NOT_HELD.legalHold': { vi: 'Hồ sơ này không có yêu cầu lưu giữ.', en: 'This file has no legal hold.' },
  'TOO_SHORT.legalHold': {
    vi: 'Cần nêu rõ lý do lưu giữ (ít nhất 10 ký tự).',
    en: 'State the reason for the hold (at least 10 characters).',
  },
  'CASE_CLOSED.assign': { vi: 'Hồ sơ đã kết thúc, không thể phân công thêm.', en: 'The case is closed.' },
  'CONFLICT.employmentPeriod': {
    vi: 'Giai đoạn việc làm đã được người khác cập nhật. Tải lại để xem thay đổi.',
    en: 'Someone else saved this period first.',
  },
  'CONFLICT.returnee': {
    vi: 'Hồ sơ đã được người khác cập nhật. Tải lại để xem thay đổi.',
    en: 'Someone else saved this record first.',
  },
  'CONFLICT.support': {
    vi: 'Hoạt động hỗ trợ đã được người khác cập nhật. Tải lại để xem thay đổi.',
    en: 'Someone else saved this support first.',
  },
  MERGE_ALREADY_MERGED: {
    vi: 'Hồ sơ này đã được gộp vào một hồ sơ khác.',
    en: 'This record has already been merged into another one.',
  },
  MERGE_CITIZEN_IDS_DIFFER: {
    vi: 'Hai hồ sơ có số định danh cá nhân khác nhau nên là hai người khác nhau, không thể gộp.',
    en: 'The two records carry different personal identification numbers: they are two people.',
  },
  MERGE_OPEN_ELSEWHERE: {
    vi: 'Hồ sơ bị gộp đang được quản lý ở đơn vị khác. Chuyển hồ sơ về đơn vị của hồ sơ giữ lại trước, hoặc chọn giữ lại hồ sơ kia.',
    en: 'The record to absorb is an open case in another unit: hand it over to the kept record’s unit first, or keep the other record.',
  },
  MERGE_SAME_RECORD: {
    vi: 'Không thể gộp một hồ sơ với chính nó.',
    en: 'A record cannot be merged with itself.',
  },
  'REUSED.idempotencyKey': {
    vi: 'Mã thay đổi này đã được dùng cho một thao tác khác.',
    en: 'This change key was already used for another operation.',
  },
  'DUPLICATE.citizenId': {
    vi: 'Số định danh cá nhân này đã có trong hồ sơ.',
    en: 'This personal identification number is already on file.',
  },
  'FORBIDDEN.ownCaseload': { vi: 'Bạn chỉ xem được danh sách của mình.', en: 'You can only see your own caseload.' },
  'INVALID_AMOUNT.positive': { vi: 'Số tiền phải lớn hơn 0 đồng.', en: 'The amount must be more than 0 đồng.' },
  'INVALID_TRANSITION.assignmentEnded': { vi: 'Phân công này đã kết thúc.', en: 'This assignment has already ended.' },
  'INVALID_TRANSITION.support': {
    vi: 'Không thể chuyển hoạt động hỗ trợ sang trạng thái này.',
    en: 'This status change is not allowed.',
  },
  'INVALID_TRANSITION.taskDone': { vi: 'Việc này đã hoàn thành.', en: 'This task is already done.' },
  'IN_PAST.dueOn': { vi: 'Hạn không thể ở quá khứ.', en: 'The due date cannot be in the past.' },
  'NOT_ALLOWED.completedOn': {
    vi: 'Hoạt động đang thực hiện chưa có ngày hoàn thành.',
    en: 'A support in progress has no completion date.',
  },
  'NOT_ALLOWED.incident': {
    vi: 'Chỉ ghi sự việc khi kết thúc vì bị kết án mới.',
    en: 'An incident is only linked to a NEW_CONVICTION closure.',
  },
  'NOT_ALLOWED.probation': {
    vi: 'Chỉ tha tù trước thời hạn có điều kiện mới có thời gian thử thách.',
    en: 'Only parole has a probation period.',
  },
  'NOT_APPLICABLE.prisonMonths': {
    vi: 'Chỉ nhập số tháng tù với hình phạt tù có thời hạn.',
    en: 'Months of imprisonment apply to fixed-term imprisonment only.',
  },
  'OUT_OF_RANGE.days': { vi: 'Số ngày phải từ 0 đến 3650.', en: 'Days must be between 0 and 3650.' },
  'OUT_OF_RANGE.notValidYear': { vi: 'Năm không hợp lệ.', en: 'Not a valid year.' },
  'REQUIRED.classificationReasons': {
    vi: 'Nhóm B, C, D cần ít nhất một lý do.',
    en: 'Groups B, C and D need at least one reason.',
  },
  'REQUIRED.completedOn': { vi: 'Cần nhập ngày hoàn thành.', en: 'A completion date is required.' },
  'REQUIRED.fullName': { vi: 'Cần nhập họ tên.', en: 'A name is required.' },
  'REQUIRED.helper': { vi: 'Cần chọn người giúp đỡ.', en: 'Choose a helper.' },
  'REQUIRED.holidayName': { vi: 'Cần nhập tên ngày nghỉ.', en: 'A name is required.' },
  'REQUIRED.newOffenceIncident': {
    vi: 'Cần chọn sự việc phạm tội mới.',
    en: 'NEW_CONVICTION needs the NEW_OFFENCE incident it follows.',
  },
  'REQUIRED.prisonMonths': {
    vi: 'Cần nhập số tháng tù của hình phạt tù có thời hạn.',
    en: 'Months of imprisonment are required for fixed-term imprisonment.',
  },
  'REQUIRED.prisonMonthsEstimate': {
    vi: 'Cần nhập số tháng tù.',
    en: 'prisonMonths is required for fixed-term imprisonment.',
  },
  'REQUIRED.probationEnd': {
    vi: 'Tha tù trước thời hạn có điều kiện cần ngày kết thúc thời gian thử thách.',
    en: 'Parole needs the end of probation.',
  },
  'REQUIRED.proofDate': { vi: 'Cần ngày của giấy tờ chứng minh.', en: 'EXPUNGED needs the date of the proof.' },
  'REQUIRED.proofNumber': {
    vi: 'Cần số phiếu lý lịch tư pháp hoặc quyết định của tòa án.',
    en: 'EXPUNGED needs the number of the judicial record certificate or court decision.',
  },
  'TOO_SHORT.reopenReason': { vi: 'Lý do mở lại cần ít nhất 5 ký tự.', en: 'The reason needs at least 5 characters.' },
  // A refused lifecycle change names both states: the Vietnamese label and the English key.
  INVALID_TRANSITION: ({ from, to }: { from: CaseStatus; to: CaseStatus }): Label => ({
    vi: `Không thể chuyển hồ sơ từ “${CASE_STATUS_LABELS[from].vi}” sang “${CASE_STATUS_LABELS[to].vi}”.`,
    en: `Cannot move the case from ${from} to ${to}.`,
  }),
  PROBATION_NOT_ENDED: ({ endsOn }: { endsOn: string }): Label => ({
    vi: `Thời gian thử thách kết thúc ngày ${endsOn}.`,
    en: `Probation ends on ${endsOn}.`,
  }),
  'ALREADY_ENDED.employmentPeriod': ({ endedOn }: { endedOn: string }): Label => ({
    vi: `Giai đoạn này đã kết thúc ngày ${endedOn}.`,
    en: `This period already ended on ${endedOn}.`,
  }),
  'OVERLAP.endedPeriod': ({ from, to }: { from: string; to: string }): Label => ({
    vi: `Trùng với giai đoạn việc làm từ ${from} đến ${to}.`,
    en: `Overlaps the employment period from ${from} to ${to}.`,
  }),
  'OVERLAP.openPeriod': ({ from }: { from: string }): Label => ({
    vi: `Trùng với giai đoạn việc làm từ ${from} đến nay.`,
    en: `Overlaps the employment period from ${from}, still open.`,
  }),
  'OUT_OF_RANGE.expectedReleaseDays': ({ max }: { max: number }): Label => ({
    vi: `Khoảng thời gian tối đa ${max} ngày.`,
    en: `At most ${max} days.`,
  }),
  'TOO_MANY.otherConvictions': ({ max }: { max: number }): Label => ({
    vi: `Tối đa ${max} bản án khác.`,
    en: `At most ${max} other convictions.`,
  }),
} as const satisfies Record<string, Label | ((params: never) => Label)>;
