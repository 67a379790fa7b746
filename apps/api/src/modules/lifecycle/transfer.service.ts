import { UnitLevel } from '@hoanhap/shared';
import { badInput, notFound } from '../../common/errors.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange } from '../audit/audit.service.js';
import { CaseTransfer } from './case-transfer.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import type { TransferCaseInput } from './lifecycle.inputs.js';
import { assertOpen } from './lifecycle.service.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';
import { recordEvent } from '../events/events.service.js';

/*
 * Handing a case over when the person moves (docs/domain.md, Lifecycle): the whole case goes, history included.
 * The receiving unit need not be in the sender's scope (a move to another province is normal), so
 * it is looked up by code alone; the person then leaves the sender's scope.
 */

const LOCAL_LEVELS = new Set<UnitLevel>([UnitLevel.WARD, UnitLevel.COMMUNE]);

function checkTarget(unit: AdministrativeUnit, from: string, on: string): void {
  if (!LOCAL_LEVELS.has(unit.level)) {
    throw badInput('input.toUnitCode', 'NOT_A_WARD');
  }
  if ((unit.validFrom && unit.validFrom > on) || (unit.validTo && unit.validTo < on)) {
    throw badInput('input.toUnitCode', 'UNIT_NOT_CURRENT');
  }
  if (unit.id === from) {
    throw badInput('input.toUnitCode', 'SAME_UNIT');
  }
}

export class TransferService {
  async transferCase(ctx: RequestContext, input: TransferCaseInput): Promise<Returnee> {
    notInFuture('input.transferredOn', input.transferredOn);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      assertOpen(returnee);
      const unit = await ctx.db.getRepository(AdministrativeUnit).findOneBy({ code: input.toUnitCode.trim() });
      if (!unit) throw notFound('NOT_FOUND.unit');
      checkTarget(unit, returnee.unitId, input.transferredOn);
      const last: Array<{ day: string | null }> = await ctx.db.query(
        `SELECT to_char(max(transferred_on), 'YYYY-MM-DD') AS day FROM case_transfer WHERE returnee_id = $1`,
        [returnee.id],
      );
      const earliest = [returnee.returnedOn, last[0]?.day]
        .filter((d): d is string => !!d)
        .sort()
        .pop();
      if (earliest && input.transferredOn < earliest) {
        throw badInput('input.transferredOn', 'BEFORE_START.transfer');
      }
      const transfer = await saveNew(ctx, CaseTransfer, {
        returneeId: returnee.id,
        fromUnitId: returnee.unitId,
        toUnitId: unit.id,
        transferredOn: input.transferredOn,
        reason: input.reason?.trim() || null,
      });
      returnee.unitId = unit.id;
      const saved = await ctx.db.getRepository(Returnee).save(returnee);
      // Open deadlines follow the person: the receiving unit now has to meet them, and assigns them.
      await ctx.db.query(
        `UPDATE task SET unit_id = $2, owner_id = NULL, updated_at = now(), version = version + 1
         WHERE returnee_id = $1 AND completed_at IS NULL`,
        [returnee.id, unit.id],
      );
      // Helpers of the sending ward stop on the hand-over day; the receiving ward assigns its own.
      await ctx.db.query(
        `UPDATE helper_assignment SET ended_on = GREATEST($2::date, started_on), end_reason = 'Chuyển địa bàn / Case transferred',
           updated_at = now(), version = version + 1
         WHERE returnee_id = $1 AND ended_on IS NULL`,
        [returnee.id, input.transferredOn],
      );
      // The receiving ward's event: a receiver whose scope holds it can read the case through its key.
      await recordEvent(ctx, { type: 'case.transferred', subjectId: returnee.id, unitId: unit.id });
      await auditChange(
        ctx,
        'transferCase',
        transfer,
        ['toUnitCode', 'transferredOn', ...(input.reason ? ['reason'] : []), 'unitId', 'helpers', 'tasks'],
        returnee.id,
      );
      return saved;
    });
  }
}

export const transferService = new TransferService();
