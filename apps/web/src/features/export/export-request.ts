import { canExport, ExportList, type Role } from '@hoanhap/shared';
import type { AuditFilter, PledgeFilter, ReturneeFilter } from '../../gql/graphql';

/** The tasks page's tab as the API's TASKS export takes it, with the unit picked for "unit". */
export type TaskExportFilter = {
  view: 'MINE' | 'OVERDUE' | 'UNIT';
  unitCode?: string;
};

/** Each list's filter: the list query's own filter input (`startExport`'s `filter`). */
interface ExportFilters {
  [ExportList.RETURNEES]: ReturneeFilter;
  [ExportList.AUDIT_LOG]: AuditFilter | null;
  [ExportList.PLEDGES]: PledgeFilter;
  [ExportList.TASKS]: TaskExportFilter;
  [ExportList.EMPLOYERS]: undefined;
  [ExportList.USERS]: undefined;
}

/** What to export: a list, with its filter typed after the list. */
export type ExportRequest = { [L in ExportList]: { list: L; filter?: ExportFilters[L] } }[ExportList];

/** Whether the role may export any list at all (then the "Tệp đã xuất" page is theirs too). */
export function canExportAny(role: Role): boolean {
  return Object.values(ExportList).some((list) => canExport(role, list));
}
