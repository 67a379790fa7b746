import type { DataSource, EntityMetadata, EntityTarget, FindOptionsOrder, ObjectLiteral } from 'typeorm';

/*
 * Rows of an entity carried as JSON inside one statement (a case file, a page), turned back into
 * entities exactly as TypeORM would have read them: a file with ten kinds of records is one round
 * trip instead of ten, and the field resolvers read the same entities from their loaders.
 */

/** SQL building one row of `entity` under `alias` as a JSON object keyed by column name. */
export function jsonObjectSql(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const pairs = dataSource
    .getMetadata(entity)
    .columns.map((c) => `'${c.databaseName}', ${alias}.${quote(c.databaseName)}${bigint(c.type) ? '::text' : ''}`);
  return `json_build_object(${pairs.join(', ')})`;
}

/**
 * SQL for the JSON array (never null) of the rows of `entity` under `alias` that `where` keeps, in
 * `order` (the entity's properties, as a loader's find options name them); with `limit`, the first
 * that many only.
 */
export function jsonArraySql<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  alias: string,
  where: string,
  order: FindOptionsOrder<E> = {},
  limit?: number,
): string {
  const metadata = dataSource.getMetadata(entity);
  const orderBy = orderSql(metadata, alias, order);
  if (limit !== undefined && !orderBy) throw new Error(`${metadata.name}: a list cut at ${limit} rows needs an order`);
  const aggregate = `json_agg(${jsonObjectSql(dataSource, entity, alias)}${orderBy ? ` ORDER BY ${orderBy}` : ''})`;
  const table = `${quote(metadata.tableName)} ${alias}`;
  const rows =
    limit === undefined
      ? `${table} WHERE ${where}`
      : `(SELECT ${alias}.* FROM ${table} WHERE ${where} ORDER BY ${orderBy} LIMIT ${Math.trunc(limit)}) ${alias}`;
  return `(SELECT COALESCE(${aggregate}, '[]'::json) FROM ${rows})`;
}

/** SQL for `order` (an entity's properties, as find options name them) on the rows under `alias`. */
export function orderSql(metadata: EntityMetadata, alias: string, order: FindOptionsOrder<ObjectLiteral>): string {
  return Object.entries(order)
    .map(([property, direction]) => `${alias}.${quote(columnOf(metadata, property))} ${String(direction)}`)
    .join(', ');
}

/** An entity from the JSON `jsonObjectSql` built, each value hydrated as TypeORM hydrates it. */
export function entityFromJson<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  json: Record<string, unknown>,
): E {
  const metadata = dataSource.getMetadata(entity);
  const row = metadata.create() as E;
  for (const column of metadata.columns) {
    if (!(column.databaseName in json)) continue;
    column.setEntityValue(row, dataSource.driver.prepareHydratedValue(json[column.databaseName], column));
  }
  return row;
}

/** The column a property is stored in. */
export function columnOf(metadata: EntityMetadata, property: string): string {
  const column = metadata.findColumnWithPropertyPath(property);
  if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
  return column.databaseName;
}

export const quote = (name: string) => `"${name}"`;
// JSON numbers lose precision past 2^53; TypeORM reads bigint as a string, so the JSON carries text.
const bigint = (type: unknown) => type === 'bigint' || type === 'int8';
