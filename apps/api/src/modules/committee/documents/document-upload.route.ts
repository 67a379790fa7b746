import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { ContextFactory } from '../../../create-context.js';
import { MAX_FILE_BYTES } from './document-file.js';
import { documentFileService } from './document-file.service.js';

/**
 * `PUT /documents/:id/file`: attaches (or replaces) a document's file, sent as the raw body with
 * its type in `Content-Type` and its name, URI-encoded, in `X-File-Name`. This is how files
 * larger than what fits in a GraphQL request travel (up to 5 MB). The custom header also means a
 * browser on another site cannot send it without a preflight, which this origin never grants.
 * No session, a role that may not write, or a document out of scope: the same 404.
 */
export function documentUploadRouter(makeContext: ContextFactory): Router {
  const router = express.Router();
  router.put(
    '/documents/:id/file',
    express.raw({ type: () => true, limit: MAX_FILE_BYTES }),
    async (req, res, next) => {
      try {
        const ctx = await makeContext(req, res);
        const stored = await documentFileService.attach(ctx, String(req.params.id ?? ''), {
          name: decodeName(req.header('x-file-name')),
          mimeType: req.header('content-type') ?? '',
          content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        });
        if (!stored) {
          res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
          return;
        }
        res.status(200).json({
          documentId: stored.documentId,
          fileName: stored.fileName,
          mimeType: stored.mimeType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
        });
      } catch (error) {
        if (error instanceof GraphQLError) {
          res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
          return;
        }
        next(error);
      }
    },
  );
  return router;
}

function decodeName(header: string | undefined): string {
  try {
    return decodeURIComponent(header ?? '');
  } catch {
    return '';
  }
}
