import { type AuditAction, CaseStatus, HelperRole, Role } from '@hoanhap/shared';
import { badInput } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { moveToSupportIfReceived } from '../lifecycle/lifecycle.service.js';
import type { Returnee } from '../returnees/returnee.entity.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import type { AssignHelperInput } from './helper.inputs.js';
import { HelperAssignment } from './helper-assignment.entity.js';
import { activeUserIn, organisationIn, unitsServing } from './helper-scope.js';
import { saveNew } from '../../common/records.js';

function refuseClosedCase(returnee: Returnee) {
  if (returnee.status === CaseStatus.CLOSED) {
    throw badInput('input.returneeId', 'CASE_CLOSED.assign');
  }
}

/** The helper's account must be a HELPER serving the person's unit, of the organisation named. */
async function checkHelperUser(ctx: RequestContext, input: AssignHelperInput, units: string[], returneeId: string) {
  if (!input.helperUserId) return null;
  const user = await activeUserIn(ctx, input.helperUserId, units, Role.HELPER);
  if (!user) {
    throw badInput('input.helperUserId', 'NOT_A_HELPER');
  }
  if (user.organisationId && user.organisationId !== input.organisationId) {
    throw badInput('input.organisationId', 'ORGANISATION_MISMATCH');
  }
  const already: unknown[] = await ctx.db.query(
    'SELECT 1 FROM helper_assignment WHERE returnee_id = $1 AND helper_user_id = $2 AND ended_on IS NULL',
    [returneeId, user.id],
  );
  if (already.length > 0) {
    throw badInput('input.helperUserId', 'ALREADY_ASSIGNED');
  }
  return user.id;
}

/**
 * Assigns one helper to one person inside the caller's transaction: the person's row is locked so
 * two officers cannot both add a PRIMARY, and the audit row is written in the same transaction.
 * Shared by the single assignment and the bulk one (which runs it per person, all or nothing).
 * Errors name `input.<field>` as the single assignment's input does.
 */
export async function assignHelperWithin(
  ctx: RequestContext,
  input: AssignHelperInput,
  action: AuditAction = 'assignHelper',
): Promise<HelperAssignment> {
  const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
  refuseClosedCase(returnee);
  const units = await unitsServing(ctx, returnee.unitId);
  if (!(await organisationIn(ctx, input.organisationId, units))) {
    throw badInput('input.organisationId', 'NOT_FOUND.organisationOutsideUnit');
  }
  const helperUserId = await checkHelperUser(ctx, input, units, returnee.id);
  if (input.role === HelperRole.PRIMARY) {
    const primary: unknown[] = await ctx.db.query(
      `SELECT 1 FROM helper_assignment WHERE returnee_id = $1 AND role = 'PRIMARY' AND ended_on IS NULL`,
      [returnee.id],
    );
    if (primary.length > 0) {
      throw badInput('input.role', 'PRIMARY_TAKEN');
    }
  }
  const saved = await saveNew(ctx, HelperAssignment, {
    returneeId: returnee.id,
    helperName: input.helperName.trim(),
    organisationId: input.organisationId,
    helperUserId,
    helperPhone: input.helperPhone?.trim() || null,
    role: input.role,
    startedOn: input.startedOn,
    endedOn: null,
    endReason: null,
  });
  // A received person gets their first helper: support has begun (docs/domain.md, Lifecycle).
  const moved = await moveToSupportIfReceived(ctx, returnee);
  await audit(ctx, {
    action,
    objectType: 'HelperAssignment',
    objectId: saved.id,
    returneeId: returnee.id,
    fields: [
      ...Object.keys(input).filter((k) => (input as unknown as Record<string, unknown>)[k] != null),
      ...(moved ? ['status'] : []),
    ],
  });
  return saved;
}
