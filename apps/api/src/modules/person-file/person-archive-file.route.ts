import type { RequestHandler } from 'express';
import { jobFileRoute } from '../../common/job-file-route.js';
import type { ContextFactory } from '../../create-context.js';
import { audit } from '../audit/audit.service.js';

/**
 * `GET /person-archives/:jobId/file`: a person's archive, for the person who asked for it and
 * nobody else, until it expires. Each download is audited (`read:personArchive`, in the person's
 * history) in the reading transaction.
 */
export function personArchiveFileRoute(makeContext: ContextFactory): RequestHandler {
  return jobFileRoute(
    makeContext,
    async (ctx, id, userId) => {
      const [row] = (await ctx.db.query(
        `SELECT file_name AS "fileName", content, returnee_id FROM person_archive_job
         WHERE id = $1 AND requested_by_id = $2 AND status = 'SUCCEEDED' AND content IS NOT NULL AND expires_at > now()`,
        [id, userId],
      )) as Array<{ fileName: string; content: Buffer; returnee_id: string }>;
      if (!row) return null;
      await audit(ctx, {
        action: 'read:personArchive',
        objectType: 'PersonArchiveJob',
        objectId: id,
        returneeId: row.returnee_id,
      });
      return row;
    },
    () => 'application/zip',
  );
}
