import type { Label } from './labels.js';

/** The steering committee: members, employers and job offers, pledges, models and documents. */
export const COMMITTEE_REASONS = {
  'ALREADY_ENDED.membership': { vi: 'Thành viên này đã thôi đảm nhiệm.', en: 'This membership has already ended.' },
  'ALREADY_REVIEWED.final': {
    vi: 'Giao ước đã tổng kết, không thêm chỉ tiêu.',
    en: 'The pledge has had its final review: no new targets.',
  },
  'ALREADY_REVIEWED.period': {
    vi: 'Giao ước đã có kỳ sơ kết/tổng kết này trong năm.',
    en: 'This review is already recorded for the year.',
  },
  'BEFORE_RETURN.employment': {
    vi: 'Ngày bắt đầu trước ngày người này trở về.',
    en: 'The start is before the person returned.',
  },
  'DUPLICATE.documentNumber': {
    vi: 'Văn bản số này của cơ quan ban hành đã có trong năm.',
    en: 'This number is already recorded for the issuer this year.',
  },
  'DUPLICATE.modelName': { vi: 'Đơn vị đã có mô hình với tên này.', en: 'Your unit already has this model.' },
  'DUPLICATE.organisationName': {
    vi: 'Đơn vị đã có tổ chức tên này.',
    en: 'Your unit already has an organisation of this name.',
  },
  'DUPLICATE.signatory': {
    vi: 'Tổ chức này đã có trong danh sách ký.',
    en: 'This organisation is already a signatory.',
  },
  'DUPLICATE.target': { vi: 'Trùng chỉ tiêu.', en: 'Given twice.' },
  NOT_APPLICABLE: { vi: 'Không áp dụng', en: 'Not applicable' },
  'NOT_APPLICABLE.manualIndicator': { vi: 'Chỉ tiêu nhập tay không có chỉ số', en: 'A manual target has no indicator' },
  'NOT_APPLICABLE.supportType': { vi: 'Chỉ số này không theo loại hỗ trợ', en: 'This indicator takes no support type' },
  'NOT_APPLICABLE.withinDays': { vi: 'Chỉ số này không dùng số ngày', en: 'This indicator takes no days' },
  NOT_SIGNATORY: {
    vi: 'Tổ chức chịu trách nhiệm phải là bên ký giao ước',
    en: 'The responsible organisation must have signed the pledge',
  },
  'OUTSIDE_TERM.end': { vi: 'Ngày kết thúc sau nhiệm kỳ.', en: 'The end is after the term.' },
  'OUTSIDE_TERM.start': {
    vi: 'Ngày bắt đầu phải trong nhiệm kỳ của Ban Chỉ đạo.',
    en: 'The start must fall within the committee’s term.',
  },
  'OUT_OF_RANGE.contractMonths': { vi: 'Thời hạn hợp đồng từ 1 đến 120 tháng.', en: '1 to 120 months.' },
  'OUT_OF_RANGE.negative': { vi: 'Giá trị không âm.', en: 'Must not be negative.' },
  'OUT_OF_RANGE.positions': { vi: 'Số vị trí từ 1 trở lên.', en: 'At least one position.' },
  'OUT_OF_RANGE.staffCount': { vi: 'Số lao động không hợp lệ.', en: 'Invalid staff count.' },
  'OUT_OF_RANGE.target': { vi: 'Giá trị chỉ tiêu không hợp lệ', en: 'The target value is out of range' },
  'OUT_OF_RANGE.weight': { vi: 'Trọng số lớn hơn 0 và không quá 100', en: 'The weight must be above 0, at most 100' },
  'OUT_OF_RANGE.withinDays': { vi: 'Số ngày từ 1 đến 365', en: 'withinDays must be 1 to 365' },
  'OUT_OF_RANGE.year': { vi: 'Năm không hợp lệ.', en: 'Invalid year.' },
  'REQUIRED.fileName': { vi: 'Cần tên tệp.', en: 'A file name is required.' },
  'REQUIRED.indicator': { vi: 'Cần chọn chỉ số', en: 'An indicator is required' },
  'REQUIRED.targetLabel': { vi: 'Cần mô tả chỉ tiêu', en: 'A label is required' },
  'REQUIRED.withinDays': { vi: 'Cần nhập số ngày N', en: 'withinDays is required' },
  'ROLE_TAKEN.oneHead': { vi: 'Chỉ có một Trưởng ban.', en: 'Only one head.' },
  'ROLE_TAKEN.oneStandingDeputy': { vi: 'Chỉ có một Phó Trưởng ban thường trực.', en: 'Only one standing deputy.' },
  'ROLE_TAKEN.replaceHead': {
    vi: 'Ban Chỉ đạo đã có Trưởng ban: hãy chọn người được thay thế.',
    en: 'The committee has a head: name the member replaced.',
  },
  'ROLE_TAKEN.replaceStandingDeputy': {
    vi: 'Ban Chỉ đạo đã có Phó Trưởng ban thường trực: hãy chọn người được thay thế.',
    en: 'The committee has a standing deputy: name the member replaced.',
  },
  'TYPE_MISMATCH.extension': {
    vi: 'Đuôi tên tệp không khớp với nội dung.',
    en: 'The file name’s extension does not match the content.',
  },
  'TYPE_MISMATCH.mimeType': {
    vi: 'Loại tệp khai báo không khớp với nội dung.',
    en: 'The declared type does not match the content.',
  },
  'OVERLAP.employer': ({ from, until }: { from: string; until: string }): Label => ({
    vi: `Trùng với giai đoạn việc làm từ ${from} đến ${until}: hãy kết thúc giai đoạn đó trước.`,
    en: 'Overlaps an employment period: end it first.',
  }),
} as const satisfies Record<string, Label | ((params: never) => Label)>;
