import { isValidCitizenId, normalizeCitizenId, normalizeName, todayInVietnam } from '@hoanhap/shared';
import { notFound } from '../../common/errors.js';
import { type ConnectionAsked, type KeysetOrder, keysetOrder, keysetPage } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { unitsService } from '../units/units.service.js';
import { Returnee } from './returnee.entity.js';
import {
  CURRENT_EMPLOYMENT_SQL,
  employmentFromJson,
  FORECAST_INPUTS_SQL,
  type ForecastInputs,
  OPEN_TASK_COUNT_SQL,
} from './returnee.loaders.js';
import { type ReturneeConnection, type ReturneeFilter, ReturneeSort } from './returnee-list.types.js';
import { helperFilter, visibleReturneeSql } from './returnee-access.js';

/** Sort key and keyset order per sort; the id breaks ties so the order is total. */
const ORDERS: Record<ReturneeSort, { key: string; order: KeysetOrder }> = {
  NAME: { key: 'r.search_name', order: byKey(ReturneeSort.NAME, 'ASC') },
  RETURNED_ON: {
    key: "COALESCE(r.returned_on, '9999-12-31'::date)::text",
    order: byKey(ReturneeSort.RETURNED_ON, 'ASC'),
  },
  RETURNED_ON_DESC: {
    key: "COALESCE(r.returned_on, '0001-01-01'::date)::text",
    order: byKey(ReturneeSort.RETURNED_ON_DESC, 'DESC'),
  },
};

function byKey(sort: ReturneeSort, direction: KeysetOrder['direction']): KeysetOrder {
  return keysetOrder(`returnees:${sort}`, direction, ['sort_key', 'text'], ['id', 'uuid']);
}

/** What the list computes beside each person when asked: the node field, and its SQL on a page row. */
const PER_PERSON: ReadonlyArray<{ field: string; column: string; sql: (row: string) => string }> = [
  { field: 'currentEmployment', column: 'current_employment', sql: (row) => CURRENT_EMPLOYMENT_SQL(`${row}.id`) },
  { field: 'openTaskCount', column: 'open_task_count', sql: (row) => OPEN_TASK_COUNT_SQL(`${row}.id`) },
  { field: 'expungementForecast', column: 'forecast_inputs', sql: (row) => FORECAST_INPUTS_SQL(`${row}.id`) },
  {
    field: 'unit',
    column: 'unit_row',
    sql: (row) => `(SELECT row_to_json(u) FROM administrative_unit u WHERE u.id = ${row}.unit_id)`,
  },
];

/** Everything: for callers that do not say what they need. */
const EVERYTHING: ConnectionAsked = { totalCount: true, node: new Set(PER_PERSON.map((c) => c.field)) };

/**
 * The returnees list: filters, diacritic-insensitive search, keyset pagination and the total, in
 * ONE statement that also computes what was asked of each person (current employment, open task
 * count, expungement inputs, unit), which then primes the per-request loaders (no extra query per
 * row). What was not asked is not computed; the total is counted only when asked.
 */
export async function listReturnees(
  ctx: RequestContext,
  filter: ReturneeFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  asked: ConnectionAsked = EVERYTHING,
): Promise<ReturneeConnection> {
  const f = filter ?? {};
  const sort = f.sort ?? ReturneeSort.NAME;
  // This list caps a larger page instead of refusing it: clients ask for "everything" here.
  const page = keysetPage(ORDERS[sort].order, first, after, { overMax: 'cap' });

  let scope = await ctx.unitScope();
  if (f.unitCode) {
    const unit = await unitsService.findInScope(ctx, f.unitCode);
    if (!unit) throw notFound('NOT_FOUND.unit');
    scope = await unitsService.scopeOf(ctx.db, unit.id);
  }
  const params: unknown[] = [scope, helperFilter(ctx)];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [visibleReturneeSql(1, 2)];
  const today = todayInVietnam();

  if (f.status?.length) where.push(`r.status = ANY(${p(f.status)}::case_status[])`);
  if (f.returnedFrom) where.push(`r.returned_on >= ${p(f.returnedFrom)}::date`);
  if (f.returnedTo) where.push(`r.returned_on <= ${p(f.returnedTo)}::date`);
  if (f.employmentStatus) {
    const on = p(f.employmentOn ?? today);
    where.push(`(SELECT ep.status FROM employment_period ep WHERE ep.returnee_id = r.id AND ep.started_on <= ${on}::date
      AND (ep.ended_on IS NULL OR ep.ended_on >= ${on}::date) ORDER BY ep.started_on DESC LIMIT 1) = ${p(f.employmentStatus)}::employment_status`);
  }
  if (f.classificationGroup) {
    const on = p(today);
    where.push(`(SELECT c."group" FROM classification c WHERE c.returnee_id = r.id AND c.period_start <= ${on}::date
      AND (c.period_end IS NULL OR c.period_end >= ${on}::date) ORDER BY c.period_start DESC LIMIT 1) = ${p(f.classificationGroup)}::classification_group`);
  }
  if (f.helperUserId || f.organisationId) {
    const conds = ['h.returnee_id = r.id', `(h.ended_on IS NULL OR h.ended_on >= ${p(today)}::date)`];
    if (f.helperUserId) conds.push(`h.helper_user_id::text = ${p(f.helperUserId)}`);
    if (f.organisationId) conds.push(`h.organisation_id::text = ${p(f.organisationId)}`);
    where.push(`EXISTS (SELECT 1 FROM helper_assignment h WHERE ${conds.join(' AND ')})`);
  }
  const search = f.search?.trim();
  if (search) {
    const digits = normalizeCitizenId(search);
    if (isValidCitizenId(digits)) where.push(`r.citizen_id = ${p(digits)}`);
    else {
      // Every word must appear, in any order: "khanh dinh" finds "Đinh Văn Khánh".
      for (const word of normalizeName(search).split(' ').slice(0, 8)) {
        where.push(`r.search_name LIKE ${p(`%${escapeLike(word)}%`)} ESCAPE '\\'`);
      }
    }
  }

  const filterParams = params.length;
  const perPerson = PER_PERSON.filter((c) => asked.node.has(c.field));
  const pageWhere = page.after('f', p);
  const sql = `
    WITH filtered AS (
      SELECT r.*, ${ORDERS[sort].key} AS sort_key FROM returnee r WHERE ${where.join(' AND ')}
    ), page AS (
      SELECT f.* FROM filtered f ${pageWhere ? `WHERE ${pageWhere}` : ''}
      ORDER BY ${page.orderBy('f')} LIMIT ${p(page.limit + 1)}
    )
    SELECT ${['page.*', ...(asked.totalCount ? ['(SELECT count(*)::int FROM filtered) AS total_count'] : []), ...perPerson.map((c) => `${c.sql('page')} AS ${c.column}`)].join(', ')}
    FROM page ORDER BY ${page.orderBy('page')}`;
  const rows: Array<Record<string, unknown>> = await ctx.db.query(sql, params);

  // Not asked: never serialised, so no count is made for it.
  const totalCount = asked.totalCount
    ? await page.totalCount(
        rows,
        (row) => row.total_count,
        () => countOnly(ctx, where, params.slice(0, filterParams)),
      )
    : 0;
  const repo = ctx.db.getRepository(Returnee);
  const connection = page.connection(rows, (row) => {
    const node = repo.create(toEntityShape(row));
    if ('current_employment' in row) {
      ctx.loaders.currentEmployment.prime(
        node.id,
        employmentFromJson(row.current_employment as Record<string, unknown> | null),
      );
    }
    if ('open_task_count' in row) ctx.loaders.openTaskCount.prime(node.id, Number(row.open_task_count ?? 0));
    if ('forecast_inputs' in row)
      ctx.loaders.forecastInputs.prime(node.id, (row.forecast_inputs ?? null) as ForecastInputs);
    if ('unit_row' in row)
      ctx.loaders.unitById.prime(node.unitId, unitFromRow(row.unit_row as Record<string, unknown>));
    return node;
  });
  return { ...connection, totalCount };
}

async function countOnly(ctx: RequestContext, where: string[], params: unknown[]): Promise<number> {
  const rows: Array<{ n: number }> = await ctx.db.query(
    `SELECT count(*)::int AS n FROM returnee r WHERE ${where.join(' AND ')}`,
    params,
  );
  return rows[0]?.n ?? 0;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Raw snake_case columns to entity properties. */
function toEntityShape(row: Record<string, unknown>): Partial<Returnee> {
  return {
    id: row.id as string,
    unitId: row.unit_id as string,
    status: row.status as Returnee['status'],
    fullName: row.full_name as string,
    searchName: row.search_name as string,
    otherNames: (row.other_names as string[]) ?? [],
    dateOfBirth: (row.date_of_birth as string | null) ?? null,
    sex: (row.sex as Returnee['sex']) ?? null,
    citizenId: (row.citizen_id as string | null) ?? null,
    permanentAddress: (row.permanent_address as string | null) ?? null,
    currentAddress: (row.current_address as string | null) ?? null,
    residentialGroup: (row.residential_group as string | null) ?? null,
    familyContacts: (row.family_contacts as Returnee['familyContacts']) ?? [],
    returnedOn: (row.returned_on as string | null) ?? null,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
    version: row.version as number,
  };
}

/** A unit from `row_to_json` (snake_case keys). */
function unitFromRow(u: Record<string, unknown>): AdministrativeUnit {
  return Object.assign(new AdministrativeUnit(), {
    id: u.id,
    code: u.code,
    name: u.name,
    level: u.level,
    parentId: u.parent_id ?? null,
    validFrom: u.valid_from ?? null,
    validTo: u.valid_to ?? null,
    successorId: u.successor_id ?? null,
    noContactDays: u.no_contact_days,
    reportInDays: u.report_in_days,
    note: u.note ?? null,
  });
}
