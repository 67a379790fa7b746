import type DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { groupedSpec } from '../../common/dataloaders.js';
import { columnOf, entityFromJson, jsonArraySql, jsonObjectSql, orderSql, quote } from '../../common/json-rows.js';
import type { Loaders, RequestContext } from '../../context.js';
import { HelperAssignment } from '../helpers/helper-assignment.entity.js';
import { DAYS_SINCE_LAST_CONTACT_SQL, HELPER_ORDER } from '../helpers/helpers.loaders.js';
import { Organisation } from '../organisations/organisation.entity.js';

/*
 * A person's lists read inside a bigger statement (the case file, a page of the list): each is a
 * JSON array built with the same entity, key and order as the loader that serves it, and that
 * loader is primed with what came back, so field resolvers (and their @Sensitive checks) run
 * unchanged, without a round trip of their own.
 */

/** The loaders that answer a list per key. */
export type ListLoader = keyof {
  [K in keyof Loaders as Loaders[K] extends DataLoader<string, unknown[]> ? K : never]: 0;
};

/** SQL for the JSON array a grouped loader would read for the parent whose id is `parent`. */
export function listSql(ctx: RequestContext, loader: ListLoader, parent: string, alias: string): string {
  const ds = ctx.dataSource;
  const spec = groupedSpec(ctx.loaders[loader] as DataLoader<string, ObjectLiteral[]>);
  const key = columnOf(ds.getMetadata(spec.entity), spec.key);
  return jsonArraySql(ds, spec.entity, alias, `${alias}.${key} = ${parent}`, spec.order, spec.limit);
}

/**
 * SQL for the values of `column` (e.g. the author's id) in the rows `listSql` reads for `parent`:
 * the people or units a list points at, for their by-id loaders.
 */
export function listColumnSql(ctx: RequestContext, loader: ListLoader, parent: string, column: string): string {
  const spec = groupedSpec(ctx.loaders[loader] as DataLoader<string, ObjectLiteral[]>);
  const metadata = ctx.dataSource.getMetadata(spec.entity);
  const rows = `FROM ${quote(metadata.tableName)} x WHERE x.${columnOf(metadata, spec.key)} = ${parent}`;
  if (spec.limit === undefined) return `SELECT x.${column} ${rows}`;
  return `SELECT ${column} FROM (SELECT x.${column} ${rows} ORDER BY ${orderSql(metadata, 'x', spec.order)} LIMIT ${spec.limit}) shown`;
}

/** Primes a grouped loader with the JSON array `listSql` read for `parent`. */
export function primeList(ctx: RequestContext, loader: ListLoader, parent: string, json: unknown): void {
  const spec = groupedSpec(ctx.loaders[loader] as DataLoader<string, ObjectLiteral[]>);
  (ctx.loaders[loader] as DataLoader<string, unknown[]>).prime(parent, fromJson(ctx.dataSource, spec.entity, json));
}

/**
 * The person's helper assignments with their organisations and days since last contact, as three
 * named columns (`helpers`, `helper_organisations`, `contact_days`); `today` is bound once.
 */
export function helperColumns(ctx: RequestContext, person: string, today: string): Array<[string, string]> {
  const ds = ctx.dataSource;
  return [
    ['helpers', jsonArraySql(ds, HelperAssignment, 'ha', `ha.returnee_id = ${person}`, HELPER_ORDER)],
    [
      'helper_organisations',
      `(SELECT COALESCE(json_agg(${jsonObjectSql(ds, Organisation, 'o')}), '[]'::json) FROM organisation o
        WHERE o.id IN (SELECT organisation_id FROM helper_assignment WHERE returnee_id = ${person}))`,
    ],
    [
      'contact_days',
      `(SELECT COALESCE(json_object_agg(h.id, ${DAYS_SINCE_LAST_CONTACT_SQL('h', today)}), '{}'::json)
        FROM helper_assignment h WHERE h.returnee_id = ${person})`,
    ],
  ];
}

/** Primes the helper loaders from the columns `helperColumns` named. */
export function primeHelpers(ctx: RequestContext, person: string, row: Record<string, unknown>): void {
  const ds = ctx.dataSource;
  ctx.loaders.helperAssignmentsByReturnee.prime(person, fromJson(ds, HelperAssignment, row.helpers));
  primeById(ctx.loaders.organisationById, fromJson(ds, Organisation, row.helper_organisations));
  const days = (row.contact_days ?? {}) as Record<string, number | null>;
  for (const [assignment, value] of Object.entries(days)) ctx.loaders.daysSinceLastContact.prime(assignment, value);
}

export function fromJson<E extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<E>, json: unknown): E[] {
  return Array.isArray(json) ? json.map((item) => entityFromJson(ds, entity, item as Record<string, unknown>)) : [];
}

export function primeById<E extends { id: string }>(loader: DataLoader<string, E | null>, rows: readonly E[]): void {
  for (const row of rows) loader.prime(row.id, row);
}
