import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * The role the API serves through (S15): it logs in, reads and writes rows, and owns nothing, so
 * it cannot alter tables, disable the audit triggers or bypass row security. Migrations run as the
 * owner (the embedded cluster's superuser, or the owner role of an external database), then
 * `ensureAppRole` (re)grants, so tables added by later migrations are covered on the next start.
 */
export const APP_ROLE = 'hoanhap_app';

/** The app role's password, kept beside the superuser's in DATA_DIR (created once, mode 0600). */
export function appRolePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-app-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The owner's connection URL with the app role's credentials instead. */
export function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/**
 * Creates the app role if missing (or resets its password), then grants it exactly what the API
 * needs in the connected database: SELECT/INSERT/UPDATE/DELETE on every table, but on `audit_event`
 * and `audit_seal` only INSERT and SELECT, rows (not tables) of the job queue, nothing on the migrations table but SELECT, USAGE on sequences. Run as
 * the owner, after the migrations; idempotent.
 */
export async function ensureAppRole(owner: DataSource, password: string): Promise<void> {
  const [{ exists }] = await owner.query('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists', [
    APP_ROLE,
  ]);
  const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';
  const [{ sql }] = await owner.query(
    exists
      ? `SELECT format('ALTER ROLE %I ${attributes} PASSWORD %L', $1::text, $2::text) AS sql`
      : `SELECT format('CREATE ROLE %I ${attributes} PASSWORD %L', $1::text, $2::text) AS sql`,
    [APP_ROLE, password],
  );
  try {
    await owner.query(sql);
  } catch (error) {
    // Another database of the same cluster created it meanwhile: set the password instead.
    if ((error as { code?: string }).code !== '42710') throw error;
    const [{ sql: alter }] = await owner.query(
      `SELECT format('ALTER ROLE %I ${attributes} PASSWORD %L', $1::text, $2::text) AS sql`,
      [APP_ROLE, password],
    );
    await owner.query(alter);
  }
  const [{ db }] = await owner.query('SELECT current_database() AS db');
  await owner.transaction(async (tx) => {
    await tx.query(`GRANT CONNECT ON DATABASE "${String(db).replaceAll('"', '""')}" TO ${APP_ROLE}`);
    await tx.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await tx.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM ${APP_ROLE}`);
    await tx.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migration FROM ${APP_ROLE}`);
    await tx.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_seal FROM ${APP_ROLE}`);
    await tx.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    // The job queue (pg-boss): its rows, not its tables (queues are made at install, as the owner).
    await tx.query(`GRANT USAGE ON SCHEMA pgboss TO ${APP_ROLE}`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${APP_ROLE}`);
    await tx.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA pgboss TO ${APP_ROLE}`);
  });
}
