import { findOverlap, formatDateVi, reasonMessage } from '@hoanhap/shared';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { notBefore, notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { EmploymentPeriod } from './employment-period.entity.js';
import { findVisibleReturnee, requireVisibleReturnee } from '../returnees/returnee-access.js';
import type { EndEmploymentPeriodInput, RecordEmploymentPeriodInput } from './employment.inputs.js';
import { UUID } from '../../common/uuid.js';
import { withTransaction } from '../../common/transaction.js';

const periodNotFound = () => notFound('NOT_FOUND.employmentPeriod');

function overlapError(other: EmploymentPeriod) {
  const from = formatDateVi(other.startedOn);
  return badInput(
    'input.startedOn',
    other.endedOn
      ? reasonMessage('OVERLAP.endedPeriod', { from, to: formatDateVi(other.endedOn) })
      : reasonMessage('OVERLAP.openPeriod', { from }),
  );
}

export class EmploymentService {
  /**
   * Adds a period to a person's history. Periods never overlap, so a status on any date is
   * unambiguous; the person's row is locked first so two concurrent inserts cannot both pass
   * the overlap check.
   */
  async record(ctx: RequestContext, input: RecordEmploymentPeriodInput): Promise<EmploymentPeriod> {
    notInFuture('input.startedOn', input.startedOn);
    notBefore('input.endedOn', input.endedOn, input.startedOn);
    notInFuture('input.endedOn', input.endedOn);
    notInFuture('input.verifiedOn', input.verifiedOn);
    notBefore('input.verifiedOn', input.verifiedOn, input.startedOn);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      const repo = ctx.db.getRepository(EmploymentPeriod);
      const existing = await repo.findBy({ returneeId: returnee.id });
      const overlap = findOverlap(existing, { startedOn: input.startedOn, endedOn: input.endedOn ?? null });
      if (overlap) throw overlapError(overlap);
      const period = await repo.save(
        repo.create({
          returneeId: returnee.id,
          status: input.status,
          employerName: input.employerName?.trim() || null,
          startedOn: input.startedOn,
          endedOn: input.endedOn ?? null,
          endReason: null,
          verifiedOn: input.verifiedOn ?? null,
        }),
      );
      await auditChange(ctx, 'recordEmploymentPeriod', period, givenFields(input, ['returneeId']), returnee.id);
      return period;
    });
  }

  /** Closes the open period; only if the caller read its current version. */
  async end(ctx: RequestContext, input: EndEmploymentPeriodInput): Promise<EmploymentPeriod> {
    notInFuture('input.endedOn', input.endedOn);
    return withTransaction(ctx, async (ctx) => {
      if (!UUID.test(input.employmentPeriodId)) throw periodNotFound();
      const repo = ctx.db.getRepository(EmploymentPeriod);
      const found = await repo.findOneBy({ id: input.employmentPeriodId });
      if (!found) throw periodNotFound();
      const returnee = await findVisibleReturnee(ctx, found.returneeId, { lock: true });
      if (!returnee) throw periodNotFound();
      // Read again under the person's lock, so the version compared is the committed one.
      const period = await repo.findOneByOrFail({ id: found.id });
      if (period.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.employmentPeriod', { currentVersion: period.version });
      }
      if (period.endedOn) {
        throw badInput(
          'input.employmentPeriodId',
          reasonMessage('ALREADY_ENDED.employmentPeriod', { endedOn: formatDateVi(period.endedOn) }),
        );
      }
      notBefore('input.endedOn', input.endedOn, period.startedOn);
      period.endedOn = input.endedOn;
      period.endReason = input.endReason?.trim() || null;
      const saved = await repo.save(period);
      await auditChange(
        ctx,
        'endEmploymentPeriod',
        saved,
        ['endedOn', ...(saved.endReason ? ['endReason'] : [])],
        returnee.id,
      );
      return saved;
    });
  }
}

export const employmentService = new EmploymentService();
