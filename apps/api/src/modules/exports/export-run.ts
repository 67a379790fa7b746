import { createHash } from 'node:crypto';
import { canExport, type ExportFormat, type ExportList, JobStatus, todayInVietnam } from '@hoanhap/shared';
import { type DocumentNode, execute, type GraphQLSchema, parse } from 'graphql';
import type { RequestContext } from '../../context.js';
import type { JobRun } from '../../jobs/job.js';
import { actorNow } from '../../jobs/job-actor.js';
import { withTransaction } from '../../common/transaction.js';
import { readingReplicas } from '../../database/read-routing.js';
import { safeErrorSummary } from '../../schema/format-error.js';
import { audit } from '../audit/audit.service.js';
import { EXPORT_LISTS, type ExportListSpec } from './export-lists.js';
import { FORMAT_EXTENSIONS, type TableWriter, tableWriter } from '../../common/sheet-writer.js';

// UPDATE ... RETURNING is wrapped in a SELECT: TypeORM answers an UPDATE with [rows, count].

/** Rows asked for per page: the lists' largest page. */
export const EXPORT_PAGE = 100;
/** How long a written file can be downloaded. */
export const EXPORT_FILE_HOURS = 24;
/** A list longer than this is refused rather than written (a city's whole caseload fits). */
export const EXPORT_MAX_ROWS = 1_000_000;

const documents = new Map<ExportList, DocumentNode>();
/** The list's query, parsed once per process. */
export function exportDocument(list: ExportList): DocumentNode {
  let document = documents.get(list);
  if (!document) {
    document = parse(EXPORT_LISTS[list].query);
    documents.set(list, document);
  }
  return document;
}

interface Claimed {
  id: string;
  list: ExportList;
  format: ExportFormat;
  filter: Record<string, unknown>;
  requested_by_id: string;
  /** The primary's WAL position when the run began: the pages are read where it has been replayed. */
  lsn: string;
}

/** Ends the run without a file: why, as a reason code. */
class ExportFailure extends Error {}

/**
 * Writes the file of one export: claims the job (QUEUED → RUNNING, so a second delivery does
 * nothing), reads the list page by page as the person who asked (their role and scope as they are
 * now), writes the rows to the sheet as they come, notes the progress after each page (and stops
 * if the job was cancelled), then stores the file with its hash and writes the audit row in one
 * transaction.
 */
export async function runExport(
  system: RequestContext,
  run: Pick<JobRun<object>, 'schema' | 'as'>,
  exportJobId: string,
): Promise<void> {
  const db = system.dataSource;
  const [claimed] = (await db.query(
    `WITH claimed AS (
       UPDATE export_job SET status = 'RUNNING', started_at = now(), updated_at = now(), version = version + 1
       WHERE id = $1 AND status = 'QUEUED' RETURNING id, list, format, filter, requested_by_id
     ) SELECT *, pg_current_wal_lsn()::text AS lsn FROM claimed`,
    [exportJobId],
  )) as Claimed[];
  if (!claimed) return;
  try {
    const actor = await actorNow(system, claimed.requested_by_id);
    if (!actor || !canExport(actor.role, claimed.list)) throw new ExportFailure('FORBIDDEN');
    const spec = EXPORT_LISTS[claimed.list];
    const writer = tableWriter<Record<string, unknown>>(claimed.format, spec.sheet, spec.columns);
    // A selection's people each see the export in their access history; a list's filter says who.
    const people = Array.isArray(claimed.filter.ids) && spec.personOf ? new Set<string>() : null;
    const written = await writeRows(system, await run.schema(), () => run.as(actor), claimed, spec, writer, people);
    if (written === null) return; // cancelled
    const file = await writer.finish();
    const sha256 = createHash('sha256').update(file).digest('hex');
    const fileName = `${spec.fileStem}-${todayInVietnam()}.${FORMAT_EXTENSIONS[claimed.format]}`;
    await withTransaction(run.as(actor), async (ctx) => {
      const stored = (await ctx.db.query(
        `WITH stored AS (
           UPDATE export_job SET status = 'SUCCEEDED', content = $2, sha256 = $3, size_bytes = $4, file_name = $5,
             rows_total = $6, rows_written = $6, finished_at = now(), expires_at = now() + make_interval(hours => $7),
             updated_at = now(), version = version + 1
           WHERE id = $1 AND status = 'RUNNING' RETURNING id
         ) SELECT id FROM stored`,
        [claimed.id, file, sha256, file.length, fileName, written, EXPORT_FILE_HOURS],
      )) as unknown[];
      if (stored.length === 0) return; // cancelled while the file was being finished
      const entry = { action: 'writeExport', objectType: 'ExportJob', objectId: claimed.id } as const;
      await audit(ctx, [
        { ...entry, fields: Object.keys(claimed.filter) },
        ...[...(people ?? [])].map((returneeId) => ({ ...entry, returneeId, fields: ['selection'] })),
      ]);
    });
  } catch (error) {
    const reason = error instanceof ExportFailure ? error.message : 'INTERNAL_SERVER_ERROR';
    if (!(error instanceof ExportFailure)) {
      system.log.error({ err: safeErrorSummary(error as Error), exportJobId }, 'export failed');
    }
    await db.query(
      `UPDATE export_job SET status = 'FAILED', failure_reason = $2, finished_at = now(), updated_at = now(),
         version = version + 1
       WHERE id = $1 AND status = 'RUNNING'`,
      [claimed.id, reason],
    );
  }
}

type Answer = Record<string, unknown>;
interface Connection {
  totalCount?: number;
  totalCountExact?: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Answer }>;
}

/** Every row of the list into the sheet; the number written, or null when the job was cancelled. */
async function writeRows(
  system: RequestContext,
  schema: GraphQLSchema,
  contextFor: () => RequestContext,
  job: Claimed,
  spec: ExportListSpec,
  writer: TableWriter<Answer>,
  people: Set<string> | null,
): Promise<number | null> {
  const document = exportDocument(job.list);
  const variables = spec.variables(job.filter);
  let after: string | null = null;
  let written = 0;
  for (;;) {
    // A context per page: its loaders' caches go with the page.
    // Read on a replica when there are some (database/replicas.ts), one that has replayed
    // everything committed before the run began, so the file is what the primary held then or later.
    const result = await readingReplicas(job.lsn, () =>
      execute({
        schema,
        document,
        contextValue: contextFor(),
        variableValues: spec.paged ? { ...variables, first: EXPORT_PAGE, after } : variables,
      }),
    );
    if (result.errors?.length) {
      const code = result.errors[0]?.extensions?.code;
      throw new ExportFailure(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
    }
    const data = result.data as Answer;
    const answer = spec.fields.map((field) => data[field]).find((value) => value != null);
    const connection = spec.paged ? (answer as Connection) : null;
    const rows = connection ? connection.edges.map((edge) => edge.node) : ((answer ?? []) as Answer[]);
    writer.add(rows);
    for (const row of people ? rows : []) {
      const person = spec.personOf?.(row);
      if (person) people?.add(person);
    }
    written += rows.length;
    if (written > EXPORT_MAX_ROWS) throw new ExportFailure('TOO_MANY');
    const total =
      connection?.totalCount !== undefined && connection.totalCountExact !== false ? connection.totalCount : null;
    const [progress] = (await system.dataSource.query(
      `WITH noted AS (
         UPDATE export_job SET rows_written = $2, rows_total = COALESCE(rows_total, $3) WHERE id = $1 RETURNING status
       ) SELECT status FROM noted`,
      [job.id, written, spec.paged ? total : written],
    )) as Array<{ status: JobStatus }>;
    if (progress?.status !== JobStatus.RUNNING) return null;
    if (!connection?.pageInfo.hasNextPage) return written;
    after = connection.pageInfo.endCursor;
  }
}
