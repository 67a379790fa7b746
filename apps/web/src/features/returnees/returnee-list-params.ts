import { isIsoDate, CaseStatus, ClassificationGroup, EmploymentStatus } from '@hoanhap/shared';
import type { ReturneeFilter, ReturneeSort } from '../../gql/graphql';

export const CASE_STATUSES: readonly CaseStatus[] = [
  CaseStatus.NOTIFIED,
  CaseStatus.AWAITING_REPORT,
  CaseStatus.RECEIVED,
  CaseStatus.ON_PROBATION,
  CaseStatus.UNDER_SUPPORT,
  CaseStatus.ELIGIBLE_FOR_EXPUNGEMENT,
  CaseStatus.CLOSED,
];
export const EMPLOYMENT_STATUSES: readonly EmploymentStatus[] = [
  EmploymentStatus.STABLE,
  EmploymentStatus.UNSTABLE,
  EmploymentStatus.UNEMPLOYED,
  EmploymentStatus.IN_TRAINING,
  EmploymentStatus.UNABLE_TO_WORK,
];
export const CLASSIFICATION_GROUPS: readonly ClassificationGroup[] = [
  ClassificationGroup.A,
  ClassificationGroup.B,
  ClassificationGroup.C,
  ClassificationGroup.D,
];
export const SORTS: readonly ReturneeSort[] = ['NAME', 'RETURNED_ON', 'RETURNED_ON_DESC'];

/** The list's view as held in the URL (`?q=…&status=UNDER_SUPPORT,RECEIVED&sort=…`). */
export interface ListParams {
  q: string;
  status: CaseStatus[];
  employment: EmploymentStatus | null;
  group: ClassificationGroup | null;
  from: string | null;
  to: string | null;
  sort: ReturneeSort;
}

export const DEFAULT_LIST_PARAMS: ListParams = {
  q: '',
  status: [],
  employment: null,
  group: null,
  from: null,
  to: null,
  sort: 'NAME',
};

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the view from the URL; values that are not valid are dropped, and `invalid` says so. */
export function readListParams(search: URLSearchParams): ListParams & { invalid: boolean } {
  let invalid = false;
  const pick = <T extends string>(key: string, allowed: readonly T[]): T | null => {
    const raw = search.get(key);
    const value = oneOf(allowed, raw);
    if (raw !== null && raw !== '' && value === null) invalid = true;
    return value;
  };
  const date = (key: string): string | null => {
    const raw = search.get(key);
    if (raw === null || raw === '') return null;
    if (isIsoDate(raw)) return raw;
    invalid = true;
    return null;
  };
  const statuses = (search.get('status') ?? '').split(',').filter(Boolean);
  const status = statuses.flatMap((s) => oneOf(CASE_STATUSES, s) ?? []);
  if (status.length !== statuses.length) invalid = true;
  return {
    q: (search.get('q') ?? '').trim(),
    status,
    employment: pick('employment', EMPLOYMENT_STATUSES),
    group: pick('group', CLASSIFICATION_GROUPS),
    from: date('from'),
    to: date('to'),
    sort: pick('sort', SORTS) ?? 'NAME',
    invalid,
  };
}

/** The URL query for a view; defaults are left out so links stay short. */
export function writeListParams(params: ListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.q) out.set('q', params.q);
  if (params.status.length) out.set('status', params.status.join(','));
  if (params.employment) out.set('employment', params.employment);
  if (params.group) out.set('group', params.group);
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.sort !== 'NAME') out.set('sort', params.sort);
  return out;
}

/** The API filter for a view: only what is set, so equal views share one cache entry. */
export function toReturneeFilter(params: ListParams): ReturneeFilter {
  const filter: ReturneeFilter = { sort: params.sort };
  if (params.q) filter.search = params.q;
  if (params.status.length) filter.status = params.status;
  if (params.employment) filter.employmentStatus = params.employment;
  if (params.group) filter.classificationGroup = params.group;
  if (params.from) filter.returnedFrom = params.from;
  if (params.to) filter.returnedTo = params.to;
  return filter;
}

export function hasFilters(params: ListParams): boolean {
  return Boolean(params.q || params.status.length || params.employment || params.group || params.from || params.to);
}
