import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Open tasks by due date, for the hourly notification rules' few days of tasks nationwide. */

export class TaskOpenDue1796880000000 implements MigrationInterface {
  name = 'TaskOpenDue1796880000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_task_open_due" ON "task" ("due_on") WHERE completed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "public"."IDX_task_open_due"`);
  }
}
