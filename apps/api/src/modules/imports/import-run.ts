import { can, type ImportCell, type ImportField, Permission } from '@hoanhap/shared';
import { GraphQLError } from 'graphql';
import { SheetWriter } from '../../common/sheet-writer.js';
import { readSheetRows, sheetKind, UnreadableSheet } from '../../common/sheet-reader.js';
import { withTransaction } from '../../common/transaction.js';
import { safeErrorSummary } from '../../schema/format-error.js';
import type { RequestContext } from '../../context.js';
import type { JobRun } from '../../jobs/job.js';
import { actorNow } from '../../jobs/job-actor.js';
import { audit } from '../audit/audit.service.js';
import { campaignLayout, prepareCampaignRow, recordCampaignRelease } from '../campaigns/campaign-intake.js';
import { keepFlag } from './import-flag.service.js';
import { RecordRefused, writeRecords } from './import-records-write.js';
import { type Outcome, vietnamese, writePerson } from './import-write.js';
import { inLanes } from './import-lanes.js';
import {
  chosenLayout,
  findLayout,
  isBlankRow,
  type ReadRow,
  readRow,
  type SheetLayout,
  suggestedLayout,
  templateLayout,
} from './import-rows.js';

/** Rows of data a file may hold (the limit: a province's amnesty list fits). */
export const IMPORT_MAX_ROWS = 50_000;
/** How long the report of a finished import can be downloaded. */
export const IMPORT_REPORT_DAYS = 7;
/** Rows between two progress notes (and cancellation checks). */
const PROGRESS_EVERY = 100;

interface Claimed {
  id: string;
  unit_id: string;
  unit_code: string;
  requested_by_id: string;
  dry_run: boolean;
  header_row: number | null;
  mapping: Array<ImportField | null> | null;
  template_columns: Array<{ header: string; field: ImportField | null }> | null;
  file_name: string;
  content: Buffer;
  campaign_id: string | null;
}

interface Counts {
  valid: number;
  imported: number;
  updated: number;
  failed: number;
  flagged: number;
}

/** Ends the run without importing: why, as a reason code. */
class ImportFailure extends Error {}

/**
 * Runs one import: claims it (QUEUED → RUNNING), reads the file, finds its header row and columns,
 * then takes each row in its own transaction as the person who asked (their role and scope now):
 * a row whose cells are invalid, that a write refuses, or that may be someone already on record is
 * reported with its reason and writes nothing; a dry run does every check and writes nothing at
 * all. Ends with the report (.xlsx) and the counts, and audits the import with the file's hash.
 */
export async function runImport(
  system: RequestContext,
  run: Pick<JobRun<object>, 'as'>,
  importJobId: string,
): Promise<void> {
  const [claimed] = (await system.dataSource.query(
    `WITH claimed AS (
       UPDATE import_job SET status = 'RUNNING', started_at = now(), updated_at = now(), version = version + 1
       WHERE id = $1 AND status = 'QUEUED' RETURNING *
     ) SELECT c.id, c.unit_id, u.code AS unit_code, c.requested_by_id, c.dry_run, c.header_row, c.mapping, c.template_columns,
         c.file_name, c.content, c.campaign_id
       FROM claimed c JOIN administrative_unit u ON u.id = c.unit_id`,
    [importJobId],
  )) as Claimed[];
  if (!claimed) return;
  try {
    const actor = await actorNow(system, claimed.requested_by_id);
    if (!actor || !can(actor.role, Permission.IMPORT_PEOPLE)) throw new ImportFailure('FORBIDDEN');
    const kind = sheetKind(claimed.file_name);
    if (!kind) throw new ImportFailure('NOT_A_SPREADSHEET');
    const rows = await readSheetRows(claimed.content, kind, IMPORT_MAX_ROWS + 10).catch((error: unknown) => {
      throw error instanceof UnreadableSheet ? new ImportFailure(error.message) : error;
    });
    const layout = layoutOf(rows, claimed);
    if (!layout) throw new ImportFailure('NO_HEADER');
    const data = rows
      .map((cells, index) => ({ cells, number: index + 1 }))
      .slice(layout.headerRow + 1)
      .filter((row) => !isBlankRow(row.cells));
    if (data.length > IMPORT_MAX_ROWS) throw new ImportFailure('TOO_MANY_ROWS');
    await system.dataSource.query('UPDATE import_job SET rows_total = $2, content = NULL WHERE id = $1', [
      claimed.id,
      data.length,
    ]);
    const report = new SheetWriter<ReportRow>('Các dòng chưa nhập', reportColumns(layout), true);
    const counts: Counts = { valid: 0, imported: 0, updated: 0, failed: 0, flagged: 0 };
    const rowLayout = claimed.campaign_id ? campaignLayout(layout) : layout;
    const read = data.map((row) => ({ ...row, read: readRow(rowLayout, row.cells) }));
    const results = await inLanes(
      read,
      async (row) => {
        const result = await importRow(() => run.as(actor), claimed, layout, row.read, row.cells, row.number);
        if (result.valid) counts.valid++;
        if (result.outcome !== 'unchanged') counts[result.outcome]++;
        return result;
      },
      // Progress every so many rows, which is also when a cancellation is noticed.
      async (done) => done % PROGRESS_EVERY !== 0 || noteProgress(system, claimed.id, done, counts),
    );
    if (!results) return;
    results.forEach((result, index) => {
      const row = read[index];
      if (result.reason && row) report.add([{ number: row.number, cells: row.cells, reason: result.reason }]);
    });
    const file = await report.finish();
    await withTransaction(run.as(actor), async (ctx) => {
      const [done] = (await ctx.db.query(
        `WITH done AS (
           UPDATE import_job SET status = 'SUCCEEDED', rows_done = rows_total, rows_valid = $2, rows_imported = $3, rows_updated = $4,
             rows_failed = $5, rows_flagged = $6, report = $7,
             report_expires_at = now() + make_interval(days => $8), finished_at = now(), updated_at = now(),
             version = version + 1
           WHERE id = $1 AND status = 'RUNNING' RETURNING id
         ) SELECT id FROM done`,
        [
          claimed.id,
          counts.valid,
          counts.imported,
          counts.updated,
          counts.failed,
          counts.flagged,
          counts.failed + counts.flagged > 0 ? file : null,
          IMPORT_REPORT_DAYS,
        ],
      )) as unknown[];
      if (done) await audit(ctx, { action: 'finishImport', objectType: 'ImportJob', objectId: claimed.id });
    });
  } catch (error) {
    const reason = error instanceof ImportFailure ? error.message : 'INTERNAL_SERVER_ERROR';
    if (!(error instanceof ImportFailure)) {
      system.log.error({ err: safeErrorSummary(error as Error), importJobId }, 'import failed');
    }
    await system.dataSource.query(
      `UPDATE import_job SET status = 'FAILED', failure_reason = $2, content = NULL, finished_at = now(),
         updated_at = now(), version = version + 1
       WHERE id = $1 AND status = 'RUNNING'`,
      [claimed.id, reason],
    );
  }
}

/**
 * The columns the person chose, else their template's (by header), else those the header row they
 * chose suggests, else those found.
 */
function layoutOf(rows: ImportCell[][], job: Claimed): SheetLayout | null {
  if (job.header_row === null) return findLayout(rows);
  const headerRow = job.header_row - 1;
  const layout = job.mapping
    ? chosenLayout(rows, headerRow, job.mapping)
    : job.template_columns
      ? templateLayout(rows, headerRow, job.template_columns)
      : suggestedLayout(rows, headerRow);
  return layout.fields.includes('fullName') ? layout : null;
}

/** Notes the counts so far; false when the import was cancelled meanwhile. */
async function noteProgress(system: RequestContext, id: string, done: number, c: Counts): Promise<boolean> {
  const [row] = (await system.dataSource.query(
    `WITH noted AS (
       UPDATE import_job SET rows_done = $2, rows_valid = $3, rows_imported = $4, rows_updated = $5, rows_failed = $6,
         rows_flagged = $7
       WHERE id = $1 RETURNING status
     ) SELECT status FROM noted`,
    [id, done, c.valid, c.imported, c.updated, c.failed, c.flagged],
  )) as Array<{ status: string }>;
  return row?.status === 'RUNNING';
}

interface RowResult {
  outcome: Outcome;
  reason: string | null;
  valid: boolean;
}

/**
 * One row (as read: a campaign's list reads its release columns as the notice's, not a release):
 * matched, written, in one transaction as the requester; a dry run rolls it back.
 * Returns what became of it and, unless it went in, the reason for the report.
 */
async function importRow(
  contextFor: () => RequestContext,
  job: Claimed,
  layout: SheetLayout,
  { person, records, problems }: ReadRow,
  cells: readonly ImportCell[],
  rowNumber: number,
): Promise<RowResult> {
  if (problems.length) {
    return { outcome: 'failed', reason: problems.map((p) => `${p.header}: ${p.reason}`).join(' '), valid: false };
  }
  try {
    const result = await withTransaction(contextFor(), async (ctx) => {
      // A campaign's list: the person goes to the row's receiving ward and gets the campaign's notice.
      const campaign =
        job.campaign_id &&
        (await prepareCampaignRow(ctx, { ...job, campaign_id: job.campaign_id }, layout.headers, cells, person));
      const into = { unitId: job.unit_id, unitCode: campaign ? campaign.ward.code : job.unit_code };
      const matched = await writePerson(ctx, into, person);
      const { returneeId, candidateId, ...written } = campaign
        ? await recordCampaignRelease(ctx, campaign, matched)
        : matched;
      // The records beside the person: a change to any of them makes the row an update.
      if (returneeId && (await writeRecords(ctx, returneeId, records)) && written.outcome === 'unchanged') {
        written.outcome = 'updated';
      }
      // A dry run does everything a real one does, then takes it back.
      if (job.dry_run) throw new DryRunDone(written);
      // A row that may be someone on record waits for the officer's decision, as it was read.
      if (written.outcome === 'flagged' && candidateId) {
        await keepFlag(ctx, job.id, rowNumber, candidateId, person, records);
      }
      return written;
    });
    return { ...result, valid: true };
  } catch (error) {
    if (error instanceof DryRunDone) return { ...error.result, valid: true };
    if (error instanceof RecordRefused) {
      return { outcome: 'failed', reason: `${error.section}: ${vietnamese(error.refusal.message)}`, valid: true };
    }
    if (error instanceof GraphQLError) return { outcome: 'failed', reason: vietnamese(error.message), valid: true };
    throw error;
  }
}

class DryRunDone extends Error {
  constructor(readonly result: { outcome: Outcome; reason: string | null }) {
    super('dry run');
  }
}

interface ReportRow {
  number: number;
  cells: readonly ImportCell[];
  reason: string;
}

/** The report: the sheet's row number, the row as it was, and why it was not imported. */
function reportColumns(layout: SheetLayout) {
  return [
    { header: 'Dòng', value: (r: ReportRow) => r.number, kind: 'number' as const, width: 8 },
    ...layout.headers.map((header, column) => ({
      header: header || `Cột ${column + 1}`,
      value: (r: ReportRow) => {
        const cell = r.cells[column];
        return cell === null || cell === undefined || typeof cell === 'boolean'
          ? null
          : cell instanceof Date
            ? cell.toISOString().slice(0, 10)
            : cell;
      },
      width: 18,
    })),
    { header: 'Lý do', value: (r: ReportRow) => r.reason, width: 60 },
  ];
}
