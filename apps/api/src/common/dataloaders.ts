import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type FindOptionsOrder, In, type ObjectLiteral } from 'typeorm';
import { columnOf, orderSql, quote } from './json-rows.js';

/*
 * The shapes every module's per-request DataLoaders take: one statement for all the keys asked
 * for in a request, answered back in the order of the keys.
 */

/** Rows grouped back per key (an empty list for a key with none), in the order of `keys`. */
export function groupRows<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string | null): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) groups.get(key)?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row per key (null for a key with none), in the order of `keys`. */
export function pickRows<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Entities by id. Raw rows: a resolver that shows one checks the caller may see it. */
export function byIdLoader<E extends { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    return pickRows(ids, rows, (row) => row.id);
  });
}

/** What a grouped loader reads: a statement that reads the same rows inline (a case file) asks it. */
export interface GroupedSpec<T extends ObjectLiteral = ObjectLiteral> {
  entity: EntityTarget<T>;
  key: keyof T & string;
  order: FindOptionsOrder<T>;
  /** At most this many children per parent, the first ones in `order`; all of them when absent. */
  limit?: number;
}

const specs = new WeakMap<DataLoader<string, unknown>, GroupedSpec>();

/** The entity, parent key and order of a loader made by `groupedLoader`. */
export function groupedSpec<T extends ObjectLiteral>(loader: DataLoader<string, T[]>): GroupedSpec<T> {
  const spec = specs.get(loader as DataLoader<string, unknown>);
  if (!spec) throw new Error('not a grouped loader');
  return spec as unknown as GroupedSpec<T>;
}

/**
 * The children of each parent (`key` is the child's column naming the parent), in `order`; with
 * `limit`, only the first that many of each parent (a list that grows for as long as a case lasts).
 */
export function groupedLoader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
  limit?: number,
): DataLoader<string, T[]> {
  const loader = new DataLoader<string, T[]>(async (ids) => {
    const repository = dataSource.getRepository(entity);
    const where = { [key]: In([...ids]) } as never;
    const rows =
      limit === undefined
        ? await repository.find({ where, order })
        : await repository
            .createQueryBuilder('child')
            .setFindOptions({ where, order })
            .andWhere(`child.id IN (${firstPerParentSql(dataSource, entity, key, order)})`, { ids: [...ids], limit })
            .getMany();
    return groupRows(ids, rows, (row) => row[key] as string | null);
  });
  specs.set(loader as DataLoader<string, unknown>, { entity, key, order, limit } as unknown as GroupedSpec);
  return loader;
}

/** The ids of the first `:limit` children of each parent in `:ids`, in `order` (one window, by index). */
function firstPerParentSql<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
): string {
  const metadata = dataSource.getMetadata(entity);
  const parent = quote(columnOf(metadata, key));
  const orderBy = orderSql(metadata, 'w', order);
  return `SELECT ranked.id FROM (
    SELECT w.id, row_number() OVER (PARTITION BY w.${parent} ORDER BY ${orderBy}) AS n
    FROM ${quote(metadata.tableName)} w WHERE w.${parent} = ANY(:ids)
  ) ranked WHERE ranked.n <= :limit`;
}
