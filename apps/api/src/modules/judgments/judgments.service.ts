import { MainPenalty } from '@hoanhap/shared';
import { badInput, notFound } from '../../common/errors.js';
import { notBefore, notInFuture, vndAmount } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { Conviction } from './conviction.entity.js';
import { Obligation } from './obligation.entity.js';
import type { Returnee } from '../returnees/returnee.entity.js';
import { findVisibleReturnee, requireVisibleReturnee } from '../returnees/returnee-access.js';
import { SupplementaryPenalty } from './supplementary-penalty.entity.js';
import { refreshExpungementTask } from './expungement-task.js';
import type {
  RecordConvictionInput,
  RecordObligationInput,
  RecordSupplementaryPenaltyInput,
  SettleObligationInput,
} from './judgments.inputs.js';
import { UUID } from '../../common/uuid.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';

const convictionNotFound = () => notFound('NOT_FOUND.judgment');
const obligationNotFound = () => notFound('NOT_FOUND.obligation');

/** Names of the input fields that carry a value: what the audit row lists (never the values). */
function requiredText(field: string, value: string): string {
  const text = value.trim();
  if (!text) throw badInput(field, 'REQUIRED');
  return text;
}

/** Dates tied to a judgment cannot come before it (a penalty is served after it is passed). */
function notBeforeJudgment(field: string, date: string | null | undefined, judgmentDate: string) {
  if (date && date < judgmentDate) {
    throw badInput(field, 'BEFORE_JUDGMENT');
  }
}

/** Months of imprisonment belong to fixed-term imprisonment only (life and commuted death have none). */
function checkPrisonMonths(input: RecordConvictionInput) {
  const fixedTerm = input.mainPenalty === MainPenalty.FIXED_TERM_IMPRISONMENT;
  const given = input.prisonMonths !== null && input.prisonMonths !== undefined;
  if (fixedTerm && !given) {
    throw badInput('input.prisonMonths', 'REQUIRED.prisonMonths');
  }
  if (!fixedTerm && given) {
    throw badInput('input.prisonMonths', 'NOT_APPLICABLE.prisonMonths');
  }
}

/** Age at the offence cannot exceed the age on the judgment day, when the birth date is known. */
function checkAgeAgainstBirth(returnee: Returnee, ageAtOffence: number, judgmentDate: string) {
  if (!returnee.dateOfBirth) return;
  if (returnee.dateOfBirth > judgmentDate) {
    throw badInput('input.judgmentDate', 'BEFORE_BIRTH');
  }
  const [by, bm, bd] = returnee.dateOfBirth.split('-').map(Number) as [number, number, number];
  const [jy, jm, jd] = judgmentDate.split('-').map(Number) as [number, number, number];
  const ageAtJudgment = jy - by - (jm < bm || (jm === bm && jd < bd) ? 1 : 0);
  if (ageAtOffence > ageAtJudgment) {
    throw badInput('input.ageAtOffence', 'INCONSISTENT_WITH_BIRTH_DATE');
  }
}

/**
 * The conviction with this id and its person, the person's row locked for the transaction; a
 * conviction of someone outside the actor's scope is NOT_FOUND, like a missing one.
 */
async function requireVisibleConviction(
  ctx: RequestContext,
  id: string,
  notFoundError = convictionNotFound,
): Promise<{ conviction: Conviction; returnee: Returnee }> {
  if (!UUID.test(id)) throw notFoundError();
  const found = await ctx.db.getRepository(Conviction).findOneBy({ id });
  if (!found) throw notFoundError();
  const returnee = await findVisibleReturnee(ctx, found.returneeId, { lock: true });
  if (!returnee) throw notFoundError();
  // Re-read after the lock: the conviction could not have changed hands, but stay exact.
  const conviction = await ctx.db.getRepository(Conviction).findOneByOrFail({ id });
  return { conviction, returnee };
}

export class JudgmentsService {
  /** Records a judgment and restarts the expungement clock from it when it is the latest. */
  async recordConviction(ctx: RequestContext, input: RecordConvictionInput): Promise<Conviction> {
    const court = requiredText('input.court', input.court);
    const judgmentNumber = requiredText('input.judgmentNumber', input.judgmentNumber);
    const penalCodeArticle = requiredText('input.penalCodeArticle', input.penalCodeArticle);
    notInFuture('input.judgmentDate', input.judgmentDate);
    checkPrisonMonths(input);
    notBeforeJudgment('input.mainPenaltyCompletedOn', input.mainPenaltyCompletedOn, input.judgmentDate);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      checkAgeAgainstBirth(returnee, input.ageAtOffence, input.judgmentDate);
      const conviction = await saveNew(ctx, Conviction, {
        returneeId: returnee.id,
        court,
        judgmentNumber,
        judgmentDate: input.judgmentDate,
        penalCodeArticle,
        penalCodeChapter: input.penalCodeChapter,
        severity: input.severity,
        intentional: input.intentional,
        ageAtOffence: input.ageAtOffence,
        mainPenalty: input.mainPenalty,
        prisonMonths: input.prisonMonths ?? null,
        mainPenaltyCompletedOn: input.mainPenaltyCompletedOn ?? null,
      });
      await auditChange(ctx, 'recordConviction', conviction, givenFields(input, ['returneeId']), returnee.id);
      await refreshExpungementTask(ctx, returnee);
      return conviction;
    });
  }

  async recordSupplementaryPenalty(
    ctx: RequestContext,
    input: RecordSupplementaryPenaltyInput,
  ): Promise<SupplementaryPenalty> {
    notBefore('input.endsOn', input.endsOn, input.startsOn);
    return withTransaction(ctx, async (ctx) => {
      const { conviction, returnee } = await requireVisibleConviction(ctx, input.convictionId);
      notBeforeJudgment('input.startsOn', input.startsOn, conviction.judgmentDate);
      const penalty = await saveNew(ctx, SupplementaryPenalty, {
        convictionId: conviction.id,
        kind: input.kind,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      });
      await auditChange(ctx, 'recordSupplementaryPenalty', penalty, givenFields(input, ['convictionId']), returnee.id);
      await refreshExpungementTask(ctx, returnee);
      return penalty;
    });
  }

  async recordObligation(ctx: RequestContext, input: RecordObligationInput): Promise<Obligation> {
    const amountVnd = vndAmount('input.amountVnd', input.amountVnd);
    if (!amountVnd || /^0+$/.test(amountVnd)) {
      throw badInput('input.amountVnd', 'INVALID_AMOUNT.positive');
    }
    notInFuture('input.settledOn', input.settledOn);
    return withTransaction(ctx, async (ctx) => {
      const { conviction, returnee } = await requireVisibleConviction(ctx, input.convictionId);
      notBeforeJudgment('input.settledOn', input.settledOn, conviction.judgmentDate);
      const obligation = await saveNew(ctx, Obligation, {
        convictionId: conviction.id,
        kind: input.kind,
        amountVnd: amountVnd.replace(/^0+(?=\d)/, ''),
        settledOn: input.settledOn ?? null,
      });
      await auditChange(ctx, 'recordObligation', obligation, givenFields(input, ['convictionId']), returnee.id);
      await refreshExpungementTask(ctx, returnee);
      return obligation;
    });
  }

  async settleObligation(ctx: RequestContext, input: SettleObligationInput): Promise<Obligation> {
    notInFuture('input.settledOn', input.settledOn);
    return withTransaction(ctx, async (ctx) => {
      if (!UUID.test(input.obligationId)) throw obligationNotFound();
      const found = await ctx.db.getRepository(Obligation).findOneBy({ id: input.obligationId });
      if (!found) throw obligationNotFound();
      const { conviction, returnee } = await requireVisibleConviction(ctx, found.convictionId, obligationNotFound);
      // Read again under the person's lock: a concurrent settlement has committed by now.
      const obligation = await ctx.db.getRepository(Obligation).findOneByOrFail({ id: found.id });
      if (obligation.settledOn) {
        throw badInput('input.obligationId', 'ALREADY_SETTLED');
      }
      notBeforeJudgment('input.settledOn', input.settledOn, conviction.judgmentDate);
      obligation.settledOn = input.settledOn;
      const saved = await ctx.db.getRepository(Obligation).save(obligation);
      await auditChange(ctx, 'settleObligation', saved, ['settledOn'], returnee.id);
      await refreshExpungementTask(ctx, returnee);
      return saved;
    });
  }
}

export const judgmentsService = new JudgmentsService();
