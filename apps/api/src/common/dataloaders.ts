import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type FindOptionsOrder, In, type ObjectLiteral } from 'typeorm';

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
}

const specs = new WeakMap<DataLoader<string, unknown>, GroupedSpec>();

/** The entity, parent key and order of a loader made by `groupedLoader`. */
export function groupedSpec<T extends ObjectLiteral>(loader: DataLoader<string, T[]>): GroupedSpec<T> {
  const spec = specs.get(loader as DataLoader<string, unknown>);
  if (!spec) throw new Error('not a grouped loader');
  return spec as unknown as GroupedSpec<T>;
}

/** The children of each parent (`key` is the child's column naming the parent), in `order`. */
export function groupedLoader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  const loader = new DataLoader<string, T[]>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order });
    return groupRows(ids, rows, (row) => row[key] as string | null);
  });
  specs.set(loader as DataLoader<string, unknown>, { entity, key, order } as unknown as GroupedSpec);
  return loader;
}
