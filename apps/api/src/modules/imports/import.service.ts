import { createHash } from 'node:crypto';
import { can, type ImportField, JobStatus, jobFinished, Permission, reasonMessage } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { saveNew } from '../../common/records.js';
import { sheetKind } from '../../common/sheet-reader.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { audit } from '../audit/audit.service.js';
import { campaignForIntake } from '../campaigns/campaign-access.js';
import { unitsService } from '../units/units.service.js';
import { ImportJob } from './import-job.entity.js';
import { importJob } from './import.jobs.js';
import { importTemplateService } from './import-template.service.js';
import { mappingProblem } from './import-rows.js';

/** The largest file an import takes. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const MY_IMPORTS_DEFAULT = 20;
export const MY_IMPORTS_MAX = 100;

export interface Upload {
  fileName: string;
  content: Buffer;
  unitCode: string;
  dryRun: boolean;
  templateId: string | null;
  /** The header row chosen (1-based), as sent; empty when not chosen. */
  headerRow: string;
  /** The columns' fields chosen, as sent (a JSON array); empty when not chosen. */
  mapping: string;
  /** The campaign whose list this is (its id), or null. */
  campaignId?: string | null;
}

/** The header row is one of the sheet's first rows; a title block is never longer. */
export const HEADER_ROW_MAX = 1000;

/** The chosen header row and mapping, checked; BAD_USER_INPUT naming the field otherwise. */
export function chosenColumns(upload: Pick<Upload, 'headerRow' | 'mapping'>): {
  headerRow: number | null;
  mapping: Array<ImportField | null> | null;
} {
  let headerRow: number | null = null;
  if (upload.headerRow) {
    headerRow = Number(upload.headerRow);
    if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > HEADER_ROW_MAX) {
      throw badInput('headerRow', reasonMessage('OUT_OF_RANGE.headerRow', { max: HEADER_ROW_MAX }));
    }
  }
  let mapping: Array<ImportField | null> | null = null;
  if (upload.mapping) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(upload.mapping);
    } catch {
      parsed = undefined;
    }
    const problem = mappingProblem(parsed);
    if (problem) throw badInput('mapping', reasonMessage('NOT_ALLOWED.importMapping', { detail: problem }));
    mapping = parsed as Array<ImportField | null>;
    if (headerRow === null) throw badInput('headerRow', 'REQUIRED.headerRow');
  }
  return { headerRow, mapping };
}

export class ImportService {
  /**
   * Queues the import of an uploaded spreadsheet into a unit of the caller's scope, for a role
   * that may import (OFFICER, ADMIN). The file's kind and size are checked now; its rows by the job.
   */
  async start(ctx: RequestContext, upload: Upload): Promise<ImportJob> {
    const actor = requireActor(ctx);
    if (actor.serviceAccountId || !can(actor.role, Permission.IMPORT_PEOPLE)) {
      throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.import');
    }
    if (!sheetKind(upload.fileName)) throw badInput('file', 'NOT_ALLOWED.importFileType');
    if (upload.content.length === 0) throw badInput('file', 'REQUIRED.importFile');
    if (!upload.unitCode) throw badInput('unitCode', 'REQUIRED.unitCode');
    const { headerRow, mapping } = chosenColumns(upload);
    return withTransaction(ctx, async (ctx) => {
      const unit = await unitsService.findInScope(ctx, upload.unitCode);
      if (!unit) throw badInput('unitCode', 'NOT_FOUND.unit');
      // A template gives the header row and columns unless the upload chose its own.
      const template = upload.templateId
        ? await importTemplateService.findUsable(ctx, upload.templateId, unit.id)
        : null;
      if (upload.templateId && !template) throw badInput('templateId', 'NOT_FOUND.importTemplate');
      const byTemplate = template !== null && mapping === null;
      const campaignId = upload.campaignId ? await campaignForIntake(ctx, upload.campaignId) : null;
      const job = await saveNew(ctx, ImportJob, {
        requestedById: actor.userId,
        unitId: unit.id,
        status: JobStatus.QUEUED,
        dryRun: upload.dryRun,
        headerRow: byTemplate ? template.headerRow : headerRow,
        mapping,
        templateId: byTemplate ? template.id : null,
        templateColumns: byTemplate ? template.columns : null,
        campaignId,
        fileName: upload.fileName.slice(0, 255),
        fileSha256: createHash('sha256').update(upload.content).digest('hex'),
        content: upload.content,
      });
      await audit(ctx, {
        action: 'startImport',
        objectType: 'ImportJob',
        objectId: job.id,
        fields: ['file', 'unitCode', ...(upload.dryRun ? ['dryRun'] : []), ...(campaignId ? ['campaignId'] : [])],
      });
      await enqueueJob(ctx, importJob, { importJobId: job.id });
      return job;
    });
  }

  /** One of the caller's own imports; anyone else's looks missing. */
  async find(ctx: RequestContext, id: string): Promise<ImportJob | null> {
    const actor = requireActor(ctx);
    if (!UUID.test(id)) return null;
    return ctx.db.getRepository(ImportJob).findOneBy({ id, requestedById: actor.userId });
  }

  /** The caller's imports, newest first. */
  async mine(ctx: RequestContext, first: number | null | undefined): Promise<ImportJob[]> {
    const actor = requireActor(ctx);
    const take = first ?? MY_IMPORTS_DEFAULT;
    if (take < 0 || take > MY_IMPORTS_MAX) {
      throw badInput('first', reasonMessage('OUT_OF_RANGE.rows', { max: MY_IMPORTS_MAX }));
    }
    return ctx.db.getRepository(ImportJob).find({
      where: { requestedById: actor.userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take,
    });
  }

  /** Stops one of the caller's imports that has not finished: rows already imported stay. */
  async cancel(ctx: RequestContext, id: string): Promise<ImportJob> {
    const actor = requireActor(ctx);
    return withTransaction(ctx, async (ctx) => {
      const repo = ctx.db.getRepository(ImportJob);
      const job = UUID.test(id)
        ? await repo.findOne({ where: { id, requestedById: actor.userId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!job) throw notFound('NOT_FOUND.importJob');
      if (jobFinished(job.status)) throw badInput('id', 'ALREADY_ENDED.import');
      job.status = JobStatus.CANCELLED;
      job.finishedAt = new Date();
      const saved = await repo.save(job);
      await ctx.db.query('UPDATE import_job SET content = NULL WHERE id = $1', [job.id]);
      await audit(ctx, { action: 'cancelImport', objectType: 'ImportJob', objectId: job.id });
      return saved;
    });
  }
}

export const importService = new ImportService();
