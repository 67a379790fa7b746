import { can, EmploymentPart, Permission, Role, suppressSmallCells, UnitLevel } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import type { EmploymentBreakdown as FrozenBreakdown } from '@hoanhap/shared';
import type { ReportedBreakdown } from './reported-breakdown.js';

/** The table's columns, in the order of the report; the row total is `total`. */
const PARTS = ['stable', 'unstable', 'unemployed', 'other'] as const;
const PART_NAMES: Record<(typeof PARTS)[number] | 'total', EmploymentPart> = {
  total: EmploymentPart.TOTAL,
  stable: EmploymentPart.STABLE,
  unstable: EmploymentPart.UNSTABLE,
  unemployed: EmploymentPart.UNEMPLOYED,
  other: EmploymentPart.OTHER,
};

const WARD_LEVELS: ReadonlySet<UnitLevel> = new Set([UnitLevel.WARD, UnitLevel.COMMUNE]);

/**
 * Whether the caller sees exact counts (docs/security.md, "Small numbers"). Figures leave the
 * ward for a department's viewer, any integration key, and a person placed above the ward who
 * cannot list the people behind the counts (the committee or a helper of a district or city):
 * they see small counts suppressed. A person of the ward itself sees exact counts, and so does an
 * administrator or officer at any level, who may already list and export the people of their
 * whole scope (EXPORT_PEOPLE): hiding a count from them would protect nobody.
 */
export async function seesExactFigures(ctx: RequestContext): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor || actor.serviceAccountId || actor.role === Role.VIEWER) return false;
  if (can(actor.role, Permission.EXPORT_PEOPLE)) return true;
  const unit = await ctx.loaders.unitById.load(actor.unitId);
  return unit !== null && WARD_LEVELS.has(unit.level);
}

/** Every number shown. */
export function exactBreakdown(b: FrozenBreakdown): ReportedBreakdown {
  return { ...b, suppressed: [] };
}

function reported(values: (number | null)[], total: number | null): ReportedBreakdown {
  const [stable = null, unstable = null, unemployed = null, other = null] = values;
  const out = { total, stable, unstable, unemployed, other };
  const suppressed = (Object.keys(PART_NAMES) as (keyof typeof PART_NAMES)[])
    .filter((k) => out[k] === null)
    .map((k) => PART_NAMES[k]);
  return { ...out, suppressed };
}

/** One breakdown on its own (its parts add up to its total), suppressed for a reader above the ward. */
export function suppressedBreakdown(b: FrozenBreakdown): ReportedBreakdown {
  const table = suppressSmallCells([PARTS.map((p) => b[p])]);
  return reported(table.cells[0] ?? [], table.rowTotals[0] ?? null);
}

/**
 * Several wards' breakdowns and their sum, suppressed as one table (wards as rows, the sum as the
 * totals row), so a hidden ward count cannot be worked out from the sum or the other wards.
 */
export function suppressedWards(rows: FrozenBreakdown[]): { rows: ReportedBreakdown[]; sum: ReportedBreakdown } {
  if (rows.length === 0)
    return { rows: [], sum: exactBreakdown({ total: 0, stable: 0, unstable: 0, unemployed: 0, other: 0 }) };
  const table = suppressSmallCells(rows.map((b) => PARTS.map((p) => b[p])));
  return {
    rows: table.cells.map((cells, r) => reported(cells, table.rowTotals[r] ?? null)),
    sum: reported(table.columnTotals, table.grandTotal),
  };
}

/** The exact sum of several breakdowns. */
export function sumBreakdowns(rows: FrozenBreakdown[]): FrozenBreakdown {
  const sum = (k: keyof FrozenBreakdown) => rows.reduce((n, r) => n + r[k], 0);
  return {
    total: sum('total'),
    stable: sum('stable'),
    unstable: sum('unstable'),
    unemployed: sum('unemployed'),
    other: sum('other'),
  };
}
