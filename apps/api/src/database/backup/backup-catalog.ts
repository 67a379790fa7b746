import type pg from 'pg';

/* What a backup holds: every table and sequence outside PostgreSQL's own schemas. */

export interface CatalogTable {
  schema: string;
  name: string;
  /** `r` a table, `p` a partitioned table (its partitions are read and written through it). */
  kind: 'r' | 'p';
  /** Stored columns in order; generated columns are left out (the server recomputes them). */
  columns: string[];
}

const OWN_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;

export async function listTables(client: pg.ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<CatalogTable>(
    `SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS kind,
            coalesce(array_agg(a.attname::text ORDER BY a.attnum)
              FILTER (WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''), '{}') AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${OWN_SCHEMAS}
      GROUP BY n.nspname, c.relname, c.relkind
      ORDER BY n.nspname, c.relname`,
  );
  return rows;
}

export async function listSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'S' AND ${OWN_SCHEMAS}
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** `schema.name` as written in a backup file (unquoted: names here are plain identifiers). */
export const tableKey = (t: Pick<CatalogTable, 'schema' | 'name'>) => `${t.schema}.${t.name}`;

export function quotedTable(client: pg.ClientBase, t: Pick<CatalogTable, 'schema' | 'name'>): string {
  return `${client.escapeIdentifier(t.schema)}.${client.escapeIdentifier(t.name)}`;
}

export function quotedColumns(client: pg.ClientBase, columns: readonly string[]): string {
  return columns.map((c) => client.escapeIdentifier(c)).join(', ');
}
