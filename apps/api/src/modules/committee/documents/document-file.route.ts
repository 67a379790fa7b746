import type { RequestHandler } from 'express';
import type { ContextFactory } from '../../../create-context.js';
import { documentFileService } from './document-file.service.js';

/**
 * `GET /documents/:id/file`: the document's file, to a signed-in user whose role reads committee
 * documents and whose unit scope holds the document. Anything else (no session, wrong role,
 * out of scope, no file) is the same 404, so the answer never tells whether a document exists.
 * Every download is audited (document-file.service.ts).
 */
export function documentFileRoute(makeContext: ContextFactory): RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await makeContext(req, res);
      const file = await documentFileService.read(ctx, String(req.params.id ?? ''));
      res.setHeader('Cache-Control', 'private, no-store');
      if (!file) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('Content-Type', file.mimeType);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      res.status(200).send(file.content);
    } catch (err) {
      next(err);
    }
  };
}
