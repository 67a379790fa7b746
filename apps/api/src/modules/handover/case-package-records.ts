import { TaskKind } from '@hoanhap/shared';
import { type DeepPartial, type EntityTarget, IsNull, type ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { EmploymentPeriod } from '../employment/employment-period.entity.js';
import { Conviction } from '../judgments/conviction.entity.js';
import { Release } from '../lifecycle/release.entity.js';
import { Task } from '../tasks/task.entity.js';
import type { SignedCasePackage } from './case-package-format.js';

/*
 * Which of the package's records are re-created in the receiving deployment, and why:
 * - releases, judgments (convictions) and employment periods: the expungement clock, the
 *   caseload (parole probation) and the statistics are computed from them here;
 * - open tasks: the receiving ward now has to meet those deadlines (as "to-do" tasks, so the
 *   receiving deployment's own rules do not meet them twice);
 * - everything else (receptions, classifications, helpers, contacts, support, incidents, closures,
 *   transfers, documents' descriptions, the audit summary) is history written by another ward:
 *   it is kept as received, in the accepted package (`case_package.content`), the hand-over note,
 *   rather than re-created as if this deployment had recorded it.
 * A record the person already has here (same natural key) is not added twice.
 */

type Row = Record<string, unknown>;
const list = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

async function addMissing<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  rows: Array<DeepPartial<E>>,
  sameAs: (row: DeepPartial<E>) => Partial<E>,
): Promise<number> {
  const repo = ctx.db.getRepository(entity);
  let added = 0;
  for (const row of rows) {
    if (await repo.existsBy(sameAs(row) as never)) continue;
    await repo.save(repo.create(row));
    added += 1;
  }
  return added;
}

/** Writes the re-created records beside the person; answers how many of each were added. */
export async function writePackageRecords(
  ctx: RequestContext,
  returneeId: string,
  unitId: string,
  pkg: SignedCasePackage,
): Promise<Record<string, number>> {
  const p = pkg.person;
  const releases = await addMissing(
    ctx,
    Release,
    list(p.releases).map((r) => ({
      returneeId,
      type: r.type as Release['type'],
      certificateNumber: (r.certificateNumber as string | null) ?? null,
      releasedOn: r.releasedOn as string,
      prison: r.prison as string,
      probationEndsOn: (r.probationEndsOn as string | null) ?? null,
    })),
    (r) => ({ returneeId, releasedOn: r.releasedOn, type: r.type }) as Partial<Release>,
  );
  const convictions = await addMissing(
    ctx,
    Conviction,
    list(p.convictions).map((c) => ({
      returneeId,
      court: c.court as string,
      judgmentNumber: c.judgmentNumber as string,
      judgmentDate: c.judgmentDate as string,
      penalCodeArticle: c.penalCodeArticle as string,
      penalCodeChapter: c.penalCodeChapter as number,
      severity: c.severity as Conviction['severity'],
      intentional: c.intentional as boolean,
      ageAtOffence: c.ageAtOffence as number,
      mainPenalty: c.mainPenalty as Conviction['mainPenalty'],
      prisonMonths: (c.prisonMonths as number | null) ?? null,
      mainPenaltyCompletedOn: (c.mainPenaltyCompletedOn as string | null) ?? null,
    })),
    (c) => ({ returneeId, judgmentNumber: c.judgmentNumber, judgmentDate: c.judgmentDate }) as Partial<Conviction>,
  );
  const employmentPeriods = await addMissing(
    ctx,
    EmploymentPeriod,
    list(p.employmentPeriods).map((e) => ({
      returneeId,
      status: e.status as EmploymentPeriod['status'],
      employerName: (e.employerName as string | null) ?? null,
      startedOn: e.startedOn as string,
      endedOn: (e.endedOn as string | null) ?? null,
      endReason: (e.endReason as string | null) ?? null,
      verifiedOn: (e.verifiedOn as string | null) ?? null,
    })),
    (e) => ({ returneeId, startedOn: e.startedOn }) as Partial<EmploymentPeriod>,
  );
  const from = pkg.from.code;
  const tasks = await addMissing(
    ctx,
    Task,
    list(pkg.openTasks).map((t) => ({
      unitId,
      returneeId,
      kind: TaskKind.MANUAL,
      title: String(t.title ?? ''),
      dueOn: t.dueOn as string,
      ownerId: null,
      ruleKey: null,
      completedAt: null,
      note: [`Chuyển đến từ ${from}`, t.note].filter(Boolean).join(' — '),
    })),
    (t) => ({ returneeId, title: t.title, dueOn: t.dueOn, completedAt: IsNull() }) as never,
  );
  return { releases, convictions, employmentPeriods, tasks };
}
