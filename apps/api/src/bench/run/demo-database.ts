import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../../database/data-source.js';
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
  await dataSource.runMigrations();
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
