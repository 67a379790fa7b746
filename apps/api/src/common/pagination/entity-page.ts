import { type EntityManager, type FindOptionsWhere, In, type Repository } from 'typeorm';
import { keyText } from './cursor.js';
import { bindTo, type ConnectionShape, type KeysetPage } from './keyset.js';

/** The rows a list shows: a table, its alias and the conditions (joined with AND) that filter it. */
export interface FilteredList {
  /** The table, e.g. `pledge`. */
  table: string;
  /** Its alias, which `where` uses, e.g. `pl`. */
  alias: string;
  where: readonly string[];
  /** The parameters `where` refers to (`$1`…); the page's own come after them. */
  params: readonly unknown[];
}

type KeyRow = { id: string; total: number } & Record<string, unknown>;

/**
 * A page of entities and how many match across all pages. One statement reads the page's ids and
 * sort columns straight from the table (the keyset condition and order on its columns, so an index
 * on them serves it) with the count beside them; one more loads the entities. The count alone is
 * asked only when the page came back empty.
 */
export async function readEntityPage<E extends { id: string }>(
  db: Pick<EntityManager, 'query'>,
  repo: Repository<E>,
  page: KeysetPage,
  list: FilteredList,
): Promise<ConnectionShape<E> & { totalCount: number }> {
  const { table, alias } = list;
  const where = list.where.join(' AND ');
  const columns = [{ name: 'id', type: 'uuid' as const }, ...page.order.columns.filter((c) => c.name !== 'id')];
  const params = [...list.params];
  const bind = bindTo(params);
  const after = page.after(alias, bind);
  const rows: KeyRow[] = await db.query(
    `SELECT ${columns.map((c) => `${keyText(`${alias}.${c.name}`, c.type)} AS ${c.name}`).join(', ')},
       (SELECT count(*)::int FROM ${table} ${alias} WHERE ${where}) AS total
     FROM ${table} ${alias} WHERE ${where}${after ? ` AND ${after}` : ''}
     ORDER BY ${page.orderBy(alias)} LIMIT ${bind(page.limit + 1)}`,
    params,
  );
  const totalCount = await page.totalCount(
    rows,
    (row) => row.total,
    async () => {
      const [count] = await db.query(`SELECT count(*)::int AS n FROM ${table} ${alias} WHERE ${where}`, [
        ...list.params,
      ]);
      return count?.n ?? 0;
    },
  );
  const ids = page.rows(rows).map((r) => r.id);
  const found = ids.length ? await repo.findBy({ id: In(ids) } as FindOptionsWhere<E>) : [];
  const byId = new Map(found.map((e) => [e.id, e]));
  return { ...page.connection(rows, (r) => byId.get(r.id)), totalCount };
}
