import busboy from 'busboy';
import express, { type Request, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { can, Permission, reasonMessage } from '@hoanhap/shared';
import { apiMessage, ErrorCode } from '../../common/errors.js';
import { sendAttachment } from '../../common/job-file-route.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { ContextFactory } from '../../create-context.js';
import { audit } from '../audit/audit.service.js';
import { chosenColumns, IMPORT_MAX_BYTES, importService, type Upload } from './import.service.js';
import { previewImport } from './import-preview.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `POST /imports` (multipart/form-data: `file`, `unitCode`, `dryRun`, optional `templateId`, and
 * `campaignId` for a campaign's list, modules/campaigns) queues
 * an import and answers `{ "jobId": "…" }` (202); follow it with GraphQL `importJob(id)`. Errors
 * answer as GraphQL does (`{ errors: [{ message, extensions: { code, field, reason } }] }`).
 * `POST /imports/preview` (`file`, optional `headerRow`): the header row, each column's suggested field and
 * the first rows with their cells' problems, before anything is queued (docs/api.md).
 * `GET /imports/:jobId/report`: the report of the rows not imported, for the person who asked.
 */
export function importRouter(makeContext: ContextFactory): Router {
  const router = express.Router();
  router.post('/imports', async (req, res, next) => {
    try {
      const ctx = await makeContext(req, res);
      if (!ctx.actor) {
        res.status(401).json(errorBody(ErrorCode.UNAUTHENTICATED, apiMessage('UNAUTHENTICATED')));
        return;
      }
      const upload = await readUpload(req);
      if (upload === 'TOO_LARGE') {
        res.status(413).json(tooLarge());
        return;
      }
      const job = await importService.start(ctx, upload);
      res.status(202).json({ jobId: job.id });
    } catch (error) {
      if (error instanceof GraphQLError) {
        const code = String(error.extensions.code ?? ErrorCode.BAD_USER_INPUT);
        const status = code === ErrorCode.FORBIDDEN ? 403 : 400;
        res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
      next(error);
    }
  });

  router.post('/imports/preview', async (req, res, next) => {
    try {
      const ctx = await makeContext(req, res);
      if (!ctx.actor) {
        res.status(401).json(errorBody(ErrorCode.UNAUTHENTICATED, apiMessage('UNAUTHENTICATED')));
        return;
      }
      if (ctx.actor.serviceAccountId || !can(ctx.actor.role, Permission.IMPORT_PEOPLE)) {
        res.status(403).json(errorBody(ErrorCode.FORBIDDEN, apiMessage('FORBIDDEN.import')));
        return;
      }
      const upload = await readUpload(req);
      if (upload === 'TOO_LARGE') {
        res.status(413).json(tooLarge());
        return;
      }
      const { headerRow } = chosenColumns({ headerRow: upload.headerRow, mapping: '' });
      res.status(200).json(await previewImport(upload.fileName, upload.content, headerRow));
    } catch (error) {
      if (error instanceof GraphQLError) {
        res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
      next(error);
    }
  });

  router.get('/imports/:jobId/report', async (req, res, next) => {
    try {
      const ctx = await makeContext(req, res);
      res.setHeader('Cache-Control', 'private, no-store');
      const actor = ctx.actor;
      const id = String(req.params.jobId ?? '');
      if (!actor) {
        res.status(401).type('text/plain').send('Sign in first');
        return;
      }
      const report = !UUID.test(id)
        ? null
        : await withTransaction(ctx, async (ctx) => {
            const [row] = (await ctx.db.query(
              `SELECT file_name, report FROM import_job
               WHERE id = $1 AND requested_by_id = $2 AND report IS NOT NULL AND report_expires_at > now()`,
              [id, actor.userId],
            )) as Array<{ file_name: string; report: Buffer }>;
            if (row) await audit(ctx, { action: 'read:importReport', objectType: 'ImportJob', objectId: id });
            return row ?? null;
          });
      if (!report) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const fileName = `bao-cao-nhap-${report.file_name.replace(/\.[^.]*$/, '')}.xlsx`;
      sendAttachment(res, { fileName, content: report.report }, XLSX);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function tooLarge() {
  const message = apiMessage(reasonMessage('TOO_LARGE.import', { maxMegabytes: IMPORT_MAX_BYTES / 1024 / 1024 }));
  return errorBody(ErrorCode.BAD_USER_INPUT, message, { field: 'file', reason: 'TOO_LARGE' });
}

function errorBody(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/**
 * The form's fields and its one file, read as a stream with busboy's limits: a file past the limit
 * is drained and refused as a whole (`TOO_LARGE`), never kept in part.
 */
function readUpload(req: Request): Promise<Upload | 'TOO_LARGE'> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, fieldSize: 1000 },
        defParamCharset: 'utf8',
      });
    } catch {
      // Not multipart/form-data at all: there is no file.
      resolve({
        fileName: '',
        content: Buffer.alloc(0),
        unitCode: '',
        dryRun: false,
        templateId: null,
        headerRow: '',
        mapping: '',
      });
      return;
    }
    const fields: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let fileName = '';
    let tooLarge = false;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      fileName = info.filename ?? '';
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
    });
    parser.on('error', reject);
    parser.on('close', () => {
      if (tooLarge) {
        resolve('TOO_LARGE');
        return;
      }
      resolve({
        fileName,
        content: Buffer.concat(chunks),
        unitCode: (fields.unitCode ?? '').trim(),
        dryRun: fields.dryRun === 'true',
        templateId: fields.templateId?.trim() || null,
        headerRow: (fields.headerRow ?? '').trim(),
        mapping: (fields.mapping ?? '').trim(),
        campaignId: fields.campaignId?.trim() || null,
      });
    });
    req.pipe(parser);
  });
}
