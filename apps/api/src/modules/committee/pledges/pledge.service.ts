import { PledgeKind, TargetKind, totalScore } from '@hoanhap/shared';
import { requireActor } from '../../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../../common/errors.js';
import { bindTo, keysetOrder, keysetPage, readEntityPage } from '../../../common/pagination/index.js';
import { notBefore, notInFuture } from '../../../common/validation.js';
import type { RequestContext } from '../../../context.js';
import { auditChange, givenFields } from '../../audit/audit.service.js';
import { unitsService } from '../../units/units.service.js';
import { clean, idInScope, isUuid, requireLinked, requireText } from '../common.js';
import { Document } from '../documents/document.entity.js';
import type { AddPledgeTargetInput, PledgeFilter, ReviewPledgeInput, SignPledgeInput } from './pledge.inputs.js';
import { Pledge } from './pledge.entity.js';
import type { PledgeConnection } from './pledge.types.js';
import { PledgeReview, PledgeReviewItem } from './pledge-review.entity.js';
import { PledgeSignatory } from './pledge-signatory.entity.js';
import { PledgeTarget } from './pledge-target.entity.js';
import { evaluateComputed, measuredTo, scored, targetRow } from './pledge-targets.js';
import { withTransaction } from '../../../common/transaction.js';
import { saveNew } from '../../../common/records.js';

const LATEST_SIGNED_FIRST = keysetOrder('pledges', 'DESC', ['signed_on', 'date'], ['id', 'uuid']);

export const pledgeNotFound = () => notFound('NOT_FOUND.pledge');

export class PledgeService {
  /** Signs a pledge in the caller's unit with its signatories (and targets, if given). */
  async sign(ctx: RequestContext, input: SignPledgeInput): Promise<Pledge> {
    const actor = requireActor(ctx);
    const title = requireText('input.title', input.title);
    notInFuture('input.signedOn', input.signedOn);
    notBefore('input.periodTo', input.periodTo, input.periodFrom);
    if (input.kind === PledgeKind.EMULATION && input.signatories.length < 2) {
      throw badInput('input.signatories', 'TOO_FEW');
    }
    const orgs = new Set<string>();
    input.signatories.forEach((s, i) => {
      if (orgs.has(s.organisationId)) {
        throw badInput(`input.signatories.${i}.organisationId`, 'DUPLICATE.signatory');
      }
      orgs.add(s.organisationId);
    });
    const targets = (input.targets ?? []).map((t, i) => targetRow(t, `input.targets.${i}`, '', orgs));
    return withTransaction(ctx, async (ctx) => {
      const modelId = await requireLinked(ctx, 'input.modelId', 'reintegration_model', input.modelId);
      const documentId = await requireLinked(ctx, 'input.documentId', 'document', input.documentId);
      for (const [i, s] of input.signatories.entries()) {
        await requireLinked(ctx, `input.signatories.${i}.organisationId`, 'organisation', s.organisationId);
      }
      const pledge = await saveNew(ctx, Pledge, {
        unitId: actor.unitId,
        modelId,
        kind: input.kind,
        title,
        signedOn: input.signedOn,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
      });
      await ctx.db.getRepository(PledgeSignatory).insert(
        input.signatories.map((s) => ({
          pledgeId: pledge.id,
          organisationId: s.organisationId,
          representative: s.representative.trim(),
          title: clean(s.title),
        })),
      );
      if (targets.length) {
        await ctx.db
          .getRepository(PledgeTarget)
          .insert(targets.map((t, i) => ({ ...t, pledgeId: pledge.id, position: i + 1 })));
      }
      if (documentId) {
        await ctx.db
          .createQueryBuilder()
          .update(Document)
          .set({ pledgeId: pledge.id })
          .where('id = :id AND pledge_id IS NULL', { id: documentId })
          .execute();
      }
      await auditChange(ctx, 'signPledge', pledge, givenFields(input));
      return pledge;
    });
  }

  async addTarget(ctx: RequestContext, input: AddPledgeTargetInput): Promise<PledgeTarget> {
    return withTransaction(ctx, async (ctx) => {
      const pledge = await lockPledge(ctx, input.pledgeId);
      const signatories = await signatoryIds(ctx, pledge.id);
      const row = targetRow(input, 'input', pledge.id, signatories);
      const closed: unknown[] = await ctx.db.query(
        `SELECT 1 FROM pledge_review WHERE pledge_id = $1 AND kind = 'YEAR_END' AND measured_to >= $2`,
        [pledge.id, pledge.periodTo],
      );
      if (closed.length > 0) {
        throw appError(ErrorCode.CONFLICT, 'ALREADY_REVIEWED.final', {
          field: 'input.pledgeId',
          reason: 'ALREADY_REVIEWED',
        });
      }
      const repo = ctx.db.getRepository(PledgeTarget);
      const last: Array<{ n: number }> = await ctx.db.query(
        'SELECT COALESCE(max(position), 0)::int AS n FROM pledge_target WHERE pledge_id = $1',
        [pledge.id],
      );
      const target = await repo.save(repo.create({ ...row, position: (last[0]?.n ?? 0) + 1 }));
      await auditChange(ctx, 'addPledgeTarget', target, givenFields(input));
      return target;
    });
  }

  /**
   * Freezes every target's actual and score on the review day, and the weighted total. Computed
   * targets are measured from the pledge start to the review day (the period end at the latest);
   * manual targets take the actual given, which needs a document as evidence.
   */
  async review(ctx: RequestContext, input: ReviewPledgeInput): Promise<PledgeReview> {
    notInFuture('input.reviewedOn', input.reviewedOn);
    const manual = input.manualActuals ?? [];
    manual.forEach((m, i) => {
      if (!Number.isFinite(m.actual) || m.actual < 0) {
        throw badInput(`input.manualActuals.${i}.actual`, 'OUT_OF_RANGE.negative');
      }
    });
    return withTransaction(ctx, async (ctx) => {
      const pledge = await lockPledge(ctx, input.pledgeId);
      notBefore('input.reviewedOn', input.reviewedOn, pledge.periodFrom);
      const year = Number(input.reviewedOn.slice(0, 4));
      const existing = await ctx.db.getRepository(PledgeReview).findOneBy({
        pledgeId: pledge.id,
        kind: input.kind,
        reviewYear: year,
      });
      if (existing) {
        throw appError(ErrorCode.CONFLICT, 'ALREADY_REVIEWED.period', {
          field: 'input.kind',
          reason: 'ALREADY_REVIEWED',
        });
      }
      const documentId = await requireLinked(ctx, 'input.documentId', 'document', input.documentId);
      const targets = await ctx.db.getRepository(PledgeTarget).find({
        where: { pledgeId: pledge.id },
        order: { position: 'ASC' },
      });
      if (targets.length === 0) {
        throw badInput('input.pledgeId', 'NO_TARGETS');
      }
      const byId = new Map(targets.map((t) => [t.id, t]));
      const given = new Map<string, { actual: number; evidence: string }>();
      for (const [i, m] of manual.entries()) {
        const t = isUuid(m.targetId) ? byId.get(m.targetId) : undefined;
        if (!t || t.kind !== TargetKind.MANUAL) {
          throw badInput(`input.manualActuals.${i}.targetId`, 'NOT_FOUND.manualTarget');
        }
        if (given.has(t.id)) {
          throw badInput(`input.manualActuals.${i}.targetId`, 'DUPLICATE.target');
        }
        const evidence = await requireLinked(
          ctx,
          `input.manualActuals.${i}.evidenceDocumentId`,
          'document',
          m.evidenceDocumentId,
        );
        given.set(t.id, { actual: m.actual, evidence: evidence as string });
      }
      const missing = targets.find((t) => t.kind === TargetKind.MANUAL && !given.has(t.id));
      if (missing) {
        throw badInput('input.manualActuals', 'MISSING_ACTUAL');
      }
      const to = measuredTo(pledge, input.reviewedOn);
      const scope = await unitsService.scopeOf(ctx.db, pledge.unitId);
      const items: Array<Partial<PledgeReviewItem>> = [];
      for (const t of targets) {
        const m = given.get(t.id);
        const result = m ? scored(t, m.actual) : await evaluateComputed(ctx.db, pledge, t, scope, to);
        items.push({
          targetId: t.id,
          target: t.target,
          weight: t.weight,
          actual: result.actual,
          progress: result.progress === null ? null : Math.round(result.progress * 10_000) / 10_000,
          score: Math.round(result.score * 10_000) / 10_000,
          evidenceDocumentId: m?.evidence ?? null,
        });
      }
      const review = await saveNew(ctx, PledgeReview, {
        pledgeId: pledge.id,
        kind: input.kind,
        reviewedOn: input.reviewedOn,
        reviewYear: year,
        measuredFrom: pledge.periodFrom,
        measuredTo: to,
        totalScore: totalScore(items.map((i) => ({ weight: i.weight as number, progress: i.progress ?? null }))),
        documentId,
      });
      await ctx.db.getRepository(PledgeReviewItem).insert(items.map((i) => ({ ...i, reviewId: review.id })));
      await auditChange(ctx, 'reviewPledge', review, givenFields(input));
      return review;
    });
  }

  async find(ctx: RequestContext, id: string): Promise<Pledge | null> {
    const found = await idInScope(ctx, 'pledge', id);
    return found ? ctx.db.getRepository(Pledge).findOneBy({ id: found }) : null;
  }

  /** Pledges in scope, latest signed first, keyset-paged; filters and total in one statement. */
  async list(
    ctx: RequestContext,
    filter: PledgeFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PledgeConnection> {
    const page = keysetPage(LATEST_SIGNED_FIRST, first, after);
    const f = filter ?? {};
    const params: unknown[] = [await ctx.unitScope()];
    const p = bindTo(params);
    const where = ['pl.unit_id = ANY($1::uuid[])'];
    if (f.kind?.length) where.push(`pl.kind = ANY(${p(f.kind)}::pledge_kind[])`);
    if (f.modelId) where.push(`pl.model_id::text = ${p(f.modelId)}`);
    if (f.year) {
      const y = p(f.year);
      where.push(`pl.period_from <= make_date(${y}::int, 12, 31) AND pl.period_to >= make_date(${y}::int, 1, 1)`);
    }
    if (f.organisationId) {
      where.push(
        `EXISTS (SELECT 1 FROM pledge_signatory s WHERE s.pledge_id = pl.id AND s.organisation_id::text = ${p(f.organisationId)})`,
      );
    }
    const list = { table: 'pledge', alias: 'pl', where, params };
    return readEntityPage(ctx.db, ctx.db.getRepository(Pledge), page, list);
  }
}

async function lockPledge(ctx: RequestContext, id: string): Promise<Pledge> {
  const found = await idInScope(ctx, 'pledge', id, { lock: true });
  if (!found) throw pledgeNotFound();
  return ctx.db.getRepository(Pledge).findOneByOrFail({ id: found });
}

async function signatoryIds(ctx: RequestContext, pledgeId: string): Promise<Set<string>> {
  const rows = await ctx.db.getRepository(PledgeSignatory).findBy({ pledgeId });
  return new Set(rows.map((r) => r.organisationId));
}

export const pledgeService = new PledgeService();
