import { addWorkingDays } from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewYear2026Calendar1796524914688 } from '../../src/database/migrations/1796524914688-new-year-2026-calendar.js';
import { UnitNoteSources1796524914689 } from '../../src/database/migrations/1796524914689-unit-note-sources.js';
import { createLogger } from '../../src/logger.js';
import { loadWorkingCalendar } from '../../src/modules/tasks/working-calendar.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

/*
 * Legal data that reaches existing databases through migrations: the 2026 New Year break (Official
 * Dispatch 12729/VPCP-KGVX) and the sources of the demo units' mergers (Resolutions
 * 1232/NQ-UBTVQH15, 1669/NQ-UBTVQH15, 202/2025/QH15).
 */

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.dataSource, createLogger('silent'));
});
afterAll(async () => {
  await db?.drop();
});

const newYear = () =>
  db.dataSource.query(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM holiday
     WHERE day BETWEEN '2026-01-01' AND '2026-01-11' ORDER BY day`,
  ) as Promise<Array<{ day: string; kind: string; name: string }>>;

const notes = async () =>
  Object.fromEntries(
    (
      (await db.dataSource.query('SELECT code, note FROM administrative_unit')) as Array<{ code: string; note: string }>
    ).map((u) => [u.code, u.note]),
  );

async function migrate(migration: { up(q: unknown): Promise<void> }) {
  const runner = db.dataSource.createQueryRunner();
  try {
    await migration.up(runner);
  } finally {
    await runner.release();
  }
}

const NEW_YEAR_2026 = [
  { day: '2026-01-01', kind: 'DAY_OFF', name: 'Tết Dương lịch' },
  { day: '2026-01-02', kind: 'DAY_OFF', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)' },
  { day: '2026-01-03', kind: 'DAY_OFF', name: 'Tết Dương lịch' },
  { day: '2026-01-04', kind: 'DAY_OFF', name: 'Tết Dương lịch' },
  { day: '2026-01-10', kind: 'WORKING_DAY', name: 'Làm bù cho ngày nghỉ 02/01/2026' },
];

describe('New Year 2026 (Official Dispatch 12729/VPCP-KGVX of 25/12/2025)', () => {
  it('is in a new database: 01–04/01/2026 off, Saturday 10/01/2026 worked', async () => {
    expect(await newYear()).toEqual(NEW_YEAR_2026);
  });

  it('moves working-day deadlines: 3 working days from 31/12/2025 end on 07/01/2026, and Saturday 10/01 counts', async () => {
    const calendar = await loadWorkingCalendar(db.dataSource, 2025, 2026);
    expect(addWorkingDays('2025-12-31', 3, calendar)).toBe('2026-01-07');
    expect(addWorkingDays('2026-01-09', 1, calendar)).toBe('2026-01-10');
  });

  it('reaches a database loaded before it was announced, keeping a day the administrator entered', async () => {
    await db.dataSource.query(`DELETE FROM holiday WHERE day IN ('2026-01-02', '2026-01-04', '2026-01-10')`);
    await db.dataSource.query(
      `UPDATE holiday SET name = 'Nghỉ Tết Dương lịch (quản trị nhập)' WHERE day = '2026-01-03'`,
    );
    await migrate(new NewYear2026Calendar1796524914688());
    const days = await newYear();
    expect(days.map((d) => [d.day, d.kind])).toEqual(NEW_YEAR_2026.map((d) => [d.day, d.kind]));
    expect(days.find((d) => d.day === '2026-01-03')?.name).toBe('Nghỉ Tết Dương lịch (quản trị nhập)');
  });
});

describe('the demo units’ notes give the resolutions instead of "not yet confirmed"', () => {
  it('cites Resolutions 1232/NQ-UBTVQH15, 1669/NQ-UBTVQH15 and 202/2025/QH15 with their dates in force', async () => {
    const n = await notes();
    expect(n['lam-ha']).toContain('Nghị quyết 1232/NQ-UBTVQH15 ngày 24/10/2024');
    expect(n['lam-ha']).toContain('có hiệu lực từ 01/01/2025');
    expect(n['lam-ha']).toContain('Lãm Hà, phường Quán Trữ và phường Đồng Hòa thành phường Đồng Hòa');
    expect(n['dong-hoa-2025']).toContain('1232/NQ-UBTVQH15');
    expect(n['dong-hoa-2025']).toContain('1669/NQ-UBTVQH15');
    expect(n['phu-lien']).toContain('Nghị quyết 1669/NQ-UBTVQH15 ngày 16/06/2025');
    expect(n['phu-lien']).toContain('có hiệu lực từ 01/07/2025');
    expect(n['van-dau']).toContain('1669/NQ-UBTVQH15');
    expect(n['hai-phong']).toContain('Nghị quyết 202/2025/QH15');
    expect(n['hai-phong']).toContain('hợp nhất tỉnh Hải Dương và thành phố Hải Phòng');
    expect(JSON.stringify(n)).not.toContain('chưa được đối chiếu');
  });

  it('reaches a database seeded with the old notes, leaving a note the administrator changed', async () => {
    const unconfirmed = 'Ngày hiệu lực chưa được đối chiếu với văn bản chính thức. / Effective date not yet confirmed.';
    const expected = await notes();
    await db.dataSource.query(`UPDATE administrative_unit SET note = $1 WHERE code IN ('lam-ha', 'phu-lien')`, [
      unconfirmed,
    ]);
    await db.dataSource.query(`UPDATE administrative_unit SET note = $1 WHERE code = 'dong-hoa-2025'`, [
      `Nghị quyết 1232/NQ-UBTVQH15 (24/10/2024). ${unconfirmed}`,
    ]);
    await db.dataSource.query(`UPDATE administrative_unit SET note = NULL WHERE code = 'hai-phong'`);
    await db.dataSource.query(`UPDATE administrative_unit SET note = 'Ghi chú của quản trị' WHERE code = 'van-dau'`);
    await migrate(new UnitNoteSources1796524914689());
    expect(await notes()).toEqual({ ...expected, 'van-dau': 'Ghi chú của quản trị' });
  });
});
