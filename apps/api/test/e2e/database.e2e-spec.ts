import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

describe('migrations', () => {
  it('apply to an empty database and leave nothing for the entities to add', async () => {
    const db = await createTestDatabase({ migrated: false });
    dbs.push(db);
    const applied = await db.dataSource.runMigrations();
    expect(applied.length).toBeGreaterThan(0);
    const tables: Array<{ table_name: string }> = await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'administrative_unit',
        'app_user',
        'case_closure',
        'employment_period',
        'returnee',
        'session',
      ]),
    );
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be undone to an empty schema', async () => {
    const db = await createTestDatabase({ migrated: false });
    dbs.push(db);
    const applied = await db.dataSource.runMigrations();
    for (const _ of applied) await db.dataSource.undoLastMigration();
    const tables: Array<{ n: number }> = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
    );
    expect(tables[0]?.n).toBe(0);
  });

  it('refuses an employment period that ends before it starts', async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    await loadDemoData(db.dataSource, createLogger('silent'));
    const [{ id }] = await db.dataSource.query('SELECT id FROM returnee LIMIT 1');
    await expect(
      db.dataSource.query(
        `INSERT INTO employment_period (returnee_id, status, started_on, ended_on, version) VALUES ($1, 'STABLE', '2024-05-01', '2024-04-30', 1)`,
        [id],
      ),
    ).rejects.toThrow(/employment_period_dates/);
  });
});

describe('demo data', () => {
  it('loads once: a second run changes nothing', async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    const log = createLogger('silent');
    expect(await loadDemoData(db.dataSource, log)).toBe(true);
    const count = async () =>
      (
        await db.dataSource.query(
          `SELECT (SELECT count(*) FROM returnee)::int AS r, (SELECT count(*) FROM app_user)::int AS u, (SELECT count(*) FROM employment_period)::int AS e`,
        )
      )[0];
    const before = await count();
    expect(await loadDemoData(db.dataSource, log)).toBe(false);
    expect(await count()).toEqual(before);
    // 39 returned people and one the prison has announced.
    expect(before).toMatchObject({ r: 40, u: 7 });
  });

  it('uses citizen IDs that cannot be real (province code 000) and never overlapping employment periods', async () => {
    const db = dbs[dbs.length - 1] as TestDatabase;
    const ids: Array<{ citizen_id: string }> = await db.dataSource.query(
      'SELECT citizen_id FROM returnee WHERE citizen_id IS NOT NULL',
    );
    expect(ids.every((r) => /^000\d{9}$/.test(r.citizen_id))).toBe(true);
    const overlaps = await db.dataSource.query(
      `SELECT 1 FROM employment_period a JOIN employment_period b
         ON a.returnee_id = b.returnee_id AND a.id < b.id
        AND daterange(a.started_on, a.ended_on, '[]') && daterange(b.started_on, b.ended_on, '[]')`,
    );
    expect(overlaps).toEqual([]);
  });
});
