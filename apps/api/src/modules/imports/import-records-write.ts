import {
  addDays,
  can,
  type ClassificationGroup,
  HelperRole,
  Permission,
  normalizeName,
  todayInVietnam,
} from '@hoanhap/shared';
import { GraphQLError } from 'graphql';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { employmentService } from '../employment/employment.service.js';
import { helperService } from '../helpers/helper.service.js';
import { unitsServing } from '../helpers/helper-scope.js';
import { judgmentsService } from '../judgments/judgments.service.js';
import { caseworkService } from '../lifecycle/casework.service.js';
import { receptionService } from '../lifecycle/reception.service.js';
import type {
  ClassificationRow,
  EmploymentRow,
  HelperRow,
  JudgmentRow,
  ReleaseRow,
  RowRecords,
} from './import-records-read.js';

/*
 * The records a row brings, written through the same services as the person's page (each one's
 * rules, tasks and audit), in the row's transaction. Each is compared with what is on record
 * first, so importing the same file again writes nothing.
 */

/** A record the services refused: its section names it in the report. */
export class RecordRefused extends Error {
  constructor(
    readonly section: string,
    readonly refusal: GraphQLError,
  ) {
    super(refusal.message);
  }
}

/** Writes the row's records for the person; true when any of them changed something. */
export async function writeRecords(ctx: RequestContext, returneeId: string, records: RowRecords): Promise<boolean> {
  const today = todayInVietnam();
  // The records are casework: the role that writes them on the person's page writes them here.
  const mayWrite = ctx.actor !== null && can(ctx.actor.role, Permission.WRITE_CASES);
  let changed = false;
  const sections: Array<[string, (() => Promise<boolean>) | null]> = [
    ['Bản án', records.judgment ? () => writeJudgment(ctx, returneeId, records.judgment as JudgmentRow) : null],
    ['Phóng thích', records.release ? () => writeRelease(ctx, returneeId, records.release as ReleaseRow) : null],
    [
      'Việc làm',
      records.employment ? () => writeEmployment(ctx, returneeId, records.employment as EmploymentRow, today) : null,
    ],
    [
      'Phân loại',
      records.classification
        ? () => writeClassification(ctx, returneeId, records.classification as ClassificationRow, today)
        : null,
    ],
    ['Người giúp đỡ', records.helper ? () => writeHelper(ctx, returneeId, records.helper as HelperRow, today) : null],
  ];
  for (const [section, write] of sections) {
    if (!write) continue;
    if (!mayWrite) throw new RecordRefused(section, appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.importRecords'));
    try {
      if (await write()) changed = true;
    } catch (error) {
      throw error instanceof GraphQLError ? new RecordRefused(section, error) : error;
    }
  }
  return changed;
}

/**
 * A judgment is on record when the person has one of the same number from the same court (case and
 * accents aside); otherwise it is recorded as the officer's form records it, which restarts the
 * expungement clock. Only a role that sees convictions may record one.
 */
async function writeJudgment(ctx: RequestContext, returneeId: string, row: JudgmentRow): Promise<boolean> {
  const existing = (await ctx.db.query('SELECT court, judgment_number FROM conviction WHERE returnee_id = $1', [
    returneeId,
  ])) as Array<{ court: string; judgment_number: string }>;
  const same = (a: string, b: string) => normalizeName(a) === normalizeName(b);
  if (existing.some((c) => same(c.judgment_number, row.judgmentNumber) && same(c.court, row.court))) return false;
  await judgmentsService.recordConviction(ctx, { returneeId, ...row });
  return true;
}

/** The release is on record when one of the same day is (a release is never recorded twice). */
async function writeRelease(ctx: RequestContext, returneeId: string, row: ReleaseRow): Promise<boolean> {
  const same: unknown[] = await ctx.db.query('SELECT 1 FROM release WHERE returnee_id = $1 AND released_on = $2', [
    returneeId,
    row.releasedOn,
  ]);
  if (same.length) return false;
  await receptionService.recordRelease(ctx, {
    returneeId,
    type: row.type,
    releasedOn: row.releasedOn,
    prison: row.prison,
    probationEndsOn: row.probationEndsOn,
  });
  return true;
}

/**
 * The current employment: unchanged when the open period has the same status (and employer, when
 * the row names one); otherwise the open period ends the day before the new one starts (the row's
 * date, else today).
 */
async function writeEmployment(
  ctx: RequestContext,
  returneeId: string,
  row: EmploymentRow,
  today: string,
): Promise<boolean> {
  const [open] = (await ctx.db.query(
    `SELECT id, status, employer_name, to_char(started_on, 'YYYY-MM-DD') AS started_on, version
     FROM employment_period WHERE returnee_id = $1 AND ended_on IS NULL ORDER BY started_on DESC LIMIT 1`,
    [returneeId],
  )) as Array<{ id: string; status: string; employer_name: string | null; started_on: string; version: number }>;
  const sameEmployer =
    row.employerName === null || normalizeName(open?.employer_name ?? '') === normalizeName(row.employerName);
  if (open && open.status === row.status && sameEmployer) return false;
  const since = row.since ?? today;
  if (open) {
    if (since <= open.started_on) throw badInput('employmentSince', 'OVERLAPS');
    await employmentService.end(ctx, {
      employmentPeriodId: open.id,
      version: open.version,
      endedOn: addDays(since, -1),
      endReason: 'Cập nhật từ tệp nhập',
    });
  }
  await employmentService.record(ctx, {
    returneeId,
    status: row.status,
    employerName: row.employerName,
    startedOn: since,
  });
  return true;
}

/** Unchanged when the current classification has the same group; otherwise classified from the row's date (else today). */
async function writeClassification(
  ctx: RequestContext,
  returneeId: string,
  row: ClassificationRow,
  today: string,
): Promise<boolean> {
  const [current] = (await ctx.db.query(
    `SELECT "group" FROM classification WHERE returnee_id = $1 AND period_end IS NULL ORDER BY period_start DESC LIMIT 1`,
    [returneeId],
  )) as Array<{ group: ClassificationGroup }>;
  if (current?.group === row.group) return false;
  await caseworkService.classify(ctx, {
    returneeId,
    group: row.group,
    periodStart: row.periodStart ?? today,
    reasons: row.reasons,
  });
  return true;
}

/**
 * A helper named with their organisation (by name, among those serving the person's unit):
 * unchanged when the same helper of the same organisation is already assigned; otherwise
 * assigned from today, as the primary helper when the person has none.
 */
async function writeHelper(ctx: RequestContext, returneeId: string, row: HelperRow, today: string): Promise<boolean> {
  const [person] = (await ctx.db.query('SELECT unit_id FROM returnee WHERE id = $1', [returneeId])) as Array<{
    unit_id: string;
  }>;
  const units = await unitsServing(ctx, person?.unit_id ?? '');
  const organisations = (await ctx.db.query('SELECT id, name FROM organisation WHERE unit_id = ANY($1::uuid[])', [
    units,
  ])) as Array<{ id: string; name: string }>;
  const wanted = normalizeName(row.organisation);
  const organisation = organisations.find((o) => normalizeName(o.name) === wanted);
  if (!organisation) throw badInput('helperOrganisation', 'NOT_FOUND.organisationOutsideUnit');
  const active = (await ctx.db.query(
    `SELECT helper_name, organisation_id, role FROM helper_assignment WHERE returnee_id = $1 AND ended_on IS NULL`,
    [returneeId],
  )) as Array<{ helper_name: string; organisation_id: string; role: HelperRole }>;
  const name = normalizeName(row.name);
  if (active.some((a) => a.organisation_id === organisation.id && normalizeName(a.helper_name) === name)) return false;
  await helperService.assign(ctx, {
    returneeId,
    helperName: row.name,
    organisationId: organisation.id,
    helperPhone: row.phone,
    role: active.some((a) => a.role === HelperRole.PRIMARY) ? HelperRole.SUPPORTING : HelperRole.PRIMARY,
    startedOn: today,
  });
  return true;
}
