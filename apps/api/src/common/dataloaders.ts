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

/** The children of each parent (`key` is the child's column naming the parent), in `order`. */
export function groupedLoader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order });
    return groupRows(ids, rows, (row) => row[key] as string | null);
  });
}
