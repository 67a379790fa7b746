/*
 * What the backup and restore commands refuse, in Vietnamese first and English, written as the API's
 * errors are ("<vi> / <en>"). These are words for the person at the terminal, not GraphQL errors, so
 * they live here rather than in the catalogue of reasons the API and the web app share.
 */

interface Label {
  vi: string;
  en: string;
}

export const BACKUP_REFUSALS = {
  targetNotEmpty: {
    vi: 'Cơ sở dữ liệu đích không trống: chỉ khôi phục vào một cơ sở dữ liệu mới và trống (tạo một cơ sở dữ liệu mới, hoặc đặt DATA_DIR là một thư mục mới)',
    en: 'The target database is not empty: restore only into a new, empty database (create a new database, or set DATA_DIR to a new folder)',
  },
  notABackup: {
    vi: 'Tệp này không phải là bản sao lưu của Hòa Nhập, hoặc đã bị hỏng',
    en: 'This file is not a Hòa Nhập backup, or it is damaged',
  },
  newerVersion: {
    vi: 'Bản sao lưu được tạo bởi một phiên bản Hòa Nhập mới hơn: hãy khôi phục bằng phiên bản đó hoặc mới hơn',
    en: 'The backup was made by a newer version of Hòa Nhập: restore it with that version or a later one',
  },
  incomplete: {
    vi: 'Bản sao lưu không đầy đủ (tệp bị cắt ngắn hoặc số dòng không khớp): không có gì được khôi phục',
    en: 'The backup is incomplete (the file is cut short or its row counts do not match): nothing was restored',
  },
  tableUnknown: {
    vi: 'Bản sao lưu có một bảng hoặc cột mà lược đồ này không có',
    en: 'The backup holds a table or column this schema does not have',
  },
} satisfies Record<string, Label>;

export type BackupRefusal = keyof typeof BACKUP_REFUSALS;

/** A refusal the command reports in words and an exit code, with no stack trace. */
export class BackupRefusedError extends Error {
  constructor(
    readonly reason: BackupRefusal,
    detail?: string,
  ) {
    const { vi, en } = BACKUP_REFUSALS[reason];
    super(`${vi} / ${en}${detail ? ` (${detail})` : ''}`);
  }
}
