import { decodeCursor, encodeCursor, type KeyType } from './cursor.js';
import { type PageSizeRule, pageSize } from './page-size.js';

/**
 * How a list is ordered: its sort columns (the id last, so the order is total), all in one direction.
 * A page is `WHERE (k1, k2) > (cursor values) ORDER BY k1, k2 LIMIT first + 1`: a row comparison
 * an index on the sort columns serves, never an OFFSET; the extra row tells whether a next page exists.
 */
export interface KeysetOrder {
  /** Written into the cursor: the list and, when it has several, its order (`returnees:NAME`). */
  tag: string;
  columns: ReadonlyArray<{ name: string; type: KeyType }>;
  direction: 'ASC' | 'DESC';
}

/** `keysetOrder('pledges', 'DESC', ['signed_on', 'date'], ['id', 'uuid'])` */
export function keysetOrder(
  tag: string,
  direction: KeysetOrder['direction'],
  ...columns: Array<[name: string, type: KeyType]>
): KeysetOrder {
  return { tag, direction, columns: columns.map(([name, type]) => ({ name, type })) };
}

/** Adds a value to the statement's parameters and answers its placeholder. */
export type Bind = (value: unknown) => string;

/** A `Bind` for node-postgres: pushes onto `params` and answers `$<position>`. */
export const bindTo =
  (params: unknown[]): Bind =>
  (value) => {
    params.push(value);
    return `$${params.length}`;
  };

export interface PageInfoShape {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionShape<N> {
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: PageInfoShape;
}

export interface KeysetPage {
  readonly order: KeysetOrder;
  /** Rows on the page; the statement reads `limit + 1`. */
  readonly limit: number;
  /** `(a.k1, a.k2) > ($n::type, $m::type)`: the rows after the cursor; null without a cursor. */
  after(alias: string, bind: Bind): string | null;
  /** `a.k1 ASC, a.k2 ASC` */
  orderBy(alias: string): string;
  /** The page's rows, without the extra one read to learn about a next page. */
  rows<R>(rows: readonly R[]): R[];
  /**
   * Edges and page info from the rows read. Each row carries its sort columns as text under their
   * names (select them with `keyText`); `nodeOf` gives its node (rows whose node is gone are left out).
   */
  connection<R extends object, N = R>(rows: readonly R[], nodeOf?: (row: R) => N | undefined): ConnectionShape<N>;
  /**
   * The total a list statement computed beside its rows. When no row came back, the filter matched
   * nothing, unless a cursor or `first: 0` hid the rows: only then is `countOnly` asked.
   */
  totalCount<R>(rows: readonly R[], read: (row: R) => unknown, countOnly: () => Promise<number>): Promise<number>;
}

/** The page that `first` and `after` ask for in a list ordered by `order`; both are checked here. */
export function keysetPage(
  order: KeysetOrder,
  first: number | null | undefined,
  after: string | null | undefined,
  rule: PageSizeRule = {},
): KeysetPage {
  const limit = pageSize(first, rule);
  const types = order.columns.map((c) => c.type);
  const key = after ? decodeCursor(order.tag, after, types) : null;
  const qualified = (alias: string) => order.columns.map((c) => `${alias}.${c.name}`);
  const tuple = (items: string[]) => (items.length === 1 ? (items[0] as string) : `(${items.join(', ')})`);
  const keyOf = (row: object) =>
    order.columns.map(({ name }) => {
      const value = (row as Record<string, unknown>)[name];
      if (typeof value !== 'string') throw new Error(`Sort column ${name} must be read as text for a cursor`);
      return value;
    });
  return {
    order,
    limit,
    after(alias, bind) {
      if (!key) return null;
      const values = key.map((v, i) => `${bind(v)}::${types[i]}`);
      return `${tuple(qualified(alias))} ${order.direction === 'ASC' ? '>' : '<'} ${tuple(values)}`;
    },
    orderBy: (alias) =>
      qualified(alias)
        .map((c) => `${c} ${order.direction}`)
        .join(', '),
    rows: (rows) => rows.slice(0, limit),
    connection(rows, nodeOf = (row) => row as never) {
      const edges = rows.slice(0, limit).flatMap((row) => {
        const node = nodeOf(row);
        return node === undefined ? [] : [{ cursor: encodeCursor(order.tag, keyOf(row)), node }];
      });
      return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    async totalCount(rows, read, countOnly) {
      if (rows.length > 0) return Number(read(rows[0] as (typeof rows)[number]));
      return limit === 0 || key !== null ? countOnly() : 0;
    },
  };
}
