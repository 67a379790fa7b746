import { ClassificationGroup } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { badInput } from '../../common/errors.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { audit, auditChange, givenFields } from '../audit/audit.service.js';
import { Classification } from './classification.entity.js';
import { Incident } from './incident.entity.js';
import type { Returnee } from '../returnees/returnee.entity.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import type { ClassifyReturneeInput, RecordIncidentInput } from './lifecycle.inputs.js';
import { assertOpen } from './lifecycle.service.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';

/*
 * Casework records on an open case: incidents (sensitive) and the periodic A–D classification,
 * whose history is kept: a new period closes the open-ended previous one the day before.
 */

function notBeforeReturn(field: string, date: string, returnee: Returnee): void {
  if (returnee.returnedOn && date < returnee.returnedOn) {
    throw badInput(field, 'BEFORE_START.return');
  }
}

/** Other periods this one would overlap, not counting the open-ended one it will close. */
async function overlapsOtherPeriods(ctx: RequestContext, returneeId: string, start: string, end: string | null) {
  const rows: unknown[] = await ctx.db.query(
    `SELECT 1 FROM classification
     WHERE returnee_id = $1
       AND period_start <= COALESCE($3::date, 'infinity'::date)
       AND COALESCE(period_end, 'infinity'::date) >= $2::date
       AND NOT (period_end IS NULL AND period_start < $2::date)
     LIMIT 1`,
    [returneeId, start, end],
  );
  return rows.length > 0;
}

export class CaseworkService {
  async recordIncident(ctx: RequestContext, input: RecordIncidentInput): Promise<Incident> {
    notInFuture('input.occurredOn', input.occurredOn);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      assertOpen(returnee);
      notBeforeReturn('input.occurredOn', input.occurredOn, returnee);
      const incident = await saveNew(ctx, Incident, {
        returneeId: returnee.id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        note: input.note?.trim() || null,
      });
      await auditChange(ctx, 'recordIncident', incident, givenFields(input, ['returneeId']), returnee.id);
      return incident;
    });
  }

  async classify(ctx: RequestContext, input: ClassifyReturneeInput): Promise<Classification> {
    const actor = requireActor(ctx);
    notInFuture('input.periodStart', input.periodStart);
    const periodEnd = input.periodEnd ?? null;
    if (periodEnd && periodEnd < input.periodStart) {
      throw badInput('input.periodEnd', 'BEFORE_START.classificationPeriod');
    }
    const reasons = input.reasons.map((r) => r.trim()).filter(Boolean);
    if (input.group !== ClassificationGroup.A && reasons.length === 0) {
      throw badInput('input.reasons', 'REQUIRED.classificationReasons');
    }
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      assertOpen(returnee);
      notBeforeReturn('input.periodStart', input.periodStart, returnee);
      if (await overlapsOtherPeriods(ctx, returnee.id, input.periodStart, periodEnd)) {
        throw badInput('input.periodStart', 'OVERLAPS');
      }
      // Keep the history: the open-ended previous classification ends the day before this one.
      const closedRows: Array<{ closed: number }> = await ctx.db.query(
        `WITH closed AS (
           UPDATE classification
           SET period_end = $2::date - 1, updated_at = now(), version = version + 1
           WHERE returnee_id = $1 AND period_end IS NULL AND period_start < $2::date
           RETURNING id)
         SELECT count(*)::int AS closed FROM closed`,
        [returnee.id, input.periodStart],
      );
      const classification = await saveNew(ctx, Classification, {
        returneeId: returnee.id,
        group: input.group,
        periodStart: input.periodStart,
        periodEnd,
        reasons,
        assessorId: actor.userId,
      });
      await audit(ctx, {
        action: 'classifyReturnee',
        objectType: 'Classification',
        objectId: classification.id,
        returneeId: returnee.id,
        fields: [
          ...givenFields(input, ['returneeId']),
          'assessorId',
          ...((closedRows[0]?.closed ?? 0) > 0 ? ['previousPeriodEnd'] : []),
        ],
      });
      return classification;
    });
  }
}

export const caseworkService = new CaseworkService();
