import { SUPPORT_TRANSITIONS, SupportStatus } from '@hoanhap/shared';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { notBefore, notInFuture, vndAmount } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { isUuid, organisationIn, unitsServing } from '../helpers/helper-scope.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { Support } from './support.entity.js';
import type { RecordSupportInput, UpdateSupportStatusInput } from './support.inputs.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';
import { onceForKey } from '../client-changes/client-change.service.js';

const supportNotFound = () => notFound('NOT_FOUND.support');

export class SupportService {
  /** Records a support action: the officer, or a helper for a person assigned to them. */
  async record(ctx: RequestContext, input: RecordSupportInput): Promise<Support> {
    const amountVnd = vndAmount('input.amountVnd', input.amountVnd);
    notInFuture('input.startedOn', input.startedOn);
    const status = input.status ?? SupportStatus.PROPOSED;
    return onceForKey(ctx, input.idempotencyKey, 'recordSupport', Support, (ctx) =>
      withTransaction(ctx, async (ctx) => {
        const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: 'share' });
        if (input.providerOrganisationId) {
          const units = await unitsServing(ctx, returnee.unitId);
          if (!(await organisationIn(ctx, input.providerOrganisationId, units))) {
            throw badInput('input.providerOrganisationId', 'NOT_FOUND.organisationOutsideUnit');
          }
        }
        const saved = await saveNew(ctx, Support, {
          returneeId: returnee.id,
          type: input.type,
          providerOrganisationId: input.providerOrganisationId ?? null,
          providerName: input.providerName?.trim() || null,
          amountVnd,
          fundingSource: input.fundingSource ?? null,
          status,
          startedOn: input.startedOn,
          completedOn: status === SupportStatus.DONE ? input.startedOn : null,
          outcome: input.outcome?.trim() || null,
        });
        await auditChange(ctx, 'recordSupport', saved, givenFields(input, ['version', 'idempotencyKey']), returnee.id);
        return saved;
      }),
    );
  }

  /** Moves a support to its next status, only from the version the caller read. */
  async updateStatus(ctx: RequestContext, input: UpdateSupportStatusInput): Promise<Support> {
    notInFuture('input.completedOn', input.completedOn);
    return onceForKey(ctx, input.idempotencyKey, 'updateSupportStatus', Support, (ctx) => this.moveOn(ctx, input));
  }

  private moveOn(ctx: RequestContext, input: UpdateSupportStatusInput): Promise<Support> {
    return withTransaction(ctx, async (ctx) => {
      if (!isUuid(input.supportId)) throw supportNotFound();
      const repo = ctx.db.getRepository(Support);
      const found = await repo.findOneBy({ id: input.supportId });
      if (!found) throw supportNotFound();
      await requireVisibleReturnee(ctx, found.returneeId, { lock: true }).catch(() => {
        throw supportNotFound();
      });
      const support = await repo.findOneByOrFail({ id: found.id });
      if (support.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.support', { currentVersion: support.version });
      }
      if (!SUPPORT_TRANSITIONS[support.status].includes(input.status)) {
        throw appError(ErrorCode.INVALID_TRANSITION, 'INVALID_TRANSITION.support', {
          from: support.status,
          to: input.status,
        });
      }
      if (input.status === SupportStatus.DONE && !input.completedOn) {
        throw badInput('input.completedOn', 'REQUIRED.completedOn');
      }
      if (input.status === SupportStatus.IN_PROGRESS && input.completedOn) {
        throw badInput('input.completedOn', 'NOT_ALLOWED.completedOn');
      }
      notBefore('input.completedOn', input.completedOn, support.startedOn);
      support.status = input.status;
      support.completedOn = input.completedOn ?? null;
      if (input.outcome != null) support.outcome = input.outcome.trim() || null;
      const saved = await repo.save(support);
      await auditChange(
        ctx,
        'updateSupportStatus',
        saved,
        givenFields(input, ['version', 'supportId', 'idempotencyKey']),
        saved.returneeId,
      );
      return saved;
    });
  }
}

export const supportService = new SupportService();
