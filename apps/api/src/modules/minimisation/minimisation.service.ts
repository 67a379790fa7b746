import { MinimisationStatus, minimisationDueOn } from '@hoanhap/shared';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { MINIMISED_CATEGORIES, type MinimisationFacts, readMinimisationFacts } from './minimise-person.js';
import type { Minimisation, PlaceLegalHoldInput, ReleaseLegalHoldInput } from './minimisation.types.js';

const MIN_HOLD_REASON = 10;

/** What the person's page shows: the status, the due day under the unit's policy, the hold. */
export function minimisationOf(facts: MinimisationFacts): Minimisation {
  const dueOn = facts.minimisedAt ? null : minimisationDueOn(facts.closure, facts.policy);
  const status = facts.minimisedAt
    ? MinimisationStatus.DONE
    : facts.holdReason
      ? MinimisationStatus.HELD
      : dueOn
        ? MinimisationStatus.SCHEDULED
        : MinimisationStatus.NOT_APPLICABLE;
  return {
    status,
    dueOn,
    minimisedAt: facts.minimisedAt,
    categories: [...MINIMISED_CATEGORIES],
    hold: facts.holdReason && facts.holdPlacedAt ? { reason: facts.holdReason, placedAt: facts.holdPlacedAt } : null,
  };
}

export class MinimisationService {
  /** The person's minimisation (the caller has already seen the person). */
  async read(ctx: RequestContext, returneeId: string): Promise<Minimisation | null> {
    const facts = await readMinimisationFacts(ctx, returneeId);
    return facts ? minimisationOf(facts) : null;
  }

  /**
   * Pauses the person's minimisation (an ongoing proceeding, an inspection), open or closed case
   * alike: a hold placed while the case is open is waiting when it closes. Audited with the field
   * names only; the reason is kept on the record, not in the audit log.
   */
  async placeLegalHold(ctx: RequestContext, input: PlaceLegalHoldInput): Promise<Minimisation> {
    const reason = input.reason.trim();
    if (reason.length < MIN_HOLD_REASON) throw badInput('input.reason', 'TOO_SHORT.legalHold');
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      const facts = await readMinimisationFacts(ctx, returnee.id);
      if (facts?.minimisedAt) throw appError(ErrorCode.CONFLICT, 'ALREADY_MINIMISED.legalHold');
      if (facts?.holdReason) throw appError(ErrorCode.CONFLICT, 'ALREADY_HELD.legalHold');
      await ctx.db.query(
        `INSERT INTO returnee_minimisation (returnee_id, hold_reason, hold_placed_at, hold_placed_by_id)
         VALUES ($1, $2, now(), $3)
         ON CONFLICT (returnee_id) DO UPDATE SET hold_reason = $2, hold_placed_at = now(), hold_placed_by_id = $3`,
        [returnee.id, reason, ctx.actor?.userId ?? null],
      );
      await audit(ctx, {
        action: 'placeLegalHold',
        objectType: 'Returnee',
        objectId: returnee.id,
        returneeId: returnee.id,
        fields: ['reason'],
      });
      return minimisationOf((await readMinimisationFacts(ctx, returnee.id)) as MinimisationFacts);
    });
  }

  /** Lets the minimisation go ahead: if it is already due, the next daily run does it. */
  async releaseLegalHold(ctx: RequestContext, input: ReleaseLegalHoldInput): Promise<Minimisation> {
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      const facts = await readMinimisationFacts(ctx, returnee.id);
      if (!facts?.holdReason) throw appError(ErrorCode.CONFLICT, 'NOT_HELD.legalHold');
      await ctx.db.query(
        `UPDATE returnee_minimisation SET hold_reason = NULL, hold_placed_at = NULL, hold_placed_by_id = NULL
          WHERE returnee_id = $1`,
        [returnee.id],
      );
      await audit(ctx, {
        action: 'releaseLegalHold',
        objectType: 'Returnee',
        objectId: returnee.id,
        returneeId: returnee.id,
        fields: ['reason'],
      });
      return minimisationOf((await readMinimisationFacts(ctx, returnee.id)) as MinimisationFacts);
    });
  }
}

export const minimisationService = new MinimisationService();
