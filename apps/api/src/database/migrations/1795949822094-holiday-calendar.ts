import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadHolidays } from '../../seed/holidays.js';

/**
 * Seeds the national working calendar (public holidays and swapped days, 2020–2027) once. Every
 * deployment needs it for working-day deadlines; afterwards it is data the administrator edits,
 * so it is loaded here and not at every start (which would undo the administrator's removals).
 */
export class HolidayCalendar1795949822094 implements MigrationInterface {
  name = 'HolidayCalendar1795949822094';

  async up(db: QueryRunner): Promise<void> {
    await loadHolidays(db.manager);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM holiday');
  }
}
