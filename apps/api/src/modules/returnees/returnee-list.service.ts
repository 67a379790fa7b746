import { isValidCitizenId, normalizeCitizenId, normalizeName, todayInVietnam } from '@hoanhap/shared';
import { notFound } from '../../common/errors.js';
import { jsonObjectSql } from '../../common/json-rows.js';
import {
  type Bind,
  bindTo,
  type ConnectionAsked,
  type KeysetOrder,
  type KeysetPage,
  keysetOrder,
  keysetPage,
} from '../../common/pagination/index.js';
import { preparedQuery } from '../../common/prepared.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { unitsService } from '../units/units.service.js';
import { fromJson, helperColumns, listSql, primeById, primeHelpers, primeList } from './person-lists.js';
import { Returnee } from './returnee.entity.js';
import {
  CURRENT_EMPLOYMENT_SQL,
  employmentFromJson,
  FORECAST_INPUTS_SQL,
  type ForecastInputs,
  OPEN_TASK_COUNT_SQL,
} from './returnee.loaders.js';
import { type ReturneeConnection, type ReturneeFilter, ReturneeSort, TOTAL_COUNT_CAP } from './returnee-list.types.js';
import { assignedToHelperSql, helperFilter, LIVE_RETURNEE_SQL } from './returnee-access.js';

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

/**
 * What the list computes beside each person when asked: the node field, its columns on a page row
 * (`row` is the row's alias; `today` a bound date), and how they prime the loaders its resolver reads.
 */
interface PerPerson {
  field: string;
  columns: (ctx: RequestContext, row: string, today: string) => Array<[column: string, sql: string]>;
  prime: (ctx: RequestContext, node: Returnee, row: Record<string, unknown>) => void;
}

const PER_PERSON: readonly PerPerson[] = [
  {
    field: 'currentEmployment',
    columns: (_, row) => [['current_employment', CURRENT_EMPLOYMENT_SQL(`${row}.id`)]],
    prime: (ctx, node, row) =>
      ctx.loaders.currentEmployment.prime(
        node.id,
        employmentFromJson(row.current_employment as Record<string, unknown> | null),
      ),
  },
  {
    field: 'openTaskCount',
    columns: (_, row) => [['open_task_count', OPEN_TASK_COUNT_SQL(`${row}.id`)]],
    prime: (ctx, node, row) => ctx.loaders.openTaskCount.prime(node.id, Number(row.open_task_count ?? 0)),
  },
  {
    field: 'expungementForecast',
    columns: (_, row) => [['forecast_inputs', FORECAST_INPUTS_SQL(`${row}.id`)]],
    prime: (ctx, node, row) =>
      ctx.loaders.forecastInputs.prime(node.id, (row.forecast_inputs ?? null) as ForecastInputs),
  },
  {
    field: 'unit',
    columns: (ctx, row) => [
      [
        'unit_row',
        `(SELECT ${jsonObjectSql(ctx.dataSource, AdministrativeUnit, 'u')} FROM administrative_unit u WHERE u.id = ${row}.unit_id)`,
      ],
    ],
    prime: (ctx, _node, row) =>
      primeById(ctx.loaders.unitById, fromJson(ctx.dataSource, AdministrativeUnit, [row.unit_row])),
  },
  {
    // The resolver picks the one covering today from all of them, as the loader serves it.
    field: 'currentClassification',
    columns: (ctx, row) => [['classifications', listSql(ctx, 'classificationsByReturnee', `${row}.id`, 'cl')]],
    prime: (ctx, node, row) => primeList(ctx, 'classificationsByReturnee', node.id, row.classifications),
  },
  {
    field: 'helpers',
    columns: (ctx, row, today) => helperColumns(ctx, `${row}.id`, today),
    prime: (ctx, node, row) => primeHelpers(ctx, node.id, row),
  },
];

/** Up to this many units, a page is read per unit through its name index and merged (see `pageSql`). */
const UNITS_READ_ONE_BY_ONE = 64;

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
  const params: unknown[] = [];
  const p = bindTo(params);
  // The scope first: the count of a page without rows reuses the filters' parameters alone.
  const units = scope.length === 1 ? p(scope[0]) : p(scope);
  const inScope = scope.length === 1 ? `r.unit_id = ${units}::uuid` : `r.unit_id = ANY(${units}::uuid[])`;
  const where: string[] = [LIVE_RETURNEE_SQL];
  const helper = helperFilter(ctx);
  if (helper) where.push(assignedToHelperSql(p(helper)));

  const today = todayInVietnam();

  // Ids that are not UUIDs name nobody: they match no row rather than fail the cast.
  if (f.ids) where.push(`r.id = ANY(${p(f.ids.filter((id) => UUID.test(id)))}::uuid[])`);
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
  // Counting stops one past the cap: a city's total costs what a large ward's does.
  const count = `(SELECT count(*)::int FROM (SELECT 1 FROM returnee r WHERE ${[inScope, ...where].join(' AND ')}
    LIMIT ${TOTAL_COUNT_CAP + 1}) counted)`;
  const counting = asked.totalCount || asked.top?.has('totalCountExact') === true;
  const perPerson = PER_PERSON.filter((c) => asked.node.has(c.field));
  const onToday = perPerson.some((c) => c.field === 'helpers') ? `${p(today)}::date` : '';
  const pageRows = pageSql({ key: ORDERS[sort].key, where, inScope, units, scope, page, bind: p });
  const columns = [
    'page.*',
    ...(counting ? [`${count} AS total_count`] : []),
    ...perPerson.flatMap((c) => c.columns(ctx, 'page', onToday).map(([name, sql]) => `${sql} AS ${name}`)),
  ];
  const sql = `WITH page AS (${pageRows})\nSELECT ${columns.join(',\n  ')}\nFROM page ORDER BY ${page.orderBy('page')}`;
  const rows = await preparedQuery<Record<string, unknown>>(ctx.dataSource, ctx.db, sql, params);

  // Not asked: never serialised, so no count is made for it.
  const counted = counting
    ? await page.totalCount(
        rows,
        (row) => row.total_count,
        () => countOnly(ctx, count, params.slice(0, filterParams)),
      )
    : 0;
  const repo = ctx.db.getRepository(Returnee);
  const connection = page.connection(rows, (row) => {
    const node = repo.create(toEntityShape(row));
    for (const c of perPerson) c.prime(ctx, node, row);
    return node;
  });
  // Past the cap the count is cap + 1: a true lower bound, so "more than the cap" checks still hold.
  return { ...connection, totalCount: counted, totalCountExact: counted <= TOTAL_COUNT_CAP };
}

/**
 * The rows of a page (`limit + 1` of them), served by an index in the list's order: one unit reads
 * `(unit_id, search_name, id)` from the cursor on; a few units read that way each and merge (an
 * `= ANY` over several units cannot walk the index in order, so it would sort the whole scope); a
 * wide scope (a city) leaves the choice to the planner.
 */
function pageSql(o: {
  key: string;
  where: string[];
  inScope: string;
  units: string;
  scope: string[];
  page: KeysetPage;
  bind: Bind;
}): string {
  const rows = (unit: string) =>
    `SELECT r.*, ${o.key} AS sort_key FROM returnee r WHERE ${[unit, ...o.where].join(' AND ')}`;
  const after = o.page.after('f', o.bind);
  const limit = o.bind(o.page.limit + 1);
  const ordered = (from: string) =>
    `SELECT f.* FROM (${from}) f ${after ? `WHERE ${after}` : ''} ORDER BY ${o.page.orderBy('f')} LIMIT ${limit}`;
  if (o.scope.length <= 1 || o.scope.length > UNITS_READ_ONE_BY_ONE) return ordered(rows(o.inScope));
  return `SELECT f.* FROM unnest(${o.units}::uuid[]) AS s(unit_id)
    CROSS JOIN LATERAL (${ordered(rows('r.unit_id = s.unit_id'))}) f
    ORDER BY ${o.page.orderBy('f')} LIMIT ${limit}`;
}

async function countOnly(ctx: RequestContext, count: string, params: unknown[]): Promise<number> {
  const rows = await preparedQuery<{ n: number }>(ctx.dataSource, ctx.db, `SELECT ${count} AS n`, params);
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
