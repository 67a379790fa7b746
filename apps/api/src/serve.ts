import cluster from 'node:cluster';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { connectDatabase, type Database, openDatabase } from './database/database.js';
import { startJobQueue } from './jobs/job-queue.js';
import { createLogger, type Logger } from './logger.js';
import { JOBS } from './modules/index.js';
import { getSchema } from './schema/build-schema.js';
import { configureNotifications } from './modules/notifications/channels/channel-registry.js';
import { loadDemoData } from './seed/demo.js';
import { createServer } from './server.js';
import { startTracing } from './tracing/tracing.js';

/**
 * Serves the API from this process: alone (it opens the database, migrates it and loads the demo
 * data), or as a worker of `WEB_CONCURRENCY` given the database its primary opened. Either way it
 * works the job queue too: pg-boss gives each run to one process whatever their number.
 */
export async function serve(config: Config, workerDatabaseUrl?: string): Promise<void> {
  const log = createLogger(config.logLevel);
  // Off unless OTEL_ENABLED=1: spans of GraphQL operations and their SQL, sent over OTLP.
  const tracing = config.tracing ? startTracing() : undefined;
  if (tracing) log.info('tracing on: spans go to the OTLP collector (OTEL_EXPORTER_OTLP_ENDPOINT)');
  const db = await (workerDatabaseUrl ? connectDatabase(workerDatabaseUrl) : openPrepared(config, log)).catch(
    (error: Error) => {
      log.fatal({ err: { message: error.message } }, 'could not open the database');
      process.exit(1);
    },
  );

  configureNotifications(config.notifications);
  // Work done once for all API processes (the audit sealer, the deadline rules, exports) runs on the job queue.
  const jobs = await startJobQueue({ dataSource: db.dataSource, log, jobs: JOBS, schema: getSchema, settings: config });

  const httpServer = createHttpServer();
  const app = await createServer({ config, dataSource: db.dataSource, log, httpServer });
  httpServer.on('request', app.app);

  let stopping = false;
  async function shutdown(signal: string, exitCode = 0) {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      await app.stop(); // drains the HTTP server, then stops Apollo
      log.debug('http stopped');
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      await jobs.stop();
      log.debug('jobs stopped');
      await db.close();
      log.debug('database closed');
      await tracing?.shutdown();
    } finally {
      process.exit(exitCode);
    }
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  httpServer.on('error', (error: NodeJS.ErrnoException) => {
    log.fatal(
      error.code === 'EADDRINUSE'
        ? `PORT ${config.port} is in use: set PORT to a free port`
        : `cannot listen: ${error.message}`,
    );
    void shutdown('listen-error', 1);
  });
  httpServer.listen(config.port, () => {
    const { port } = httpServer.address() as AddressInfo;
    // A worker's primary says when all of them are ready; alone, this process says it.
    if (cluster.isWorker) log.debug({ port, pid: process.pid }, 'worker listening');
    // With PORT=0 the operating system picked the port: the log line says which (tests read it).
    else log.info({ port }, `Hòa Nhập is ready at http://localhost:${port}`);
  });
}

/** Opens the database (embedded or DATABASE_URL), migrated, with the demo data when asked. */
export async function openPrepared(config: Config, log: Logger): Promise<Database> {
  const db = await openDatabase(config, log);
  if (config.demo) {
    if (config.demoForced) {
      log.warn('!!! DEMO=1 in production: loading SYNTHETIC demo data and demo accounts with a PUBLIC password !!!');
    }
    await loadDemoData(db.dataSource, log);
  }
  return db;
}
