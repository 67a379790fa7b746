import { type IsoDate, isIsoDate } from '@hoanhap/shared';

/** The article's statistics count returns from 2020 on, so that is the default start. */
export const DEFAULT_RETURNED_SINCE: IsoDate = '2020-01-01';

export interface DashboardParams {
  returnedSince: IsoDate;
  asOf: IsoDate;
  /** True when the URL held a date that is not a real YYYY-MM-DD date and a default was used. */
  fellBack: boolean;
}

/** Reads the period from the URL; absent dates take the defaults, malformed ones too (flagged). */
export function readDashboardParams(params: URLSearchParams, today: IsoDate): DashboardParams {
  const since = params.get('returnedSince');
  const asOf = params.get('asOf');
  const sinceOk = since !== null && isIsoDate(since);
  const asOfOk = asOf !== null && isIsoDate(asOf);
  return {
    returnedSince: sinceOk ? since : DEFAULT_RETURNED_SINCE,
    asOf: asOfOk ? asOf : today,
    fellBack: (since !== null && !sinceOk) || (asOf !== null && !asOfOk),
  };
}

/** ISO dates compare correctly as strings. */
export function isRangeInverted({ returnedSince, asOf }: Pick<DashboardParams, 'returnedSince' | 'asOf'>): boolean {
  return returnedSince > asOf;
}
