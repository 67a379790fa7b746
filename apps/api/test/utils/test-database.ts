import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { withDatabase } from './global-setup.js';

export interface TestDatabase {
  dataSource: DataSource;
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(
  options: { migrated?: boolean; logger?: TypeOrmLogger } = {},
): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const source = options.migrated === false ? 'template0' : inject('templateDatabase');
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${source}`));
  const url = withDatabase(inject('adminUrl'), name);
  const dataSource = createDataSource({ url, poolSize: 4, logger: options.logger });
  await dataSource.initialize();
  return {
    dataSource,
    url,
    name,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
