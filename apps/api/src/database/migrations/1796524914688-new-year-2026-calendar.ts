import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadHolidays, NEW_YEAR_2026 } from '../../seed/holidays.js';

/**
 * New Year 2026 (Official Dispatch 12729/VPCP-KGVX of 25/12/2025: off 01–04/01/2026, working
 * Saturday 10/01/2026) for databases whose calendar was loaded before it was announced. A day the
 * administrator has already entered is left as it is.
 */
export class NewYear2026Calendar1796524914688 implements MigrationInterface {
  name = 'NewYear2026Calendar1796524914688';

  async up(db: QueryRunner): Promise<void> {
    await loadHolidays(db.manager, NEW_YEAR_2026);
  }

  async down(db: QueryRunner): Promise<void> {
    // Only the rows exactly as this migration wrote them.
    for (const h of NEW_YEAR_2026) {
      await db.query('DELETE FROM holiday WHERE day = $1 AND kind = $2 AND name = $3', [h.day, h.kind, h.name]);
    }
  }
}
