import {
  canTransition,
  CaseStatus,
  ReleaseType,
  todayInVietnam,
  reasonMessage,
  reasonCode,
  type ReasonMessage,
} from '@hoanhap/shared';
import type { GraphQLError } from 'graphql';
import { appError, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { auditChange } from '../audit/audit.service.js';
import { Release } from './release.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import type { StartSupportInput } from './lifecycle.inputs.js';
import { UUID } from '../../common/uuid.js';
import { withTransaction } from '../../common/transaction.js';

/*
 * The case lifecycle (docs/domain.md, Lifecycle): the transition rules live in @hoanhap/shared (CASE_TRANSITIONS);
 * this file turns a refused transition into the INVALID_TRANSITION error and holds the small
 * moves other modules reuse.
 */

/** Ids are checked before they reach SQL: a malformed one is simply not found. */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * INVALID_TRANSITION naming both states (Vietnamese label and English key), with `from` and `to`
 * in the extensions so clients can react without parsing the message.
 */
export function invalidTransition(from: CaseStatus, to: CaseStatus, why?: ReasonMessage): GraphQLError {
  const detail = why ? { vi: ` ${why.vi}`, en: ` ${why.en}` } : { vi: '', en: '' };
  const base = reasonMessage('INVALID_TRANSITION', { from, to });
  return appError(
    ErrorCode.INVALID_TRANSITION,
    { key: base.key, vi: `${base.vi}${detail.vi}`, en: `${base.en}${detail.en}` },
    { from, to, ...(why ? { reason: reasonCode(why.key) } : {}) },
  );
}

/** Throws INVALID_TRANSITION unless the lifecycle allows `from` → `to`. */
export function assertTransition(from: CaseStatus, to: CaseStatus): void {
  if (!canTransition(from, to)) throw invalidTransition(from, to);
}

/** Work on a closed case (incidents, classification, transfer) is refused: reopen it first. */
export function assertOpen(returnee: Returnee): void {
  if (returnee.status === CaseStatus.CLOSED) {
    throw appError(ErrorCode.CONFLICT, 'CASE_CLOSED', { reason: 'CASE_CLOSED' });
  }
}

/** The person's latest release certificate (by release day), or null. */
export function latestRelease(ctx: RequestContext, returneeId: string): Promise<Release | null> {
  return ctx.db.getRepository(Release).findOne({
    where: { returneeId },
    order: { releasedOn: 'DESC', createdAt: 'DESC' },
  });
}

/** Saves the new status on the (locked) person; the version and updatedAt move with it. */
export async function setStatus(ctx: RequestContext, returnee: Returnee, status: CaseStatus): Promise<Returnee> {
  returnee.status = status;
  return ctx.db.getRepository(Returnee).save(returnee);
}

/**
 * For modules whose action starts support (assigning a helper): RECEIVED → UNDER_SUPPORT, any
 * other status unchanged. Runs in the caller's transaction, on a person the caller has loaded
 * (and locked); the caller writes the audit row and may list `status` in it when this returns true.
 */
export async function moveToSupportIfReceived(ctx: RequestContext, returnee: Returnee): Promise<boolean> {
  if (returnee.status !== CaseStatus.RECEIVED) return false;
  await setStatus(ctx, returnee, CaseStatus.UNDER_SUPPORT);
  return true;
}

export class LifecycleService {
  /** RECEIVED → UNDER_SUPPORT, or ON_PROBATION → UNDER_SUPPORT once the probation has ended. */
  async startSupport(ctx: RequestContext, input: StartSupportInput): Promise<Returnee> {
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      const from = returnee.status;
      // The table also allows ELIGIBLE_FOR_EXPUNGEMENT → UNDER_SUPPORT, but that is a step back
      // from a computed eligibility, not the start of support.
      if (from !== CaseStatus.RECEIVED && from !== CaseStatus.ON_PROBATION) {
        throw invalidTransition(from, CaseStatus.UNDER_SUPPORT);
      }
      if (from === CaseStatus.ON_PROBATION) {
        const release = await latestRelease(ctx, returnee.id);
        const endsOn = release?.type === ReleaseType.PAROLE ? release.probationEndsOn : null;
        if (endsOn && endsOn >= todayInVietnam()) {
          throw invalidTransition(from, CaseStatus.UNDER_SUPPORT, reasonMessage('PROBATION_NOT_ENDED', { endsOn }));
        }
      }
      const saved = await setStatus(ctx, returnee, CaseStatus.UNDER_SUPPORT);
      await auditChange(ctx, 'startSupport', returnee, ['status'], returnee.id);
      return saved;
    });
  }
}

export const lifecycleService = new LifecycleService();
