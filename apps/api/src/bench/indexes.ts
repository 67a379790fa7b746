import type { EntityManager } from 'typeorm';

/** The tables that receive a row or more per person. */
export const BULK_TABLES = [
  'returnee',
  'conviction',
  'release',
  'employment_period',
  'case_closure',
  'classification',
  'helper_assignment',
  'contact',
  'task',
  'case_transfer',
];

export interface IndexDefinition {
  name: string;
  definition: string;
}

/**
 * Drops the plain secondary indexes of the bulk tables and returns their definitions, read from
 * the catalogue, so that `restoreIndexes` recreates them exactly as the migrations made them.
 * Building an index once over a million rows is several times faster than maintaining it row by
 * row (the trigram index on names above all). Primary keys and unique indexes stay: they guard
 * the data while it is written. Runs inside the seeding transaction, so a failure restores them.
 */
export async function dropSecondaryIndexes(tx: EntityManager): Promise<IndexDefinition[]> {
  const rows: Array<{ name: string; definition: string }> = await tx.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace s ON s.oid = t.relnamespace
      WHERE s.nspname = current_schema() AND t.relname = ANY($1) AND NOT i.indisunique AND NOT i.indisprimary
      ORDER BY c.relname`,
    [BULK_TABLES],
  );
  for (const index of rows) await tx.query(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  return rows;
}

export async function restoreIndexes(tx: EntityManager, indexes: IndexDefinition[]): Promise<void> {
  for (const index of indexes) await tx.query(index.definition);
}
