import { canClose, CaseStatus, ClosureReason, IncidentKind, todayInVietnam, reasonMessage } from '@hoanhap/shared';
import { IsNull } from 'typeorm';
import { badInput, type Said } from '../../common/errors.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { CaseClosure } from './case-closure.entity.js';
import { Incident } from './incident.entity.js';
import type { Returnee } from '../returnees/returnee.entity.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import type { CloseCaseInput, ReopenCaseInput } from './lifecycle.inputs.js';
import { invalidTransition, isUuid, setStatus } from './lifecycle.service.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';
import { recordEvent } from '../events/events.service.js';

/*
 * Closing a case (EXPUNGED only with proof, and only from support) and reopening it. A reopened
 * closure keeps its row: statistics stop counting it from `reopenedOn`.
 */

const MIN_REOPEN_REASON = 5;

const required = (field: string, said: `REQUIRED.${string}` & Said) => badInput(field, said);

/** The checks that need no stored data: proof for EXPUNGED, the incident for NEW_CONVICTION, dates. */
function checkCloseInput(input: CloseCaseInput): void {
  notInFuture('input.closedOn', input.closedOn);
  notInFuture('input.proofDate', input.proofDate);
  if (input.reason === ClosureReason.EXPUNGED) {
    if (!input.proofNumber?.trim()) {
      throw required('input.proofNumber', 'REQUIRED.proofNumber');
    }
    if (!input.proofDate) {
      throw required('input.proofDate', 'REQUIRED.proofDate');
    }
    if (input.proofDate > input.closedOn) {
      throw badInput('input.proofDate', 'AFTER_CLOSURE');
    }
  }
  if (input.reason === ClosureReason.NEW_CONVICTION && !input.incidentId) {
    throw required('input.incidentId', 'REQUIRED.newOffenceIncident');
  }
  if (input.reason !== ClosureReason.NEW_CONVICTION && input.incidentId) {
    throw badInput('input.incidentId', 'NOT_ALLOWED.incident');
  }
}

/** NEW_CONVICTION must point at a NEW_OFFENCE incident of the same person. */
async function checkIncident(ctx: RequestContext, returneeId: string, incidentId: string | null | undefined) {
  if (!incidentId) return;
  const incident = isUuid(incidentId) ? await ctx.db.getRepository(Incident).findOneBy({ id: incidentId }) : null;
  if (!incident || incident.returneeId !== returneeId || incident.kind !== IncidentKind.NEW_OFFENCE) {
    throw badInput('input.incidentId', 'INVALID_INCIDENT');
  }
}

/** The closure currently in force (the latest not reopened), if any. */
function closureInForce(ctx: RequestContext, returneeId: string): Promise<CaseClosure | null> {
  return ctx.db.getRepository(CaseClosure).findOne({
    where: { returneeId, reopenedOn: IsNull() },
    order: { closedOn: 'DESC', createdAt: 'DESC' },
  });
}

async function lastReopenedOn(ctx: RequestContext, returneeId: string): Promise<string | null> {
  const rows: Array<{ day: string | null }> = await ctx.db.query(
    `SELECT to_char(max(reopened_on), 'YYYY-MM-DD') AS day FROM case_closure WHERE returnee_id = $1`,
    [returneeId],
  );
  return rows[0]?.day ?? null;
}

function checkClosedOn(returnee: Returnee, closedOn: string, reopenedOn: string | null): void {
  const earliest = [returnee.returnedOn, reopenedOn]
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  if (earliest && closedOn < earliest) {
    throw badInput('input.closedOn', 'BEFORE_START.closure');
  }
}

export class ClosureService {
  async closeCase(ctx: RequestContext, input: CloseCaseInput): Promise<CaseClosure> {
    checkCloseInput(input);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      if (!canClose(returnee.status, input.reason)) {
        throw invalidTransition(
          returnee.status,
          CaseStatus.CLOSED,
          input.reason === ClosureReason.EXPUNGED && returnee.status !== CaseStatus.CLOSED
            ? reasonMessage('EXPUNGED_NOT_ALLOWED')
            : undefined,
        );
      }
      checkClosedOn(returnee, input.closedOn, await lastReopenedOn(ctx, returnee.id));
      await checkIncident(ctx, returnee.id, input.incidentId);
      const closure = await saveNew(ctx, CaseClosure, {
        returneeId: returnee.id,
        reason: input.reason,
        closedOn: input.closedOn,
        proofNumber: input.proofNumber?.trim() || null,
        proofDate: input.proofDate ?? null,
        incidentId: input.incidentId ?? null,
        note: input.note?.trim() || null,
        reopenedOn: null,
        reopenReason: null,
      });
      await setStatus(ctx, returnee, CaseStatus.CLOSED);
      // Nothing is left to do for a closed case: its open tasks close with it.
      await ctx.db.query(
        `UPDATE task SET completed_at = now(), completed_by_id = $2, note = COALESCE(note, 'Hồ sơ đã kết thúc / Case closed'),
           updated_at = now(), version = version + 1
         WHERE returnee_id = $1 AND completed_at IS NULL`,
        [returnee.id, ctx.actor?.userId ?? null],
      );
      await recordEvent(ctx, { type: 'case.closed', subjectId: returnee.id, unitId: returnee.unitId });
      await auditChange(
        ctx,
        'closeCase',
        closure,
        [...givenFields(input, ['returneeId']), 'status', 'tasks'],
        returnee.id,
      );
      return closure;
    });
  }

  /** CLOSED → UNDER_SUPPORT; the closure stays on file, marked reopened from that day. */
  async reopenCase(ctx: RequestContext, input: ReopenCaseInput): Promise<Returnee> {
    const reason = input.reason.trim();
    if (reason.length < MIN_REOPEN_REASON) {
      throw badInput('input.reason', 'TOO_SHORT.reopenReason');
    }
    const reopenedOn = input.reopenedOn ?? todayInVietnam();
    notInFuture('input.reopenedOn', reopenedOn);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      if (returnee.status !== CaseStatus.CLOSED) throw invalidTransition(returnee.status, CaseStatus.UNDER_SUPPORT);
      const closure = await closureInForce(ctx, returnee.id);
      if (closure && reopenedOn < closure.closedOn) {
        throw badInput('input.reopenedOn', 'BEFORE_START.reopen');
      }
      if (closure) {
        closure.reopenedOn = reopenedOn;
        closure.reopenReason = reason;
        await ctx.db.getRepository(CaseClosure).save(closure);
      }
      const saved = await setStatus(ctx, returnee, CaseStatus.UNDER_SUPPORT);
      await auditChange(ctx, 'reopenCase', returnee, ['status', 'reopenedOn', 'reopenReason'], returnee.id);
      return saved;
    });
  }
}

export const closureService = new ClosureService();
