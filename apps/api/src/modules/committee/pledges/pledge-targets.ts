import {
  PLEDGE_INDICATORS,
  PledgeIndicator,
  TargetDirection,
  TargetKind,
  targetProgress,
  targetScore,
  todayInVietnam,
} from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';
import { badInput, type Said } from '../../../common/errors.js';
import { clean } from '../common.js';
import { evaluateIndicator } from './indicators.js';
import type { Pledge } from './pledge.entity.js';
import type { PledgeTargetInput } from './pledge.inputs.js';
import type { PledgeTarget } from './pledge-target.entity.js';

/** Checks a target against the catalogue and the pledge's signatories; the row to insert. */
export function targetRow(
  t: PledgeTargetInput,
  field: string,
  pledgeId: string,
  signatories: ReadonlySet<string>,
): Partial<PledgeTarget> {
  const bad = (name: string, said: Said) => badInput(`${field}.${name}`, said);
  let def = null;
  if (t.kind === TargetKind.COMPUTED) {
    if (!t.indicator) throw bad('indicator', 'REQUIRED.indicator');
    def = PLEDGE_INDICATORS[t.indicator];
    if (def.needsDays && (t.withinDays === null || t.withinDays === undefined)) {
      throw bad('withinDays', 'REQUIRED.withinDays');
    }
    if (!def.needsDays && t.withinDays != null) {
      throw bad('withinDays', 'NOT_APPLICABLE.withinDays');
    }
    if (!def.takesSupportType && t.supportType != null) {
      throw bad('supportType', 'NOT_APPLICABLE.supportType');
    }
  } else {
    if (t.indicator) throw bad('indicator', 'NOT_APPLICABLE.manualIndicator');
    if (!clean(t.label)) throw bad('label', 'REQUIRED.targetLabel');
    if (t.withinDays != null || t.supportType != null) {
      throw bad(t.withinDays != null ? 'withinDays' : 'supportType', 'NOT_APPLICABLE');
    }
  }
  if (t.withinDays != null && (!Number.isInteger(t.withinDays) || t.withinDays < 1 || t.withinDays > 365)) {
    throw bad('withinDays', 'OUT_OF_RANGE.withinDays');
  }
  const unitOfMeasure = def ? def.unitOfMeasure : (clean(t.unitOfMeasure) ?? 'COUNT');
  if (!Number.isFinite(t.target) || t.target < 0 || (unitOfMeasure === 'PERCENT' && t.target > 100)) {
    throw bad('target', 'OUT_OF_RANGE.target');
  }
  if (!Number.isFinite(t.weight) || t.weight <= 0 || t.weight > 100) {
    throw bad('weight', 'OUT_OF_RANGE.weight');
  }
  if (!signatories.has(t.responsibleOrganisationId)) {
    throw bad('responsibleOrganisationId', 'NOT_SIGNATORY');
  }
  return {
    pledgeId,
    kind: t.kind,
    indicator: t.indicator ?? null,
    label: def ? def.label.vi : (clean(t.label) as string),
    unitOfMeasure,
    direction: t.direction ?? def?.defaultDirection ?? TargetDirection.AT_LEAST,
    target: t.target,
    weight: t.weight,
    responsibleOrganisationId: t.responsibleOrganisationId,
    withinDays: t.withinDays ?? null,
    supportType: t.supportType ?? null,
  };
}

/** The day a pledge is measured up to: `until` (today by default), never past the period's end. */
export function measuredTo(pledge: Pledge, until: string = todayInVietnam()): string {
  return until < pledge.periodTo ? until : pledge.periodTo;
}

export interface TargetResult {
  actual: number | null;
  progress: number | null;
  score: number;
}

/** A COMPUTED target's value over [period start, D], scored by the shared rule. */
export async function evaluateComputed(
  db: EntityManager,
  pledge: Pledge,
  target: PledgeTarget,
  scope: string[],
  to: string,
): Promise<TargetResult> {
  const actual =
    target.indicator && to >= pledge.periodFrom
      ? await evaluateIndicator(db, {
          indicator: target.indicator as PledgeIndicator,
          scope,
          from: pledge.periodFrom,
          to,
          withinDays: target.withinDays,
          supportType: target.supportType,
        })
      : null;
  return scored(target, actual);
}

export function scored(target: Pick<PledgeTarget, 'direction' | 'target' | 'weight'>, actual: number | null) {
  const progress = targetProgress(target.direction, target.target, actual);
  return { actual, progress, score: targetScore(target.weight, progress) };
}
