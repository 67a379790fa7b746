import pg from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming.js';

// `date` columns are civil dates: keep them as "YYYY-MM-DD" strings instead of JS Dates at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DataSourceOptions {
  url: string;
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
  poolSize = 10,
  statementTimeoutMs = 15_000,
  logger,
  migrations = MIGRATIONS,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
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
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      statement_timeout: statementTimeoutMs,
      application_name: 'hoanhap-api',
    },
  });
}
