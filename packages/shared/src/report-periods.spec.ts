import { describe, expect, it } from 'vitest';
import { ReportPeriodKind } from './enums/reports.js';
import { reportPeriodEnd } from './report-periods.js';

describe('reportPeriodEnd', () => {
  it('ends a month on its last day, leap years included', () => {
    expect(reportPeriodEnd(ReportPeriodKind.MONTH, '2024-02-01')).toEqual({ end: '2024-02-29' });
    expect(reportPeriodEnd(ReportPeriodKind.MONTH, '2024-02-02')).toEqual({ error: 'NOT_PERIOD_START' });
  });

  it('ends a six-month review on 30 June or 31 December and a year on 31 December', () => {
    expect(reportPeriodEnd(ReportPeriodKind.HALF_YEAR, '2024-01-01')).toEqual({ end: '2024-06-30' });
    expect(reportPeriodEnd(ReportPeriodKind.HALF_YEAR, '2024-07-01')).toEqual({ end: '2024-12-31' });
    expect(reportPeriodEnd(ReportPeriodKind.HALF_YEAR, '2024-04-01')).toEqual({ error: 'NOT_PERIOD_START' });
    expect(reportPeriodEnd(ReportPeriodKind.YEAR, '2024-01-01')).toEqual({ end: '2024-12-31' });
  });

  it('takes chosen dates as given, refusing an end before the start', () => {
    expect(reportPeriodEnd(ReportPeriodKind.CUSTOM, '2020-01-01', '2024-04-25')).toEqual({ end: '2024-04-25' });
    expect(reportPeriodEnd(ReportPeriodKind.CUSTOM, '2020-01-01')).toEqual({ error: 'REQUIRED_END' });
    expect(reportPeriodEnd(ReportPeriodKind.CUSTOM, '2020-01-01', '2019-12-31')).toEqual({ error: 'END_BEFORE_START' });
  });
});
