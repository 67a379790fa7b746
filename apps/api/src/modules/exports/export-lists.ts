import {
  CASE_STATUS_LABELS,
  type CaseStatus,
  CLASSIFICATION_GROUP_LABELS,
  type ClassificationGroup,
  EMPLOYMENT_STATUS_LABELS,
  type EmploymentStatus,
  ExportList,
  labelOf,
  PLEDGE_KIND_LABELS,
  type PledgeKind,
  ROLE_LABELS,
  type Role,
  TASK_KIND_LABELS,
  type TaskKind,
} from '@hoanhap/shared';
import type { SheetColumn } from '../../common/sheet-writer.js';
import { AuditFilter } from '../audit/audit.types.js';
import { PledgeFilter } from '../committee/pledges/pledge.inputs.js';
import { ReturneeFilter } from '../returnees/returnee-list.types.js';

/*
 * What each list's export reads and writes. The rows come from the list's own GraphQL query, run
 * inside the API as the person who asked (same scope, same filters, same field rules as on
 * screen), page by page; the columns are those of the list on screen, with each record's id first
 * so an edited file can come back as an update.
 */

// biome-ignore lint/suspicious/noExplicitAny: rows are GraphQL answers, read by the columns' paths
type Row = Record<string, any>;

export interface ExportListSpec {
  /**
   * The query's variables for the export's `filter` (the list's own filter input), paging aside;
   * the query's variable definitions then check them as they would a client's. Throws
   * `FilterMismatch` for a filter the list does not take.
   */
  variables(filter: Record<string, unknown>): Record<string, unknown>;
  /**
   * The list's filter input class, for a list whose query takes `$filter`: its validation rules
   * (a selection's size, a year's range…) are checked at start as type-graphql checks the list's
   * own argument, which GraphQL's coercion alone does not.
   */
  filterInput?: new () => object;
  /** The query: its variables, and `$first`/`$after` for a paged list. */
  query: string;
  /** Where the connection (paged) or the array (whole) is in the answer: the first of these present. */
  fields: readonly string[];
  paged: boolean;
  /** The file's name before its date, and the sheet's name. */
  fileStem: string;
  sheet: string;
  columns: readonly SheetColumn<Row>[];
  /** The person a row is about, for the person's access history (people's lists only). */
  personOf?: (row: Row) => string | null;
}

/** A filter the list does not take; its message says why (in English, for the API's detail). */
export class FilterMismatch extends Error {}

const vi = labelOf;
/** The list's filter input is the export's filter, as is. */
const asFilter = (filter: Record<string, unknown>) => ({ filter });
/** A list without a filter: any field given is a mistake, said rather than ignored. */
const noFilter = (filter: Record<string, unknown>) => {
  const given = Object.keys(filter);
  if (given.length) throw new FilterMismatch(`this list takes no filter (got ${given.join(', ')})`);
  return {};
};
const id: SheetColumn<Row> = { header: 'Mã (ID)', value: (r) => r.id, width: 38 };

const RETURNEES: ExportListSpec = {
  variables: asFilter,
  filterInput: ReturneeFilter,
  query: `query ($filter: ReturneeFilter, $first: Int, $after: String) {
    list: returnees(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id fullName dateOfBirth status returnedOn residentialGroup openTaskCount
        unit { code name } currentEmployment { status } currentClassification { group } } }
    } }`,
  fields: ['list'],
  paged: true,
  fileStem: 'nguoi-tai-hoa-nhap',
  sheet: 'Người tái hòa nhập',
  columns: [
    id,
    { header: 'Họ và tên', value: (r) => r.fullName, width: 28 },
    { header: 'Ngày sinh', value: (r) => r.dateOfBirth, kind: 'date', width: 12 },
    { header: 'Tình trạng', value: (r) => vi(CASE_STATUS_LABELS, r.status as CaseStatus), width: 24 },
    { header: 'Ngày trở về địa phương', value: (r) => r.returnedOn, kind: 'date', width: 12 },
    {
      header: 'Việc làm',
      value: (r) =>
        r.currentEmployment ? vi(EMPLOYMENT_STATUS_LABELS, r.currentEmployment.status as EmploymentStatus) : null,
      width: 20,
    },
    {
      header: 'Phân loại',
      value: (r) =>
        r.currentClassification
          ? `${r.currentClassification.group} – ${vi(CLASSIFICATION_GROUP_LABELS, r.currentClassification.group as ClassificationGroup)}`
          : null,
      width: 30,
    },
    { header: 'Tổ dân phố', value: (r) => r.residentialGroup, width: 16 },
    { header: 'Mã đơn vị', value: (r) => r.unit.code, width: 16 },
    { header: 'Đơn vị', value: (r) => r.unit.name, width: 22 },
    { header: 'Việc chưa xong', value: (r) => r.openTaskCount, kind: 'number', width: 10 },
  ],
  personOf: (r) => r.id,
};

const TASK_FIELDS = 'id title kind dueOn note returnee { id fullName } owner { displayName }';
/** The tasks pages' tabs: the export's filter is `{ view, unitCode }`, the tab on screen. */
const TASK_VIEWS = ['MINE', 'OVERDUE', 'UNIT'] as const;
const TASKS: ExportListSpec = {
  variables(filter) {
    const { view = 'UNIT', unitCode = null, ...rest } = filter;
    const unknown = Object.keys(rest);
    if (unknown.length)
      throw new FilterMismatch(`unknown field ${unknown.join(', ')}; a tasks filter has view and unitCode`);
    if (!TASK_VIEWS.includes(view as (typeof TASK_VIEWS)[number])) {
      throw new FilterMismatch(`view must be one of ${TASK_VIEWS.join(', ')}`);
    }
    return { mine: view === 'MINE', overdue: view === 'OVERDUE', unit: view === 'UNIT', unitCode };
  },
  // The tasks pages answer whole lists; the view picks which, the others are skipped.
  query: `query ($mine: Boolean!, $overdue: Boolean!, $unit: Boolean!, $unitCode: String) {
    mine: myTasks(open: true) @include(if: $mine) { ${TASK_FIELDS} }
    overdue: overdueTasks @include(if: $overdue) { ${TASK_FIELDS} }
    unit: unitTasks(open: true, unitCode: $unitCode) @include(if: $unit) { ${TASK_FIELDS} }
  }`,
  fields: ['mine', 'overdue', 'unit'],
  paged: false,
  fileStem: 'cong-viec',
  sheet: 'Công việc',
  columns: [
    id,
    { header: 'Công việc', value: (r) => r.title, width: 40 },
    { header: 'Loại', value: (r) => vi(TASK_KIND_LABELS, r.kind as TaskKind), width: 28 },
    { header: 'Hạn', value: (r) => r.dueOn, kind: 'date', width: 12 },
    { header: 'Người tái hòa nhập', value: (r) => r.returnee?.fullName, width: 26 },
    { header: 'Người phụ trách', value: (r) => r.owner?.displayName ?? 'Chưa giao', width: 24 },
    { header: 'Ghi chú', value: (r) => r.note, width: 40 },
  ],
  personOf: (r) => r.returnee?.id ?? null,
};

const AUDIT_LOG: ExportListSpec = {
  variables: asFilter,
  filterInput: AuditFilter,
  query: `query ($filter: AuditFilter, $first: Int, $after: String) {
    list: auditLog(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id occurredAt action objectType objectId fields returneeId actorRole actor { displayName } } }
    } }`,
  fields: ['list'],
  paged: true,
  fileStem: 'nhat-ky-truy-cap',
  sheet: 'Nhật ký truy cập',
  columns: [
    id,
    { header: 'Thời điểm', value: (r) => new Date(r.occurredAt), kind: 'datetime', width: 18 },
    { header: 'Người thực hiện', value: (r) => r.actor?.displayName ?? 'Hệ thống', width: 24 },
    { header: 'Vai trò', value: (r) => (r.actorRole ? vi(ROLE_LABELS, r.actorRole as Role) : null), width: 24 },
    { header: 'Thao tác', value: (r) => r.action, width: 28 },
    { header: 'Đối tượng dữ liệu', value: (r) => r.objectType, width: 20 },
    { header: 'Mã đối tượng', value: (r) => r.objectId, width: 38 },
    { header: 'Trường', value: (r) => (r.fields as string[]).join(', '), width: 40 },
    { header: 'Mã người tái hòa nhập', value: (r) => r.returneeId, width: 38 },
  ],
};

const EMPLOYERS: ExportListSpec = {
  variables: noFilter,
  query: `query { list: employers { id name contactPerson phone staffCount returneesOnStaff returneeShare
    meetsSocialPolicyBankShare } }`,
  fields: ['list'],
  paged: false,
  fileStem: 'doanh-nghiep-doi-tac',
  sheet: 'Doanh nghiệp đối tác',
  columns: [
    id,
    { header: 'Tên doanh nghiệp', value: (r) => r.name, width: 36 },
    { header: 'Người liên hệ', value: (r) => r.contactPerson, width: 24 },
    { header: 'Điện thoại', value: (r) => r.phone, width: 16 },
    { header: 'Số lao động', value: (r) => r.staffCount, kind: 'number', width: 10 },
    { header: 'Người tái hòa nhập đang làm', value: (r) => r.returneesOnStaff, kind: 'number', width: 10 },
    { header: 'Tỷ lệ', value: (r) => r.returneeShare, kind: 'number', format: '0.0%', width: 10 },
    {
      header: 'Đủ điều kiện vay NHCSXH',
      value: (r) => (r.meetsSocialPolicyBankShare ? 'Có' : 'Không'),
      width: 16,
    },
  ],
};

const USERS: ExportListSpec = {
  variables: noFilter,
  query: `query ($first: Int, $after: String) {
    list: users(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id displayName email role disabledAt unit { code name } } }
    } }`,
  fields: ['list'],
  paged: true,
  fileStem: 'tai-khoan',
  sheet: 'Tài khoản',
  columns: [
    id,
    { header: 'Họ và tên', value: (r) => r.displayName, width: 28 },
    { header: 'Email', value: (r) => r.email, width: 32 },
    { header: 'Vai trò', value: (r) => vi(ROLE_LABELS, r.role as Role), width: 26 },
    { header: 'Mã đơn vị', value: (r) => r.unit.code, width: 16 },
    { header: 'Đơn vị', value: (r) => r.unit.name, width: 26 },
    { header: 'Khóa từ', value: (r) => (r.disabledAt ? new Date(r.disabledAt) : null), kind: 'datetime', width: 18 },
  ],
};

const PLEDGES: ExportListSpec = {
  variables: asFilter,
  filterInput: PledgeFilter,
  query: `query ($filter: PledgeFilter, $first: Int, $after: String) {
    list: pledges(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id title kind signedOn periodFrom periodTo totalScore signatories { id } unit { name } } }
    } }`,
  fields: ['list'],
  paged: true,
  fileStem: 'cam-ket-giao-uoc',
  sheet: 'Giao ước thi đua',
  columns: [
    id,
    { header: 'Tên giao ước', value: (r) => r.title, width: 44 },
    { header: 'Loại', value: (r) => vi(PLEDGE_KIND_LABELS, r.kind as PledgeKind), width: 28 },
    { header: 'Ngày ký', value: (r) => r.signedOn, kind: 'date', width: 12 },
    { header: 'Từ ngày', value: (r) => r.periodFrom, kind: 'date', width: 12 },
    { header: 'Đến ngày', value: (r) => r.periodTo, kind: 'date', width: 12 },
    { header: 'Số bên ký', value: (r) => (r.signatories as unknown[]).length, kind: 'number', width: 10 },
    { header: 'Điểm', value: (r) => r.totalScore, kind: 'number', format: '0.0', width: 12 },
    { header: 'Đơn vị', value: (r) => r.unit.name, width: 24 },
  ],
};

export const EXPORT_LISTS: Readonly<Record<ExportList, ExportListSpec>> = {
  [ExportList.RETURNEES]: RETURNEES,
  [ExportList.TASKS]: TASKS,
  [ExportList.AUDIT_LOG]: AUDIT_LOG,
  [ExportList.EMPLOYERS]: EMPLOYERS,
  [ExportList.USERS]: USERS,
  [ExportList.PLEDGES]: PLEDGES,
};
