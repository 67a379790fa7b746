import pg from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { GuardedClient, type ReadTimeoutOption } from './connection-faults.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming.js';
import { attachReplicas } from './replicas.js';

// `date` columns are civil dates: keep them as "YYYY-MM-DD" strings instead of JS Dates at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DataSourceOptions {
  url: string;
  /** Streaming replicas for read-only work (DATABASE_REPLICA_URLS; replicas.ts). */
  replicaUrls?: string[];
  /** Connections in the pool. */
  poolSize?: number;
  /** Abort statements running longer than this (ms). */
  statementTimeoutMs?: number;
  /** Sees every statement (tests count them); nothing is logged by default. */
  logger?: TypeOrmLogger;
  /** The migrations it knows (all the committed ones by default; a restore builds an older schema). */
  migrations?: Array<(typeof MIGRATIONS)[number]>;
}

export function createDataSource({
  url,
  replicaUrls = [],
  poolSize = 10,
  statementTimeoutMs = 15_000,
  logger,
  migrations = MIGRATIONS,
}: DataSourceOptions): DataSource {
  const pool = poolOptions(poolSize, statementTimeoutMs);
  const dataSource = new DataSource({
    type: 'postgres',
    // The primary; reads go to a replica only where replicas.ts routes them ("master" by default).
    ...(replicaUrls.length > 0 ? { replication: { master: { url }, slaves: [], defaultMode: 'master' } } : { url }),
    entities: ENTITIES,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (the app role could not).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: logger ? ['query'] : false,
    ...(logger ? { logger } : {}),
    extra: pool,
  });
  if (replicaUrls.length > 0) {
    const initialize = dataSource.initialize.bind(dataSource);
    dataSource.initialize = async () => {
      await initialize();
      await attachReplicas(dataSource, replicaUrls, pool);
      return dataSource;
    };
  }
  return dataSource;
}

/**
 * Every connection fails fast instead of hanging when the database or the network does: a
 * connection is given up after 5 s, a statement is cancelled by the server after the statement
 * timeout, and the client stops waiting for an answer 2 s after that (connection-faults.ts). A
 * transaction left idle for a minute by a client that went away is rolled back by the server.
 * A statement timeout of 0 (restores) turns all three off.
 */
function poolOptions(poolSize: number, statementTimeoutMs: number): pg.PoolConfig & ReadTimeoutOption {
  const bounded = statementTimeoutMs > 0;
  return {
    Client: GuardedClient,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    statement_timeout: statementTimeoutMs,
    readTimeoutMillis: bounded ? statementTimeoutMs + 2_000 : 0,
    idle_in_transaction_session_timeout: bounded ? 60_000 : 0,
    keepAlive: true,
    application_name: 'hoanhap-api',
  };
}
