import 'reflect-metadata';
import { msUntilNextVietnamDay } from '@hoanhap/shared';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../../src/database/data-source.js';
import { migrateDatabase } from '../../src/database/migrate-database.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded.js';
import { createLogger } from '../../src/logger.js';
import { makeDataDir } from './data-dir.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL whose database part is replaced per test file. */
    adminUrl: string;
    templateDatabase: string;
  }
}

const TEMPLATE = 'hoanhap_template';
/** Longer than a whole API test run takes on a slow machine. */
const RUN_MARGIN_MS = 15 * 60_000;

/**
 * One PostgreSQL for the whole run (embedded, or DATABASE_URL's server) and a template database
 * migrated once; each test file clones it (see test-database.ts).
 */
export default async function setup(project: TestProject) {
  const log = createLogger('warn');
  // Tests compute "today" in Việt Nam and compare it with what the server computes a moment later:
  // a run must not see the day change half-way, so one started just before midnight there waits.
  const untilMidnight = msUntilNextVietnamDay();
  if (untilMidnight < RUN_MARGIN_MS) {
    log.warn(`waiting ${Math.ceil(untilMidnight / 1000)} s for midnight in Việt Nam before starting the tests`);
    await sleep(untilMidnight + 1000);
  }
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = makeDataDir('test');
    // Port 0: a free port picked by the operating system, so the run never depends on a port being free.
    const port = Number(process.env.TEST_PG_PORT ?? 0);
    embedded = await startEmbeddedPostgres({ dataDir, port, database: 'postgres', log });
    adminUrl = embedded.url;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();

  const template = createDataSource({ url: withDatabase(adminUrl, TEMPLATE), poolSize: 1 });
  await template.initialize();
  await migrateDatabase(template);
  await template.destroy();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE);

  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
