import { canExport, ExportFormat, JobStatus, jobFinished, reasonMessage } from '@hoanhap/shared';
import { validate } from 'class-validator';
import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { audit } from '../audit/audit.service.js';
import { ExportJob } from './export-job.entity.js';
import { EXPORT_LISTS, FilterMismatch } from './export-lists.js';
import { EXPORT_PAGE, exportDocument } from './export-run.js';
import { exportJob } from './export.jobs.js';
import type { StartExportInput } from './export.inputs.js';

/** Exports listed by `myExports` when `first` is not given, and at most. */
export const MY_EXPORTS_DEFAULT = 20;
export const MY_EXPORTS_MAX = 100;

export class ExportService {
  /**
   * Queues an export of a list with its filters, for a person whose role may export it (a right
   * of its own: `EXPORT_PERMISSION`). The filter is checked now, as the list's query would check
   * it, so a mistake is said at once rather than by a failed job.
   */
  async start(ctx: RequestContext, schema: GraphQLSchema, input: StartExportInput): Promise<ExportJob> {
    const actor = requireActor(ctx);
    if (actor.serviceAccountId) throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.serviceExport');
    if (!canExport(actor.role, input.list)) throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.export');
    const filter = input.filter ?? {};
    await checkFilter(schema, input, filter);
    return withTransaction(ctx, async (ctx) => {
      const job = await saveNew(ctx, ExportJob, {
        list: input.list,
        format: input.format ?? ExportFormat.XLSX,
        filter,
        requestedById: actor.userId,
        unitId: actor.unitId,
        status: JobStatus.QUEUED,
      });
      await audit(ctx, {
        action: 'startExport',
        objectType: 'ExportJob',
        objectId: job.id,
        fields: [...Object.keys(filter), ...(input.format ? ['format'] : [])],
      });
      await enqueueJob(ctx, exportJob, { exportJobId: job.id });
      return job;
    });
  }

  /** One of the caller's own exports; anyone else's looks missing. */
  async find(ctx: RequestContext, id: string): Promise<ExportJob | null> {
    const actor = requireActor(ctx);
    if (!UUID.test(id)) return null;
    return ctx.db.getRepository(ExportJob).findOneBy({ id, requestedById: actor.userId });
  }

  /** The caller's exports, newest first. */
  async mine(ctx: RequestContext, first: number | null | undefined): Promise<ExportJob[]> {
    const actor = requireActor(ctx);
    const take = first ?? MY_EXPORTS_DEFAULT;
    if (take < 0 || take > MY_EXPORTS_MAX) {
      throw badInput('first', reasonMessage('OUT_OF_RANGE.rows', { max: MY_EXPORTS_MAX }));
    }
    return ctx.db.getRepository(ExportJob).find({
      where: { requestedById: actor.userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take,
    });
  }

  /** Stops one of the caller's exports that has not finished; the job writes no file. */
  async cancel(ctx: RequestContext, id: string): Promise<ExportJob> {
    const actor = requireActor(ctx);
    return withTransaction(ctx, async (ctx) => {
      const job = UUID.test(id)
        ? await ctx.db
            .getRepository(ExportJob)
            .findOne({ where: { id, requestedById: actor.userId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!job) throw notFound('NOT_FOUND.exportJob');
      if (jobFinished(job.status)) throw badInput('id', 'ALREADY_ENDED.export');
      job.status = JobStatus.CANCELLED;
      job.finishedAt = new Date();
      const saved = await ctx.db.getRepository(ExportJob).save(job);
      await audit(ctx, { action: 'cancelExport', objectType: 'ExportJob', objectId: job.id });
      return saved;
    });
  }
}

/**
 * The filter must fit the list's query as its own variables would: the same coercion and the same
 * validation rules, so a filter the list would refuse is refused now rather than failing the job.
 */
async function checkFilter(schema: GraphQLSchema, input: StartExportInput, filter: Record<string, unknown>) {
  const spec = EXPORT_LISTS[input.list];
  const refuse = (detail: string) => badInput('input.filter', reasonMessage('NOT_ALLOWED.exportFilter', { detail }));
  let variables: Record<string, unknown>;
  try {
    variables = spec.variables(filter);
  } catch (error) {
    if (error instanceof FilterMismatch) throw refuse(error.message);
    throw error;
  }
  const operation = exportDocument(input.list).definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], {
    ...variables,
    ...(spec.paged ? { first: EXPORT_PAGE, after: null } : {}),
  });
  if (coerced.errors?.length) throw refuse(coerced.errors.map((e) => e.message).join(' '));
  const value = coerced.coerced?.filter;
  if (!spec.filterInput || !value) return;
  // As type-graphql validates the list's argument (schema/build-schema.ts: forbidUnknownValues off).
  const broken = await validate(Object.assign(new spec.filterInput(), value), { forbidUnknownValues: false });
  if (broken.length) {
    throw refuse(broken.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`).join('; '));
  }
}

export const exportService = new ExportService();
