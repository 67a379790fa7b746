import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

/*
 * Indexes as a rule: a foreign key without an index makes every delete or update of the parent,
 * and every "the children of X" read, scan the whole child table: at a million people, seconds
 * (the open-task count of a list page once scanned 326,000 tasks per row). Every foreign key's
 * columns must lead some index (a primary key or unique constraint counts).
 */
const FOREIGN_KEYS_WITHOUT_INDEX = `
  SELECT c.conrelid::regclass::text AS "table", c.conname AS "constraint",
    array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n), ', ') AS columns
  FROM pg_constraint c
  WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
    AND NOT EXISTS (
      SELECT 1 FROM pg_index i
      WHERE i.indrelid = c.conrelid
        AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
        AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
    )
  ORDER BY 1, 2`;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('indexes', () => {
  it('back every foreign key, so no parent change or child lookup scans a whole table', async () => {
    expect(await db.dataSource.query(FOREIGN_KEYS_WITHOUT_INDEX)).toEqual([]);
  });
});
