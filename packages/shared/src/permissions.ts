import { ExportList, Role } from './enums.js';
import type { Label } from './labels.js';

/**
 * What a role may do, in one place for the API (which enforces it) and the web app (which only
 * shows what will be allowed). Unit scope is separate: a permission says what kind of thing a role
 * may do, the unit scope says where (docs/security.md).
 */
export enum Permission {
  /** Read people's case files (sensitive fields need more: the officer, or a reveal). */
  READ_CASES = 'READ_CASES',
  /** Register people and record casework: the ward police officer in charge. */
  WRITE_CASES = 'WRITE_CASES',
  /** Record contacts and support: the officer, and helpers for the people assigned to them. */
  RECORD_CONTACTS = 'RECORD_CONTACTS',
  /** Read a helper's caseload and its no-contact reminders. */
  READ_CASELOAD = 'READ_CASELOAD',
  /** Ask for a purpose-bound, time-limited view of a person's sensitive fields. */
  REQUEST_REVEAL = 'REQUEST_REVEAL',
  /** Read the model, its documents, committee and pledges. */
  READ_COMMITTEE = 'READ_COMMITTEE',
  /** Record the model's documents, committee, pledges, reviews and employers. */
  WRITE_COMMITTEE = 'WRITE_COMMITTEE',
  /** Read partner employers and their job offers (helpers point people to work). */
  READ_EMPLOYERS = 'READ_EMPLOYERS',
  /** Read tasks. */
  READ_TASKS = 'READ_TASKS',
  /** Own and complete tasks. */
  WORK_TASKS = 'WORK_TASKS',
  /** Read the audit log. */
  READ_AUDIT = 'READ_AUDIT',
  /** Accounts, integration keys, the working calendar and units. */
  ADMINISTER = 'ADMINISTER',
  /** Export person-level lists (people, tasks) to a file: data leaving the product, so a right of its own. */
  EXPORT_PEOPLE = 'EXPORT_PEOPLE',
  /** Export the audit log to a file. */
  EXPORT_AUDIT = 'EXPORT_AUDIT',
  /** Export lists about organisations, not people: partner employers, pledges. */
  EXPORT_ORGANISATIONS = 'EXPORT_ORGANISATIONS',
  /** Export the list of accounts. */
  EXPORT_ACCOUNTS = 'EXPORT_ACCOUNTS',
  /** Bring people in from a spreadsheet (register new ones, update matched ones) in one's units. */
  IMPORT_PEOPLE = 'IMPORT_PEOPLE',
  /**
   * Produce everything the product holds on one person (a printed file and an archive), for a
   * stated purpose: a subject access request, or a file handed to a court or another ward.
   */
  EXPORT_PERSON_FILE = 'EXPORT_PERSON_FILE',
  /** Read amnesty and bulk-release campaigns and their per-ward progress (figures, no case detail). */
  READ_CAMPAIGNS = 'READ_CAMPAIGNS',
  /** Open and edit a campaign and bring in its list of people. */
  WRITE_CAMPAIGNS = 'WRITE_CAMPAIGNS',
  /** Merge two records of the same person into one: moves a whole case file, so a right of its own. */
  MERGE_RECORDS = 'MERGE_RECORDS',
  /** Submit the ward's statistics report for a period: its figures are frozen as they are then. */
  SUBMIT_REPORTS = 'SUBMIT_REPORTS',
  /** Read submitted reports: a ward its own, a unit above the ward its wards' and their sums. */
  READ_SUBMITTED_REPORTS = 'READ_SUBMITTED_REPORTS',
  /** Sign another account out of every device (a lost phone): the officer for the unit's helpers. */
  END_SESSIONS = 'END_SESSIONS',
}

export const PERMISSION_LABELS: Record<Permission, Label> = {
  READ_CASES: { vi: 'Xem hồ sơ người tái hòa nhập', en: 'Read case files' },
  WRITE_CASES: { vi: 'Ghi nhận công tác quản lý, giúp đỡ', en: 'Record casework' },
  RECORD_CONTACTS: { vi: 'Ghi nhận gặp gỡ và hỗ trợ', en: 'Record contacts and support' },
  READ_CASELOAD: { vi: 'Xem danh sách người được giúp đỡ', en: 'Read a helper’s caseload' },
  REQUEST_REVEAL: { vi: 'Xem thông tin nhạy cảm khi nêu mục đích', en: 'See sensitive fields for a stated purpose' },
  READ_COMMITTEE: {
    vi: 'Xem mô hình, Ban Chỉ đạo, văn bản và giao ước',
    en: 'Read the model, committee, documents and pledges',
  },
  WRITE_COMMITTEE: {
    vi: 'Ghi nhận mô hình, Ban Chỉ đạo, văn bản và giao ước',
    en: 'Record the model, committee, documents and pledges',
  },
  READ_EMPLOYERS: { vi: 'Xem doanh nghiệp đối tác', en: 'Read partner employers' },
  READ_TASKS: { vi: 'Xem công việc', en: 'Read tasks' },
  WORK_TASKS: { vi: 'Nhận và hoàn thành công việc', en: 'Own and complete tasks' },
  READ_AUDIT: { vi: 'Xem nhật ký truy cập', en: 'Read the audit log' },
  ADMINISTER: {
    vi: 'Quản trị tài khoản, khóa tích hợp, lịch làm việc và đơn vị',
    en: 'Administer accounts, keys, calendar and units',
  },
  EXPORT_PEOPLE: { vi: 'Xuất danh sách người và công việc ra tệp', en: 'Export lists of people and tasks' },
  EXPORT_AUDIT: { vi: 'Xuất nhật ký truy cập ra tệp', en: 'Export the audit log' },
  EXPORT_ORGANISATIONS: {
    vi: 'Xuất danh sách doanh nghiệp, giao ước ra tệp',
    en: 'Export lists of employers and pledges',
  },
  EXPORT_ACCOUNTS: { vi: 'Xuất danh sách tài khoản ra tệp', en: 'Export the list of accounts' },
  IMPORT_PEOPLE: { vi: 'Nhập danh sách người từ tệp Excel, CSV', en: 'Import people from spreadsheets' },
  EXPORT_PERSON_FILE: {
    vi: 'In và tải hồ sơ đầy đủ của một người khi nêu mục đích',
    en: 'Print and download a person’s whole file for a stated purpose',
  },
  READ_CAMPAIGNS: { vi: 'Xem đợt đặc xá, tiếp nhận và tiến độ', en: 'Read campaigns and their progress' },
  WRITE_CAMPAIGNS: { vi: 'Lập đợt đặc xá, tiếp nhận và nhập danh sách', en: 'Open campaigns and bring in their lists' },
  MERGE_RECORDS: { vi: 'Gộp hai hồ sơ trùng của một người', en: 'Merge two records of the same person' },
  SUBMIT_REPORTS: { vi: 'Nộp báo cáo thống kê của phường, xã', en: 'Submit the ward’s statistics report' },
  READ_SUBMITTED_REPORTS: { vi: 'Xem báo cáo thống kê đã nộp', en: 'Read submitted statistics reports' },
  END_SESSIONS: {
    vi: 'Đăng xuất tài khoản khác khỏi mọi thiết bị',
    en: 'Sign another account out of all devices',
  },
};

const { ADMIN, OFFICER, COMMITTEE, HELPER, VIEWER, AUDITOR } = Role;

/** The roles holding each permission. */
export const PERMISSION_ROLES: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.READ_CASES]: [ADMIN, OFFICER, COMMITTEE, VIEWER, HELPER],
  [Permission.WRITE_CASES]: [OFFICER],
  [Permission.RECORD_CONTACTS]: [OFFICER, HELPER],
  [Permission.READ_CASELOAD]: [OFFICER, COMMITTEE, HELPER],
  [Permission.REQUEST_REVEAL]: [COMMITTEE, VIEWER],
  [Permission.READ_COMMITTEE]: [ADMIN, OFFICER, COMMITTEE, VIEWER],
  [Permission.WRITE_COMMITTEE]: [OFFICER, COMMITTEE],
  [Permission.READ_EMPLOYERS]: [ADMIN, OFFICER, COMMITTEE, VIEWER, HELPER],
  [Permission.READ_TASKS]: [ADMIN, OFFICER, COMMITTEE, HELPER],
  [Permission.WORK_TASKS]: [OFFICER, COMMITTEE, HELPER],
  [Permission.READ_AUDIT]: [AUDITOR, ADMIN],
  [Permission.ADMINISTER]: [ADMIN],
  // Files leave the product's access control: people's lists go to those who keep the cases and
  // run the system, the audit log to its auditors, the committee and departments get lists about
  // organisations only, and helpers nothing.
  [Permission.EXPORT_PEOPLE]: [ADMIN, OFFICER],
  [Permission.EXPORT_AUDIT]: [AUDITOR],
  [Permission.EXPORT_ORGANISATIONS]: [ADMIN, OFFICER, COMMITTEE, VIEWER],
  [Permission.EXPORT_ACCOUNTS]: [ADMIN],
  // The officer keeps the records; an administrator may load a unit's existing sheets for them.
  [Permission.IMPORT_PEOPLE]: [ADMIN, OFFICER],
  // The whole file leaves the product like an export of people: those who keep the cases and run
  // the system (an administrator's copy still hides what their role may not see).
  [Permission.EXPORT_PERSON_FILE]: [ADMIN, OFFICER],
  // A campaign's figures are counts per ward: the committee and departments follow them; helpers
  // see only the people assigned to them, never a wave's list.
  [Permission.READ_CAMPAIGNS]: [ADMIN, OFFICER, COMMITTEE, VIEWER],
  [Permission.WRITE_CAMPAIGNS]: [ADMIN, OFFICER],
  // Duplicates come from imports and from two wards registering one person: those who keep the
  // records and the administrator who may load them.
  [Permission.MERGE_RECORDS]: [ADMIN, OFFICER],
  // The ward police officer prepares the report and the People's Committee signs it: either may
  // submit it for their own ward. Departments (viewers and their keys) read what wards submitted.
  [Permission.SUBMIT_REPORTS]: [OFFICER, COMMITTEE],
  [Permission.READ_SUBMITTED_REPORTS]: [ADMIN, OFFICER, COMMITTEE, VIEWER],
  // A helper's lost phone is reported to the officer who runs the ward's helpers, who ends its
  // sessions at once (the phone wipes its store at the next sync); the administrator may do it for
  // any account. The officer's reach is narrower than the permission: helpers of their units only.
  [Permission.END_SESSIONS]: [ADMIN, OFFICER],
};

/** The permission an export of each list needs. */
export const EXPORT_PERMISSION: Readonly<Record<ExportList, Permission>> = {
  [ExportList.RETURNEES]: Permission.EXPORT_PEOPLE,
  [ExportList.TASKS]: Permission.EXPORT_PEOPLE,
  [ExportList.AUDIT_LOG]: Permission.EXPORT_AUDIT,
  [ExportList.EMPLOYERS]: Permission.EXPORT_ORGANISATIONS,
  [ExportList.PLEDGES]: Permission.EXPORT_ORGANISATIONS,
  [ExportList.USERS]: Permission.EXPORT_ACCOUNTS,
};

/** Whether `role` may export `list`. */
export function canExport(role: Role, list: ExportList): boolean {
  return can(role, EXPORT_PERMISSION[list]);
}

/** The roles an integration key may have: departments read, they never record casework. */
export const SERVICE_ACCOUNT_ROLES: readonly Role[] = [VIEWER, AUDITOR];

/** The roles holding `permission`. */
export function rolesWith(permission: Permission): readonly Role[] {
  return PERMISSION_ROLES[permission];
}

/** Whether `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_ROLES[permission].includes(role);
}

/** Every password the product sets is at least this long (accounts and password changes). */
export const PASSWORD_MIN_LENGTH = 12;
