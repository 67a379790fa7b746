import type { RequestHandler } from 'express';
import { jobFileRoute } from '../../common/job-file-route.js';
import type { ContextFactory } from '../../create-context.js';
import { audit } from '../audit/audit.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /exports/:jobId/file`: the file an export wrote, for the person who asked for it and nobody
 * else, for 24 hours. Each download is audited (`read:export`) in the transaction that reads the file.
 */
export function exportFileRoute(makeContext: ContextFactory): RequestHandler {
  return jobFileRoute(
    makeContext,
    async (ctx, id, userId) => {
      const [row] = (await ctx.db.query(
        `SELECT file_name AS "fileName", content FROM export_job
         WHERE id = $1 AND requested_by_id = $2 AND status = 'SUCCEEDED' AND content IS NOT NULL AND expires_at > now()`,
        [id, userId],
      )) as Array<{ fileName: string; content: Buffer }>;
      if (row) await audit(ctx, { action: 'read:export', objectType: 'ExportJob', objectId: id });
      return row ?? null;
    },
    (fileName) => (fileName.endsWith('.csv') ? 'text/csv; charset=utf-8' : XLSX),
  );
}
