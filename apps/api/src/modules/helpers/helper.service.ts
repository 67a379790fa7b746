import { appError, ErrorCode, notFound, reworded } from '../../common/errors.js';
import { notBefore, notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange } from '../audit/audit.service.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { assignHelperWithin } from './helper-assign.js';
import type { AssignHelperInput, AssignHelperToManyInput, EndHelperAssignmentInput } from './helper.inputs.js';
import type { HelperAccount } from './helper-account.types.js';
import { HelperAssignment } from './helper-assignment.entity.js';
import { isUuid, unitsServing } from './helper-scope.js';
import { withTransaction } from '../../common/transaction.js';

export const assignmentNotFound = () => notFound('NOT_FOUND.assignment');

export class HelperService {
  /**
   * The active HELPER accounts that may be linked when assigning a helper to this person: those of
   * the units serving the person (the same rule `assign` checks). A person out of scope answers
   * NOT_FOUND, exactly like an unknown one.
   */
  async accounts(ctx: RequestContext, returneeId: string): Promise<HelperAccount[]> {
    const _db = ctx.db;
    const returnee = await requireVisibleReturnee(ctx, returneeId);
    const rows: Array<{ id: string; display_name: string; organisation_id: string | null }> = await ctx.db.query(
      `SELECT id, display_name, organisation_id FROM app_user
       WHERE role = 'HELPER' AND disabled_at IS NULL AND unit_id = ANY($1::uuid[])
       ORDER BY display_name, id`,
      [await unitsServing(ctx, returnee.unitId)],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, organisationId: r.organisation_id }));
  }

  /** Assigns a helper to one person (see assignHelperWithin). */
  async assign(ctx: RequestContext, input: AssignHelperInput): Promise<HelperAssignment> {
    notInFuture('input.startedOn', input.startedOn);
    return withTransaction(ctx, (ctx) => assignHelperWithin(ctx, input));
  }

  /**
   * Assigns one helper to several people in one transaction: all or nothing. Whatever refuses one
   * person (out of scope, closed, organisation not in their unit, a primary already there) fails
   * the whole call, blamed on `input.returneeIds.<index>` with the single assignment's reason.
   */
  async assignMany(ctx: RequestContext, input: AssignHelperToManyInput): Promise<HelperAssignment[]> {
    notInFuture('input.startedOn', input.startedOn);
    const { returneeIds, ...fields } = input;
    return withTransaction(ctx, async (ctx) => {
      // Lock the people in one fixed order first: two bulk calls over overlapping people then wait
      // for each other instead of deadlocking. Scope is still checked per person below.
      const lockable = [...new Set(returneeIds.filter(isUuid))].sort();
      await ctx.db.query('SELECT id FROM returnee WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [lockable]);
      const saved: HelperAssignment[] = [];
      for (const [index, returneeId] of returneeIds.entries()) {
        try {
          saved.push(await assignHelperWithin(ctx, { ...fields, returneeId }, 'assignHelperToMany'));
        } catch (error) {
          throw blamePerson(error, index, returneeId);
        }
      }
      return saved;
    });
  }

  /** Ends an active assignment; the helper then no longer sees the person (from the day after). */
  async end(ctx: RequestContext, input: EndHelperAssignmentInput): Promise<HelperAssignment> {
    notInFuture('input.endedOn', input.endedOn);
    return withTransaction(ctx, async (ctx) => {
      if (!isUuid(input.helperAssignmentId)) throw assignmentNotFound();
      const repo = ctx.db.getRepository(HelperAssignment);
      const found = await repo.findOneBy({ id: input.helperAssignmentId });
      if (!found) throw assignmentNotFound();
      await requireVisibleReturnee(ctx, found.returneeId, { lock: true }).catch(() => {
        throw assignmentNotFound();
      });
      // Re-read under the person's lock: a concurrent end has been committed by now.
      const assignment = await repo.findOneByOrFail({ id: found.id });
      if (assignment.endedOn !== null) {
        throw appError(ErrorCode.INVALID_TRANSITION, 'INVALID_TRANSITION.assignmentEnded', {
          from: 'ENDED',
          to: 'ENDED',
        });
      }
      notBefore('input.endedOn', input.endedOn, assignment.startedOn);
      assignment.endedOn = input.endedOn;
      assignment.endReason = input.endReason?.trim() || null;
      const saved = await repo.save(assignment);
      await auditChange(
        ctx,
        'endHelperAssignment',
        saved,
        ['endedOn', ...(input.endReason ? ['endReason'] : [])],
        saved.returneeId,
      );
      return saved;
    });
  }
}

export const helperService = new HelperService();

/** A refusal for one person of a bulk call, moved onto that person's place in `returneeIds`. */
function blamePerson(error: unknown, index: number, returneeId: string): unknown {
  if (!(error instanceof Error) || !('extensions' in error)) return error;
  const extensions = (error as { extensions: Record<string, unknown> }).extensions;
  const code = extensions.code;
  if (code !== ErrorCode.BAD_USER_INPUT && code !== ErrorCode.NOT_FOUND && code !== ErrorCode.INVALID_TRANSITION) {
    return error;
  }
  return reworded(ErrorCode.BAD_USER_INPUT, error.message, {
    field: `input.returneeIds.${index}`,
    // A person out of scope looks exactly like a missing one.
    reason: code === ErrorCode.NOT_FOUND ? 'NOT_FOUND' : (extensions.reason ?? code),
    returneeId,
    // The single assignment's field, e.g. input.role for PRIMARY_TAKEN.
    cause: typeof extensions.field === 'string' ? extensions.field : undefined,
  });
}
