import { randomUUID } from 'node:crypto';
import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { can, Permission } from '@hoanhap/shared';
import type { RequestContext } from '../../../context.js';
import type { Logger } from '../../../logger.js';
import { audit } from '../../audit/audit.service.js';
import { authService } from '../../auth/auth.service.js';
import type { CookieSettings } from '../../../context.js';
import { isUuid } from '../common.js';
import { checkFileContent, MAX_FILE_BYTES } from './document-file.js';

/**
 * `PUT /documents/:id/file`: attaches (or replaces) a document's file, sent as the raw body with
 * its type in `Content-Type` and its name, URI-encoded, in `X-File-Name`. This is how files
 * larger than what fits in a GraphQL request travel (up to 5 MB). The custom header also means a
 * browser on another site cannot send it without a preflight, which this origin never grants.
 * No session, a role that may not write, or a document out of scope: the same 404.
 */
export function documentUploadRouter(dataSource: DataSource, cookies: CookieSettings, log: Logger): Router {
  const router = express.Router();
  router.put(
    '/documents/:id/file',
    express.raw({ type: () => true, limit: MAX_FILE_BYTES }),
    async (req, res, next) => {
      try {
        const id = String(req.params.id ?? '');
        const { actor } = await authService.actorFromCookie(dataSource, req.headers.cookie, cookies);
        const mayWrite = actor && can(actor.role, Permission.WRITE_COMMITTEE) && isUuid(id);
        const found: unknown[] = mayWrite
          ? await dataSource.query('SELECT 1 FROM document WHERE id = $1 AND unit_id = ANY($2::uuid[])', [
              id,
              actor.unitScope,
            ])
          : [];
        if (!actor || found.length === 0) {
          res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
          return;
        }
        const name = decodeName(req.header('x-file-name'));
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const file = checkFileContent(name, req.header('content-type') ?? '', body, 'file');
        const requestId = (req as { id?: string }).id ?? randomUUID();
        await dataSource.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO document_file (document_id, file_name, mime_type, size_bytes, sha256, content)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (document_id) DO UPDATE SET file_name = EXCLUDED.file_name, mime_type = EXCLUDED.mime_type,
               size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, content = EXCLUDED.content, created_at = now()`,
            [id, file.fileName, file.mimeType, file.sizeBytes, file.sha256, file.content],
          );
          await audit(tx, { actor, requestId } as RequestContext, {
            action: 'uploadDocumentFile',
            objectType: 'Document',
            objectId: id,
            fields: ['file'],
          });
        });
        res.status(200).json({
          documentId: id,
          fileName: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
        });
      } catch (error) {
        if (error instanceof GraphQLError || (error as { extensions?: unknown }).extensions) {
          const e = error as GraphQLError;
          res.status(400).json({ errors: [{ message: e.message, extensions: e.extensions }] });
          return;
        }
        log.error({ err: { message: (error as Error).message } }, 'document upload failed');
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
