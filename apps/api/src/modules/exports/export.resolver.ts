import { JobStatus } from '@hoanhap/shared';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  Float,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ExportJob } from './export-job.entity.js';
import { StartExportInput } from './export.inputs.js';
import { exportService, MY_EXPORTS_DEFAULT, MY_EXPORTS_MAX } from './export.service.js';

@Resolver(() => ExportJob)
export class ExportResolver {
  @Authorized()
  @Mutation(() => ExportJob, {
    description:
      'Starts writing a list to a spreadsheet on the server, with the list’s filters: poll `exportJob` and fetch the ' +
      'file from `downloadUrl` (GET /exports/:id/file, for you alone, for 24 hours). Export is a right of its own per ' +
      'list (FORBIDDEN otherwise); the file’s writing is audited with its filters, rows and hash.',
  })
  startExport(
    @Arg('input', () => StartExportInput) input: StartExportInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExportJob> {
    return exportService.start(ctx, info.schema, input);
  }

  @Authorized()
  @Mutation(() => ExportJob, { description: 'Stops one of your exports that has not finished; no file is written.' })
  cancelExport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ExportJob> {
    return exportService.cancel(ctx, id);
  }

  @Authorized()
  @Query(() => ExportJob, { nullable: true, description: 'One of your exports; null for anyone else’s.' })
  exportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ExportJob | null> {
    return exportService.find(ctx, id);
  }

  @Authorized()
  @Query(() => [ExportJob], {
    description: `Your exports, newest first (${MY_EXPORTS_DEFAULT} by default, at most ${MY_EXPORTS_MAX}).`,
  })
  myExports(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ExportJob[]> {
    return exportService.mine(ctx, first);
  }

  @FieldResolver(() => Float, { description: 'How far the job is, from 0 to 1 (0 until the rows are counted).' })
  progress(@Root() job: ExportJob): number {
    if (job.status === JobStatus.SUCCEEDED) return 1;
    if (!job.rowsTotal) return 0;
    return Math.min(1, job.rowsWritten / job.rowsTotal);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to GET the file (with your session): set once written, until it expires.',
  })
  downloadUrl(@Root() job: ExportJob): string | null {
    const available = job.status === JobStatus.SUCCEEDED && job.expiresAt !== null && job.expiresAt > new Date();
    return available ? `/exports/${job.id}/file` : null;
  }
}
