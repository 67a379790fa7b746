import { can, Permission } from '@hoanhap/shared';
import type { RequestContext } from '../../../context.js';
import { withTransaction } from '../../../common/transaction.js';
import { personDocumentsHidden } from './document.service.js';
import { audit } from '../../audit/audit.service.js';
import { idInScope } from '../common.js';
import { type CheckedFile, checkFileContent } from './document-file.js';

export interface StoredFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

/**
 * A document's file, through the same context, permissions and scope as GraphQL. Both answer null
 * for anything the caller may not reach (no session, a role without the permission, a document out
 * of scope or missing), so the routes can answer one 404 that never tells whether it exists.
 */
export class DocumentFileService {
  /** The file, with a `downloadDocumentFile` audit row in the same transaction as the read. */
  async read(ctx: RequestContext, id: string): Promise<StoredFile | null> {
    if (!ctx.actor || !can(ctx.actor.role, Permission.READ_COMMITTEE)) return null;
    return withTransaction(ctx, async (ctx) => {
      const documentId = await idInScope(ctx, 'document', id, { where: personDocumentsHidden(ctx) });
      if (!documentId) return null;
      const rows: Array<{ file_name: string; mime_type: string; content: Buffer }> = await ctx.db.query(
        'SELECT file_name, mime_type, content FROM document_file WHERE document_id = $1',
        [documentId],
      );
      const file = rows[0];
      if (!file) return null;
      await audit(ctx, { action: 'downloadDocumentFile', objectType: 'Document', objectId: documentId });
      return { fileName: file.file_name, mimeType: file.mime_type, content: file.content };
    });
  }

  /**
   * Attaches (or replaces) the file of a document the caller may write. The bytes are checked
   * (type, size, name) only once the document is known to be theirs: BAD_USER_INPUT then.
   */
  async attach(
    ctx: RequestContext,
    id: string,
    upload: { name: string; mimeType: string; content: Buffer },
  ): Promise<(Omit<CheckedFile, 'content'> & { documentId: string }) | null> {
    if (!ctx.actor || !can(ctx.actor.role, Permission.WRITE_COMMITTEE)) return null;
    return withTransaction(ctx, async (ctx) => {
      const documentId = await idInScope(ctx, 'document', id, { lock: true });
      if (!documentId) return null;
      const file = checkFileContent(upload.name, upload.mimeType, upload.content, 'file');
      await ctx.db.query(
        `INSERT INTO document_file (document_id, file_name, mime_type, size_bytes, sha256, content)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (document_id) DO UPDATE SET file_name = EXCLUDED.file_name, mime_type = EXCLUDED.mime_type,
           size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, content = EXCLUDED.content, created_at = now()`,
        [documentId, file.fileName, file.mimeType, file.sizeBytes, file.sha256, file.content],
      );
      await audit(ctx, {
        action: 'uploadDocumentFile',
        objectType: 'Document',
        objectId: documentId,
        fields: ['file'],
      });
      const { content: _content, ...meta } = file;
      return { documentId, ...meta };
    });
  }
}

export const documentFileService = new DocumentFileService();
