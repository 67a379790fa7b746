import { JobStatus } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { ImportFlag } from './import-flag.entity.js';
import { IMPORT_FLAGS_MAX, importFlagService } from './import-flag.service.js';
import { ImportJob } from './import-job.entity.js';
import { importService, MY_IMPORTS_DEFAULT, MY_IMPORTS_MAX } from './import.service.js';

@Resolver(() => ImportJob)
export class ImportResolver {
  @Authorized()
  @Query(() => ImportJob, {
    nullable: true,
    description: 'One of your imports (started with POST /imports); null for anyone else’s.',
  })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ImportJob | null> {
    return importService.find(ctx, id);
  }

  @Authorized()
  @Query(() => [ImportJob], {
    description: `Your imports, newest first (${MY_IMPORTS_DEFAULT} by default, at most ${MY_IMPORTS_MAX}).`,
  })
  myImports(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportJob[]> {
    return importService.mine(ctx, first);
  }

  @Authorized()
  @Mutation(() => ImportJob, {
    description: 'Stops one of your imports that has not finished; the rows already imported stay.',
  })
  cancelImport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ImportJob> {
    return importService.cancel(ctx, id);
  }

  @FieldResolver(() => Float, { description: 'How far the job is, from 0 to 1 (0 until the file is read).' })
  progress(@Root() job: ImportJob): number {
    if (job.status === JobStatus.SUCCEEDED) return 1;
    if (!job.rowsTotal) return 0;
    return Math.min(1, job.rowsDone / job.rowsTotal);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where to GET the report of the rows not imported, each with its reason (.xlsx, with your session): set when ' +
      'the import finished with such rows, for 7 days.',
  })
  reportUrl(@Root() job: ImportJob): string | null {
    const available =
      job.status === JobStatus.SUCCEEDED &&
      job.rowsFailed + job.rowsFlagged > 0 &&
      job.reportExpiresAt !== null &&
      job.reportExpiresAt > new Date();
    return available ? `/imports/${job.id}/report` : null;
  }

  @FieldResolver(() => [ImportFlag], {
    description: `The rows left for you to decide (rowsFlagged), by row number after afterRow; at most ${IMPORT_FLAGS_MAX}.`,
  })
  flags(
    @Root() job: ImportJob,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('afterRow', () => Int, { nullable: true }) afterRow: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportFlag[]> {
    return importFlagService.list(ctx, job.id, first, afterRow);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit the people come into.' })
  async unit(@Root() job: ImportJob, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(job.unitId);
    if (!unit) throw new Error('import without unit');
    return unit;
  }
}
