import { randomUUID } from 'node:crypto';
import { execute, type GraphQLSchema } from 'graphql';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { CaseTransfer } from '../lifecycle/case-transfer.entity.js';
import { assertOpen } from '../lifecycle/lifecycle.service.js';
import { personFileDocument } from '../person-file/person-file.document.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { CasePackage, CasePackageStatus } from './case-package.entity.js';
import {
  type AuditSummary,
  type CasePackageBody,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  signPackage,
} from './case-package-format.js';
import { deploymentKey, signingKey } from './deployment-key.js';
import type { ExportCasePackageInput, ExportedCasePackage } from './handover.inputs.js';

/** Marks what a hand-over did on the sender's side, in Vietnamese for the ward's own lists. */
const HANDED_OVER = 'Chuyển sang địa phương ngoài hệ thống';

interface FileAnswer {
  returnee: Record<string, unknown> & { tasks?: Array<Record<string, unknown>> };
  documents: Array<Record<string, unknown>>;
  accessHistory: Array<{ action: string; occurredAt: string }>;
}

/** Counts by action and the first and last dates of the trail: not who did what. */
export function summariseAudit(rows: FileAnswer['accessHistory']): AuditSummary {
  const byAction: Record<string, number> = {};
  for (const row of rows) byAction[row.action] = (byAction[row.action] ?? 0) + 1;
  const dates = rows.map((r) => r.occurredAt).sort();
  return { total: rows.length, byAction, firstAt: dates[0] ?? null, lastAt: dates.at(-1) ?? null };
}

/**
 * The sender's side. The hand-over is recorded when the package is made, not when the receiver
 * confirms: no channel carries a confirmation back, and the case must not be worked on in two
 * deployments at once. So, in one transaction: the person's whole file is read with the print
 * page's own query (audited `read:personFile`), the package is built and signed, the case is
 * recorded as transferred out (a `case_transfer` with no unit and the other deployment's code:
 * the statistics count the person out of every scope that day), helpers' assignments end, open
 * tasks are closed here (they travel in the package), and `exportCasePackage` is audited. The
 * package is answered once and not kept.
 */
export async function exportCasePackage(
  ctx: RequestContext,
  schema: GraphQLSchema,
  input: ExportCasePackageInput,
): Promise<ExportedCasePackage> {
  const actor = requireActor(ctx);
  notInFuture('input.handedOverOn', input.handedOverOn);
  const toCode = input.toDeploymentCode.trim();
  return withTransaction(ctx, async (ctx) => {
    const key = await deploymentKey(ctx);
    if (toCode === key.code) throw badInput('input.toDeploymentCode', 'SAME_DEPLOYMENT');
    const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
    assertOpen(returnee);
    const [last] = (await ctx.db.query(
      `SELECT to_deployment_code, to_char(transferred_on, 'YYYY-MM-DD') AS day FROM case_transfer
       WHERE returnee_id = $1 ORDER BY transferred_on DESC, created_at DESC LIMIT 1`,
      [returnee.id],
    )) as Array<{ to_deployment_code: string | null; day: string }>;
    if (last?.to_deployment_code)
      throw appError(ErrorCode.CONFLICT, 'ALREADY_HANDED_OVER', { reason: 'ALREADY_HANDED_OVER' });
    const earliest = [returnee.returnedOn, last?.day]
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    if (earliest && input.handedOverOn < earliest) throw badInput('input.handedOverOn', 'BEFORE_START.transfer');

    const result = await execute({
      schema,
      document: personFileDocument(),
      contextValue: ctx,
      variableValues: { id: returnee.id, purpose: input.reason },
    });
    if (result.errors?.length) throw result.errors[0];
    const file = (result.data as { personFile: FileAnswer }).personFile;
    const { tasks = [], ...person } = file.returnee;
    const body: CasePackageBody = {
      format: PACKAGE_FORMAT,
      version: PACKAGE_VERSION,
      id: randomUUID(),
      from: { code: key.code },
      to: { code: toCode, unitCode: input.toUnitCode?.trim() || null, unitName: input.toUnitName.trim() },
      createdAt: new Date().toISOString(),
      handedOverOn: input.handedOverOn,
      reason: input.reason.trim(),
      person,
      documents: file.documents,
      openTasks: tasks
        .filter((t) => !t.completedAt)
        .map(({ kind, title, dueOn, note }) => ({ kind, title, dueOn, note: note ?? null })),
      auditSummary: summariseAudit(file.accessHistory),
    };
    const signed = signPackage(body, signingKey(ctx, key));

    const transfer = await saveNew(ctx, CaseTransfer, {
      returneeId: returnee.id,
      fromUnitId: returnee.unitId,
      toUnitId: null,
      toDeploymentCode: toCode,
      toUnitName: body.to.unitName ?? null,
      transferredOn: input.handedOverOn,
      reason: body.reason,
    });
    await ctx.db.query(
      `UPDATE helper_assignment SET ended_on = GREATEST($2::date, started_on), end_reason = $3,
         updated_at = now(), version = version + 1
       WHERE returnee_id = $1 AND ended_on IS NULL`,
      [returnee.id, input.handedOverOn, HANDED_OVER],
    );
    await ctx.db.query(
      `UPDATE task SET completed_at = now(), completed_by_id = $2, note = concat_ws(' — ', note, $3::text),
         updated_at = now(), version = version + 1
       WHERE returnee_id = $1 AND completed_at IS NULL`,
      [returnee.id, actor.userId, HANDED_OVER],
    );
    await saveNew(ctx, CasePackage, {
      id: body.id,
      status: CasePackageStatus.SENT,
      fromCode: key.code,
      toCode,
      returneeId: returnee.id,
      content: null,
      byUserId: actor.userId,
      acceptedAt: null,
    });
    await audit(ctx, {
      action: 'exportCasePackage',
      objectType: 'CasePackage',
      objectId: body.id,
      returneeId: returnee.id,
      // Where it went and what it holds, by name and count only.
      fields: [
        `to:${toCode}`,
        `transfer:${transfer.id}`,
        `openTasks:${body.openTasks.length}`,
        'reason',
        'helpers',
        'tasks',
      ],
    });
    return {
      packageId: body.id,
      fileName: `ho-so-chuyen-giao-${body.id.slice(0, 8)}.json`,
      content: `${JSON.stringify(signed, null, 2)}\n`,
    };
  });
}
