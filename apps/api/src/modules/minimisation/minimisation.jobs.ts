import { addDays, OPERATIONAL_RETENTION, RETENTION_LIMITS, todayInVietnam } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { defineJob } from '../../jobs/job.js';
import { minimisePerson } from './minimise-person.js';

/** People read per statement: one batch is a few hundred index entries whatever the caseload. */
const BATCH = 500;

interface Candidate {
  returnee_id: string;
  closed_on: string;
  id: string;
}

/**
 * The closures in force that may be due on `today`, after the cursor, in (closed_on, id) order.
 * Served by the partial index `case_closure_in_force` (closed_on, id) WHERE reopened_on IS NULL:
 * the range stops at the shortest wait any unit may choose, the unit's own policy is checked per
 * row, and the people already done or held are skipped by their record's primary key. At a million
 * people (85% closed) a daily run walks the closed ones' index entries once, in batches.
 */
async function dueCandidates(
  ctx: RequestContext,
  today: string,
  after: { closedOn: string; id: string } | null,
): Promise<Candidate[]> {
  return ctx.db.query(
    `SELECT c.returnee_id, to_char(c.closed_on, 'YYYY-MM-DD') AS closed_on, c.id
       FROM case_closure c
       JOIN returnee r ON r.id = c.returnee_id AND r.status = 'CLOSED'
       JOIN administrative_unit u ON u.id = r.unit_id
      WHERE c.reopened_on IS NULL
        AND c.closed_on <= $1::date
        AND ($2::date IS NULL OR (c.closed_on, c.id) > ($2::date, $3::uuid))
        AND CASE WHEN c.reason = 'EXPUNGED' THEN c.closed_on + u.expunged_minimise_days
                 ELSE (c.closed_on + make_interval(months => u.closed_retention_months))::date END <= $4::date
        AND NOT EXISTS (SELECT 1 FROM returnee_minimisation m WHERE m.returnee_id = c.returnee_id
                         AND (m.minimised_at IS NOT NULL OR m.hold_reason IS NOT NULL))
      ORDER BY c.closed_on, c.id
      LIMIT ${BATCH}`,
    [addDays(today, -RETENTION_LIMITS.expungedMinimiseDays.min), after?.closedOn ?? null, after?.id ?? null, today],
  );
}

/**
 * Minimises everyone due on `today` (default: today in Việt Nam), in batches, one transaction per
 * person (a failure leaves the others done and is retried by the next run). Answers how many
 * people were minimised.
 */
export async function minimiseDue(ctx: RequestContext, today = todayInVietnam()): Promise<number> {
  let done = 0;
  let after: { closedOn: string; id: string } | null = null;
  for (;;) {
    const batch = await dueCandidates(ctx, today, after);
    for (const candidate of batch) {
      if (await minimisePerson(ctx, candidate.returnee_id, today)) done += 1;
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return done;
    after = { closedOn: last.closed_on, id: last.id };
  }
}

/** Daily at 02:30 Việt Nam time, when nobody is working: the due minimisations. */
export const minimiseJob = defineJob({
  name: 'minimise',
  cron: '30 2 * * *',
  timeoutSeconds: 60 * 60,
  run: async (ctx) => {
    const done = await minimiseDue(ctx);
    ctx.log.info({ minimised: done }, 'minimisation run');
  },
});

/** How many rows each retention purge removed. */
export interface PurgeCounts {
  sensitiveReveals: number;
  sessions: number;
  failedLogins: number;
  clientChanges: number;
  notifications: number;
}

/**
 * Deletes the operational rows past their retention (OPERATIONAL_RETENTION, docs/security.md):
 * sensitive reveals a year after they expired, sessions once expired (12-hour lifetime) or idle
 * past a day, failed-login counters whose window has passed, and devices' idempotency keys after 90 days and notifications with their delivery log after 180. Their audit rows stay: the audit
 * log holds no values and is the lasting record of who did what.
 */
export async function purgeExpired(ctx: RequestContext): Promise<PurgeCounts> {
  const count = async (sql: string, params: unknown[]) => {
    const [row]: Array<{ n: number }> = await ctx.db.query(
      `WITH gone AS (${sql}) SELECT count(*)::int AS n FROM gone`,
      params,
    );
    return row?.n ?? 0;
  };
  return {
    sensitiveReveals: await count(
      `DELETE FROM sensitive_reveal WHERE expires_at < now() - make_interval(days => $1) RETURNING 1`,
      [OPERATIONAL_RETENTION.sensitiveRevealDays],
    ),
    sessions: await count(
      `DELETE FROM session WHERE expires_at < now() OR last_seen_at < now() - make_interval(days => $1) RETURNING 1`,
      [OPERATIONAL_RETENTION.sessionDays],
    ),
    // rate-limiter-flexible keeps `expire` in epoch milliseconds; a null expire never ends by itself.
    failedLogins: await count(
      `DELETE FROM login_throttle WHERE expire < (extract(epoch FROM now() - make_interval(days => $1)) * 1000)::bigint RETURNING 1`,
      [OPERATIONAL_RETENTION.failedLoginDays],
    ),
    clientChanges: await count(
      `DELETE FROM client_change WHERE created_at < now() - make_interval(days => $1) RETURNING 1`,
      [OPERATIONAL_RETENTION.clientChangeDays],
    ),
    // Their deliveries (the delivery log) go with them (ON DELETE CASCADE).
    notifications: await count(
      `DELETE FROM notification WHERE created_at < now() - make_interval(days => $1) RETURNING 1`,
      [OPERATIONAL_RETENTION.notificationDays],
    ),
  };
}

/** Hourly: the retention purges. */
export const retentionPurgeJob = defineJob({
  name: 'retention-purge',
  cron: '41 * * * *',
  run: async (ctx) => {
    ctx.log.info(await purgeExpired(ctx), 'retention purge');
  },
});
