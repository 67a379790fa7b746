import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { createDataSource } from '../../database/data-source.js';
import { openDatabase } from '../../database/database.js';
import { migrateDatabase } from '../../database/migrate-database.js';
import { startEmbeddedPostgres } from '../../database/embedded.js';
import { createLogger } from '../../logger.js';
import { loadDemoData } from '../../seed/demo.js';

/**
 * For trying the harness without `pnpm bench:seed`: an embedded PostgreSQL in a temporary folder,
 * migrated, with the Lãm Hà demo data. Answers its URL and a way to stop and remove it.
 */
export async function startDemoDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const log = createLogger('warn');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoanhap-bench-'));
  // mkdtemp makes it private; run as root, PostgreSQL runs as `postgres` and must enter it.
  chmodSync(dataDir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir, port: 0, database: 'hoanhap', log });
  const dataSource = createDataSource({ url: pg.url, poolSize: 2 });
  await dataSource.initialize();
  await migrateDatabase(dataSource);
  await loadDemoData(dataSource, log);
  await dataSource.destroy();
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The database `pnpm start` and `pnpm bench:seed` use when DATABASE_URL is unset: the embedded
 * server in DATA_DIR, started and migrated as at start-up. Answers the app role's URL (what the
 * product serves through) and a way to stop the server.
 */
export async function startConfiguredDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const db = await openDatabase(loadConfig(), createLogger('warn'));
  const { url } = db.dataSource.options as { url?: string };
  if (!url) throw new Error('the embedded database answered no URL');
  return { url, stop: () => db.close() };
}
