import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { can, Permission } from '@hoanhap/shared';
import type { RequestContext } from '../../../context.js';
import { audit } from '../../audit/audit.service.js';
import { authService } from '../../auth/auth.service.js';
import type { CookieSettings } from '../../../context.js';
import { isUuid } from '../common.js';

/**
 * `GET /documents/:id/file`: the document's file, to a signed-in user whose role reads committee
 * documents and whose unit scope holds the document. Anything else (no session, wrong role,
 * out of scope, no file) is the same 404, so the answer never tells whether a document exists.
 * Every download is audited. Mount it in server.ts:
 *   app.get('/documents/:id/file', documentFileRoute(dataSource, cookies));
 */
export function documentFileRoute(dataSource: DataSource, cookies: CookieSettings): RequestHandler {
  return async (req, res, next) => {
    try {
      const id = String(req.params.id ?? '');
      const { actor } = await authService.actorFromCookie(dataSource, req.headers.cookie, cookies);
      const allowed = actor && can(actor.role, Permission.READ_COMMITTEE) && isUuid(id);
      const rows: Array<{ file_name: string; mime_type: string; content: Buffer }> = allowed
        ? await dataSource.query(
            `SELECT f.file_name, f.mime_type, f.content FROM document_file f JOIN document d ON d.id = f.document_id
             WHERE d.id = $1 AND d.unit_id = ANY($2::uuid[])`,
            [id, actor.unitScope],
          )
        : [];
      const file = rows[0];
      res.setHeader('Cache-Control', 'private, no-store');
      if (!actor || !file) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const requestId = (req as { id?: string }).id ?? randomUUID();
      await dataSource.transaction((tx) =>
        audit(tx, { actor, requestId } as RequestContext, {
          action: 'downloadDocumentFile',
          objectType: 'Document',
          objectId: id,
        }),
      );
      res.setHeader('Content-Type', file.mime_type);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
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
