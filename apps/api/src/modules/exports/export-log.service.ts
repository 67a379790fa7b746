import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { findVisibleReturnee } from '../returnees/returnee-access.js';
import type { RecordExportInput } from './export-log.inputs.js';
import { withTransaction } from '../../common/transaction.js';

/**
 * Every export is logged (docs/domain.md, Personal data: "every read of a case file and every export is logged"). The
 * web app records the export before it writes the file, and writes nothing when this refuses. A
 * list export is one row naming the list and its filters; a selection names each person, so the
 * export shows in their access history.
 */
export async function recordExport(ctx: RequestContext, input: RecordExportInput): Promise<boolean> {
  const actor = requireActor(ctx);
  if (actor.serviceAccountId) {
    throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.serviceExport');
  }
  return withTransaction(ctx, async (ctx) => {
    const people = input.returneeIds ?? [];
    for (const [index, id] of people.entries()) {
      if (!(await findVisibleReturnee(ctx, id))) {
        throw badInput(`input.returneeIds.${index}`, 'NOT_FOUND.person');
      }
    }
    const fields = input.filterKeys ?? [];
    await audit(ctx, { action: 'recordExport', objectType: input.list, fields });
    for (const returneeId of people) {
      await audit(ctx, { action: 'recordExport', objectType: input.list, returneeId, fields: ['selection'] });
    }
    return true;
  });
}
