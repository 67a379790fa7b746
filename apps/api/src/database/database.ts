import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { appRolePassword, appRoleUrl, ensureAppRole } from '../modules/audit/app-role.js';
import { createDataSource } from './data-source.js';
import { migrateDatabase } from './migrate-database.js';
import { EMBEDDED_DATABASE, type EmbeddedPostgres, startEmbeddedPostgres } from './embedded.js';

export interface Database {
  dataSource: DataSource;
  /** Where the data source connects (the app role's URL on the embedded server): what workers use. */
  url: string;
  /** Closes the pool, then stops the embedded server if we started one. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Keep the owner's connection instead of the app role's (embedded server only; DATABASE_URL is
   * used as given). For maintenance commands that rebuild indexes and ANALYZE, such as `bench:seed`.
   */
  asOwner?: boolean;
}

/**
 * Connects to DATABASE_URL, or starts the embedded server when it is unset, then applies the
 * committed migrations and the job queue's schema (migrate-database.ts).
 */
export async function openDatabase(config: Config, log: Logger, options: OpenOptions = {}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.pgPort,
      database: EMBEDDED_DATABASE,
      log,
    });
    url = embedded.url;
  }
  let dataSource = createDataSource({ url });
  let servingUrl = url;
  try {
    await dataSource.initialize();
    const applied = await migrateDatabase(dataSource);
    if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
    if (embedded) {
      // Migrations ran as the owner; the app serves as a role that owns nothing and may only
      // insert into the audit log (docs/security.md). Grants are refreshed at every start so
      // tables added by later migrations are covered.
      const password = appRolePassword(config.dataDir);
      await ensureAppRole(dataSource, password);
      if (!options.asOwner) servingUrl = appRoleUrl(url, password);
    }
    if (servingUrl !== url || config.databaseReplicaUrls.length > 0) {
      // Serve as the app role, and read the replicas: they join only now, once migrated.
      await dataSource.destroy();
      dataSource = createDataSource({ url: servingUrl, replicaUrls: config.databaseReplicaUrls });
      await dataSource.initialize();
    }
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    url: (dataSource.options as { url: string }).url,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * Connects to a database another process opened and migrated (a worker of `WEB_CONCURRENCY`, given
 * its primary's URL): no migrations, no embedded server to start or stop.
 */
export async function connectDatabase(url: string): Promise<Database> {
  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  return {
    dataSource,
    url,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
