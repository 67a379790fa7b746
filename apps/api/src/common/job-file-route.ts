import type { RequestHandler, Response } from 'express';
import type { ContextFactory } from '../create-context.js';
import type { RequestContext } from '../context.js';
import { withTransaction } from './transaction.js';
import { UUID } from './uuid.js';

/** A file a job wrote, as its table keeps it. */
export interface JobFile {
  fileName: string;
  content: Buffer;
}

/**
 * `GET /<jobs>/:jobId/file`: the file a job wrote, for the person who asked for it and nobody
 * else, until it expires. `read` looks it up in one transaction as the signed-in person (the row
 * must be theirs, finished and not expired) and audits the download there; anything else is 404,
 * whether missing, someone else's or expired, and an integration key gets 404 too.
 */
export function jobFileRoute(
  makeContext: ContextFactory,
  read: (ctx: RequestContext, jobId: string, userId: string) => Promise<JobFile | null>,
  contentType: (fileName: string) => string,
): RequestHandler {
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
      const file = UUID.test(id) ? await withTransaction(ctx, (ctx) => read(ctx, id, actor.userId)) : null;
      if (!file) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      sendAttachment(res, file, contentType(file.fileName));
    } catch (err) {
      next(err);
    }
  };
}

/** Sends a file to be saved (never shown inline), its name safe in both header forms. */
export function sendAttachment(res: Response, file: JobFile, contentType: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  res.status(200).send(file.content);
}
