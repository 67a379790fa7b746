import { type ExpungementForecast, type ExpungementInput, forecastRecord } from '@hoanhap/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/dataloaders.js';
import { EmploymentPeriod } from '../employment/employment-period.entity.js';
import { Returnee } from './returnee.entity.js';
import { type PersonTable, RELATED_COUNTS_SQL } from './person-tables.js';

/** One conviction as stored: the clock's input, with a completion date that may be missing. */
export type StoredConvictionInputs = Omit<ExpungementInput, 'mainPenaltyCompletedOn'> & {
  mainPenaltyCompletedOn: string | null;
};

/**
 * What the expungement clock needs from a person's convictions not yet expunged, oldest judgment
 * first (null: none on file).
 */
export type ForecastInputs = StoredConvictionInputs[] | null;

/**
 * The person's expungement forecast over every conviction not yet expunged (Penal Code art. 73(2)),
 * as Returnee.expungementForecast shows it and the eligibility task is scheduled from it. Null
 * without a conviction, while a main penalty is not completed (the clock has not started), or for
 * an old record missing what the clock needs (prison months): no forecast rather than an error.
 */
export function forecastFromInputs(inputs: ForecastInputs): ExpungementForecast | null {
  if (!inputs?.length || inputs.some((c) => !c.mainPenaltyCompletedOn)) return null;
  try {
    return forecastRecord(inputs as ExpungementInput[]);
  } catch {
    return null;
  }
}

/*
 * SQL fragments shared by the loaders and the list query, so that a list page can compute the
 * same values inline (one statement for the page) and prime the loaders with them.
 */

/** The employment period covering today, as JSON with entity property names. */
export const CURRENT_EMPLOYMENT_SQL = (returnee: string) => `(
  SELECT json_build_object('id', ep.id, 'returneeId', ep.returnee_id, 'status', ep.status,
    'employerName', ep.employer_name, 'startedOn', ep.started_on, 'endedOn', ep.ended_on,
    'endReason', ep.end_reason, 'verifiedOn', ep.verified_on, 'version', ep.version,
    'createdAt', ep.created_at, 'updatedAt', ep.updated_at)
  FROM employment_period ep
  WHERE ep.returnee_id = ${returnee} AND ep.started_on <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
    AND (ep.ended_on IS NULL OR ep.ended_on >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
  ORDER BY ep.started_on DESC LIMIT 1)`;

export const OPEN_TASK_COUNT_SQL = (returnee: string) =>
  `(SELECT count(*)::int FROM task t WHERE t.returnee_id = ${returnee} AND t.completed_at IS NULL)`;

/**
 * Every conviction not yet expunged (Penal Code art. 73(2): a new conviction restarts the clock of
 * the old ones, so the forecast covers them all), each with the state of its obligations and
 * supplementary penalties, as the clock's input; null when there is none. Expunged means proven:
 * a conviction judged on or before an EXPUNGED closure (which needs a judicial record certificate
 * or a court decision) is no longer part of the record, even if the case was reopened later.
 */
export const FORECAST_INPUTS_SQL = (returnee: string) => `(
  SELECT json_agg(json_build_object('penalty', c.main_penalty, 'prisonMonths', c.prison_months,
    'penalCodeChapter', c.penal_code_chapter, 'severity', c.severity, 'intentional', c.intentional,
    'ageAtOffence', c.age_at_offence, 'mainPenaltyCompletedOn', c.main_penalty_completed_on,
    'supplementaryPenaltyEndsOn', (SELECT max(sp.ends_on) FROM supplementary_penalty sp WHERE sp.conviction_id = c.id),
    'obligationsSettled', NOT EXISTS (SELECT 1 FROM obligation o WHERE o.conviction_id = c.id AND o.settled_on IS NULL),
    'obligationsSettledOn', (SELECT max(o.settled_on) FROM obligation o WHERE o.conviction_id = c.id))
    ORDER BY c.judgment_date, c.created_at)
  FROM conviction c WHERE c.returnee_id = ${returnee}
    AND NOT EXISTS (SELECT 1 FROM case_closure x WHERE x.returnee_id = c.returnee_id AND x.reason = 'EXPUNGED'
      AND x.closed_on >= c.judgment_date))`;

export function employmentFromJson(json: Record<string, unknown> | null): EmploymentPeriod | null {
  if (!json) return null;
  return Object.assign(new EmploymentPeriod(), json, {
    createdAt: new Date(String(json.createdAt)),
    updatedAt: new Date(String(json.updatedAt)),
  });
}

export interface ReturneeLoaders {
  /** People by id. Raw rows: a resolver that shows one checks the caller may see them. */
  returneeById: DataLoader<string, Returnee | null>;
  currentEmployment: DataLoader<string, EmploymentPeriod | null>;
  openTaskCount: DataLoader<string, number>;
  forecastInputs: DataLoader<string, ForecastInputs>;
  /** How many rows of each table of person-tables.ts belong to the person (the merge dialog compares them). */
  relatedRecordCounts: DataLoader<string, Partial<Record<PersonTable, number>>>;
}

/** Batches per-person values over a page of people: one statement per kind, whatever the page size. */
export function createReturneeLoaders(dataSource: DataSource): ReturneeLoaders {
  const perId = <T>(sql: (r: string) => string, map: (value: unknown) => T) =>
    new DataLoader<string, T>(async (ids) => {
      const rows: Array<{ id: string; value: unknown }> = await dataSource.query(
        `SELECT r.id, ${sql('r.id')} AS value FROM unnest($1::uuid[]) AS r(id)`,
        [[...ids]],
      );
      const byId = new Map(rows.map((row) => [row.id, map(row.value)]));
      return ids.map((id) => byId.get(id) ?? map(null));
    });
  return {
    returneeById: byIdLoader(dataSource, Returnee),
    currentEmployment: perId(CURRENT_EMPLOYMENT_SQL, (v) => employmentFromJson(v as Record<string, unknown> | null)),
    openTaskCount: perId(OPEN_TASK_COUNT_SQL, (v) => (typeof v === 'number' ? v : 0)),
    forecastInputs: perId(FORECAST_INPUTS_SQL, (v) => (Array.isArray(v) ? (v as StoredConvictionInputs[]) : null)),
    relatedRecordCounts: perId(RELATED_COUNTS_SQL, (v) => (v ?? {}) as Partial<Record<PersonTable, number>>),
  };
}

declare module '../../context.js' {
  interface Loaders extends ReturneeLoaders {}
}
