import { can, Permission, todayInVietnam } from '@hoanhap/shared';
import type DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { groupRows, groupedSpec } from '../../common/dataloaders.js';
import { bindTo } from '../../common/pagination/index.js';
import { columnOf, entityFromJson, jsonArraySql, jsonObjectSql } from '../../common/json-rows.js';
import { preparedQuery } from '../../common/prepared.js';
import { UUID } from '../../common/uuid.js';
import type { Loaders, RequestContext } from '../../context.js';
import { User } from '../auth/user.entity.js';
import { HelperAssignment } from '../helpers/helper-assignment.entity.js';
import { DAYS_SINCE_LAST_CONTACT_SQL, HELPER_ORDER } from '../helpers/helpers.loaders.js';
import { Obligation } from '../judgments/obligation.entity.js';
import { SupplementaryPenalty } from '../judgments/supplementary-penalty.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
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

type ListLoader = keyof { [K in keyof Loaders as Loaders[K] extends DataLoader<string, unknown[]> ? K : never]: 0 };

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
  const listSql = (loader: ListLoader, alias: string) => {
    const spec = groupedSpec(ctx.loaders[loader] as DataLoader<string, ObjectLiteral[]>);
    const key = columnOf(ds.getMetadata(spec.entity), spec.key);
    return jsonArraySql(ds, spec.entity, alias, `${alias}.${key} = r.id`, spec.order);
  };
  for (const [i, l] of lists.entries()) column(`list_${i}`, listSql(l.loader, `l${i}`));

  const helpers = has('helpers') || has('tasks');
  if (helpers) {
    column('helpers', jsonArraySql(ds, HelperAssignment, 'ha', 'ha.returnee_id = r.id', HELPER_ORDER));
    column(
      'contact_days',
      `(SELECT COALESCE(json_object_agg(h.id, ${DAYS_SINCE_LAST_CONTACT_SQL('h', bind(todayInVietnam()))}), '{}'::json) FROM helper_assignment h WHERE h.returnee_id = r.id)`,
    );
  }
  const convictions = `(SELECT c.id FROM conviction c WHERE c.returnee_id = r.id)`;
  if (has('convictions')) {
    for (const [name, loader] of [
      ['penalties', ctx.loaders.supplementaryPenaltiesByConviction],
      ['obligations', ctx.loaders.obligationsByConviction],
    ] as const) {
      const spec = groupedSpec(loader as DataLoader<string, ObjectLiteral[]>);
      column(name, jsonArraySql(ds, spec.entity, name, `${name}.conviction_id IN ${convictions}`, spec.order));
    }
  }
  // The people, organisations and units the lists point at, for their by-id loaders.
  const refs = (table: string, column: string) => `SELECT ${column} FROM ${table} WHERE returnee_id = r.id`;
  const users = [
    has('receptions') && refs('reception', 'officer_id'),
    has('contacts') && refs('contact', 'recorded_by_id'),
    has('tasks') && refs('task', 'owner_id'),
  ].filter(Boolean);
  if (users.length) column('users', jsonArraySql(ds, User, 'u', `u.id IN (${users.join(' UNION ')})`));
  const organisations = [
    helpers && refs('helper_assignment', 'organisation_id'),
    has('supports') && refs('support', 'provider_organisation_id'),
  ].filter(Boolean);
  if (organisations.length) {
    column('organisations', jsonArraySql(ds, Organisation, 'o', `o.id IN (${organisations.join(' UNION ')})`));
  }
  const units = [
    'SELECT r.unit_id',
    has('transfers') && `${refs('case_transfer', 'from_unit_id')} UNION ${refs('case_transfer', 'to_unit_id')}`,
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
  lists.forEach((list, i) => {
    const spec = groupedSpec(l[list.loader] as DataLoader<string, ObjectLiteral[]>);
    (l[list.loader] as DataLoader<string, unknown[]>).prime(returnee.id, fromJson(ds, spec.entity, row[`list_${i}`]));
  });
  if (helpers) {
    l.helperAssignmentsByReturnee.prime(returnee.id, fromJson(ds, HelperAssignment, row.helpers));
    const days = row.contact_days as Record<string, number | null>;
    for (const [assignment, value] of Object.entries(days)) l.daysSinceLastContact.prime(assignment, value);
  }
  if ('penalties' in row) {
    const convictionIds = (l.convictionsByReturnee as DataLoader<string, Array<{ id: string }>>).load(returnee.id);
    const ids = (await convictionIds).map((c) => c.id);
    const penalties = groupRows(ids, fromJson(ds, SupplementaryPenalty, row.penalties), (p) => p.convictionId);
    const obligations = groupRows(ids, fromJson(ds, Obligation, row.obligations), (o) => o.convictionId);
    ids.forEach((cid, i) => {
      l.supplementaryPenaltiesByConviction.prime(cid, penalties[i] ?? []);
      l.obligationsByConviction.prime(cid, obligations[i] ?? []);
    });
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

function fromJson<E extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<E>, json: unknown): E[] {
  return Array.isArray(json) ? json.map((item) => entityFromJson(ds, entity, item as Record<string, unknown>)) : [];
}

function primeById<E extends { id: string }>(loader: DataLoader<string, E | null>, rows: E[]) {
  for (const row of rows) loader.prime(row.id, row);
}
