import { can, Permission, todayInVietnam } from '@hoanhap/shared';
import type DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import { groupedSpec, groupRows } from '../../common/dataloaders.js';
import { entityFromJson, jsonArraySql, jsonObjectSql } from '../../common/json-rows.js';
import { bindTo } from '../../common/pagination/index.js';
import { preparedQuery } from '../../common/prepared.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import {
  fromJson,
  helperColumns,
  type ListLoader,
  listColumnSql,
  listSql,
  primeById,
  primeHelpers,
  primeList,
} from './person-lists.js';
import { Returnee } from './returnee.entity.js';
import {
  CURRENT_EMPLOYMENT_SQL,
  employmentFromJson,
  FORECAST_INPUTS_SQL,
  type ForecastInputs,
} from './returnee.loaders.js';
import { helperFilter, visibleReturneeSql } from './returnee-access.js';

/*
 * Opening a case file reads the person and every tab the query asks for in ONE statement: each
 * list is a JSON array built by the same entity, key and order as its loader, and the loaders are
 * primed with what came back, so the field resolvers (and their @Sensitive checks) run unchanged
 * without a round trip each.
 */

/** The person's lists served by a grouped loader keyed by person: the Returnee fields that read each. */
const LISTS: ReadonlyArray<{ loader: ListLoader; fields: readonly string[] }> = [
  { loader: 'convictionsByReturnee', fields: ['convictions'] },
  { loader: 'releaseNoticesByReturnee', fields: ['releaseNotices'] },
  { loader: 'releasesByReturnee', fields: ['releases'] },
  { loader: 'receptionsByReturnee', fields: ['receptions'] },
  { loader: 'closuresByReturnee', fields: ['closures'] },
  { loader: 'incidentsByReturnee', fields: ['incidents'] },
  { loader: 'classificationsByReturnee', fields: ['classifications', 'currentClassification'] },
  { loader: 'transfersByReturnee', fields: ['transfers'] },
  { loader: 'contactsByReturnee', fields: ['contacts'] },
  { loader: 'supportsByReturnee', fields: ['supports'] },
  { loader: 'tasksByReturnee', fields: ['tasks'] },
  { loader: 'employmentPeriodsByReturnee', fields: ['employmentPeriods'] },
];

/** The lists of each conviction, read for all the person's convictions at once. */
const CONVICTION_LISTS = (ctx: RequestContext) =>
  [
    ['penalties', ctx.loaders.supplementaryPenaltiesByConviction],
    ['obligations', ctx.loaders.obligationsByConviction],
  ] as const;

/**
 * The person with this id with what `asked` names of their file, if the actor may see them (else
 * null: out of scope looks like missing), in one statement run on `ctx.db`.
 */
export async function readCaseFile(
  ctx: RequestContext,
  id: string,
  asked: ReadonlySet<string>,
): Promise<Returnee | null> {
  if (!ctx.actor || !UUID.test(id)) return null;
  const ds = ctx.dataSource;
  const params: unknown[] = [id, await ctx.unitScope(), helperFilter(ctx)];
  const bind = bindTo(params);
  const columns: string[] = [`${jsonObjectSql(ds, Returnee, 'r')} AS returnee`];
  const column = (name: string, sql: string) => {
    columns.push(`${sql} AS ${name}`);
  };
  const has = (...fields: string[]) => fields.some((f) => asked.has(f));
  const lists = LISTS.filter((l) => has(...l.fields));
  for (const [i, l] of lists.entries()) column(`list_${i}`, listSql(ctx, l.loader, 'r.id', `l${i}`));
  // The helpers also when tasks are asked: a helper's Task.returnee checks her assignment.
  const helpers = has('helpers') || has('tasks');
  if (helpers) for (const [name, sql] of helperColumns(ctx, 'r.id', bind(todayInVietnam()))) column(name, sql);
  const convictions = `(SELECT c.id FROM conviction c WHERE c.returnee_id = r.id)`;
  if (has('convictions')) {
    for (const [name, loader] of CONVICTION_LISTS(ctx)) {
      const spec = groupedSpec(loader as DataLoader<string, ObjectLiteral[]>);
      column(name, jsonArraySql(ds, spec.entity, name, `${name}.conviction_id IN ${convictions}`, spec.order));
    }
  }
  // The people, organisations and units the lists point at, for their by-id loaders.
  const listed = (loader: ListLoader, column: string) => listColumnSql(ctx, loader, 'r.id', column);
  const users = [
    has('receptions') && listed('receptionsByReturnee', 'officer_id'),
    has('contacts') && listed('contactsByReturnee', 'recorded_by_id'),
    has('tasks') && listed('tasksByReturnee', 'owner_id'),
  ].filter(Boolean);
  if (users.length) column('users', jsonArraySql(ds, User, 'u', `u.id IN (${users.join(' UNION ')})`));
  const organisations = [has('supports') && listed('supportsByReturnee', 'provider_organisation_id')].filter(Boolean);
  if (organisations.length) {
    column('organisations', jsonArraySql(ds, Organisation, 'o', `o.id IN (${organisations.join(' UNION ')})`));
  }
  const units = [
    'SELECT r.unit_id',
    has('transfers') &&
      `${listed('transfersByReturnee', 'from_unit_id')} UNION ${listed('transfersByReturnee', 'to_unit_id')}`,
  ];
  column('units', jsonArraySql(ds, AdministrativeUnit, 'au', `au.id IN (${units.filter(Boolean).join(' UNION ')})`));
  if (has('currentEmployment')) column('current_employment', CURRENT_EMPLOYMENT_SQL('r.id'));
  if (has('expungementForecast')) column('forecast_inputs', FORECAST_INPUTS_SQL('r.id'));
  const actor = ctx.actor;
  const reveal = !actor.serviceAccountId && can(actor.role, Permission.REQUEST_REVEAL);
  if (reveal) {
    column(
      'live_reveal',
      `EXISTS (SELECT 1 FROM sensitive_reveal g WHERE g.user_id = ${bind(actor.userId)}::uuid AND g.returnee_id = r.id AND g.expires_at > now())`,
    );
  }

  const [row] = await preparedQuery<Record<string, unknown>>(
    ds,
    ctx.db,
    `SELECT ${columns.join(',\n  ')} FROM returnee r WHERE r.id = $1 AND ${visibleReturneeSql(2, 3)}`,
    params,
  );
  if (!row) return null;
  const returnee = entityFromJson(ds, Returnee, row.returnee as Record<string, unknown>);
  const l = ctx.loaders;
  l.returneeById.prime(returnee.id, returnee);
  for (const [i, list] of lists.entries()) primeList(ctx, list.loader, returnee.id, row[`list_${i}`]);
  if (helpers) primeHelpers(ctx, returnee.id, row);
  if (has('convictions')) {
    // Every conviction gets its lists, empty ones included, so no loader goes back to the database.
    const ids = (await l.convictionsByReturnee.load(returnee.id)).map((c) => c.id);
    for (const [name, loader] of CONVICTION_LISTS(ctx)) {
      const spec = groupedSpec(loader as DataLoader<string, ObjectLiteral[]>);
      const rows = fromJson(ds, spec.entity, row[name]) as Array<{ convictionId: string }>;
      const groups = groupRows(ids, rows, (r) => r.convictionId);
      for (const [i, cid] of ids.entries()) (loader as DataLoader<string, unknown[]>).prime(cid, groups[i] ?? []);
    }
  }
  primeById(l.userById, fromJson(ds, User, row.users));
  primeById(l.organisationById, fromJson(ds, Organisation, row.organisations));
  primeById(l.unitById, fromJson(ds, AdministrativeUnit, row.units));
  if ('current_employment' in row) {
    l.currentEmployment.prime(
      returnee.id,
      employmentFromJson(row.current_employment as Record<string, unknown> | null),
    );
  }
  if ('forecast_inputs' in row) l.forecastInputs.prime(returnee.id, (row.forecast_inputs ?? null) as ForecastInputs);
  if (reveal) l.liveReveal.prime(`${actor.userId}:${returnee.id}`, row.live_reveal === true);
  return returnee;
}
