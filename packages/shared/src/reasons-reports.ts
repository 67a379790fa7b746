/** Submitted statistics reports (báo cáo đã nộp) and the periods they cover. */
export const REPORT_REASONS = {
  'NOT_FOUND.reportSubmission': {
    vi: 'Báo cáo đã nộp không tồn tại hoặc bạn không có quyền xem.',
    en: 'Submitted report not found.',
  },
  'NOT_A_WARD.reportUnit': {
    vi: 'Chỉ phường, xã, thị trấn nộp báo cáo thống kê; cấp trên xem báo cáo các phường, xã đã nộp.',
    en: 'Only a ward or commune submits a statistics report.',
  },
  'NOT_PERIOD_START.periodStart': {
    vi: 'Ngày bắt đầu kỳ báo cáo không đúng: báo cáo tháng bắt đầu ngày 01, sơ kết 6 tháng ngày 01/01 hoặc 01/07, tổng kết năm ngày 01/01.',
    en: 'The period must start on the first of a month (monthly), 1 January or 1 July (six-month) or 1 January (year).',
  },
  'REQUIRED.periodEnd': {
    vi: 'Báo cáo theo ngày cần ghi ngày kết thúc kỳ báo cáo.',
    en: 'A report for chosen dates needs the period’s last day.',
  },
  'BEFORE_START.periodEnd': {
    vi: 'Ngày kết thúc kỳ báo cáo phải từ ngày bắt đầu trở đi.',
    en: 'The period cannot end before it starts.',
  },
  'NOT_ENDED.periodEnd': {
    vi: 'Kỳ báo cáo chưa kết thúc: chỉ nộp báo cáo khi đã hết kỳ (hoặc báo cáo theo ngày đến hôm nay).',
    en: 'The period has not ended yet.',
  },
  'REQUIRED.signerName': { vi: 'Thiếu họ tên người ký báo cáo.', en: 'Name the person who signs the report.' },
  'REQUIRED.signerTitle': {
    vi: 'Thiếu chức vụ người ký (ví dụ: Chủ tịch UBND phường).',
    en: 'Give the signer’s title.',
  },
  'BEFORE_START.returnedSince': {
    vi: 'Mốc “về địa phương từ ngày” phải trước hoặc bằng ngày kết thúc kỳ báo cáo.',
    en: 'The cohort must start on or before the period’s last day.',
  },
  'FORBIDDEN.smallFigures': {
    vi: 'Có số nhỏ (1–2 người) phải ẩn khi số liệu gửi lên cấp trên: đọc returnedFigures, inCaseloadFigures (số bị ẩn là null).',
    en: 'Some counts are too small to leave the ward: read returnedFigures and inCaseloadFigures, where they are null.',
  },
} as const;
