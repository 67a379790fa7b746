import { CaseStatus, HelperRole, Role } from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';
import { CASE_WRITERS, requireRole } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { notBefore, notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import type { Returnee } from '../returnees/returnee.entity.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { moveToSupportIfReceived } from '../lifecycle/lifecycle.service.js';
import type { AssignHelperInput, EndHelperAssignmentInput } from './helper.inputs.js';
import type { HelperAccount } from './helper-account.types.js';
import { HelperAssignment } from './helper-assignment.entity.js';
import { activeUserIn, isUuid, organisationIn, unitsServing } from './helper-scope.js';

export const assignmentNotFound = () => notFound('Phân công giúp đỡ', 'Helper assignment');

function refuseClosedCase(returnee: Returnee) {
  if (returnee.status === CaseStatus.CLOSED) {
    throw badInput(
      'input.returneeId',
      'Hồ sơ đã kết thúc, không thể phân công thêm. / The case is closed.',
      'CASE_CLOSED',
    );
  }
}

/** The helper's account must be a HELPER serving the person's unit, of the organisation named. */
async function checkHelperUser(tx: EntityManager, input: AssignHelperInput, units: string[], returneeId: string) {
  if (!input.helperUserId) return null;
  const user = await activeUserIn(tx, input.helperUserId, units, Role.HELPER);
  if (!user) {
    throw badInput(
      'input.helperUserId',
      'Không có người giúp đỡ này trong địa bàn. / No helper account with this id in the person’s unit.',
      'NOT_A_HELPER',
    );
  }
  if (user.organisationId && user.organisationId !== input.organisationId) {
    throw badInput(
      'input.organisationId',
      'Người giúp đỡ thuộc tổ chức khác. / The helper belongs to another organisation.',
      'ORGANISATION_MISMATCH',
    );
  }
  const already: unknown[] = await tx.query(
    'SELECT 1 FROM helper_assignment WHERE returnee_id = $1 AND helper_user_id = $2 AND ended_on IS NULL',
    [returneeId, user.id],
  );
  if (already.length > 0) {
    throw badInput(
      'input.helperUserId',
      'Người này đang được phân công giúp đỡ người này. / Already assigned to this person.',
      'ALREADY_ASSIGNED',
    );
  }
  return user.id;
}

export class HelperService {
  /**
   * The active HELPER accounts that may be linked when assigning a helper to this person: those of
   * the units serving the person (the same rule `assign` checks). A person out of scope answers
   * NOT_FOUND, exactly like an unknown one.
   */
  async accounts(ctx: RequestContext, returneeId: string): Promise<HelperAccount[]> {
    requireRole(ctx, CASE_WRITERS);
    const db = ctx.dataSource.manager;
    const returnee = await requireVisibleReturnee(db, ctx, returneeId);
    const rows: Array<{ id: string; display_name: string; organisation_id: string | null }> = await db.query(
      `SELECT id, display_name, organisation_id FROM app_user
       WHERE role = 'HELPER' AND disabled_at IS NULL AND unit_id = ANY($1::uuid[])
       ORDER BY display_name, id`,
      [await unitsServing(db, returnee.unitId)],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, organisationId: r.organisation_id }));
  }

  /** Assigns a helper; the person's row is locked so two officers cannot both add a PRIMARY. */
  async assign(ctx: RequestContext, input: AssignHelperInput): Promise<HelperAssignment> {
    requireRole(ctx, CASE_WRITERS);
    notInFuture('input.startedOn', input.startedOn);
    return ctx.dataSource.transaction(async (tx) => {
      const returnee = await requireVisibleReturnee(tx, ctx, input.returneeId, { lock: true });
      refuseClosedCase(returnee);
      const units = await unitsServing(tx, returnee.unitId);
      if (!(await organisationIn(tx, input.organisationId, units))) {
        throw badInput(
          'input.organisationId',
          'Tổ chức không thuộc địa bàn của người này. / The organisation is not in the person’s unit.',
          'NOT_FOUND',
        );
      }
      const helperUserId = await checkHelperUser(tx, input, units, returnee.id);
      if (input.role === HelperRole.PRIMARY) {
        const primary: unknown[] = await tx.query(
          `SELECT 1 FROM helper_assignment WHERE returnee_id = $1 AND role = 'PRIMARY' AND ended_on IS NULL`,
          [returnee.id],
        );
        if (primary.length > 0) {
          throw badInput(
            'input.role',
            'Người này đã có người giúp đỡ chính. Kết thúc phân công cũ trước. / This person already has a primary helper.',
            'PRIMARY_TAKEN',
          );
        }
      }
      const repo = tx.getRepository(HelperAssignment);
      const saved = await repo.save(
        repo.create({
          returneeId: returnee.id,
          helperName: input.helperName.trim(),
          organisationId: input.organisationId,
          helperUserId,
          helperPhone: input.helperPhone?.trim() || null,
          role: input.role,
          startedOn: input.startedOn,
          endedOn: null,
          endReason: null,
        }),
      );
      // A received person gets their first helper: support has begun (DOMAIN §5).
      const moved = await moveToSupportIfReceived(tx, returnee);
      await audit(tx, ctx, {
        action: 'assignHelper',
        objectType: 'HelperAssignment',
        objectId: saved.id,
        returneeId: returnee.id,
        fields: [
          ...Object.keys(input).filter((k) => (input as unknown as Record<string, unknown>)[k] != null),
          ...(moved ? ['status'] : []),
        ],
      });
      return saved;
    });
  }

  /** Ends an active assignment; the helper then no longer sees the person (from the day after). */
  async end(ctx: RequestContext, input: EndHelperAssignmentInput): Promise<HelperAssignment> {
    requireRole(ctx, CASE_WRITERS);
    notInFuture('input.endedOn', input.endedOn);
    return ctx.dataSource.transaction(async (tx) => {
      if (!isUuid(input.helperAssignmentId)) throw assignmentNotFound();
      const repo = tx.getRepository(HelperAssignment);
      const found = await repo.findOneBy({ id: input.helperAssignmentId });
      if (!found) throw assignmentNotFound();
      await requireVisibleReturnee(tx, ctx, found.returneeId, { lock: true }).catch(() => {
        throw assignmentNotFound();
      });
      // Re-read under the person's lock: a concurrent end has been committed by now.
      const assignment = await repo.findOneByOrFail({ id: found.id });
      if (assignment.endedOn !== null) {
        throw appError(
          ErrorCode.INVALID_TRANSITION,
          'Phân công này đã kết thúc. / This assignment has already ended.',
          { from: 'ENDED', to: 'ENDED' },
        );
      }
      notBefore('input.endedOn', input.endedOn, assignment.startedOn);
      assignment.endedOn = input.endedOn;
      assignment.endReason = input.endReason?.trim() || null;
      const saved = await repo.save(assignment);
      await audit(tx, ctx, {
        action: 'endHelperAssignment',
        objectType: 'HelperAssignment',
        objectId: saved.id,
        returneeId: saved.returneeId,
        fields: ['endedOn', ...(input.endReason ? ['endReason'] : [])],
      });
      return saved;
    });
  }
}

export const helperService = new HelperService();
