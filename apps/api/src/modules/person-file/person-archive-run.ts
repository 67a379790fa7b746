import { createHash } from 'node:crypto';
import { can, Permission, todayInVietnam } from '@hoanhap/shared';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { execute } from 'graphql';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import type { JobRun } from '../../jobs/job.js';
import { actorNow } from '../../jobs/job-actor.js';
import { safeErrorSummary } from '../../schema/format-error.js';
import { audit } from '../audit/audit.service.js';
import { personFileDocument } from './person-file.document.js';
import { PERSON_FILE_FORMAT_VERSION, personFileJsonSchema } from './person-file-schema.js';

/** How long a written archive can be downloaded. */
export const PERSON_ARCHIVE_HOURS = 24;

interface Claimed {
  id: string;
  returnee_id: string;
  purpose: string;
  requested_by_id: string;
}

/** Ends the run without a file: why, as a reason code. */
class ArchiveFailure extends Error {}

/**
 * Writes one person's archive: claims the job (QUEUED → RUNNING, so a second delivery does
 * nothing), then in ONE transaction acting as the person who asked (their role and scope as they
 * are now) reads the whole file with the print page's own query (audited `read:personFile` with
 * the purpose), zips person.json, schema.json and each document's file, stores the archive with
 * its hash and writes the `writePersonArchive` audit row naming its counts and hash: the archive
 * exists exactly when its audit does.
 */
export async function runPersonArchive(
  system: RequestContext,
  run: Pick<JobRun<object>, 'schema' | 'as'>,
  jobId: string,
): Promise<void> {
  const db = system.dataSource;
  const [claimed] = (await db.query(
    `WITH claimed AS (
       UPDATE person_archive_job SET status = 'RUNNING', started_at = now(), updated_at = now(), version = version + 1
       WHERE id = $1 AND status = 'QUEUED' RETURNING id, returnee_id, purpose, requested_by_id
     ) SELECT * FROM claimed`,
    [jobId],
  )) as Claimed[];
  if (!claimed) return;
  try {
    const actor = await actorNow(system, claimed.requested_by_id);
    if (!actor || !can(actor.role, Permission.EXPORT_PERSON_FILE)) throw new ArchiveFailure('FORBIDDEN');
    const schema = await run.schema();
    await withTransaction(run.as(actor), async (ctx) => {
      const result = await execute({
        schema,
        document: personFileDocument(),
        contextValue: ctx,
        variableValues: { id: claimed.returnee_id, purpose: claimed.purpose },
      });
      if (result.errors?.length) {
        const code = result.errors[0]?.extensions?.code;
        throw new ArchiveFailure(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
      }
      const file = (result.data as { personFile: PersonFileAnswer }).personFile;
      const person = { formatVersion: PERSON_FILE_FORMAT_VERSION, ...file };
      const entries: Zippable = {
        'person.json': strToU8(`${JSON.stringify(person, null, 2)}\n`),
        'schema.json': strToU8(`${JSON.stringify(personFileJsonSchema(schema), null, 2)}\n`),
      };
      const files = await documentFiles(
        ctx,
        file.documents.map((d) => d.id),
      );
      for (const f of files) entries[archivePath(f.document_id, f.file_name)] = [f.content, { level: 0 }];
      const archive = Buffer.from(zipSync(entries, { level: 6 }));
      const sha256 = createHash('sha256').update(archive).digest('hex');
      const records = countRecords(file);
      const fileName = `ho-so-${claimed.returnee_id.slice(0, 8)}-${todayInVietnam()}.zip`;
      const stored = (await ctx.db.query(
        `WITH stored AS (
           UPDATE person_archive_job SET status = 'SUCCEEDED', content = $2, sha256 = $3, size_bytes = $4,
             file_name = $5, record_count = $6, document_count = $7, finished_at = now(),
             expires_at = now() + make_interval(hours => $8), updated_at = now(), version = version + 1
           WHERE id = $1 AND status = 'RUNNING' RETURNING id
         ) SELECT id FROM stored`,
        [claimed.id, archive, sha256, archive.length, fileName, records, files.length, PERSON_ARCHIVE_HOURS],
      )) as unknown[];
      if (stored.length === 0) return; // failed by the purge meanwhile
      await audit(ctx, {
        action: 'writePersonArchive',
        objectType: 'PersonArchiveJob',
        objectId: claimed.id,
        returneeId: claimed.returnee_id,
        // Counts and the hash, never a value of the file: the chain then vouches for what left.
        fields: ['purpose', `records:${records}`, `documents:${files.length}`, `sha256:${sha256}`],
      });
    });
  } catch (error) {
    const reason = error instanceof ArchiveFailure ? error.message : 'INTERNAL_SERVER_ERROR';
    if (!(error instanceof ArchiveFailure)) {
      system.log.error({ err: safeErrorSummary(error as Error), jobId }, 'person archive failed');
    }
    await db.query(
      `UPDATE person_archive_job SET status = 'FAILED', failure_reason = $2, finished_at = now(), updated_at = now(),
         version = version + 1
       WHERE id = $1 AND status = 'RUNNING'`,
      [claimed.id, reason],
    );
  }
}

interface PersonFileAnswer {
  documents: Array<{ id: string }>;
  [key: string]: unknown;
}

/** Where a document's file goes in the archive: its id keeps two files of the same name apart. */
export function archivePath(documentId: string, fileName: string): string {
  // Names were checked on upload; a path separator or a control character still never reaches the zip.
  const safe = [...fileName].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 ? '_' : c)).join('');
  return `documents/${documentId}-${safe.replace(/^\.+/, '_')}`;
}

async function documentFiles(ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return [];
  return (await ctx.db.query(
    'SELECT document_id, file_name, content FROM document_file WHERE document_id = ANY($1::uuid[]) ORDER BY document_id',
    [ids],
  )) as Array<{ document_id: string; file_name: string; content: Buffer }>;
}

/** The person and every record listed in their file (list entries at any depth). */
export function countRecords(value: unknown): number {
  let count = 0;
  const walk = (v: unknown, inList: boolean) => {
    if (Array.isArray(v)) {
      for (const item of v) walk(item, true);
    } else if (v && typeof v === 'object') {
      if (inList) count += 1;
      for (const child of Object.values(v)) walk(child, false);
    }
  };
  walk(value, false);
  return count + 1;
}
