import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { RecordExportInput } from './export-log.inputs.js';
import { recordExport } from './export-log.service.js';

@Resolver()
export class ExportLogResolver {
  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Logs a spreadsheet export before the file is written: the list and the names of its filters, and for a selection ' +
      'each person (their access history shows it). Signed-in people only.',
  })
  recordExport(
    @Arg('input', () => RecordExportInput) input: RecordExportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return recordExport(ctx, input);
  }
}
