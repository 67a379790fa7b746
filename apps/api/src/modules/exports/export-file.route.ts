import type { RequestHandler } from 'express';
import type { ContextFactory } from '../../create-context.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import { audit } from '../audit/audit.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /exports/:jobId/file`: the file an export wrote, for the person who asked for it and nobody
 * else, until it expires; anything else is 404, whether missing, someone else's or expired. Each
 * download is audited (`read:export`) in the transaction that reads the file.
 */
export function exportFileRoute(makeContext: ContextFactory): RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await makeContext(req, res);
      res.setHeader('Cache-Control', 'private, no-store');
      const id = String(req.params.jobId ?? '');
      const actor = ctx.actor;
      if (!actor || actor.serviceAccountId) {
        res
          .status(actor ? 404 : 401)
          .type('text/plain')
          .send(actor ? 'Not found' : 'Sign in first');
        return;
      }
      const file = !UUID.test(id)
        ? null
        : await withTransaction(ctx, async (ctx) => {
            const [row] = (await ctx.db.query(
              `SELECT file_name, content FROM export_job
               WHERE id = $1 AND requested_by_id = $2 AND status = 'SUCCEEDED' AND content IS NOT NULL AND expires_at > now()`,
              [id, actor.userId],
            )) as Array<{ file_name: string; content: Buffer }>;
            if (row) await audit(ctx, { action: 'read:export', objectType: 'ExportJob', objectId: id });
            return row ?? null;
          });
      if (!file) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('Content-Type', file.file_name.endsWith('.csv') ? 'text/csv; charset=utf-8' : XLSX);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${file.file_name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      );
      res.status(200).send(file.content);
    } catch (err) {
      next(err);
    }
  };
}
