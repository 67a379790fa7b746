import type { Label } from './labels.js';

/*
 * The reintegration model's paperwork and its emulation pledges (docs/domain.md, The story): document kinds,
 * pledge targets, the catalogue of indicators computed from casework, and the scoring rule used
 * at the 6-month (sơ kết) and year-end (tổng kết) reviews. Pure data and functions only.
 */

export enum DocumentKind {
  RESOLUTION = 'RESOLUTION',
  PLAN = 'PLAN',
  DECISION = 'DECISION',
  OPERATING_RULES = 'OPERATING_RULES',
  REPORT = 'REPORT',
  PLEDGE = 'PLEDGE',
  MINUTES = 'MINUTES',
}
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, Label> = {
  RESOLUTION: { vi: 'Nghị quyết', en: 'Resolution' },
  PLAN: { vi: 'Kế hoạch', en: 'Plan' },
  DECISION: { vi: 'Quyết định', en: 'Decision' },
  OPERATING_RULES: { vi: 'Quy chế hoạt động', en: 'Operating rules' },
  REPORT: { vi: 'Báo cáo', en: 'Report' },
  PLEDGE: { vi: 'Giao ước, cam kết', en: 'Pledge' },
  MINUTES: { vi: 'Biên bản', en: 'Minutes' },
};

export enum ModelStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
export const MODEL_STATUS_LABELS: Record<ModelStatus, Label> = {
  PLANNED: { vi: 'Đang chuẩn bị', en: 'Planned' },
  ACTIVE: { vi: 'Đang triển khai', en: 'Active' },
  ENDED: { vi: 'Đã kết thúc', en: 'Ended' },
};

export enum TargetKind {
  /** Evaluated live from casework data over the pledge's unit and period. */
  COMPUTED = 'COMPUTED',
  /** Entered at a review, with a document as evidence. */
  MANUAL = 'MANUAL',
}
export const TARGET_KIND_LABELS: Record<TargetKind, Label> = {
  COMPUTED: { vi: 'Tính từ dữ liệu hồ sơ', en: 'Computed from casework' },
  MANUAL: { vi: 'Nhập khi sơ kết, tổng kết', en: 'Entered at a review' },
};

export enum TargetDirection {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
}
export const TARGET_DIRECTION_LABELS: Record<TargetDirection, Label> = {
  AT_LEAST: { vi: 'Không thấp hơn', en: 'At least' },
  AT_MOST: { vi: 'Không vượt quá', en: 'At most' },
};

export enum ReviewKind {
  /** Sơ kết 6 tháng. */
  SIX_MONTH = 'SIX_MONTH',
  /** Tổng kết năm. */
  YEAR_END = 'YEAR_END',
}
export const REVIEW_KIND_LABELS: Record<ReviewKind, Label> = {
  SIX_MONTH: { vi: 'Sơ kết 6 tháng', en: '6-month review' },
  YEAR_END: { vi: 'Tổng kết năm', en: 'Year-end review' },
};

export enum JobOfferStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export const JOB_OFFER_STATUS_LABELS: Record<JobOfferStatus, Label> = {
  OPEN: { vi: 'Đang tuyển', en: 'Open' },
  CLOSED: { vi: 'Đã đóng', en: 'Closed' },
};

/** Indicators a COMPUTED target can measure; each is one SQL statement over casework tables. */
export enum PledgeIndicator {
  STABLE_WORK_SHARE = 'STABLE_WORK_SHARE',
  NEW_OFFENCES = 'NEW_OFFENCES',
  RECEIVED_ON_TIME_SHARE = 'RECEIVED_ON_TIME_SHARE',
  HELPER_ASSIGNED_SHARE = 'HELPER_ASSIGNED_SHARE',
  CONTACTS_PER_PERSON_MONTH = 'CONTACTS_PER_PERSON_MONTH',
  SUPPORT_DONE = 'SUPPORT_DONE',
}

export interface IndicatorDefinition {
  code: PledgeIndicator;
  label: Label;
  /** How the value is expressed: PERCENT (0–100), COUNT or RATE. */
  unitOfMeasure: 'PERCENT' | 'COUNT' | 'RATE';
  defaultDirection: TargetDirection;
  /** What the value means, precisely (shown in the schema and the web app). */
  definition: Label;
  /** A number of days the target needs (the N of "within N days"). */
  needsDays?: boolean;
  /** The target may name a support type (otherwise every type counts). */
  takesSupportType?: boolean;
}

/**
 * The catalogue. "Caseload on D": returned on or before D, no case closure in force on D. The
 * evaluation date D is the end of the pledge period, or today / the review date if earlier.
 */
export const PLEDGE_INDICATORS: Record<PledgeIndicator, IndicatorDefinition> = {
  STABLE_WORK_SHARE: {
    code: PledgeIndicator.STABLE_WORK_SHARE,
    label: { vi: 'Tỷ lệ có việc làm ổn định', en: 'Share of the caseload in stable work' },
    unitOfMeasure: 'PERCENT',
    defaultDirection: TargetDirection.AT_LEAST,
    definition: {
      vi: 'Số người trong diện quản lý ngày D có việc làm ổn định ngày D / số người trong diện quản lý ngày D × 100.',
      en: 'People in the caseload on D whose employment period covering D is STABLE, over the caseload on D, × 100.',
    },
  },
  NEW_OFFENCES: {
    code: PledgeIndicator.NEW_OFFENCES,
    label: { vi: 'Số vụ tái phạm tội', en: 'New offences' },
    unitOfMeasure: 'COUNT',
    defaultDirection: TargetDirection.AT_MOST,
    definition: {
      vi: 'Số sự việc "phạm tội mới" xảy ra từ đầu kỳ đến ngày D của người thuộc địa bàn.',
      en: 'Incidents of kind NEW_OFFENCE dated from the period start to D, for people of the unit.',
    },
  },
  RECEIVED_ON_TIME_SHARE: {
    code: PledgeIndicator.RECEIVED_ON_TIME_SHARE,
    label: { vi: 'Tỷ lệ tiếp nhận đúng hạn', en: 'Share received within the deadline' },
    unitOfMeasure: 'PERCENT',
    defaultDirection: TargetDirection.AT_LEAST,
    definition: {
      vi: 'Trong số người có hạn trình diện (ngày ra trại + số ngày quy định của đơn vị) rơi vào kỳ, tỷ lệ được tiếp nhận không muộn hơn hạn đó × 100.',
      en: 'Of the people whose report-in deadline (release date + the unit’s report-in days) falls in the period, the share received on or before it, × 100.',
    },
  },
  HELPER_ASSIGNED_SHARE: {
    code: PledgeIndicator.HELPER_ASSIGNED_SHARE,
    label: { vi: 'Tỷ lệ được phân công người giúp đỡ trong N ngày', en: 'Share with a helper within N days' },
    unitOfMeasure: 'PERCENT',
    defaultDirection: TargetDirection.AT_LEAST,
    needsDays: true,
    definition: {
      vi: 'Trong số người được tiếp nhận từ đầu kỳ đến ngày D − N (đã hết N ngày), tỷ lệ có người giúp đỡ bắt đầu không quá N ngày sau ngày tiếp nhận × 100.',
      en: 'Of the people received from the period start to D − N (their N days are over by D), the share with a helper assignment starting at most N days after reception, × 100.',
    },
  },
  CONTACTS_PER_PERSON_MONTH: {
    code: PledgeIndicator.CONTACTS_PER_PERSON_MONTH,
    label: { vi: 'Số lần gặp gỡ bình quân mỗi người mỗi tháng', en: 'Contacts per person per month' },
    unitOfMeasure: 'RATE',
    defaultDirection: TargetDirection.AT_LEAST,
    definition: {
      vi: 'Số lần gặp gỡ từ đầu kỳ đến ngày D với người trong diện quản lý ngày D / (số người đó × số tháng, 1 tháng = 30 ngày).',
      en: 'Contacts from the period start to D with the people in the caseload on D, over (their number × months, a month being 30 days).',
    },
  },
  SUPPORT_DONE: {
    code: PledgeIndicator.SUPPORT_DONE,
    label: { vi: 'Số lượt hỗ trợ đã thực hiện', en: 'Support actions delivered' },
    unitOfMeasure: 'COUNT',
    defaultDirection: TargetDirection.AT_LEAST,
    takesSupportType: true,
    definition: {
      vi: 'Số hoạt động hỗ trợ ở trạng thái "đã thực hiện" hoàn thành từ đầu kỳ đến ngày D (theo loại, nếu chỉ tiêu ghi loại).',
      en: 'Support actions with status DONE completed from the period start to D (of the target’s type, when it names one).',
    },
  },
};

/** The indicators' labels, as for every enum (the catalogue above holds the full definitions). */
export const PLEDGE_INDICATOR_LABELS: Record<PledgeIndicator, Label> = Object.fromEntries(
  Object.values(PLEDGE_INDICATORS).map((d) => [d.code, d.label]),
) as Record<PledgeIndicator, Label>;

/** Days in a "month" for rates per month: a fixed 30 so a rate is easy to check by hand. */
export const DAYS_PER_MONTH = 30;

/**
 * How far an actual value goes towards its target, from 0 to 1 (null when there is nothing to
 * measure yet). AT_LEAST: actual / target, capped at 1 (a target of 0 or less is met by anything).
 * AT_MOST: 1 when actual <= target, else target / actual; for a target of 0, 1 when actual is 0,
 * else 0.
 */
export function targetProgress(direction: TargetDirection, target: number, actual: number | null): number | null {
  if (actual === null || !Number.isFinite(actual)) return null;
  if (direction === TargetDirection.AT_LEAST) {
    if (target <= 0) return 1;
    return Math.max(0, Math.min(1, actual / target));
  }
  if (actual <= target) return 1;
  if (target <= 0) return 0;
  return target / actual;
}

/** A target's score: weight × progress (0 when it cannot be measured). */
export function targetScore(weight: number, progress: number | null): number {
  return progress === null ? 0 : weight * progress;
}

export interface ScoredTarget {
  weight: number;
  progress: number | null;
}

/**
 * The weighted total, out of 100: sum of scores / sum of weights × 100. Targets that cannot be
 * measured yet (progress null) are left out of both sums; null when nothing can be measured.
 */
export function totalScore(targets: readonly ScoredTarget[]): number | null {
  const measured = targets.filter((t) => t.progress !== null && t.weight > 0);
  const weights = measured.reduce((n, t) => n + t.weight, 0);
  if (weights === 0) return null;
  const scores = measured.reduce((n, t) => n + targetScore(t.weight, t.progress), 0);
  return roundScore((scores / weights) * 100, 2);
}

export interface RankedEntry<T> {
  rank: number;
  score: number | null;
  item: T;
}

/**
 * Standard competition ranking (1, 2, 2, 4) by score, highest first; entries without a score come
 * last, unranked (rank 0). Ties keep the input order.
 */
export function rankByScore<T>(entries: ReadonlyArray<{ score: number | null; item: T }>): RankedEntry<T>[] {
  const scored = entries
    .map((e, i) => ({ ...e, i }))
    .filter((e) => e.score !== null)
    .sort((a, b) => (b.score as number) - (a.score as number) || a.i - b.i);
  const ranked: RankedEntry<T>[] = [];
  scored.forEach((e, k) => {
    const prev = ranked[k - 1];
    const rank = prev && prev.score === e.score ? prev.rank : k + 1;
    ranked.push({ rank, score: e.score, item: e.item });
  });
  for (const e of entries) if (e.score === null) ranked.push({ rank: 0, score: null, item: e.item });
  return ranked;
}

/** Rounds to `digits` decimals (scores and shares are shown with two). */
export function roundScore(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
