import { EmploymentPart } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { summaryFigures } from '../statistics/statistics-summary.js';
import { exactBreakdown, seesExactFigures, suppressedBreakdown } from '../statistics/figure-view.js';
import type { SubmittedFigures } from './report-submission.entity.js';
import { type FigureDifference, type ReportedBreakdown, type ReportFigures, ReportRow } from './report.types.js';

/** The report's figures as the caller may see them: exact in the ward, suppressed above it. */
export async function viewFigures(ctx: RequestContext, figures: SubmittedFigures): Promise<ReportFigures> {
  const view = (await seesExactFigures(ctx)) ? exactBreakdown : suppressedBreakdown;
  return {
    returnedSince: figures.returnedSince,
    asOf: figures.asOf,
    returned: view(figures.returned),
    inCaseload: view(figures.inCaseload),
  };
}

/** The same report (unit, cohort start, day) computed from the data as it is now. */
export async function figuresToday(
  ctx: RequestContext,
  unitId: string,
  figures: Pick<SubmittedFigures, 'returnedSince' | 'asOf'>,
): Promise<SubmittedFigures> {
  const now = await summaryFigures(ctx.db, unitId, figures.returnedSince, figures.asOf);
  return { returnedSince: figures.returnedSince, asOf: figures.asOf, ...now };
}

const PART_KEYS: [EmploymentPart, keyof Omit<ReportedBreakdown, 'suppressed'>][] = [
  [EmploymentPart.TOTAL, 'total'],
  [EmploymentPart.STABLE, 'stable'],
  [EmploymentPart.UNSTABLE, 'unstable'],
  [EmploymentPart.UNEMPLOYED, 'unemployed'],
  [EmploymentPart.OTHER, 'other'],
];

/**
 * The cells that differ between two views of the report. Compared as the caller sees them, so a
 * reader above the ward learns that a hidden cell changed only when what they see changed.
 */
export function differences(submitted: ReportFigures, current: ReportFigures): FigureDifference[] {
  const out: FigureDifference[] = [];
  const rows: [ReportRow, ReportedBreakdown, ReportedBreakdown][] = [
    [ReportRow.RETURNED, submitted.returned, current.returned],
    [ReportRow.IN_CASELOAD, submitted.inCaseload, current.inCaseload],
  ];
  for (const [row, before, now] of rows) {
    for (const [part, key] of PART_KEYS) {
      if (before[key] !== now[key]) out.push({ row, part, submitted: before[key], current: now[key] });
    }
  }
  return out;
}
