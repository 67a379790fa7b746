import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of failed sign-ins (src/security/login-throttle.ts), shared by every API node. The
 * layout is the one rate-limiter-flexible's PostgreSQL store expects; the limiter is told not to
 * create it. Keys are keyed hashes of the email or address, never the values themselves.
 */
export class LoginThrottle1795949974655 implements MigrationInterface {
  name = 'LoginThrottle1795949974655';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "login_throttle" ("key" varchar(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_login_throttle" PRIMARY KEY ("key"))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "login_throttle"`);
  }
}
