import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

/*
 * The unit scope is read from `unit_closure`, which a trigger rebuilds whenever units change. The
 * recursive definition it replaced stays here as the reference: every unit's scope from the table
 * must equal it, on the demo's units (with their mergers) and after units are added, merged,
 * moved and removed.
 */
const RECURSIVE_SCOPES = `
  WITH RECURSIVE scope (ancestor_id, unit_id) AS (
    SELECT id, id FROM administrative_unit
    UNION
    SELECT s.ancestor_id, u.id FROM administrative_unit u JOIN scope s ON u.parent_id = s.unit_id OR u.successor_id = s.unit_id
  )
  SELECT ancestor_id, unit_id FROM scope ORDER BY 1, 2`;
const CLOSURE = 'SELECT ancestor_id, unit_id FROM unit_closure ORDER BY 1, 2';

let db: TestDatabase;
const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  db.dataSource.query(sql, params) as Promise<T[]>;
const idOf = async (code: string) =>
  (await q<{ id: string }>('SELECT id FROM administrative_unit WHERE code = $1', [code]))[0]?.id;
const scopeCodes = async (code: string) =>
  (
    await q<{ code: string }>(
      `SELECT u.code FROM unit_closure c JOIN administrative_unit u ON u.id = c.unit_id
        WHERE c.ancestor_id = (SELECT id FROM administrative_unit WHERE code = $1) ORDER BY 1`,
      [code],
    )
  ).map((r) => r.code);

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.dataSource, createLogger('silent'));
});
afterAll(async () => {
  await db?.drop();
});

describe('the unit closure', () => {
  it('equals the recursive scope of every unit in the demo, mergers included', async () => {
    const closure = await q(CLOSURE);
    expect(closure.length).toBeGreaterThan(0);
    expect(closure).toEqual(await q(RECURSIVE_SCOPES));
    // Phù Liễn answers for Lãm Hà, merged into it through Đồng Hòa.
    expect(await scopeCodes('phu-lien')).toContain('lam-ha');
  });

  it('follows units added, merged, moved and removed, each in its own statement', async () => {
    const city = await idOf('hai-phong');
    const [ward] = await q<{ id: string }>(
      `INSERT INTO administrative_unit (code, name, level, parent_id) VALUES ('phuong-moi', 'Phường Mới', 'WARD', $1) RETURNING id`,
      [city],
    );
    expect(await scopeCodes('hai-phong')).toContain('phuong-moi');
    expect(await scopeCodes('phuong-moi')).toEqual(['phuong-moi']);

    await q(
      `UPDATE administrative_unit SET successor_id = (SELECT id FROM administrative_unit WHERE code = 'phu-lien') WHERE id = $1`,
      [ward?.id],
    );
    expect(await scopeCodes('phu-lien')).toContain('phuong-moi');

    await q('UPDATE administrative_unit SET successor_id = NULL, parent_id = NULL WHERE id = $1', [ward?.id]);
    expect(await scopeCodes('phu-lien')).not.toContain('phuong-moi');
    expect(await scopeCodes('hai-phong')).not.toContain('phuong-moi');
    expect(await q(CLOSURE)).toEqual(await q(RECURSIVE_SCOPES));

    await q('DELETE FROM administrative_unit WHERE id = $1', [ward?.id]);
    expect(await q(CLOSURE)).toEqual(await q(RECURSIVE_SCOPES));
    expect(await q('SELECT 1 FROM unit_closure WHERE unit_id = $1 OR ancestor_id = $1', [ward?.id])).toEqual([]);
  });
});
