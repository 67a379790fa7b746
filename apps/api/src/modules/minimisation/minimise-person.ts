import {
  type ClosureReason,
  type IsoDate,
  MinimisedCategory,
  minimisationDueOn,
  type RetentionPolicy,
} from '@hoanhap/shared';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';

/*
 * What a minimisation removes from one person's file, one statement per category, each answering
 * how many rows it deleted or blanked. What stays, and why (docs/security.md, Retention):
 * identity, release, reception, transfers, closures, classification history and employment periods
 * make the statistics (statistics_change is recomputed from them); contact rows keep their date and
 * channel and NEW_OFFENCE incidents their kind and date, because the pledge indicators count them
 * (committee/pledges/indicators.ts); an incident a NEW_CONVICTION closure names stays (the closure
 * refers to it) with its note blanked. No statistic reads convictions, so they go whole, with their
 * obligations and supplementary penalties.
 */
// Each statement answers one row, `n`: the rows it deleted or blanked.
const counted = (sql: string) => `WITH changed AS (${sql}) SELECT count(*)::int AS n FROM changed`;

const CATEGORY_SQL: ReadonlyArray<[MinimisedCategory, string]> = [
  [
    MinimisedCategory.OBLIGATIONS,
    counted(
      `DELETE FROM obligation o USING conviction c WHERE o.conviction_id = c.id AND c.returnee_id = $1 RETURNING 1`,
    ),
  ],
  [
    MinimisedCategory.SUPPLEMENTARY_PENALTIES,
    counted(
      `DELETE FROM supplementary_penalty p USING conviction c WHERE p.conviction_id = c.id AND c.returnee_id = $1 RETURNING 1`,
    ),
  ],
  [MinimisedCategory.CONVICTIONS, counted(`DELETE FROM conviction WHERE returnee_id = $1 RETURNING 1`)],
  [
    MinimisedCategory.INCIDENTS,
    `WITH gone AS (
       DELETE FROM incident i WHERE i.returnee_id = $1 AND i.kind <> 'NEW_OFFENCE'
          AND NOT EXISTS (SELECT 1 FROM case_closure x WHERE x.incident_id = i.id)
       RETURNING i.id),
     blanked AS (
       UPDATE incident i SET note = NULL, updated_at = now(), version = version + 1
        WHERE i.returnee_id = $1 AND i.note IS NOT NULL AND i.id NOT IN (SELECT id FROM gone)
       RETURNING i.id)
     SELECT (SELECT count(*) FROM gone) + (SELECT count(*) FROM blanked) AS n`,
  ],
  [
    MinimisedCategory.CONTACT_NOTES,
    counted(`UPDATE contact SET notes = NULL, next_action = NULL, updated_at = now(), version = version + 1
      WHERE returnee_id = $1 AND (notes IS NOT NULL OR next_action IS NOT NULL) RETURNING 1`),
  ],
  [
    MinimisedCategory.DOCUMENT_FILES,
    counted(
      `DELETE FROM document_file f USING document d WHERE f.document_id = d.id AND d.returnee_id = $1 RETURNING 1`,
    ),
  ],
  [
    MinimisedCategory.PERSON_ARCHIVES,
    counted(`UPDATE person_archive_job SET content = NULL WHERE returnee_id = $1 AND content IS NOT NULL RETURNING 1`),
  ],
  [MinimisedCategory.SENSITIVE_REVEALS, counted(`DELETE FROM sensitive_reveal WHERE returnee_id = $1 RETURNING 1`)],
];

/** Every category, in the order they are removed. */
export const MINIMISED_CATEGORIES: readonly MinimisedCategory[] = CATEGORY_SQL.map(([category]) => category);

/** A person's closure in force, their unit's policy and their minimisation record, as one read. */
export interface MinimisationFacts {
  status: string;
  closure: { reason: ClosureReason; closedOn: IsoDate; reopenedOn: null } | null;
  policy: RetentionPolicy;
  minimisedAt: Date | null;
  holdReason: string | null;
  holdPlacedAt: Date | null;
}

interface FactsRow {
  status: string;
  reason: ClosureReason | null;
  closed_on: IsoDate | null;
  expunged_minimise_days: number;
  closed_retention_months: number;
  minimised_at: Date | null;
  hold_reason: string | null;
  hold_placed_at: Date | null;
}

/** The facts for one person (`lock`: held for update until the transaction ends). */
export async function readMinimisationFacts(
  ctx: RequestContext,
  returneeId: string,
  { lock = false } = {},
): Promise<MinimisationFacts | null> {
  const rows: FactsRow[] = await ctx.db.query(
    `SELECT r.status, c.reason, to_char(c.closed_on, 'YYYY-MM-DD') AS closed_on,
            u.expunged_minimise_days, u.closed_retention_months, m.minimised_at, m.hold_reason, m.hold_placed_at
       FROM returnee r
       JOIN administrative_unit u ON u.id = r.unit_id
       LEFT JOIN LATERAL (SELECT x.reason, x.closed_on FROM case_closure x
                           WHERE x.returnee_id = r.id AND x.reopened_on IS NULL
                           ORDER BY x.closed_on DESC LIMIT 1) c ON true
       LEFT JOIN returnee_minimisation m ON m.returnee_id = r.id
      WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
    [returneeId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    status: row.status,
    closure:
      row.status === 'CLOSED' && row.reason && row.closed_on
        ? { reason: row.reason, closedOn: row.closed_on, reopenedOn: null }
        : null,
    policy: { expungedMinimiseDays: row.expunged_minimise_days, closedRetentionMonths: row.closed_retention_months },
    minimisedAt: row.minimised_at,
    holdReason: row.hold_reason,
    holdPlacedAt: row.hold_placed_at,
  };
}

/**
 * Minimises one person if they are due on `today`: closed, past the due day of their unit's
 * policy, not held and not done yet. One transaction: the deletions, the person's record (when and
 * under which policy) and one audit row naming each category and its count, and the policy (never
 * a value from the file). Idempotent: a person done, held, reopened or not yet due is left alone
 * and null is answered. Never touches audit_event but to add its own row.
 */
export async function minimisePerson(
  ctx: RequestContext,
  returneeId: string,
  today: IsoDate,
): Promise<Partial<Record<MinimisedCategory, number>> | null> {
  return withTransaction(ctx, async (ctx) => {
    const facts = await readMinimisationFacts(ctx, returneeId, { lock: true });
    if (!facts?.closure || facts.minimisedAt || facts.holdReason) return null;
    const dueOn = minimisationDueOn(facts.closure, facts.policy);
    if (!dueOn || dueOn > today) return null;

    const counts: Partial<Record<MinimisedCategory, number>> = {};
    for (const [category, sql] of CATEGORY_SQL) {
      const [row]: Array<{ n: number | string }> = await ctx.db.query(sql, [returneeId]);
      counts[category] = Number(row?.n ?? 0);
    }
    const policy = {
      closureReason: facts.closure.reason,
      closedOn: facts.closure.closedOn,
      ...facts.policy,
      dueOn,
    };
    await ctx.db.query(
      `INSERT INTO returnee_minimisation (returnee_id, minimised_at, policy, counts) VALUES ($1, now(), $2, $3)
       ON CONFLICT (returnee_id) DO UPDATE SET minimised_at = now(), policy = $2, counts = $3`,
      [returneeId, JSON.stringify(policy), JSON.stringify(counts)],
    );
    await audit(ctx, {
      action: 'minimisePerson',
      objectType: 'Returnee',
      objectId: returneeId,
      returneeId,
      fields: [
        ...Object.entries(counts).map(([category, n]) => `${category}:${n}`),
        `policy:${facts.closure.reason === 'EXPUNGED' ? `EXPUNGED+${facts.policy.expungedMinimiseDays}d` : `CLOSED+${facts.policy.closedRetentionMonths}m`}`,
      ],
    });
    return counts;
  });
}
