import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Points each department's key has spent this hour (modules/service-accounts/service-key-budget.ts),
 * shared by every API process on the database. The layout is the one rate-limiter-flexible's
 * PostgreSQL store expects; the limiter is told not to create it. Keys are service account ids.
 */
export class ServiceKeyBudget1796640000000 implements MigrationInterface {
  name = 'ServiceKeyBudget1796640000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "service_key_budget" ("key" varchar(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_service_key_budget" PRIMARY KEY ("key"))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "service_key_budget"`);
  }
}
