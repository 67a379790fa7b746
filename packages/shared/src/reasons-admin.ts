import type { Label } from './labels.js';

/** Accounts, service keys, saved views, the audit log, units, exports, paging and sign-in. */
export const ADMIN_REASONS = {
  'BEFORE_START.toBeforeFrom': { vi: 'Ngày kết thúc trước ngày bắt đầu.', en: '`to` is before `from`.' },
  'CONFLICT.importTemplate': {
    vi: 'Mẫu ghép cột vừa được người khác thay đổi. Hãy tải lại.',
    en: 'Someone changed this column template meanwhile. Reload it.',
  },
  'CONFLICT.savedView': {
    vi: 'Góc nhìn vừa được thay đổi ở nơi khác. Tải lại để xem.',
    en: 'This view was changed elsewhere.',
  },
  'DUPLICATE.email': { vi: 'Email này đã được dùng.', en: 'This email is already in use.' },
  'DUPLICATE.importTemplateName': {
    vi: 'Đơn vị đã có mẫu ghép cột tên này.',
    en: 'The unit already has a column template with this name.',
  },
  'DUPLICATE.viewName': { vi: 'Bạn đã có góc nhìn tên này.', en: 'You already have a view with this name.' },
  'FORBIDDEN.keyOperation': {
    vi: 'Khóa này không được phép gọi thao tác này.',
    en: 'This key may not call this operation.',
  },
  'FORBIDDEN.serviceExport': { vi: 'Tài khoản tích hợp không xuất tệp.', en: 'Service accounts do not export files.' },
  'FORBIDDEN.export': {
    vi: 'Vai trò của bạn không được xuất danh sách này ra tệp.',
    en: 'Your role may not export this list.',
  },
  'NOT_ALLOWED.exportFilter': ({ detail }: { detail: string }): Label => ({
    vi: 'Bộ lọc không hợp lệ với danh sách này.',
    en: `The filter does not fit this list: ${detail}`,
  }),
  'ALREADY_ENDED.export': { vi: 'Lượt xuất này đã kết thúc.', en: 'This export has already ended.' },
  'ALREADY_DECIDED.importFlag': { vi: 'Dòng này đã được quyết định.', en: 'This row has already been decided.' },
  'ALREADY_ENDED.import': { vi: 'Lượt nhập này đã kết thúc.', en: 'This import has already ended.' },
  'FORBIDDEN.importRecords': {
    vi: 'Chỉ cán bộ phụ trách hồ sơ được nhập bản án, ra trại, việc làm, phân loại và người giúp đỡ; tài khoản của bạn chỉ nhập được thông tin nhân thân.',
    en: 'Only the officer in charge of cases may import judgments, releases, employment, classifications and helpers; your account imports identity details only.',
  },
  'FORBIDDEN.import': {
    vi: 'Vai trò của bạn không được nhập danh sách từ tệp.',
    en: 'Your role may not import people from files.',
  },
  'NOT_ALLOWED.importFileType': {
    vi: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).',
    en: 'Only .xlsx and .csv files can be imported.',
  },
  'NOT_ALLOWED.importMapping': ({ detail }: { detail: string }): Label => ({
    vi: 'Cách ghép cột không dùng được: cần đúng một cột Họ và tên, mỗi trường nhiều nhất một cột.',
    en: `The column mapping cannot be used: ${detail}`,
  }),
  'OUT_OF_RANGE.headerRow': ({ max }: { max: number }): Label => ({
    vi: `Dòng tiêu đề phải từ 1 đến ${max}.`,
    en: `The header row must be between 1 and ${max}.`,
  }),
  'REQUIRED.headerRow': { vi: 'Cần chọn dòng tiêu đề khi tự ghép cột.', en: 'A chosen mapping needs its header row.' },
  'UNREADABLE.importFile': {
    vi: 'Không đọc được tệp: tệp hỏng, bị cắt dở hoặc không phải Excel (.xlsx).',
    en: 'The file cannot be read: damaged, truncated or not an .xlsx workbook.',
  },
  'REQUIRED.importFile': { vi: 'Chưa chọn tệp, hoặc tệp rỗng.', en: 'No file, or an empty one.' },
  'REQUIRED.unitCode': { vi: 'Chọn đơn vị nhận danh sách.', en: 'Choose the unit the people come into.' },
  'TOO_LARGE.import': ({ maxMegabytes }: { maxMegabytes: number }): Label => ({
    vi: `Tệp quá lớn: tối đa ${maxMegabytes} MB.`,
    en: `The file is too large: at most ${maxMegabytes} MB.`,
  }),
  'FORBIDDEN.servicePassword': {
    vi: 'Tài khoản tích hợp không có mật khẩu.',
    en: 'Service accounts have no password.',
  },
  'FORBIDDEN.serviceReveal': {
    vi: 'Tài khoản tích hợp không được xem dữ liệu nhạy cảm.',
    en: 'Service accounts cannot reveal sensitive fields.',
  },
  'FORBIDDEN.serviceViews': {
    vi: 'Tài khoản tích hợp không lưu góc nhìn.',
    en: 'Service accounts have no saved views.',
  },
  'IN_PAST.expiry': { vi: 'Ngày hết hạn phải sau hôm nay.', en: 'The expiry must be after today.' },
  'NOT_ALLOWED.serviceRole': {
    vi: 'Tài khoản tích hợp chỉ có vai trò VIEWER hoặc AUDITOR.',
    en: 'A service account is a VIEWER or an AUDITOR.',
  },
  'REQUIRED.helperOrganisation': {
    vi: 'Người giúp đỡ phải thuộc một tổ chức.',
    en: 'A helper belongs to an organisation.',
  },
  'REQUIRED.viewName': { vi: 'Cần đặt tên.', en: 'A name is required.' },
  'SELF.disable': { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot disable your own account.' },
  'SELF.endSessions': {
    vi: 'Không thể tự đăng xuất mọi thiết bị ở đây: hãy dùng Đăng xuất.',
    en: 'You cannot end your own sessions here: use Sign out.',
  },
  'TOO_LONG.note': { vi: 'Ghi chú quá dài.', en: 'The note is too long.' },
  'TOO_SHORT.purpose': {
    vi: 'Cần nêu rõ mục đích (ít nhất 10 ký tự).',
    en: 'State the purpose (at least 10 characters).',
  },
  'OUT_OF_RANGE.rows': ({ max }: { max: number }): Label => ({
    vi: `Số dòng phải từ 0 đến ${max}.`,
    en: `first must be between 0 and ${max}.`,
  }),
  'TOO_LONG.viewName': ({ max }: { max: number }): Label => ({
    vi: `Tên tối đa ${max} ký tự.`,
    en: `At most ${max} characters.`,
  }),
  'TOO_LONG.query': ({ max }: { max: number }): Label => ({
    vi: `Tối đa ${max} ký tự.`,
    en: `At most ${max} characters.`,
  }),
  'TOO_MANY.columns': ({ max }: { max: number }): Label => ({
    vi: `Tối đa ${max} cột.`,
    en: `At most ${max} columns.`,
  }),
  TOO_MANY_ATTEMPTS: ({ minutes }: { minutes: number }): Label => ({
    vi: `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${minutes} phút.`,
    en: `Too many failed sign-ins: try again in ${minutes} minutes.`,
  }),
  GRAPHQL_PARSE_FAILED: ({ line, column, detail }: { line: number; column: number; detail: string }): Label => ({
    vi: `Tài liệu GraphQL sai cú pháp ở dòng ${line}, cột ${column}.`,
    en: `The GraphQL document cannot be read at line ${line}, column ${column}: ${detail}`,
  }),
  'GRAPHQL_PARSE_FAILED.tokens': ({ max }: { max: number }): Label => ({
    vi: `Tài liệu GraphQL quá dài: tối đa ${max} token.`,
    en: `The GraphQL document is too long: at most ${max} tokens.`,
  }),
  'GRAPHQL_VALIDATION_FAILED.depth': ({ max, found }: { max: number; found: number }): Label => ({
    vi: `Truy vấn lồng ${found} tầng, tối đa ${max} tầng.`,
    en: `The query nests ${found} levels deep, more than the ${max} allowed.`,
  }),
  'GRAPHQL_VALIDATION_FAILED.aliases': ({ max, found }: { max: number; found: number }): Label => ({
    vi: `Truy vấn dùng ${found} bí danh (alias), tối đa ${max}.`,
    en: `The query uses ${found} aliases, more than the ${max} allowed.`,
  }),
  'GRAPHQL_VALIDATION_FAILED.directives': ({ max, found }: { max: number; found: number }): Label => ({
    vi: `Truy vấn dùng ${found} chỉ thị (directive), tối đa ${max}.`,
    en: `The query uses ${found} directives, more than the ${max} allowed.`,
  }),
  QUERY_TOO_COSTLY: ({ cost, max }: { cost: number; max: number }): Label => ({
    vi: `Truy vấn tốn ${cost} điểm, vượt mức tối đa ${max} điểm: hãy giảm first/last hoặc bớt danh sách lồng nhau.`,
    en: `The query costs ${cost} points, over the limit of ${max}: ask for smaller pages or fewer nested lists.`,
  }),
  'QUERY_TOO_COSTLY.nodes': ({ max }: { max: number }): Label => ({
    vi: `Truy vấn có hơn ${max} trường khi mở hết các fragment: không thể ước tính chi phí.`,
    en: `The query has more than ${max} fields once its fragments are expanded: its cost cannot be estimated.`,
  }),
  'TOO_MANY_REQUESTS.points': ({ cost, seconds }: { cost: number; seconds: number }): Label => ({
    vi: `Khóa đã dùng hết điểm của giờ này (truy vấn cần ${cost} điểm): thử lại sau ${seconds} giây.`,
    en: `This key has used up its points for the hour (the query needs ${cost}): retry in ${seconds} seconds.`,
  }),
} as const satisfies Record<string, Label | ((params: never) => Label)>;
